import { z } from 'zod';

/** how far a role's grants reach. */
export const DATA_SCOPES = ['OWN', 'DEPARTMENT', 'DEPARTMENT_TREE', 'ALL'] as const;
export type DataScope = (typeof DATA_SCOPES)[number];

/** actions are granted separately (AGGREGATE: BI fields only, X-026). */
export const ACTIONS = ['CREATE', 'READ', 'UPDATE', 'DELETE', 'RESTORE', 'EXPORT', 'IMPORT', 'APPROVE', 'AGGREGATE'] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * A permission is `<resource>:<ACTION>`, e.g. `customer:READ`, or a field group `customer.contact:READ`. A grant may
 * use `*` for the resource part or the action (`credit:*`, `*:AGGREGATE`, `*:*`).
 */
export type Permission = string;

export interface RolePolicy {
  /** Chinese name of the role, for the README table and audit views. */
  title: string;
  scope: DataScope;
  grants: Permission[];
  /** The role heads its department (负责人): it decides DEPARTMENT_HEAD approval steps of its department tree. */
  headsDepartment?: boolean;
}

/** Role → scope and grants: configuration data, not code. */
export type AccessPolicy = Record<string, RolePolicy>;

const PERMISSION = /^(\*|[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)?):(\*|[A-Z]+)$/;

const policySchema = z.record(
  z.string().regex(/^[A-Z][A-Z_]*$/, 'role names are UPPER_SNAKE'),
  z.object({
    title: z.string(),
    scope: z.enum(DATA_SCOPES),
    headsDepartment: z.boolean().optional(),
    grants: z.array(
      z.string().refine((p) => PERMISSION.test(p) && (p.endsWith(':*') || (ACTIONS as readonly string[]).includes(p.split(':')[1])), {
        message: 'a grant is <resource>[.<fieldGroup>]:<ACTION> with ACTION one of ' + ACTIONS.join(', '),
      }),
    ),
  }),
);

/** Validates a policy read from a file (ACCESS_POLICY_FILE); throws with the path of the first problem. */
export function parseAccessPolicy(raw: unknown): AccessPolicy {
  const parsed = policySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`access policy: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** Does one grant cover the permission? */
export function grantCovers(grant: Permission, permission: Permission): boolean {
  const [grantResource, grantAction] = grant.split(':');
  const [resource, action] = permission.split(':');
  return (grantResource === '*' || grantResource === resource) && (grantAction === '*' || grantAction === action);
}

const SCOPE_RANK: Record<DataScope, number> = { OWN: 0, DEPARTMENT: 1, DEPARTMENT_TREE: 2, ALL: 3 };

/** The widest scope among the given roles that grant the permission, or null when none does. */
export function scopeOf(policy: AccessPolicy, roles: readonly string[], permission: Permission): DataScope | null {
  let best: DataScope | null = null;
  for (const role of roles) {
    const rolePolicy = policy[role];
    if (!rolePolicy || !rolePolicy.grants.some((g) => grantCovers(g, permission))) continue;
    if (best === null || SCOPE_RANK[rolePolicy.scope] > SCOPE_RANK[best]) best = rolePolicy.scope;
  }
  return best;
}
