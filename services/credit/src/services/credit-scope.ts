import type { Access, RecordPlacement, ScopeColumns } from '@crm/platform';
import type { ReceivableEntity } from '../entities/receivable.entity';
import type { CustomerReference } from '../models';

/**
 * Where credit records sit for data scopes.
 *
 * A receivable belongs to its selling department (办事处); it has no owner column, so OWN scopes reach none.
 */
export function receivableScopeColumns(alias: string): ScopeColumns {
  return { department: `${alias}.departmentId` };
}

export function receivablePlacement(receivable: Pick<ReceivableEntity, 'departmentId'>): RecordPlacement {
  return { departmentId: receivable.departmentId };
}

/** A credit profile follows its customer: the customer's owner and the owner's department. */
export function customerPlacement(customer: CustomerReference): RecordPlacement {
  return { ownerId: customer.ownerId, departmentId: customer.ownerDepartmentId };
}

/**
 * Reached by customer id alone (creditProfile(customerId), the profile and limit mutations), the customer's owner is
 * unknown here — the customer subgraph owns it — so only a scope that covers every customer reaches the profile.
 */
export function reachesEveryCustomer(access: Access, permission: string): boolean {
  return access.scopeFor(permission) === 'ALL';
}
