import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { Access, Clock, RequestContext, ServiceConfig } from '@crm/platform';
import { applyScope, ApprovalRequestEntity, groupLoader, rowLoader, valueLoader } from '@crm/platform';
import { SupplierEntity } from './shared/entities/supplier.entity';
import { SupplyItemEntity } from './modules/supply-items/entities/supply-item.entity';
import { InSupplyLinkEntity } from './modules/supply-items/entities/in-supply-link.entity';
import { SupplierService } from './modules/supplier-profile/supplier-profile.service';
import { SupplyItemService } from './modules/supply-items/supply-items.service';
import { BlacklistService } from './modules/blacklist/blacklist.service';
import { SUPPLIER_READ, supplierScopeColumns } from './shared/supplier-scope';
import { ADMISSION_TEMPLATE, SUPPLIER_SUBJECT } from './modules/admission/admission.rules';

/** Per-request state of the supplier subgraph: batched lookups and the use-case services. */
export interface SupplierLoaders {
  supplierById: DataLoader<string, SupplierEntity | null>;
  supplyItemById: DataLoader<string, SupplyItemEntity | null>;
  inSupplyLinksByItem: DataLoader<string, InSupplyLinkEntity[]>;
  inSupplyLinksBySupplier: DataLoader<string, InSupplyLinkEntity[]>;
  inSupplyCountByItem: DataLoader<string, number>;
  /** The latest SUPPLIER_ADMISSION request per supplier id (SUP-008). */
  admissionBySupplier: DataLoader<string, ApprovalRequestEntity | null>;
  suppliers: SupplierService;
  supplyItems: SupplyItemService;
  blacklist: BlacklistService;
}

export type ServiceContext = RequestContext<SupplierLoaders>;

/** `request.clock` is the request's: the system clock, or stopped at the instant a development request runs as of (CLOCK_OVERRIDE). */
export function createLoaders(dataSource: DataSource, config: ServiceConfig, access: Access, request: { clock: Clock }): SupplierLoaders {
  const suppliers = dataSource.getRepository(SupplierEntity);
  const items = dataSource.getRepository(SupplyItemEntity);
  const links = dataSource.getRepository(InSupplyLinkEntity);
  const requests = dataSource.getRepository(ApprovalRequestEntity);
  return {
    // Entity references, supplier(id) and every supplier reached through a link or a blacklist entry see only
    // suppliers in the caller's scope; links are resolved through these loaders, so they are filtered too.
    supplierById: rowLoader(
      (ids) =>
        applyScope(
          suppliers.createQueryBuilder('s').where('s.id IN (:...ids)', { ids: [...ids] }),
          access,
          SUPPLIER_READ,
          supplierScopeColumns('s'),
        ).getMany(),
      (s) => s.id,
    ),
    supplyItemById: rowLoader(
      (ids) =>
        applyScope(
          items.createQueryBuilder('i').where('i.id IN (:...ids)', { ids: [...ids] }),
          access,
          SUPPLIER_READ,
          supplierScopeColumns('i'),
        ).getMany(),
      (i) => i.id,
    ),
    inSupplyLinksByItem: groupLoader(
      (ids) => links.findBy({ supplyItemId: In([...ids]) }),
      (l) => l.supplyItemId,
    ),
    inSupplyLinksBySupplier: groupLoader(
      (ids) => links.findBy({ supplierId: In([...ids]) }),
      (l) => l.supplierId,
    ),
    // Counts only the suppliers the caller may see, so the count matches SupplyItem.suppliers.
    inSupplyCountByItem: valueLoader(async (ids) => {
      const qb = links
        .createQueryBuilder('l')
        .innerJoin(SupplierEntity, 's', 's.id = l.supplierId')
        .select('l.supplyItemId', 'itemId')
        .addSelect('COUNT(*)', 'count')
        .where('l.supplyItemId IN (:...ids)', { ids });
      const rows = await applyScope(qb, access, SUPPLIER_READ, supplierScopeColumns('s'))
        .groupBy('l.supplyItemId')
        .getRawMany<{ itemId: string; count: string | number }>();
      return new Map(rows.map((r) => [r.itemId, Number(r.count)]));
    }, 0),
    // Oldest first, so the newest request of a supplier that applied again (after a ban ended) is the one kept.
    admissionBySupplier: rowLoader(
      (ids) =>
        requests
          .createQueryBuilder('a')
          .where('a.subjectType = :type AND a.template = :template AND a.subjectId IN (:...ids)', {
            type: SUPPLIER_SUBJECT,
            template: ADMISSION_TEMPLATE,
            ids: [...ids],
          })
          .orderBy('a.createdAt', 'ASC')
          .addOrderBy('a.id', 'ASC')
          .getMany(),
      (a) => a.subjectId,
    ),
    suppliers: new SupplierService(dataSource, config, access, request.clock),
    supplyItems: new SupplyItemService(dataSource, config, access),
    blacklist: new BlacklistService(dataSource, config, request.clock),
  };
}
