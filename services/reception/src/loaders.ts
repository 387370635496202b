import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupLoader, RequestContext, rowLoader, ServiceConfig } from '@crm/platform';
import { ReceptionEntity } from './entities/reception.entity';
import { ReceptionExpenseEntity } from './entities/reception-expense.entity';
import { ReceptionService } from './services/reception.service';
import { CustomerReceptions } from './services/customer-receptions.service';

/** Per-request state of the reception subgraph: batched lookups and the use-case services. */
export interface ReceptionLoaders {
  receptionById: DataLoader<string, ReceptionEntity | null>;
  expensesByReception: DataLoader<string, ReceptionExpenseEntity[]>;
  customerReceptions: CustomerReceptions;
  receptions: ReceptionService;
}

export type ServiceContext = RequestContext<ReceptionLoaders>;

export function createLoaders(dataSource: DataSource, config: ServiceConfig): ReceptionLoaders {
  const receptions = dataSource.getRepository(ReceptionEntity);
  const expenses = dataSource.getRepository(ReceptionExpenseEntity);
  return {
    receptionById: rowLoader((ids) => receptions.findBy({ id: In([...ids]) }), (r) => r.id),
    expensesByReception: groupLoader(
      (ids) => expenses.find({ where: { receptionId: In([...ids]) }, order: { day: 'ASC', id: 'ASC' } }),
      (e) => e.receptionId,
    ),
    customerReceptions: new CustomerReceptions(dataSource, config),
    receptions: new ReceptionService(dataSource, config),
  };
}
