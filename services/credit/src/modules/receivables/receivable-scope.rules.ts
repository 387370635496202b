import type { RecordPlacement, ScopeColumns } from '@crm/platform';
import type { ReceivableEntity } from './entities/receivable.entity';

/**
 * Where a receivable sits for data scopes: it belongs to its selling department (办事处); it has no owner
 * column, so OWN scopes reach none.
 */
export function receivableScopeColumns(alias: string): ScopeColumns {
  return { department: `${alias}.departmentId` };
}

export function receivablePlacement(receivable: Pick<ReceivableEntity, 'departmentId'>): RecordPlacement {
  return { departmentId: receivable.departmentId };
}
