import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupLoader, RequestContext, rowLoader, ServiceConfig, valueLoader } from '@crm/platform';
import { SupplierEntity } from './entities/supplier.entity';
import { SupplyItemEntity } from './entities/supply-item.entity';
import { InSupplyLinkEntity } from './entities/in-supply-link.entity';
import { SupplierService } from './services/supplier.service';
import { SupplyItemService } from './services/supply-item.service';
import { BlacklistService } from './services/blacklist.service';

/** Per-request state of the supplier subgraph: batched lookups and the use-case services. */
export interface SupplierLoaders {
  supplierById: DataLoader<string, SupplierEntity | null>;
  supplyItemById: DataLoader<string, SupplyItemEntity | null>;
  inSupplyLinksByItem: DataLoader<string, InSupplyLinkEntity[]>;
  inSupplyLinksBySupplier: DataLoader<string, InSupplyLinkEntity[]>;
  inSupplyCountByItem: DataLoader<string, number>;
  suppliers: SupplierService;
  supplyItems: SupplyItemService;
  blacklist: BlacklistService;
}

export type ServiceContext = RequestContext<SupplierLoaders>;

export function createLoaders(dataSource: DataSource, config: ServiceConfig): SupplierLoaders {
  const suppliers = dataSource.getRepository(SupplierEntity);
  const items = dataSource.getRepository(SupplyItemEntity);
  const links = dataSource.getRepository(InSupplyLinkEntity);
  return {
    supplierById: rowLoader((ids) => suppliers.findBy({ id: In([...ids]) }), (s) => s.id),
    supplyItemById: rowLoader((ids) => items.findBy({ id: In([...ids]) }), (i) => i.id),
    inSupplyLinksByItem: groupLoader((ids) => links.findBy({ supplyItemId: In([...ids]) }), (l) => l.supplyItemId),
    inSupplyLinksBySupplier: groupLoader((ids) => links.findBy({ supplierId: In([...ids]) }), (l) => l.supplierId),
    inSupplyCountByItem: valueLoader(async (ids) => {
      const rows = await links
        .createQueryBuilder('l')
        .select('l.supplyItemId', 'itemId')
        .addSelect('COUNT(*)', 'count')
        .where('l.supplyItemId IN (:...ids)', { ids })
        .groupBy('l.supplyItemId')
        .getRawMany<{ itemId: string; count: string | number }>();
      return new Map(rows.map((r) => [r.itemId, Number(r.count)]));
    }, 0),
    suppliers: new SupplierService(dataSource, config),
    supplyItems: new SupplyItemService(dataSource, config),
    blacklist: new BlacklistService(dataSource, config),
  };
}
