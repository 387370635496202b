import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Access } from '@crm/platform';
import { applyScope } from '@crm/platform';
import { SUPPLIER_READ, supplierScopeColumns } from '../../shared/supplier-scope';
import type { SupplyItemFilter } from '../../generated/resolvers-types';
import { SupplyItemEntity } from './entities/supply-item.entity';

/** The supply items matching the filter within the caller's data scope, unpaged (the service pages them). */
export function supplyItemsQuery(
  dataSource: DataSource,
  access: Access,
  filter: SupplyItemFilter | null | undefined,
): SelectQueryBuilder<SupplyItemEntity> {
  const qb = applyScope(
    dataSource.getRepository(SupplyItemEntity).createQueryBuilder('i'),
    access,
    SUPPLIER_READ,
    supplierScopeColumns('i'),
  );
  if (filter?.owningUnitId) qb.andWhere('i.owningUnitId = :unit', { unit: filter.owningUnitId });
  if (filter?.categories?.length) qb.andWhere('i.category IN (:...categories)', { categories: filter.categories });
  if (filter?.exitOnly != null) qb.andWhere('i.exitOnly = :exitOnly', { exitOnly: filter.exitOnly });
  if (filter?.nameContains) {
    const escaped = filter.nameContains.replace(/[!%_]/g, (ch) => `!${ch}`);
    qb.andWhere("i.name LIKE :name ESCAPE '!'", { name: `%${escaped}%` });
  }
  return qb;
}
