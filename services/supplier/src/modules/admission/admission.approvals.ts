import type { EntityManager } from 'typeorm';
import type { ApprovalRequestEntity, ApprovalTemplate, RequestContext } from '@crm/platform';
import { forbidden, stepsOf } from '@crm/platform';
import { SUPPLIER, supplierRefusals } from '../../shared/supplier-refusals';
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

/**
 * The platform calls this in the deciding transaction after every successful decision of a supplier approval: it
 * applies the effect of a decided SUPPLIER_ADMISSION to its supplier (supplier.md §3), recorded old → new in the trail.
 * Throwing rolls the decision back with it; a refusal comes out in the decision's userErrors, where the decide
 * mutation reports every refusal.
 */
export async function onAdmissionDecided(manager: EntityManager, request: ApprovalRequestEntity, ctx: Ctx): Promise<void> {
  if (request.template !== ADMISSION_TEMPLATE || request.subjectType !== SUPPLIER_SUBJECT) return;
  const supplier = await supplierById(manager, request.subjectId);
  if (!supplier) throw supplierRefusals.refuse('NOT_FOUND', { what: SUPPLIER }, { field: [] });
  // SUP-003: the owning unit admits its own suppliers; another unit's procurement staff may not take its step. The
  // platform checks the role only, so the unit is checked here (a refusal rolls the decision back).
  const decided = stepDecidedBy(stepsOf(request), ctx.caller.id);
  if (decided?.role === OWNING_UNIT_ROLE && !ctx.access.covers('approval:APPROVE', supplierPlacement(supplier))) {
    throw forbidden(`供应商 ${supplier.code} 不属于您的归口管理单位 / supplier ${supplier.code} is not managed by your unit`);
  }
  const effect = admissionEffect(request.state, supplier.status);
  if (effect.kind === 'NONE') return;
  if (effect.kind === 'NOT_APPLYING') {
    throw supplierRefusals.refuse('SUPPLIER_NOT_APPLYING', { code: supplier.code, status: supplier.status });
  }
  const written = await updateSupplierVersioned(manager, supplier, supplier.version, { status: effect.status, updatedBy: ctx.caller.id });
  if (!written) throw supplierRefusals.refuse('STALE_VERSION', { what: SUPPLIER, current: supplier.version });
}
