import type { DataSource, EntityManager } from 'typeorm';
import type { Access, Outcome } from '@crm/platform';
import { forbidden, isUniqueViolation, refused, succeeded, trimmed, writeTransaction } from '@crm/platform';
import { CREDIT_PROFILE, creditRefusals } from '../../shared/credit-refusals';
import type { CreditPolicy } from '../../shared/credit-policy';
import { reachesEveryCustomer } from '../../shared/credit-scope';
import type { Ctx, Today } from '../../shared/service-context';
import { userErrorsOf } from '../../shared/service-context';
import { customerIdViolation } from '../../shared/violation';
import type { OpenCreditProfileInput, UpdateCreditProfileInput } from '../../generated/resolvers-types';
import type { CreditProfileEntity } from './entities/credit-profile.entity';
import {
  hasProfile,
  insertProfile,
  lockedProfile,
  paymentTermFieldsOf,
  profileOf,
  profileOfOrFail,
  updateProfileVersioned,
} from './credit-profile.store';
import { applyRatingAndTerms, UNRATED } from './credit-profile.rules';
import { paymentTermForGrade } from './payment-terms.rules';

/** Profile fields an update writes as sent; the rating/term/admission fields go through applyRatingAndTerms. */
const PLAIN_FIELDS = ['subjectType', 'admissionType', 'monitoredIndustry', 'ratingValidUntil', 'onHold', 'amlLevel'] as const;
/** Fields that may not be cleared: the columns are not nullable. */
const REQUIRED_FIELDS: readonly string[] = ['subjectType', 'admissionType', 'admissionState', 'monitoredIndustry', 'onHold', 'amlLevel'];

/** Credit profile use cases: open (one per customer, CRD-001) and edit with optimistic locking. */
export class CreditProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: Access,
    private readonly policy: CreditPolicy,
    private readonly today: Today,
  ) {}

  async open(raw: OpenCreditProfileInput, ctx: Ctx): Promise<Outcome<CreditProfileEntity>> {
    // The new profile's customer cannot be placed here (its owner is the customer subgraph's): ALL scopes only.
    if (!reachesEveryCustomer(this.access, 'credit:CREATE')) {
      throw forbidden('开立信用档案需要全部范围的 credit:CREATE / opening a credit profile needs credit:CREATE with scope ALL');
    }
    const input = trimmed(raw);
    const badCustomer = customerIdViolation(input.customerId);
    const rating = applyRatingAndTerms(
      UNRATED,
      { grade: input.grade, notch: input.notch, paymentTermDays: input.paymentTermDays },
      this.policy,
      this.today(),
    );
    const violations = [...(badCustomer ? [badCustomer] : []), ...rating.violations];
    if (violations.length) return refused(userErrorsOf(violations, ctx));
    const exists = () => refused<CreditProfileEntity>([creditRefusals.userError(ctx.lang, 'CREDIT_PROFILE_EXISTS')]);
    try {
      return await writeTransaction(this.dataSource, async (manager) => {
        if (await hasProfile(manager, input.customerId)) return exists();
        const profile = await insertProfile(manager, {
          customerId: input.customerId,
          subjectType: input.subjectType ?? 'SINGLE',
          admissionType: input.admissionType ?? 'GENERAL',
          monitoredIndustry: input.monitoredIndustry ?? false,
          ...rating.next,
          ratingValidUntil: input.ratingValidUntil ?? null,
          onHold: false,
          amlLevel: input.amlLevel ?? 'UNASSESSED',
          version: 1,
          createdBy: ctx.caller.id,
          updatedBy: ctx.caller.id,
        });
        return succeeded(profile);
      });
    } catch (error: unknown) {
      // Two concurrent opens for one customer: the primary key lets one win; the other is the same refusal.
      if (isUniqueViolation(error)) return exists();
      throw error;
    }
  }

  async update(raw: UpdateCreditProfileInput, ctx: Ctx): Promise<Outcome<CreditProfileEntity>> {
    const input = trimmed(raw);
    const cleared = REQUIRED_FIELDS.filter((key) => (input as Record<string, unknown>)[key] === null);
    if (cleared.length) {
      return refused(
        cleared.map((key) =>
          creditRefusals.userError(ctx.lang, 'REQUIRED', { label: { zh: key, en: key }, cleared: true }, { field: ['input', key] }),
        ),
      );
    }
    // A profile outside the caller's scope is reported as not found; by customer id only ALL scopes reach it.
    if (!reachesEveryCustomer(this.access, 'credit:UPDATE')) return refused([notFound(ctx)]);
    return writeTransaction(this.dataSource, async (manager) => {
      const current = await profileOf(manager, input.customerId);
      if (!current) return refused<CreditProfileEntity>([notFound(ctx)]);
      const rating = applyRatingAndTerms(
        current,
        {
          grade: input.grade,
          notch: input.notch,
          paymentTermDays: input.paymentTermDays,
          admissionState: input.admissionState,
          admittedOn: input.admittedOn,
        },
        this.policy,
        this.today(),
      );
      if (rating.violations.length) return refused<CreditProfileEntity>(userErrorsOf(rating.violations, ctx));
      const patch: Partial<CreditProfileEntity> = { ...rating.next };
      for (const key of PLAIN_FIELDS) {
        const value = input[key];
        if (value !== undefined) (patch as Record<string, unknown>)[key] = value;
      }
      // The version condition makes the check and the write one atomic step: a concurrent writer cannot slip between.
      // The audit entry records old → new of what changed.
      const written = await updateProfileVersioned(manager, current, input.version, { ...patch, updatedBy: ctx.caller.id });
      if (!written) {
        return refused<CreditProfileEntity>([
          creditRefusals.userError(ctx.lang, 'STALE_VERSION', { what: CREDIT_PROFILE, current: current.version }),
        ]);
      }
      return succeeded(await profileOfOrFail(manager, current.customerId));
    });
  }
}

/** CREDIT_PROFILE_NOT_FOUND: also what a caller outside the profile's scope is told. */
export function notFound(ctx: Ctx, field = 'customerId') {
  return creditRefusals.userError(ctx.lang, 'CREDIT_PROFILE_NOT_FOUND', { field: ['input', field] });
}

/**
 * The customer's profile inside a transaction, under its row lock: every credit write concerning one customer (limit
 * requests and their decisions, CRD-017) holds it, so they are serialised.
 */
export function lockCreditProfile(manager: EntityManager, customerId: string): Promise<CreditProfileEntity | null> {
  return lockedProfile(manager, customerId);
}

/** The customer's payment term: the profile's own, else its grade's (CRD-027); null without profile or grade. */
export async function paymentTermOf(manager: EntityManager, customerId: string, policy: CreditPolicy): Promise<number | null> {
  const profile = await paymentTermFieldsOf(manager, customerId);
  if (!profile) return null;
  return profile.paymentTermDays ?? (profile.grade ? paymentTermForGrade(profile.grade, policy) : null);
}
