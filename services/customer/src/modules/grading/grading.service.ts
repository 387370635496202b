import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { rowById, rowByIdOrFail, saveNew } from '../../shared/support/rows.store';
import type { Connection, Lang, Outcome, PageArgs, UserError } from '@crm/platform';
import {
  connectionOf,
  isNegativeMoney,
  refusableTransaction,
  refused,
  succeeded,
  updateVersioned,
  userError,
  writeTransaction,
} from '@crm/platform';
import { annualRecordOf } from '../facts/facts-records.service';
import type { CustomerEntity } from '../../shared/entities/customer.entity';
import { GradeAssessmentEntity } from '../../shared/entities/grade-assessment.entity';
import { GradeOverrideEntity } from './entities/grade-override.entity';
import {
  adHocAssessmentExists,
  annualReviewCandidates,
  assessmentsVisibleTo,
  insertAssessments,
  overridePending,
  provisionalPeriodsEnded,
} from './grading.store';
import { customerById } from '../../shared/customer.store';
import {
  annualPeriod,
  assess,
  cycleYearOf,
  inArrears,
  inputsEditable,
  inReviewWindow,
  provisionalCapBreach,
  provisionalPeriod,
  reviewWindow,
  stepAllowed,
  stepRoles,
  validInfluence,
} from './grading.rules';
import { sizeFor } from '../../shared/key-account.rules';
import { holdsAny } from '../../shared/roles';
import type {
  AdvanceGradeAssessmentInput,
  CustomerGrade,
  GradeAssessmentFilter,
  GradeAssessmentKind,
  OpenGradeAssessmentInput,
  RequestGradeOverrideInput,
  StartAnnualGradeReviewInput,
  UpdateGradeAssessmentInputsInput,
} from '../../generated/resolvers-types';
import { updateRecord } from '../../shared/support/audited-update.store';
import type { ApprovalEffect } from '../../shared/customer-approvals';
import { APPROVAL_SUBJECT, submitApproval } from '../../shared/customer-approvals';
import { applyClassChange, changeGrade } from '../key-accounts/key-accounts.service';
import { activeCustomer } from '../../shared/customer-writes';
import { announceGradeApproved } from './grading-notices.service';
import { invalid, invalidState, notFound, required, roleNotAllowed, staleVersion } from '../../shared/refusals';
import type { Ctx, CustomerRuntime, RuleEnv } from '../../shared/runtime';
import { todayIn } from '../../shared/runtime';
import type { CustomerChildKind } from '../../shared/customer-children';
import { GradeHistoryEntity } from '../../shared/entities/grade-history.entity';

const ASSESSMENT = { zh: '等级评定', en: 'Grade assessment' };

/** 客户分级 (CUS-011, 013…022): assessments, the annual review, provisional grades and manual overrides. */
export class GradingService {
  constructor(private readonly rt: CustomerRuntime) {}

  list(filter: GradeAssessmentFilter | null | undefined, page: PageArgs, ctx: Ctx): Promise<Connection<GradeAssessmentEntity>> {
    return connectionOf(
      assessmentsVisibleTo(this.rt.dataSource, filter, ctx.access),
      { property: 'createdAt', direction: 'ASC' },
      page,
      this.rt.config.maxPageSize,
    );
  }

  /**
   * CUS-019, CUS-020: in the review window, opens an ANNUAL assessment of the previous calendar year for every graded,
   * non-provisional customer — A included, no grade is for life. Provisional customers are skipped (CUS-018).
   * Repeating it opens nothing twice.
   */
  async startAnnualReview(input: StartAnnualGradeReviewInput, ctx: Ctx): Promise<Outcome<{ opened: number; skippedProvisional: number }>> {
    const roles = this.rt.policy.grading.organiserRoles;
    if (!holdsAny(ctx.caller.roles, roles)) return refused([roleNotAllowed(ctx, ['input', 'cycleYear'], roles)]);
    const today = todayIn(this.rt);
    if (!inReviewWindow(today, input.cycleYear, this.rt.policy)) {
      const window = reviewWindow(input.cycleYear, this.rt.policy);
      return refused([
        invalid(ctx, 'OUTSIDE_REVIEW_WINDOW', ['input', 'cycleYear'], {
          zh: `年度评级只能在 ${window.from} 至 ${window.to} 进行`,
          en: `The annual review runs from ${window.from} to ${window.to}`,
        }),
      ]);
    }
    const period = annualPeriod(input.cycleYear);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const { skippedProvisional, due } = await annualReviewCandidates(manager, period.from);
      for (let i = 0; i < due.length; i += 200) {
        await insertAssessments(
          manager,
          due.slice(i, i + 200).map((c) => this.newAssessment(c.id, c.grade, 'ANNUAL', period.from, period.to, ctx.caller.id)),
        );
      }
      return succeeded({ opened: due.length, skippedProvisional });
    });
  }

  /** An AD_HOC assessment of one customer over a chosen period. */
  async open(input: OpenGradeAssessmentInput, ctx: Ctx): Promise<Outcome<GradeAssessmentEntity>> {
    const roles = this.rt.policy.grading.organiserRoles;
    if (!holdsAny(ctx.caller.roles, roles)) return refused([roleNotAllowed(ctx, ['input', 'customerId'], roles)]);
    if (input.periodTo < input.periodFrom)
      return refused([
        invalid(ctx, 'INVALID_PERIOD', ['input', 'periodTo'], { zh: '评定期末不能早于期初', en: 'The period cannot end before it starts' }),
      ]);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const customer = await activeCustomer(manager, input.customerId, ctx, ['input', 'customerId']);
      if (!customer.ok) return refused(customer.userErrors);
      if (await adHocAssessmentExists(manager, input.customerId, input.periodFrom)) {
        return refused([
          invalid(ctx, 'ALREADY_OPEN', ['input', 'periodFrom'], { zh: '该期间已有评定', en: 'An assessment of this period exists' }),
        ]);
      }
      const row = this.newAssessment(input.customerId, customer.value.grade, 'AD_HOC', input.periodFrom, input.periodTo, ctx.caller.id);
      await insertAssessments(manager, row);
      return succeeded(await rowByIdOrFail(manager, GradeAssessmentEntity, row.id));
    });
  }

  /**
   * CUS-043 inputs as of the period cut-off; CUS-016 strategic influence only by SALES_DEPT_MANAGER or above, who is
   * recorded. Scores are recomputed on every change; a submitted assessment is immutable (CUS-022).
   */
  async updateInputs(input: UpdateGradeAssessmentInputsInput, ctx: Ctx): Promise<Outcome<GradeAssessmentEntity>> {
    const errors = this.inputErrors(input, ctx);
    if (errors.length) return refused(errors);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const current = await this.assessmentInScope(manager, input.id, ctx);
      if (!current) return refused([notFound(ctx, ASSESSMENT)]);
      if (!inputsEditable(current.state)) {
        return refused([
          invalid(ctx, 'ASSESSMENT_LOCKED', ['input', 'id'], {
            zh: '已提交的评定不可修改',
            en: 'A submitted assessment cannot be changed',
          }),
        ]);
      }
      const patch: Partial<GradeAssessmentEntity> = {};
      for (const key of ['contractAmount', 'maxDaysPastDue', 'yearEndReceivable', 'premiumPct', 'premiumEvidence', 'inputsAsOf'] as const) {
        if (input[key] !== undefined) (patch as Record<string, unknown>)[key] = input[key];
      }
      if (input.strategicInfluence !== undefined) {
        patch.strategicInfluence = input.strategicInfluence;
        patch.strategicInfluenceSetById = input.strategicInfluence === null ? null : ctx.caller.id;
      }
      const merged = { ...current, ...patch };
      if (merged.premiumPct !== null && !merged.premiumEvidence?.trim()) {
        return refused([
          invalid(ctx, 'EVIDENCE_REQUIRED', ['input', 'premiumEvidence'], {
            zh: '合同溢价须附依据',
            en: 'The contract premium needs its evidence',
          }),
        ]);
      }
      Object.assign(patch, this.scoresOf(merged));
      if (current.state === 'RETURNED') patch.state = 'DRAFT';
      return this.saveVersion(manager, current, input.version, patch, ctx);
    });
  }

  /**
   * CUS-019: DRAFT → PRELIM_RATED (section chief) → MEETING_REVIEWED (review meeting) → SUBMITTED (SALES_DEPT_MANAGER),
   * which submits the GRADE_RESULT approval (VP; grade A also the GM).
   */
  async advance(input: AdvanceGradeAssessmentInput, ctx: Ctx): Promise<Outcome<GradeAssessmentEntity>> {
    const roles = stepRoles(input.to, this.rt.policy);
    if (!holdsAny(ctx.caller.roles, roles)) return refused([roleNotAllowed(ctx, ['input', 'to'], roles)]);
    return refusableTransaction(this.rt.dataSource, async (manager) => {
      const current = await this.assessmentInScope(manager, input.id, ctx);
      if (!current) return refused([notFound(ctx, ASSESSMENT)]);
      if (!stepAllowed(current.state, input.to)) return refused([invalidState(ctx, ASSESSMENT, current.state)]);
      if (current.total === null) {
        return refused([
          invalid(ctx, 'INPUTS_INCOMPLETE', ['input', 'id'], { zh: '四项指标未填写完整', en: 'Not all four indicators are entered' }),
        ]);
      }
      const step: Partial<GradeAssessmentEntity> =
        input.to === 'PRELIM_RATED'
          ? { prelimRatedBy: ctx.caller.id }
          : input.to === 'MEETING_REVIEWED'
            ? { meetingReviewedBy: ctx.caller.id }
            : { submittedBy: ctx.caller.id };
      if (input.to === 'SUBMITTED') {
        step.approvalId = await submitApproval(
          manager,
          this.rt,
          'GRADE_RESULT',
          { type: APPROVAL_SUBJECT.assessment, id: current.id },
          { grade: current.resultGrade },
          ctx,
        );
      }
      return this.saveVersion(manager, current, input.version, { state: input.to, ...step }, ctx);
    });
  }

  /** CUS-021: a manual grade with a reason, through GRADE_OVERRIDE; one pending request per customer; CUS-018 caps it. */
  async requestOverride(input: RequestGradeOverrideInput, ctx: Ctx): Promise<Outcome<GradeOverrideEntity>> {
    const roles = this.rt.policy.grading.overrideRequesterRoles;
    if (!holdsAny(ctx.caller.roles, roles)) return refused([roleNotAllowed(ctx, ['input', 'grade'], roles)]);
    if (!input.reason.trim()) return refused([required(ctx, ['input', 'reason'], { zh: '调整理由', en: 'The reason' })]);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const customer = await activeCustomer(manager, input.customerId, ctx, ['input', 'customerId']);
      if (!customer.ok) return refused(customer.userErrors);
      const breach = provisionalCapBreach(customer.value, input.grade, todayIn(this.rt), this.rt.policy);
      if (breach) return refused([provisionalCapRefusal(ctx.lang, breach, ['input', 'grade'])]);
      if (await overridePending(manager, input.customerId)) {
        return refused([
          invalid(ctx, 'ALREADY_PENDING', ['input', 'customerId'], {
            zh: '该客户已有待审批的等级调整',
            en: 'A grade override of this customer is pending',
          }),
        ]);
      }
      const id = randomUUID();
      const approvalId = await submitApproval(
        manager,
        this.rt,
        'GRADE_OVERRIDE',
        { type: APPROVAL_SUBJECT.override, id },
        { grade: input.grade },
        ctx,
        input.reason.trim(),
      );
      const row = await saveNew(manager, GradeOverrideEntity, {
        id,
        customerId: input.customerId,
        grade: input.grade,
        reason: input.reason.trim(),
        state: 'PENDING',
        approvalId,
        requestedBy: ctx.caller.id,
      });
      return succeeded(row);
    });
  }

  /** The assessment, when its customer is within the caller's scope for edits. */
  private async assessmentInScope(manager: EntityManager, id: string, ctx: Ctx): Promise<GradeAssessmentEntity | null> {
    const assessment = await rowById(manager, GradeAssessmentEntity, id);
    if (!assessment) return null;
    return (await activeCustomer(manager, assessment.customerId, ctx)).ok ? assessment : null;
  }

  private inputErrors(input: UpdateGradeAssessmentInputsInput, ctx: Ctx): UserError[] {
    const errors: UserError[] = [];
    if (input.strategicInfluence !== undefined) {
      const roles = this.rt.policy.grading.strategicInfluenceRoles;
      if (!holdsAny(ctx.caller.roles, roles)) errors.push(roleNotAllowed(ctx, ['input', 'strategicInfluence'], roles));
      else if (input.strategicInfluence !== null && !validInfluence(input.strategicInfluence)) {
        errors.push(
          invalid(ctx, 'OUT_OF_RANGE', ['input', 'strategicInfluence'], {
            zh: '战略影响须为 1 至 4 分',
            en: 'Strategic influence is scored 1 to 4',
          }),
        );
      }
    }
    for (const key of ['contractAmount', 'yearEndReceivable'] as const) {
      const value = input[key];
      if (value && isNegativeMoney(value))
        errors.push(invalid(ctx, 'INVALID_AMOUNT', ['input', key], { zh: '金额不能为负', en: 'The amount cannot be negative' }));
    }
    if (input.maxDaysPastDue != null && (!Number.isInteger(input.maxDaysPastDue) || input.maxDaysPastDue < 0)) {
      errors.push(
        invalid(ctx, 'OUT_OF_RANGE', ['input', 'maxDaysPastDue'], { zh: '逾期天数不能为负', en: 'Days past due cannot be negative' }),
      );
    }
    return errors;
  }

  private scoresOf(a: GradeAssessmentEntity): Partial<GradeAssessmentEntity> {
    const result = assess(a, this.rt.policy);
    if (!result) {
      return {
        inArrears: a.maxDaysPastDue === null ? null : inArrears(a.maxDaysPastDue, this.rt.policy),
        scoreContract: null,
        scoreReceivable: null,
        scorePremium: null,
        scoreInfluence: null,
        total: null,
        resultGrade: null,
      };
    }
    return result;
  }

  private async saveVersion(
    manager: EntityManager,
    current: GradeAssessmentEntity,
    version: number,
    patch: Partial<GradeAssessmentEntity>,
    ctx: Ctx,
  ): Promise<Outcome<GradeAssessmentEntity>> {
    if (!(await updateVersioned(manager, GradeAssessmentEntity, current, version, patch)))
      return refused([staleVersion(ctx, ASSESSMENT, current.version)]);
    return succeeded(await rowByIdOrFail(manager, GradeAssessmentEntity, current.id));
  }

  private newAssessment(
    customerId: string,
    gradeBefore: CustomerEntity['grade'],
    kind: GradeAssessmentKind,
    periodFrom: string,
    periodTo: string,
    actor: string,
  ): GradeAssessmentEntity {
    return Object.assign(new GradeAssessmentEntity(), {
      id: randomUUID(),
      customerId,
      kind,
      cycleYear: cycleYearOf(kind, periodTo),
      periodFrom,
      periodTo,
      gradeBefore,
      state: 'DRAFT',
      version: 1,
      createdBy: actor,
    });
  }
}

/**
 * CUS-018: the first transaction grades a new customer C, provisionally, whatever its size, until the end of the
 * provisional period.
 */
export async function startProvisionalGrade(
  manager: EntityManager,
  rt: RuleEnv,
  customer: CustomerEntity,
  firstTradeOn: string,
  actor: string,
): Promise<CustomerEntity> {
  const { until } = provisionalPeriod(firstTradeOn, rt.policy);
  return changeGrade(
    manager,
    rt,
    customer,
    {
      grade: rt.policy.grading.provisionalGrade,
      provisional: true,
      source: 'PROVISIONAL',
      effectiveFrom: firstTradeOn,
      provisionalUntil: until,
    },
    actor,
  );
}

/**
 * CUS-018: the day after the provisional period ends, a PROVISIONAL_END assessment over the provisional period is
 * due. Returns the customers for which one was opened now (a repeat run opens none).
 */
export async function openProvisionalEndAssessments(manager: EntityManager, asOf: string, actor: string): Promise<CustomerEntity[]> {
  const due = await provisionalPeriodsEnded(manager, asOf);
  if (due.length) {
    await insertAssessments(
      manager,
      due.map((c) =>
        Object.assign(new GradeAssessmentEntity(), {
          id: randomUUID(),
          customerId: c.id,
          kind: 'PROVISIONAL_END',
          cycleYear: cycleYearOf('PROVISIONAL_END', c.provisionalUntil!),
          periodFrom: c.firstTradeOn!,
          periodTo: c.provisionalUntil!,
          gradeBefore: c.grade,
          state: 'DRAFT',
          version: 1,
          createdBy: actor,
        }),
      ),
    );
  }
  return due;
}

/** The assessment's grade takes effect on a day; at the annual review the size is recalculated (CUS-011). */
async function applyResult(
  manager: EntityManager,
  env: RuleEnv,
  assessment: GradeAssessmentEntity,
  today: string,
  actor: string,
): Promise<CustomerEntity> {
  let customer = await customerById(manager, assessment.customerId);
  customer = await changeGrade(
    manager,
    env,
    customer,
    {
      grade: assessment.resultGrade!,
      provisional: false,
      source: 'ASSESSMENT',
      effectiveFrom: today,
      provisionalUntil: null,
      assessmentId: assessment.id,
    },
    actor,
  );
  if (assessment.kind === 'ANNUAL' && !customer.sizeDesignated) {
    const record = await annualRecordOf(manager, customer.id, assessment.cycleYear - 1);
    const size = sizeFor(record?.salesAmount ?? assessment.contractAmount, null, env.policy);
    if (size !== customer.size) await applyClassChange(manager, env, customer, { size }, today, { actor });
  }
  return customer;
}

/**
 * GRADE_RESULT decided (CUS-019, CUS-020): approved → the grade takes effect today, ends a provisional grade and supersedes
 * the previous one even if lower, and is sent to the owner, the office and finance; rejected, returned or
 * withdrawn → RETURNED, to be corrected (DRAFT on the next edit).
 */
export const gradeResultDecided: ApprovalEffect = async (manager, request, verdict, env, actor) => {
  const assessment = await rowById(manager, GradeAssessmentEntity, request.subjectId);
  if (!assessment || assessment.state !== 'SUBMITTED' || assessment.approvalId !== request.id) return;
  const approved = verdict === 'APPROVED';
  await updateRecord(manager, GradeAssessmentEntity, assessment, {
    state: approved ? 'APPROVED' : 'RETURNED',
    decidedBy: actor,
    decidedAt: env.clock.now(),
    version: assessment.version + 1,
  });
  if (!approved) return;
  const today = todayIn(env);
  const customer = await applyResult(manager, env, assessment, today, actor);
  await announceGradeApproved(manager, env.policy, assessment, customer, today);
};

/** CUS-018: the refusal of a grade above the provisional cap inside the provisional period. */
function provisionalCapRefusal(lang: Lang, breach: { cap: CustomerGrade; until: string }, field: string[]): UserError {
  return userError(lang, 'PROVISIONAL_GRADE_CAP', field, {
    zh: `新客户临时评级期内(至 ${breach.until})等级最高为 ${breach.cap}`,
    en: `Inside its provisional period (until ${breach.until}) a new customer is graded ${breach.cap} at most`,
  });
}

/**
 * GRADE_OVERRIDE decided (CUS-021): the manual grade holds from today until the next approved assessment. Approval
 * is refused when the customer has since entered its provisional period and the grade is above the cap (CUS-018).
 */
export const overrideDecided: ApprovalEffect = async (manager, request, verdict, env, actor, lang = 'zh-CN') => {
  const override = await rowById(manager, GradeOverrideEntity, request.subjectId);
  if (!override || override.state !== 'PENDING') return undefined;
  const approved = verdict === 'APPROVED';
  const customer = await customerById(manager, override.customerId);
  const breach = approved ? provisionalCapBreach(customer, override.grade, todayIn(env), env.policy) : null;
  if (breach) return [provisionalCapRefusal(lang, breach, ['input', 'id'])];
  await updateRecord(manager, GradeOverrideEntity, override, {
    state: approved ? 'APPROVED' : 'REJECTED',
    decidedBy: actor,
    decidedAt: env.clock.now(),
  });
  if (approved) {
    const change = {
      grade: override.grade,
      provisional: customer.gradeProvisional,
      source: 'OVERRIDE' as const,
      effectiveFrom: todayIn(env),
      reason: override.reason,
      overrideId: override.id,
    };
    await changeGrade(manager, env, customer, change, actor);
  }
  return undefined;
};

/** CUS-006: a merged customer's grading follows it, one assessment per kind and period. */
export const GRADING_CHILD_RECORDS: readonly CustomerChildKind[] = [
  { kind: 'gradeAssessments', entity: GradeAssessmentEntity, column: 'customerId', uniqueWith: ['kind', 'periodFrom'] },
  { kind: 'gradeHistory', entity: GradeHistoryEntity, column: 'customerId' },
  { kind: 'gradeOverrides', entity: GradeOverrideEntity, column: 'customerId' },
];
