import type { EntityManager } from 'typeorm';
import type { ApprovalRequestEntity, RequestContext } from '@crm/platform';
import { Approvals } from '@crm/platform';
import type { SupplierEntity } from '../../shared/entities/supplier.entity';
import { ADMISSION_TEMPLATE, admissionAttributes, SUPPLIER_SUBJECT } from './admission.rules';
import { ADMISSION_APPROVAL_TEMPLATES } from './admission.approvals';
import type { ProcurementMethod } from '../../generated/resolvers-types';

const approvals = new Approvals(ADMISSION_APPROVAL_TEMPLATES);

/** SUP-008: submits the admission of a new applicant, inside the registering transaction. */
export function submitAdmission(
  manager: EntityManager,
  supplier: Pick<SupplierEntity, 'id'>,
  method: ProcurementMethod | null | undefined,
  ctx: Pick<RequestContext<unknown>, 'caller' | 'clock'>,
): Promise<ApprovalRequestEntity> {
  return approvals.submit(manager, ADMISSION_TEMPLATE, { type: SUPPLIER_SUBJECT, id: supplier.id }, admissionAttributes(method), ctx);
}
