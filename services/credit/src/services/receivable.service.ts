import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Access, applyScope, Connection, connectionOf, KeysetSort, Outcome, PageArgs, refused, ServiceConfig, succeeded, toCents, userError, writeTransaction } from '@crm/platform';
import { CreditProfileEntity } from '../entities/credit-profile.entity';
import { ReceivableEntity } from '../entities/receivable.entity';
import type { CreditPolicy } from '../domain/credit-policy';
import { paymentTermForGrade } from '../domain/payment-terms';
import { arrivingReceivableState, dueDateOf } from '../domain/receivable-state';
import { invoiceViolations } from '../domain/receivable-input';
import type { RecordReceivableInput, ReceivableFilter, ReceivableOrder, ReceivableOrderField } from '../generated/resolvers-types';
import { receivablePlacement, receivableScopeColumns } from './credit-scope';
import { isUniqueViolation } from './db-errors';
import { Ctx, Today, trimmed, userErrorsOf } from './service-context';

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

  async list(filter: ReceivableFilter | null | undefined, order: ReceivableOrder | null | undefined, page: PageArgs): Promise<ReceivableConnectionModel> {
    // the list and its totalCount see only receivables of departments in the caller's scope.
    const qb = applyScope(this.dataSource.getRepository(ReceivableEntity).createQueryBuilder('r'), this.access, 'credit:READ', receivableScopeColumns('r'));
    if (filter?.customerId) qb.andWhere('r.customerId = :customerId', { customerId: filter.customerId });
    if (filter?.departmentId) qb.andWhere('r.departmentId = :departmentId', { departmentId: filter.departmentId });
    if (filter?.states?.length) qb.andWhere('r.state IN (:...states)', { states: filter.states });
    if (filter?.dueBefore) qb.andWhere('r.dueDate < :dueBefore', { dueBefore: filter.dueBefore });
    const sort: KeysetSort = { property: SORT_PROPERTY[order?.field ?? 'DUE_DATE'], direction: order?.direction ?? 'ASC' };
    return connectionOf(qb, sort, page, this.config.maxPageSize);
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
      return refused([
        userError(ctx.lang, 'DEPARTMENT_OUT_OF_SCOPE', ['input', 'departmentId'], {
          zh: `部门 ${input.departmentId} 不在您的数据范围内`,
          en: `Department ${input.departmentId} is outside your data scope`,
        }),
      ]);
    }
    const duplicate = () =>
      refused<ReceivableEntity>([
        userError(ctx.lang, 'DUPLICATE_INVOICE_REF', ['input', 'invoiceRef'], {
          zh: `发票 ${input.invoiceRef} 已登记为应收账款`,
          en: `Invoice ${input.invoiceRef} is already recorded as a receivable`,
        }),
      ]);
    try {
      return await writeTransaction(this.dataSource, async (manager) => {
        if (await manager.existsBy(ReceivableEntity, { invoiceRef: input.invoiceRef })) return duplicate();
        const termDays = input.termDays ?? (await this.customerTerm(manager, input.customerId));
        if (termDays === null) {
          return refused<ReceivableEntity>([
            userError(ctx.lang, 'PAYMENT_TERM_UNKNOWN', ['input', 'termDays'], {
              zh: '客户没有账期(无信用档案或未评级),请提供账期天数',
              en: 'The customer has no payment term (no credit profile or no grade); send termDays',
            }),
          ]);
        }
        const dueDate = dueDateOf(input.invoiceDate, termDays);
        const receivable = manager.create(ReceivableEntity, {
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
        return succeeded(await manager.save(receivable));
      });
    } catch (error: unknown) {
      if (isUniqueViolation(error)) return duplicate();
      throw error;
    }
  }

  /** The customer's payment term: the profile's own, else its grade's; null without profile or grade. */
  private async customerTerm(manager: EntityManager, customerId: string): Promise<number | null> {
    const profile = await manager.findOne(CreditProfileEntity, { where: { customerId }, select: { customerId: true, paymentTermDays: true, grade: true } });
    if (!profile) return null;
    return profile.paymentTermDays ?? (profile.grade ? paymentTermForGrade(profile.grade, this.policy) : null);
  }
}
