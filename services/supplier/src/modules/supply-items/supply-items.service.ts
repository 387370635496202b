import type { DataSource } from 'typeorm';
import type { Access, Connection, KeysetSort, PageArgs, ServiceConfig } from '@crm/platform';
import { connectionOf } from '@crm/platform';
import type { SupplyItemEntity } from './entities/supply-item.entity';
import { supplyItemCap } from './supply-items.rules';
import type { SupplierPolicy } from '../../shared/supplier-policy';
import { DEFAULT_SUPPLIER_POLICY } from '../../shared/supplier-policy';
import { supplyItemsQuery } from './supply-items.store';
import type { SupplyItemFilter, SupplyItemOrder, SupplyItemOrderField } from '../../generated/resolvers-types';

const SORT_PROPERTY: Record<SupplyItemOrderField, keyof SupplyItemEntity> = { CODE: 'code', NAME: 'name' };

export type SupplyItemConnectionModel = Connection<SupplyItemEntity>;

/** Supply items (品种): listing and the derived cap. Adding and removing in-supply suppliers comes with SUP-020, SUP-021, SUP-022. */
export class SupplyItemService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ServiceConfig,
    private readonly access: Access,
    private readonly policy: SupplierPolicy = DEFAULT_SUPPLIER_POLICY,
  ) {}

  async list(
    filter: SupplyItemFilter | null | undefined,
    order: SupplyItemOrder | null | undefined,
    page: PageArgs,
  ): Promise<Connection<SupplyItemEntity>> {
    const qb = supplyItemsQuery(this.dataSource, this.access, filter);
    const sort: KeysetSort = { property: SORT_PROPERTY[order?.field ?? 'CODE'], direction: order?.direction ?? 'ASC' };
    return connectionOf(qb, sort, page, this.config.maxPageSize);
  }

  /** SUP-020: the item's cap under the policy in force. */
  capOf(item: SupplyItemEntity): number | null {
    return supplyItemCap(item.category, item.annualSpend, this.policy);
  }
}
