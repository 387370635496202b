import type { Access, RecordPlacement } from '@crm/platform';
import type { CustomerReference } from '@crm/platform';

/**
 * Where credit records that follow their customer sit for data scopes: a credit profile and the customer's
 * grading figures are placed by the customer's owner and the owner's department.
 */
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
