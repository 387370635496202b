import type { RecordPlacement, ScopeColumns } from '@crm/platform';
import type { ReceptionEntity } from './entities/reception.entity';

/**
 * Where a reception sits for data scopes: its host and the staff member who requested it own it; the
 * department bearing its cost is its department.
 */
export function receptionScopeColumns(alias: string): ScopeColumns {
  return { owner: [`${alias}.hostId`, `${alias}.createdBy`], department: `${alias}.costDepartmentId` };
}

export function receptionPlacement(reception: Pick<ReceptionEntity, 'hostId' | 'createdBy' | 'costDepartmentId'>): RecordPlacement {
  return { ownerId: [reception.hostId, reception.createdBy], departmentId: reception.costDepartmentId };
}
