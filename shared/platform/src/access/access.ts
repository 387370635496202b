import { Caller } from '../auth/caller';
import { forbidden } from '../graphql/errors';
import { AccessPolicy, DataScope, Permission, scopeOf } from './access-policy';
import { maskValue, MaskStyle } from './masking';
import { departmentHeadStep } from '../approvals/approval-templates';

/**
 * The permission every signed-in caller holds, for fields open to all whose resolver narrows what each caller gets
 * (approval requests: one's own and those one approves). Not a grant: it cannot be given or taken in the policy.
 */
export const SIGNED_IN: Permission = 'signedIn';

/** Where a record sits for data scopes: its owner(s) or handler(s) and its department. */
export interface RecordPlacement {
  ownerId?: string | null | readonly (string | null)[];
  departmentId?: string | null;
}

/**
 * One caller's rights for one request: which permissions they hold, how far each reaches, and masking of
 * fields they may not read. Built by the platform for every request; resolvers and services ask it.
 */
export class Access {
  private readonly scopes = new Map<Permission, DataScope | null>();

  constructor(
    readonly caller: Caller,
    private readonly policy: AccessPolicy,
    /** Told of every refused permission (X-041: denials are audited). */
    private readonly onDenied?: (permission: Permission) => void,
  ) {}

  /** The widest scope the caller's roles give for the permission; null when they do not grant it. */
  scopeFor(permission: Permission): DataScope | null {
    if (permission === SIGNED_IN) return this.caller.id ? 'OWN' : null;
    if (!this.scopes.has(permission)) this.scopes.set(permission, scopeOf(this.policy, this.caller.roles, permission));
    return this.scopes.get(permission) ?? null;
  }

  can(permission: Permission): boolean {
    return this.scopeFor(permission) !== null;
  }

  /** Throws FORBIDDEN (naming the missing permission) unless the caller holds it. */
  require(permission: Permission): void {
    if (this.can(permission)) return;
    this.onDenied?.(permission);
    throw forbidden(`需要权限 ${permission} / requires ${permission}`);
  }

  /** Is a record with this placement within the caller's scope for the permission? (In-memory twin of the SQL filter.) */
  covers(permission: Permission, placement: RecordPlacement): boolean {
    const owners = Array.isArray(placement.ownerId) ? placement.ownerId : [placement.ownerId];
    const owned = owners.includes(this.caller.id);
    const department = placement.departmentId;
    switch (this.scopeFor(permission)) {
      case 'ALL':
        return true;
      case 'DEPARTMENT_TREE':
        return owned || (!!department && (this.caller.departmentTree ?? []).includes(department));
      case 'DEPARTMENT':
        return owned || (!!department && department === this.caller.departmentId);
      case 'OWN':
        return owned;
      default:
        return false;
    }
  }

  /**
   * The roles the caller decides approval steps in: their own, and for a department head (a role with
   * `headsDepartment`) the DEPARTMENT_HEAD step of their department and of every department below it.
   */
  approverRoles(): string[] {
    const heads = this.caller.roles.some((role) => this.policy[role]?.headsDepartment);
    if (!heads) return [...this.caller.roles];
    const departments = new Set([this.caller.departmentId, ...(this.caller.departmentTree ?? [])].filter((d): d is string => Boolean(d)));
    return [...this.caller.roles, ...[...departments].map(departmentHeadStep)];
  }

  /** The value, or its masked form when the caller lacks the permission. */
  reveal<T>(value: T, permission: Permission, style: MaskStyle): T | unknown {
    return this.can(permission) ? value : maskValue(value, style);
  }
}

/**
 * An entity another subgraph extends, as the extending subgraph receives it: its key and the placement fields the
 * gateway fetched for it (`@requires(fields: "ownerId ownerDepartmentId")`), so the extension follows the owner's
 * data scope. The customer is the entity all four other subgraphs extend.
 */
export interface CustomerReference {
  id: string;
  ownerId?: string | null;
  ownerDepartmentId?: string | null;
}
