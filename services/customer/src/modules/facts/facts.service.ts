import type { EntityManager } from 'typeorm';
import type { Outcome, UserError } from '@crm/platform';
import { isNegativeMoney, refused, succeeded, writeTransaction } from '@crm/platform';
import { AnnualRecordEntity } from './entities/annual-record.entity';
import {
  annualRecordOf,
  annualRecordOfOrFail,
  insertAnnualRecord,
  orderById,
  orderByRef,
  pointsCredited,
  saveOrder,
  savePoints,
  saveSurvey,
} from './facts.store';
import { customerById } from '../../shared/customer.store';
import type { CustomerEntity } from '../../shared/entities/customer.entity';
import { OrderRecordEntity } from './entities/order-record.entity';
import type { PointsEntryEntity } from '../../shared/entities/points-entry.entity';
import type { SatisfactionSurveyEntity } from '../../shared/entities/satisfaction-survey.entity';
import { stageAfterOrder } from '../../shared/lifecycle.rules';
import { referralPoints } from './points.rules';
import type {
  RecordAnnualRecordInput,
  RecordComplaintFactsInput,
  RecordCustomerOrderInput,
  RecordReferralPointsInput,
  RecordSatisfactionSurveyInput,
} from '../../generated/resolvers-types';
import { activeCustomer, recordStateChange, updateCustomerBySystem } from '../../shared/customer-writes';
import { updateRecord } from '../../shared/support/audited-update.store';
import { startProvisionalGrade } from '../grading/grading.service';
import { invalid, required } from '../../shared/refusals';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { todayIn } from '../../shared/runtime';

const negative = (ctx: Ctx, field: string): UserError =>
  invalid(ctx, 'INVALID_AMOUNT', ['input', field], { zh: '金额不能为负', en: 'The amount cannot be negative' });

/**
 * Facts that come from outside the customer subgraph — orders, complaint counts, yearly figures, surveys, club
 * referrals — recorded as inputs (X-002 snapshots), never read from another subgraph's database. Each one applies
 * the rules it triggers at once.
 */
export class CustomerFactsService {
  constructor(private readonly rt: CustomerRuntime) {}

  /** 年度业绩: one row per customer and year; the figures of a year can be corrected. */
  async recordAnnualRecord(input: RecordAnnualRecordInput, ctx: Ctx): Promise<Outcome<AnnualRecordEntity>> {
    const errors: UserError[] = [];
    if (isNegativeMoney(input.salesAmount)) errors.push(negative(ctx, 'salesAmount'));
    if (input.yearEndReceivable && isNegativeMoney(input.yearEndReceivable)) errors.push(negative(ctx, 'yearEndReceivable'));
    if (input.year < 1990 || input.year > Number(todayIn(this.rt).slice(0, 4))) {
      errors.push(invalid(ctx, 'INVALID_YEAR', ['input', 'year'], { zh: '年度无效', en: 'The year is not valid' }));
    }
    if (errors.length) return refused(errors);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const customer = await activeCustomer(manager, input.customerId, ctx, ['input', 'customerId']);
      if (!customer.ok) return refused(customer.userErrors);
      const existing = await annualRecordOf(manager, input.customerId, input.year);
      const values = {
        salesAmount: input.salesAmount,
        yearEndReceivable: input.yearEndReceivable ?? null,
        financialSummary: input.financialSummary?.trim() || null,
        recordedBy: ctx.caller.id,
      };
      if (existing) await updateRecord(manager, AnnualRecordEntity, existing, values);
      else await insertAnnualRecord(manager, { customerId: input.customerId, year: input.year, ...values });
      return succeeded(await annualRecordOfOrFail(manager, input.customerId, input.year));
    });
  }

  /**
   * An order (CUS-033): it counts for the lifecycle once paid. The first paid order makes a potential customer NEW
   * and starts its provisional C grade (CUS-018); a paid order wins a churned customer back to NEW, moves the churn
   * clock (lastOrderOn) and clears the churn risk. An unpaid order is only recorded. The same order reference is
   * recorded once: repeating it changes nothing, except that repeating an unpaid order as paid records its payment,
   * and the order then counts.
   */
  async recordOrder(input: RecordCustomerOrderInput, ctx: Ctx): Promise<Outcome<{ order: OrderRecordEntity; customer: CustomerEntity }>> {
    if (isNegativeMoney(input.amount)) return refused([negative(ctx, 'amount')]);
    if (!input.orderRef.trim()) return refused([required(ctx, ['input', 'orderRef'], { zh: '订单号', en: 'The order reference' })]);
    return writeTransaction(this.rt.dataSource, (manager) => this.recordOrderIn(manager, input, ctx));
  }

  /** recordOrder in the caller's transaction (an order announced by credit's receivable event is recorded so). */
  async recordOrderIn(
    manager: EntityManager,
    input: RecordCustomerOrderInput,
    ctx: Ctx,
  ): Promise<Outcome<{ order: OrderRecordEntity; customer: CustomerEntity }>> {
    {
      const found = await activeCustomer(manager, input.customerId, ctx, ['input', 'customerId']);
      if (!found.ok) return refused(found.userErrors);
      const customer = found.value;
      const orderRef = input.orderRef.trim();
      const recorded = await orderByRef(manager, customer.id, orderRef);
      if (recorded) {
        // Only a payment changes a recorded order; the conditional update lets one of two racing payments count.
        const paidNow =
          input.paid && !recorded.paid && (await updateRecord(manager, OrderRecordEntity, recorded, { paid: true }, { paid: false }));
        if (!paidNow) return succeeded({ order: recorded, customer });
        const order = await orderById(manager, recorded.id);
        return succeeded({ order, customer: await this.countPaidOrder(manager, customer, order, ctx) });
      }
      const order = await saveOrder(manager, {
        customerId: customer.id,
        orderRef,
        orderedOn: input.orderedOn,
        amount: input.amount,
        paid: input.paid,
        recordedBy: ctx.caller.id,
      });
      return succeeded({ order, customer: order.paid ? await this.countPaidOrder(manager, customer, order, ctx) : customer });
    }
  }

  /** What a paid order changes (CUS-033, CUS-034, CUS-018): stage, churn clock and risk, first trade and provisional grade. */
  private async countPaidOrder(
    manager: EntityManager,
    customer: CustomerEntity,
    order: OrderRecordEntity,
    ctx: Ctx,
  ): Promise<CustomerEntity> {
    const stage = stageAfterOrder(customer.lifecycleStage, true);
    const patch: Partial<CustomerEntity> = {};
    if (!customer.lastOrderOn || order.orderedOn >= customer.lastOrderOn)
      Object.assign(patch, { lastOrderOn: order.orderedOn, churnRisk: false });
    if (stage !== customer.lifecycleStage) {
      Object.assign(patch, { lifecycleStage: stage, churnReason: null });
      await recordStateChange(manager, {
        customerId: customer.id,
        field: 'LIFECYCLE_STAGE',
        from: customer.lifecycleStage,
        to: stage,
        changedOn: order.orderedOn,
        reason: `ORDER ${order.orderRef}`,
        changedBy: ctx.caller.id,
      });
    }
    const firstTrade = !customer.firstTradeOn;
    if (firstTrade) patch.firstTradeOn = order.orderedOn;
    if (Object.keys(patch).length) await updateCustomerBySystem(manager, customer, patch, ctx.caller.id);
    const updated = await customerById(manager, customer.id);
    return firstTrade && updated.grade === null
      ? startProvisionalGrade(manager, this.rt, updated, order.orderedOn, ctx.caller.id)
      : updated;
  }

  /** Complaint counts from the complaint subgraph: the problem-customer flag follows at once (CUS-035). */
  async recordComplaintFacts(input: RecordComplaintFactsInput, ctx: Ctx): Promise<Outcome<CustomerEntity>> {
    if (input.openValidComplaints < 0 || input.validComplaintsLast12Months < 0) {
      return refused([invalid(ctx, 'OUT_OF_RANGE', ['input'], { zh: '投诉数不能为负', en: 'Complaint counts cannot be negative' })]);
    }
    return writeTransaction(this.rt.dataSource, (manager) => this.recordComplaintFactsIn(manager, input, ctx));
  }

  /** recordComplaintFacts in the caller's transaction (the complaint subgraph's facts event is recorded so). */
  async recordComplaintFactsIn(manager: EntityManager, input: RecordComplaintFactsInput, ctx: Ctx): Promise<Outcome<CustomerEntity>> {
    {
      const found = await activeCustomer(manager, input.customerId, ctx, ['input', 'customerId']);
      if (!found.ok) return found;
      const customer = found.value;
      if (customer.complaintFactsOn && input.asOf < customer.complaintFactsOn) {
        return refused([
          invalid(ctx, 'OLDER_FACTS', ['input', 'asOf'], { zh: '已有更新的投诉数据', en: 'Newer complaint facts are already recorded' }),
        ]);
      }
      const problem = input.validComplaintsLast12Months >= this.rt.policy.lifecycle.problemMinComplaints;
      await updateCustomerBySystem(
        manager,
        customer,
        {
          openValidComplaints: input.openValidComplaints,
          validComplaintsLast12Months: input.validComplaintsLast12Months,
          complaintFactsOn: input.asOf,
          problemCustomer: problem,
        },
        ctx.caller.id,
      );
      if (problem !== customer.problemCustomer) {
        await recordStateChange(manager, {
          customerId: customer.id,
          field: 'PROBLEM_CUSTOMER',
          from: String(customer.problemCustomer),
          to: String(problem),
          changedOn: input.asOf,
          changedBy: ctx.caller.id,
        });
      }
      return succeeded(await customerById(manager, customer.id));
    }
  }

  /** 满意度调查 (CUS-037): a score of 1–5; the latest feeds the loyalty rule (CUS-033). */
  async recordSurvey(input: RecordSatisfactionSurveyInput, ctx: Ctx): Promise<Outcome<SatisfactionSurveyEntity>> {
    if (!Number.isInteger(input.score) || input.score < 1 || input.score > 5) {
      return refused([invalid(ctx, 'OUT_OF_RANGE', ['input', 'score'], { zh: '满意度须为 1 至 5 分', en: 'The score is 1 to 5' })]);
    }
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const customer = await activeCustomer(manager, input.customerId, ctx, ['input', 'customerId']);
      if (!customer.ok) return refused(customer.userErrors);
      const survey = await saveSurvey(manager, {
        customerId: input.customerId,
        departmentId: input.departmentId ?? ctx.caller.departmentId,
        score: input.score,
        surveyedOn: input.surveyedOn,
        recordedBy: ctx.caller.id,
      });
      return succeeded(survey);
    });
  }

  /** 积分 (CUS-038) for the referring customer; one credit per club meeting or sale (sourceRef). */
  async recordReferralPoints(input: RecordReferralPointsInput, ctx: Ctx): Promise<Outcome<PointsEntryEntity>> {
    const errors: UserError[] = [];
    if (input.referrerId === input.referredCustomerId) {
      errors.push(
        invalid(ctx, 'SELF_REFERRAL', ['input', 'referredCustomerId'], { zh: '不能推荐自己', en: 'A customer cannot refer itself' }),
      );
    }
    if (input.reason === 'REFERRAL_SALES' && !input.salesAmount)
      errors.push(required(ctx, ['input', 'salesAmount'], { zh: '现场销售额', en: 'The on-site sales amount' }));
    if (input.salesAmount && isNegativeMoney(input.salesAmount)) errors.push(negative(ctx, 'salesAmount'));
    if (!input.sourceRef.trim())
      errors.push(required(ctx, ['input', 'sourceRef'], { zh: '联谊会或销售单号', en: 'The meeting or sale reference' }));
    if (errors.length) return refused(errors);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const referrer = await activeCustomer(manager, input.referrerId, ctx, ['input', 'referrerId']);
      if (!referrer.ok) return refused(referrer.userErrors);
      // The referred customer is usually someone else's new customer: it only has to exist.
      const referred = await activeCustomer(manager, input.referredCustomerId, ctx, ['input', 'referredCustomerId'], null);
      if (!referred.ok) return refused(referred.userErrors);
      const sourceRef = `${input.reason}:${input.sourceRef.trim()}`;
      if (await pointsCredited(manager, sourceRef)) {
        return refused([
          invalid(ctx, 'ALREADY_CREDITED', ['input', 'sourceRef'], { zh: '该积分已记入', en: 'These points were already credited' }),
        ]);
      }
      const entry = await savePoints(manager, {
        customerId: input.referrerId,
        points: referralPoints(input.reason, input.salesAmount ?? null, this.rt.policy),
        reason: input.reason,
        referredCustomerId: input.referredCustomerId,
        salesAmount: input.salesAmount ?? null,
        occurredOn: input.occurredOn,
        sourceRef,
        recordedBy: ctx.caller.id,
      });
      return succeeded(entry);
    });
  }
}
