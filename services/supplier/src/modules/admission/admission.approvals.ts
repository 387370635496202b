import type { EntityManager } from 'typeorm';
import { GraphQLError } from 'graphql';
import type { ApprovalRequestEntity, ApprovalTemplate, RequestContext } from '@crm/platform';
import { forbidden, stepsOf } from '@crm/platform';
import { supplierById, updateSupplierVersioned } from '../../shared/supplier.store';
import { supplierPlacement } from '../../shared/supplier-scope';
import { ADMISSION_TEMPLATE, admissionEffect, OWNING_UNIT_ROLE, stepDecidedBy, SUPPLIER_SUBJECT } from './admission.rules';

type Ctx = Pick<RequestContext<unknown>, 'caller' | 'access'>;

/**
 * the admission chain of the template catalogue (configuration): the owning unit, risk control and the VP
 * in charge; NEGOTIATED procurement adds the GM (SUP-008, SUP-014).
 */
export const ADMISSION_APPROVAL_TEMPLATES: readonly ApprovalTemplate[] = [
  {
    code: ADMISSION_TEMPLATE,
    title: '供应商准入',
    chains: [
      { when: { kinds: ['NEGOTIATED'] }, steps: ['PROCUREMENT_UNIT', 'RISK_CONTROL', 'VP', 'GM'] },
      { steps: ['PROCUREMENT_UNIT', 'RISK_CONTROL', 'VP'] },
    ],
  },
];

/** A failure that rolls the decision back: the request stays as it was. */
function conflict(code: string, zh: string, en: string): GraphQLError {
  return new GraphQLError(`${zh} / ${en}`, { extensions: { code } });
}

/**
 * The platform calls this in the deciding transaction after every successful decision of a supplier approval: it
 * applies the effect of a decided SUPPLIER_ADMISSION to its supplier (supplier.md §3), recorded old → new in the trail.
 * Throwing rolls the decision back with it.
 */
export async function onAdmissionDecided(manager: EntityManager, request: ApprovalRequestEntity, ctx: Ctx): Promise<void> {
  if (request.template !== ADMISSION_TEMPLATE || request.subjectType !== SUPPLIER_SUBJECT) return;
  const supplier = await supplierById(manager, request.subjectId);
  if (!supplier) throw conflict('NOT_FOUND', '准入申请的供应商不存在', 'The supplier of this admission does not exist');
  // SUP-003: the owning unit admits its own suppliers; another unit's procurement staff may not take its step. The
  // platform checks the role only, so the unit is checked here (a refusal rolls the decision back).
  const decided = stepDecidedBy(stepsOf(request), ctx.caller.id);
  if (decided?.role === OWNING_UNIT_ROLE && !ctx.access.covers('approval:APPROVE', supplierPlacement(supplier))) {
    throw forbidden(`供应商 ${supplier.code} 不属于您的归口管理单位 / supplier ${supplier.code} is not managed by your unit`);
  }
  const effect = admissionEffect(request.state, supplier.status);
  if (effect.kind === 'NONE') return;
  if (effect.kind === 'NOT_APPLYING') {
    throw conflict(
      'SUPPLIER_NOT_APPLYING',
      `供应商 ${supplier.code} 已不在申请中(${supplier.status}),不能准入`,
      `Supplier ${supplier.code} is no longer applying (${supplier.status}) and cannot be admitted`,
    );
  }
  const written = await updateSupplierVersioned(manager, supplier, supplier.version, { status: effect.status, updatedBy: ctx.caller.id });
  if (!written) throw conflict('STALE_VERSION', '供应商刚被他人修改,请重试', 'The supplier was just changed by someone else; retry');
}
