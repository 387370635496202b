import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { rowById, rowByIdOrFail, saveNew } from '../../shared/support/rows.store';
import type { Caller, Outcome } from '@crm/platform';
import { addCalendarDays, businessDate, refused, succeeded, writeTransaction } from '@crm/platform';
import { CommunicationRecordEntity } from '../../shared/entities/communication-record.entity';
import { CustomerEventEntity } from './entities/customer-event.entity';
import { OfficeContactReportEntity } from './entities/office-contact-report.entity';
import { VisitPlanEntity } from '../../shared/entities/visit-plan.entity';
import {
  countedVisitsOf,
  createCommunication,
  officeRecordCount,
  officeReportExists,
  officeReportsOf,
  officesWithRecords,
  saveCommunication,
  visitPlanOf,
} from './contacts-records.store';
import { nextVisitAfter, plannedRolesVisited, revisitCompletedOn } from '../../shared/treatment.rules';
import { isQualifyingService } from '../../shared/ownership.rules';
import type { RecordCommunicationInput, RecordCustomerEventInput, SubmitOfficeContactReportInput } from '../../generated/resolvers-types';
import type { OfficeContactReportStatusModel } from './contacts-records.models';
import { lastDayOfMonth, shiftPeriod } from '../../shared/support/calendar-months';
import { activeCustomer, updateCustomerBySystem } from '../../shared/customer-writes';
import { updateRecord } from '../../shared/support/audited-update.store';
import { createOnce } from '../../shared/idempotent-create';
import { invalid, required } from '../../shared/refusals';
import type { Ctx, CustomerRuntime, RuleEnv } from '../../shared/runtime';
import { holdsAny } from '../../shared/roles';
import { todayIn } from '../../shared/runtime';
import type { CustomerChildKind } from '../../shared/customer-children';
import { ContactEntity } from './entities/contact.entity';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
const EVENT = { zh: '客户事项', en: 'Customer event' };
const COMMUNICATION = { zh: '联系记录', en: 'Communication record' };

/**
 * CUS-008: whose view of a customer's records a caller gets. Records are visible to everyone who sees the customer
 * unless confidential; confidential ones only to their handler or recorder, the customer's owner and custodian
 * (`recordsVisibleTo` the viewer), and the confidential-record reader roles, who see every record (null).
 */
export function recordViewer(caller: Caller, env: RuleEnv): string | null {
  return holdsAny(caller.roles, env.policy.confidentiality.confidentialRecordReaderRoles) ? null : caller.id;
}

/** Records kept with the profile (CUS-008): major changes, business dealings and every communication (CUS-010, 030, 040). */
export class CustomerRecordService {
  constructor(private readonly rt: CustomerRuntime) {}

  /** a repeat with the same idempotency key returns the event first recorded. */
  async recordEvent(input: RecordCustomerEventInput, ctx: Ctx): Promise<Outcome<CustomerEventEntity>> {
    if (!input.summary.trim()) return refused([required(ctx, ['input', 'summary'], { zh: '事项内容', en: 'The summary' })]);
    const target = { entity: CustomerEventEntity, creator: 'recordedBy', createdAt: 'createdAt', what: EVENT } as const;
    return createOnce(
      this.rt,
      target,
      input.idempotencyKey,
      ctx,
      async (prior) => prior,
      async (manager, idempotencyKey) => {
        const customer = await activeCustomer(manager, input.customerId, ctx, ['input', 'customerId']);
        if (!customer.ok) return refused(customer.userErrors);
        const row = await saveNew(manager, CustomerEventEntity, {
          id: randomUUID(),
          customerId: input.customerId,
          type: input.type,
          occurredOn: input.occurredOn,
          summary: input.summary.trim().slice(0, 2000),
          departmentId: input.departmentId ?? customer.value.ownerDepartmentId,
          isConfidential: input.isConfidential ?? false,
          recordedBy: ctx.caller.id,
          createdAt: this.rt.clock.now(),
          idempotencyKey,
        });
        return succeeded(row);
      },
    );
  }

  /**
   * A communication record. It starts the filing reminders (first contact, CUS-004), is qualifying service when the
   * owner serves (CUS-030), and counts as the planned visit when it is an on-site or phone visit linked to the plan
   * and recorded by a holder of a planned role (CUS-040): the next visit then falls due one interval later. X-080: a
   * repeat with the same idempotency key returns the record first made (and its plan as it is now).
   */
  async recordCommunication(
    input: RecordCommunicationInput,
    ctx: Ctx,
  ): Promise<Outcome<{ communication: CommunicationRecordEntity; visitPlan: VisitPlanEntity | null }>> {
    if (!input.subject.trim()) return refused([required(ctx, ['input', 'subject'], { zh: '接洽内容', en: 'The subject' })]);
    const target = { entity: CommunicationRecordEntity, creator: 'recordedBy', createdAt: 'createdAt', what: COMMUNICATION } as const;
    const replay = async (communication: CommunicationRecordEntity, manager: EntityManager) => ({
      communication,
      visitPlan: communication.visitPlanId ? await rowById(manager, VisitPlanEntity, communication.visitPlanId) : null,
    });
    return createOnce(this.rt, target, input.idempotencyKey, ctx, replay, async (manager, idempotencyKey) => {
      const found = await activeCustomer(manager, input.customerId, ctx, ['input', 'customerId']);
      if (!found.ok) return refused(found.userErrors);
      const customer = found.value;
      const occurredOn = businessDate(input.occurredAt, this.rt.policy.timeZone);
      const handlerId = input.handlerId ?? ctx.caller.id;
      let plan: VisitPlanEntity | null = null;
      if (input.visitPlanId) {
        plan = await visitPlanOf(manager, input.visitPlanId, customer.id);
        if (!plan)
          return refused([
            invalid(ctx, 'NOT_FOUND', ['input', 'visitPlanId'], { zh: '该客户没有此拜访计划', en: 'The customer has no such visit plan' }),
          ]);
      }
      const visitMethod = (this.rt.policy.visitMethods as readonly string[]).includes(input.channel);
      const countedForRoles = plan !== null && plan.active && visitMethod ? plannedRolesVisited(plan.visitorRoles, ctx.caller.roles) : [];
      const countsAsVisit = countedForRoles.length > 0;
      const record = createCommunication(manager, {
        id: randomUUID(),
        customerId: customer.id,
        channel: input.channel,
        serviceType: input.serviceType,
        occurredAt: input.occurredAt,
        occurredOn,
        subject: input.subject.trim().slice(0, 300),
        handlerId,
        officeId: input.officeId ?? customer.ownerDepartmentId,
        visitPlanId: input.visitPlanId ?? null,
        attended: input.attended ?? null,
        isConfidential: input.isConfidential ?? false,
        countedAsVisit: countsAsVisit,
        countedForRoles,
        recordedBy: ctx.caller.id,
        createdAt: this.rt.clock.now(),
        idempotencyKey,
      });
      await saveCommunication(manager, record);
      if (plan && countsAsVisit && (!plan.lastVisitOn || occurredOn > plan.lastVisitOn)) plan = await this.completeRevisit(manager, plan);
      const patch: Record<string, unknown> = {};
      if (!customer.firstContactOn || occurredOn < customer.firstContactOn) patch.firstContactOn = occurredOn;
      const serves = handlerId === customer.ownerId && isQualifyingService(input.channel, input.attended ?? null, this.rt.policy);
      if (serves && (!customer.lastServiceOn || occurredOn > customer.lastServiceOn)) {
        patch.lastServiceOn = occurredOn;
        patch.dormant = false;
      }
      if (Object.keys(patch).length) await updateCustomerBySystem(manager, customer, patch, ctx.caller.id);
      return succeeded({ communication: record, visitPlan: plan });
    });
  }

  /**
   * CUS-040: once every planned role has visited since the last completed revisit, the revisit is done on the day
   * the last of them came, and the next one falls due one interval later. Until then the plan stays as it is.
   */
  private async completeRevisit(manager: EntityManager, plan: VisitPlanEntity): Promise<VisitPlanEntity> {
    const visits = await countedVisitsOf(manager, plan.id, plan.lastVisitOn);
    const completedOn = revisitCompletedOn(
      plan.visitorRoles,
      visits.map((v) => ({ occurredOn: v.occurredOn, roles: v.countedForRoles })),
    );
    if (!completedOn) return plan;
    await updateRecord(manager, VisitPlanEntity, plan, {
      lastVisitOn: completedOn,
      nextDueOn: nextVisitAfter(completedOn, plan.intervalMonths),
    });
    return rowByIdOrFail(manager, VisitPlanEntity, plan.id);
  }

  /** CUS-010: an office reports a past month once. */
  async submitOfficeReport(input: SubmitOfficeContactReportInput, ctx: Ctx): Promise<Outcome<OfficeContactReportEntity>> {
    const today = todayIn(this.rt);
    if (!PERIOD.test(input.period) || input.period >= today.slice(0, 7)) {
      return refused([
        invalid(ctx, 'INVALID_PERIOD', ['input', 'period'], { zh: '须为已结束的月份(YYYY-MM)', en: 'Must be a past month (YYYY-MM)' }),
      ]);
    }
    return writeTransaction(this.rt.dataSource, async (manager) => {
      if (await officeReportExists(manager, input.officeId, input.period)) {
        return refused([
          invalid(ctx, 'ALREADY_SUBMITTED', ['input', 'period'], { zh: '该月报告已提交', en: 'The report for this month is already in' }),
        ]);
      }
      const recordCount = await officeRecordCount(manager, input.officeId, `${input.period}-01`, lastDayOfMonth(input.period));
      const report = await saveNew(manager, OfficeContactReportEntity, {
        id: randomUUID(),
        officeId: input.officeId,
        period: input.period,
        submittedAt: this.rt.clock.now(),
        submittedBy: ctx.caller.id,
        recordCount,
      });
      return succeeded(report);
    });
  }

  /** CUS-010: every office with contacts in the month, its report, and whether it is overdue after the due day. */
  async officeReportStatus(period: string, asOf: string | null | undefined): Promise<OfficeContactReportStatusModel[]> {
    const today = asOf ?? todayIn(this.rt);
    const dueOn = addCalendarDays(`${shiftPeriod(period, 1)}-01`, this.rt.policy.officeReportDay - 1);
    const offices = await officesWithRecords(this.rt.dataSource, `${period}-01`, lastDayOfMonth(period));
    const reports = await officeReportsOf(this.rt.dataSource, period);
    const ids = new Set([...offices.map((o) => o.officeId), ...reports.map((r) => r.officeId)]);
    return [...ids].sort().map((officeId) => {
      const report = reports.find((r) => r.officeId === officeId) ?? null;
      return { officeId, period, dueOn, report, overdue: !report && today > dueOn };
    });
  }
}

/** CUS-006: a merged customer's contacts, events and communications move to the survivor. */
export const CONTACTS_RECORDS_CHILD_RECORDS: readonly CustomerChildKind[] = [
  { kind: 'contacts', entity: ContactEntity, column: 'customerId' },
  { kind: 'events', entity: CustomerEventEntity, column: 'customerId' },
  { kind: 'communications', entity: CommunicationRecordEntity, column: 'customerId' },
];
