import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { rowById, rowByIdOrFail, saveNew } from '../../shared/support/rows.store';
import type { Connection, Outcome, PageArgs, UserError } from '@crm/platform';
import { connectionOf, refused, succeeded, writeAudit, writeTransaction } from '@crm/platform';
import { DisclosureConsentEntity } from './entities/disclosure-consent.entity';
import { DisclosureRequestEntity } from './entities/disclosure-request.entity';
import { consentsInForce, disclosureRequestsVisibleTo, revokeConsentUnlessRevoked } from './disclosure.store';
import { consentCovers, consentInForce, isForbiddenPurpose } from './disclosure.rules';
import type {
  DisclosurePurpose,
  DisclosureRequestFilter,
  RecordDisclosureConsentInput,
  RecordExternalDisclosureInput,
  RequestExternalDisclosureInput,
  RevokeDisclosureConsentInput,
} from '../../generated/resolvers-types';
import { updateRecord } from '../../shared/support/audited-update.store';
import type { ApprovalEffect } from '../../shared/customer-approvals';
import { APPROVAL_SUBJECT, submitApproval } from '../../shared/customer-approvals';
import { activeCustomer } from '../../shared/customer-writes';
import { createOnce } from '../../shared/idempotent-create';
import { invalid, invalidState, notFound, required } from '../../shared/refusals';
import { departedRefusal } from '../ownership/ownership-staff-access.service';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { todayIn } from '../../shared/runtime';

const CONSENT = { zh: '客户同意', en: 'Consent' };
const REQUEST = { zh: '对外披露申请', en: 'Disclosure request' };

const neverSold = (ctx: Ctx, field: string[]): UserError =>
  invalid(ctx, 'DATA_NEVER_SOLD', field, { zh: '客户资料不得出售', en: 'Customer data is never sold' });

const consentRequired = (ctx: Ctx, field: string[]): UserError =>
  invalid(ctx, 'CONSENT_REQUIRED', field, {
    zh: '客户未同意(或同意已撤销、已过期、不含该用途或资料范围),不得对外提供',
    en: 'No consent of the customer in force covers this purpose and data',
  });

/**
 * 对外提供客户资料: the customer's recorded consent, and requests to hand its data to someone outside the
 * company. A request needs consent in force that covers its purpose and data, goes through EXTERNAL_DISCLOSURE
 * (INFO_SUPERVISOR → CS_MANAGER → GM), and is cleared only while approved and the consent still holds.
 */
export class DisclosureService {
  constructor(private readonly rt: CustomerRuntime) {}

  /** purposes, data, wording and evidence; given on a past day, optionally ending. Never for sale. */
  async recordConsent(input: RecordDisclosureConsentInput, ctx: Ctx): Promise<Outcome<DisclosureConsentEntity>> {
    const today = todayIn(this.rt);
    const errors: UserError[] = [];
    if (input.purposes.some(isForbiddenPurpose)) errors.push(neverSold(ctx, ['input', 'purposes']));
    if (!input.purposes.length) errors.push(required(ctx, ['input', 'purposes'], { zh: '同意的用途', en: 'The purposes' }));
    if (!input.dataCategories.length)
      errors.push(required(ctx, ['input', 'dataCategories'], { zh: '同意提供的资料', en: 'The data categories' }));
    if (!input.scope.trim()) errors.push(required(ctx, ['input', 'scope'], { zh: '同意内容', en: 'The scope' }));
    if (input.givenOn > today)
      errors.push(
        invalid(ctx, 'IN_FUTURE', ['input', 'givenOn'], { zh: '同意日期不能晚于今天', en: 'Consent cannot be given after today' }),
      );
    if (input.expiresOn && input.expiresOn < today)
      errors.push(invalid(ctx, 'EXPIRED', ['input', 'expiresOn'], { zh: '同意已过期', en: 'The consent has already expired' }));
    if (errors.length) return refused(errors);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const customer = await activeCustomer(manager, input.customerId, ctx, ['input', 'customerId']);
      if (!customer.ok) return refused(customer.userErrors);
      const consent = await saveNew(manager, DisclosureConsentEntity, {
        id: randomUUID(),
        customerId: input.customerId,
        purposes: [...new Set(input.purposes)],
        dataCategories: [...new Set(input.dataCategories)],
        scope: input.scope.trim().slice(0, 1000),
        evidenceRef: input.evidenceRef?.trim() || null,
        givenOn: input.givenOn,
        expiresOn: input.expiresOn ?? null,
        recordedBy: ctx.caller.id,
        recordedAt: this.rt.clock.now(),
        revokedAt: null,
        revokedBy: null,
        revocationReason: null,
      });
      return succeeded(consent);
    });
  }

  /** the customer withdrew its consent; disclosures relying on it are no longer cleared. */
  async revokeConsent(input: RevokeDisclosureConsentInput, ctx: Ctx): Promise<Outcome<DisclosureConsentEntity>> {
    if (!input.reason.trim()) return refused([required(ctx, ['input', 'reason'], { zh: '撤销原因', en: 'The reason' })]);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const consent = await rowById(manager, DisclosureConsentEntity, input.id);
      if (!consent || !(await activeCustomer(manager, consent.customerId, ctx)).ok) return refused([notFound(ctx, CONSENT)]);
      const patch = { revokedAt: this.rt.clock.now(), revokedBy: ctx.caller.id, revocationReason: input.reason.trim().slice(0, 1000) };
      if (!(await revokeConsentUnlessRevoked(manager, consent, patch))) return refused([invalidState(ctx, CONSENT, 'REVOKED')]);
      return succeeded(await rowByIdOrFail(manager, DisclosureConsentEntity, consent.id));
    });
  }

  /** The caller's own requests; managers within their scope, the INFO, CS and GM roles (scope ALL) all. */
  list(filter: DisclosureRequestFilter | null | undefined, page: PageArgs, ctx: Ctx): Promise<Connection<DisclosureRequestEntity>> {
    return connectionOf(
      disclosureRequestsVisibleTo(this.rt.dataSource, filter, ctx.access),
      { property: 'createdAt', direction: 'DESC' },
      page,
      this.rt.config.maxPageSize,
    );
  }

  /**
   * a customer in the caller's scope, a recipient, a purpose other than sale, the data asked for, and consent in
   * force covering them; the request then waits for EXTERNAL_DISCLOSURE. X-080: idempotent per requester and key.
   */
  async request(input: RequestExternalDisclosureInput, ctx: Ctx): Promise<Outcome<DisclosureRequestEntity>> {
    const errors: UserError[] = [];
    if (isForbiddenPurpose(input.purpose)) errors.push(neverSold(ctx, ['input', 'purpose']));
    if (!input.recipientOrganisation.trim())
      errors.push(required(ctx, ['input', 'recipientOrganisation'], { zh: '接收单位', en: 'The recipient organisation' }));
    if (!input.purposeDetail.trim()) errors.push(required(ctx, ['input', 'purposeDetail'], { zh: '用途说明', en: 'The purpose detail' }));
    if (!input.dataCategories.length)
      errors.push(required(ctx, ['input', 'dataCategories'], { zh: '提供的资料', en: 'The data categories' }));
    if (errors.length) return refused(errors);
    const target = { entity: DisclosureRequestEntity, creator: 'requesterId', createdAt: 'createdAt', what: REQUEST } as const;
    return createOnce(
      this.rt,
      target,
      input.idempotencyKey,
      ctx,
      async (prior) => prior,
      async (manager, idempotencyKey) => {
        const departed = await departedRefusal(manager, ctx, ['input', 'customerId']);
        if (departed) return refused([departed]);
        const customer = await activeCustomer(manager, input.customerId, ctx, ['input', 'customerId'], 'customer:READ');
        if (!customer.ok) return refused(customer.userErrors);
        const dataCategories = [...new Set(input.dataCategories)];
        const consent = await this.coveringConsent(manager, input.customerId, input.purpose, dataCategories);
        if (!consent) return refused([consentRequired(ctx, ['input', 'customerId'])]);
        const id = randomUUID();
        const approvalId = await submitApproval(
          manager,
          this.rt,
          'EXTERNAL_DISCLOSURE',
          { type: APPROVAL_SUBJECT.disclosure, id },
          { level: customer.value.confidentiality },
          ctx,
          input.purposeDetail.trim(),
        );
        const request = await saveNew(manager, DisclosureRequestEntity, {
          id,
          customerId: input.customerId,
          consentId: consent.id,
          recipientOrganisation: input.recipientOrganisation.trim().slice(0, 200),
          recipientPerson: input.recipientPerson?.trim().slice(0, 100) || null,
          purpose: input.purpose,
          purposeDetail: input.purposeDetail.trim().slice(0, 1000),
          dataCategories,
          requesterId: ctx.caller.id,
          requesterDepartmentId: ctx.caller.departmentId,
          state: 'PENDING',
          approvalId,
          decidedBy: null,
          decidedAt: null,
          disclosedAt: null,
          idempotencyKey,
          createdAt: this.rt.clock.now(),
        });
        return succeeded(request);
      },
    );
  }

  /**
   * the requester records that the data went out, only while the request is cleared (approved, consent still
   * in force). The disclosure is audited as an export of the customer's data.
   */
  async recordDisclosure(input: RecordExternalDisclosureInput, ctx: Ctx): Promise<Outcome<DisclosureRequestEntity>> {
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const request = await rowById(manager, DisclosureRequestEntity, input.id);
      if (!request) return refused([notFound(ctx, REQUEST)]);
      if (request.requesterId !== ctx.caller.id)
        return refused([
          invalid(ctx, 'NOT_REQUESTER', ['input', 'id'], {
            zh: '只有申请人可以登记对外提供',
            en: 'Only the requester records the disclosure',
          }),
        ]);
      if (request.state !== 'APPROVED') return refused([invalidState(ctx, REQUEST, request.state)]);
      const consent = await rowByIdOrFail(manager, DisclosureConsentEntity, request.consentId);
      if (!consentInForce(consent, todayIn(this.rt))) return refused([consentRequired(ctx, ['input', 'id'])]);
      if (
        !(await updateRecord(
          manager,
          DisclosureRequestEntity,
          request,
          { state: 'DISCLOSED', disclosedAt: this.rt.clock.now() },
          { state: 'APPROVED' },
        ))
      ) {
        return refused([invalidState(ctx, REQUEST, 'DISCLOSED')]);
      }
      await writeAudit(manager, [
        {
          entityType: 'customer',
          entityId: request.customerId,
          action: 'EXPORT',
          note: `EXTERNAL_DISCLOSURE ${request.id} to ${request.recipientOrganisation}: ${request.dataCategories.join(',')}`,
        },
      ]);
      return succeeded(await rowByIdOrFail(manager, DisclosureRequestEntity, request.id));
    });
  }

  /** The newest consent in force today that covers the purpose and every category (a customer has few consents). */
  private async coveringConsent(
    manager: EntityManager,
    customerId: string,
    purpose: DisclosurePurpose,
    categories: DisclosureRequestEntity['dataCategories'],
  ): Promise<DisclosureConsentEntity | null> {
    const today = todayIn(this.rt);
    const candidates = await consentsInForce(manager, customerId, today);
    return candidates.find((consent) => consentCovers(consent, purpose, categories)) ?? null;
  }
}

/** EXTERNAL_DISCLOSURE decided: only the whole chain approved unblocks the disclosure. */
export const disclosureDecided: ApprovalEffect = async (manager, request, verdict, env, actor) => {
  const disclosure = await rowById(manager, DisclosureRequestEntity, request.subjectId);
  if (!disclosure || disclosure.state !== 'PENDING') return;
  await updateRecord(manager, DisclosureRequestEntity, disclosure, {
    state: verdict === 'APPROVED' ? 'APPROVED' : 'REJECTED',
    decidedBy: actor,
    decidedAt: env.clock.now(),
  });
};
