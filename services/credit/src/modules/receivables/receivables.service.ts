import { randomUUID } from 'node:crypto';
import { announceReceivable } from './receivables.events';
import type { DataSource, EntityManager } from 'typeorm';
import type { Access, Connection, KeysetSort, Outcome, PageArgs, ServiceConfig } from '@crm/platform';
import { isUniqueViolation, refused, succeeded, toCents, trimmed, writeTransaction } from '@crm/platform';
import { creditRefusals } from '../../shared/credit-refusals';
import type { CreditPolicy } from '../../shared/credit-policy';
import type { Ctx, Today } from '../../shared/service-context';
import { userErrorsOf } from '../../shared/service-context';
import type { RecordReceivableInput, ReceivableFilter, ReceivableOrder, ReceivableOrderField } from '../../generated/resolvers-types';
import { paymentTermOf } from '../credit-profile/credit-profile.service';
import type { ReceivableEntity } from './entities/receivable.entity';
import { exposureCentsByCustomer, insertReceivable, invoiceRecorded, receivablePage } from './receivables.store';
import { invoiceViolations } from './receivable-input.rules';
import { receivablePlacement } from './receivable-scope.rules';
import { arrivingReceivableState, dueDateOf } from './receivable-state.rules';

const SORT_PROPERTY: Record<ReceivableOrderField, keyof ReceivableEntity> = {
  DUE_DATE: 'dueDate',
  INVOICE_DATE: 'invoiceDate',
  AMOUNT: 'amount',
  CREATED_AT: 'createdAt',
};

export type ReceivableConnectionModel = Connection<ReceivableEntity>;

/** Receivable use cases: the invoice feed and the receivables list. */
export class ReceivableService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ServiceConfig,
    private readonly access: Access,
    private readonly policy: CreditPolicy,
    private readonly today: Today,
  ) {}

  async list(
    filter: ReceivableFilter | null | undefined,
    order: ReceivableOrder | null | undefined,
    page: PageArgs,
  ): Promise<ReceivableConnectionModel> {
    const sort: KeysetSort = { property: SORT_PROPERTY[order?.field ?? 'DUE_DATE'], direction: order?.direction ?? 'ASC' };
    return receivablePage(this.dataSource.manager, this.access, filter, sort, page, this.config.maxPageSize);
  }

  /**
   * Records an invoice reported by an order or invoicing system. The term is the one sent, else the customer's
   * payment term, else its grade's (CRD-027); the due date follows CRD-028 and the state CRD-029.
   */
  async record(raw: RecordReceivableInput, ctx: Ctx): Promise<Outcome<ReceivableEntity>> {
    const input = { ...trimmed(raw), paidAmount: raw.paidAmount ?? '0.00' };
    const violations = invoiceViolations(input, this.policy);
    if (violations.length) return refused(userErrorsOf(violations, ctx));
    // A receivable is placed by its selling department: the caller may record only within their scope.
    if (!this.access.covers('credit:CREATE', receivablePlacement(input))) {
      return refused([creditRefusals.userError(ctx.lang, 'DEPARTMENT_OUT_OF_SCOPE', { departmentId: input.departmentId })]);
    }
    const duplicate = () =>
      refused<ReceivableEntity>([creditRefusals.userError(ctx.lang, 'DUPLICATE_INVOICE_REF', { invoiceRef: input.invoiceRef })]);
    try {
      return await writeTransaction(this.dataSource, async (manager) => {
        if (await invoiceRecorded(manager, input.invoiceRef)) return duplicate();
        const termDays = input.termDays ?? (await paymentTermOf(manager, input.customerId, this.policy));
        if (termDays === null) {
          return refused<ReceivableEntity>([creditRefusals.userError(ctx.lang, 'PAYMENT_TERM_UNKNOWN')]);
        }
        const dueDate = dueDateOf(input.invoiceDate, termDays);
        const receivable = await insertReceivable(manager, {
          id: randomUUID(),
          invoiceRef: input.invoiceRef,
          customerId: input.customerId,
          departmentId: input.departmentId,
          amount: input.amount,
          paidAmount: input.paidAmount,
          invoiceDate: input.invoiceDate,
          termDays,
          dueDate,
          state: arrivingReceivableState(toCents(input.amount) - toCents(input.paidAmount), dueDate, this.today()),
          version: 1,
          createdBy: ctx.caller.id,
          updatedBy: ctx.caller.id,
        });
        // CUS-033, CUS-034: the customer subgraph counts the invoiced order (paid once paid in full).
        await announceReceivable(manager, receivable, toCents(input.paidAmount) >= toCents(input.amount), ctx.clock.now());
        return succeeded(receivable);
      });
    } catch (error: unknown) {
      if (isUniqueViolation(error)) return duplicate();
      throw error;
    }
  }
}

/** CRD-022 the customer's exposure in cents (0 without open receivables), read in the caller's transaction. */
export async function exposureCentsOf(manager: EntityManager, customerId: string): Promise<bigint> {
  return (await exposureCentsByCustomer(manager, [customerId])).get(customerId) ?? 0n;
}
