import { AccessPolicy, parseAccessPolicy } from './access-policy';
import { readDeployConfig } from '../config/deploy-config';

export const DEFAULT_ACCESS_POLICY_FILE = 'access-policy.json';

/**
 * The role → scope and permission table (X-020, X-021, X-022, X-023, X-024, X-025, X-026), the default configuration:
 * data in deploy/config/access-policy.json, not code. Deployments replace it with a JSON file of the same shape
 * (ACCESS_POLICY_FILE). The README shows it as a table.
 *
 * Field groups: `customer.contact` phone/fax numbers (X-022), `customer.protected` legal representative, business
 * scope, registered capital, USCC (X-031), `customer.strategic` strategic influence (CUS-016), `credit.rating`
 * internal grade, notch, AML level, limit, exposure (X-024), `complaint.content` narrative and complainants'
 * phones (CMP-041), `supplier.bank` bank account (X-031), `supplier.contact` supplier contact (X-025).
 *
 * Approval requests need no grant to list or withdraw one's own (`signedIn`); approving needs `approval:APPROVE`.
 * `headsDepartment` marks the roles of department heads (负责人), who decide the DEPARTMENT_HEAD steps (X-054).
 */
export const DEFAULT_ACCESS_POLICY: AccessPolicy = parseAccessPolicy(readDeployConfig(DEFAULT_ACCESS_POLICY_FILE));
