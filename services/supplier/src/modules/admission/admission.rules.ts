import type { ApprovalAttributes, ApprovalState, ApprovalStep } from '@crm/platform';
import type { ProcurementMethod, SupplierStatus } from '../../generated/resolvers-types';

/** The X-054 template a supplier application is approved through (SUP-008). */
export const ADMISSION_TEMPLATE = 'SUPPLIER_ADMISSION';

/** The subject type of an admission request: the supplier table, as the audit trail names it. */
export const SUPPLIER_SUBJECT = 'supplier';

/** The step that the owning unit (归口管理单位) decides: it admits its own suppliers only (SUP-003). */
export const OWNING_UNIT_ROLE = 'PROCUREMENT_UNIT';

/**
 * What selects the admission chain: the procurement method the supplier is admitted for. The catalogue adds
 * the GM for NEGOTIATED (SUP-014); every other method, or none, takes the default chain.
 */
export function admissionAttributes(method: ProcurementMethod | null | undefined): ApprovalAttributes {
  return { kind: method ?? null };
}

/** What a decided admission does to its supplier. */
export type AdmissionEffect = { kind: 'SET_STATUS'; status: SupplierStatus } | { kind: 'NONE' } | { kind: 'NOT_APPLYING' };

/**
 * SUP-008 and supplier.md §3: only an approved admission registers an applicant; a rejected one never becomes
 * active. A withdrawn application ends like a rejected one (REJECTED), so it releases its USCC and bank account for
 * a new application. Steps still open (PENDING) or returned for changes (DRAFT) leave the supplier APPLYING.
 * Approving a supplier that has left APPLYING meanwhile is refused; closing its request otherwise changes nothing.
 */
export function admissionEffect(state: ApprovalState, supplierStatus: SupplierStatus): AdmissionEffect {
  const next: SupplierStatus | null =
    state === 'APPROVED' ? 'REGISTERED' : state === 'REJECTED' || state === 'WITHDRAWN' ? 'REJECTED' : null;
  if (!next) return { kind: 'NONE' };
  if (supplierStatus !== 'APPLYING') return state === 'APPROVED' ? { kind: 'NOT_APPLYING' } : { kind: 'NONE' };
  return { kind: 'SET_STATUS', status: next };
}

/** The step this person decided in a request (X-051: at most one), or null, e.g. for a withdrawal. */
export function stepDecidedBy(steps: readonly ApprovalStep[], personId: string): ApprovalStep | null {
  return steps.find((s) => s.decidedBy === personId) ?? null;
}
