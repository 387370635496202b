import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { Access, RequestContext, ServiceConfig } from '@crm/platform';
import { applyScope, ApprovalRequestEntity, groupLoader, rowLoader } from '@crm/platform';
import { ReceptionEntity } from './modules/reception/entities/reception.entity';
import { ReceptionExpenseEntity } from './modules/reception/entities/reception-expense.entity';
import { GiftRequestEntity } from './modules/reception/entities/gift-request.entity';
import type { ReceptionPolicy } from './modules/reception/reception-policy';
import { DEFAULT_RECEPTION_POLICY } from './modules/reception/reception-policy';
import { ReceptionService } from './modules/reception/reception.service';
import { CustomerReceptions } from './modules/reception/reception-customers.service';
import { ReceptionApprovalService } from './modules/reception/reception-approval.service';
import { ReceptionGiftService } from './modules/reception/reception-gifts.service';
import { receptionScopeColumns } from './modules/reception/reception-scope';

/** Per-request state of the reception subgraph: batched lookups and the use-case services. */
export interface ReceptionLoaders {
  receptionById: DataLoader<string, ReceptionEntity | null>;
  expensesByReception: DataLoader<string, ReceptionExpenseEntity[]>;
  /** The gift request (REC-009) of each reception, for `Reception.gifts`. */
  giftsByReception: DataLoader<string, GiftRequestEntity | null>;
  /** A reception's approval requests, for `Reception.approval` and `overStandardApproval`. */
  approvalById: DataLoader<string, ApprovalRequestEntity | null>;
  customerReceptions: CustomerReceptions;
  receptions: ReceptionService;
  receptionApprovals: ReceptionApprovalService;
  receptionGifts: ReceptionGiftService;
}

export type ServiceContext = RequestContext<ReceptionLoaders>;

export function createLoaders(
  dataSource: DataSource,
  config: ServiceConfig,
  access: Access,
  policy: ReceptionPolicy = DEFAULT_RECEPTION_POLICY,
): ReceptionLoaders {
  const receptions = dataSource.getRepository(ReceptionEntity);
  const expenses = dataSource.getRepository(ReceptionExpenseEntity);
  return {
    // Entity references and reception(id) see only receptions in the caller's scope.
    receptionById: rowLoader(
      (ids) =>
        applyScope(
          receptions.createQueryBuilder('r').where('r.id IN (:...ids)', { ids: [...ids] }),
          access,
          'reception:READ',
          receptionScopeColumns('r'),
        ).getMany(),
      (r) => r.id,
    ),
    expensesByReception: groupLoader(
      (ids) => expenses.find({ where: { receptionId: In([...ids]) }, order: { day: 'ASC', id: 'ASC' } }),
      (e) => e.receptionId,
    ),
    giftsByReception: rowLoader(
      (ids) => dataSource.getRepository(GiftRequestEntity).findBy({ receptionId: In([...ids]) }),
      (g) => g.receptionId,
    ),
    approvalById: rowLoader(
      (ids) => dataSource.getRepository(ApprovalRequestEntity).findBy({ id: In([...ids]) }),
      (a) => a.id,
    ),
    customerReceptions: new CustomerReceptions(dataSource, config),
    receptions: new ReceptionService(dataSource, config, access, policy),
    receptionApprovals: new ReceptionApprovalService(dataSource, access, policy),
    receptionGifts: new ReceptionGiftService(dataSource, access, policy),
  };
}
