import type { RecordPlacement, ScopeColumns } from '@crm/platform';
import type { ComplaintEntity } from './entities/complaint.entity';

/**
 * Where a complaint sits for data scopes: its handler (处理人) and the agent who registered it own it; the
 * responsible department (责任部门) is its department.
 */
export function complaintScopeColumns(alias: string): ScopeColumns {
  return { owner: [`${alias}.handlerId`, `${alias}.registeredBy`], department: `${alias}.responsibleDeptId` };
}

export function complaintPlacement(complaint: Pick<ComplaintEntity, 'handlerId' | 'registeredBy' | 'responsibleDeptId'>): RecordPlacement {
  return { ownerId: [complaint.handlerId, complaint.registeredBy], departmentId: complaint.responsibleDeptId };
}
