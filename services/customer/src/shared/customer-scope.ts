import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Access, Permission, RecordPlacement, ScopeColumns } from '@crm/platform';
import { applyScope, nextParameterNumber, scopeCondition } from '@crm/platform';
import type { CustomerEntity } from './entities/customer.entity';
import { FileAccessRequestEntity } from './entities/file-access-request.entity';
import type { ConfidentialityLevel } from '../generated/resolvers-types';
import { holdsAny } from './roles';
import type { RuleEnv } from './runtime';
import { todayIn } from './runtime';

/** the levels whose files are kept apart and read only with a grant (CUS-042, X-032). */
const CLASSIFIED: readonly ConfidentialityLevel[] = ['CONFIDENTIAL', 'TOP_SECRET'];

/**
 * X-021 for customers: a customer belongs to its owner, its custodian (专人负责) and its key-account manager, and to
 * the owner's department. Lists, reads, references, aggregates and exports all narrow through here.
 */
export function customerPlacement(
  customer: Pick<CustomerEntity, 'ownerId' | 'custodianId' | 'keyAccountManagerId' | 'ownerDepartmentId'>,
): RecordPlacement {
  return { ownerId: [customer.ownerId, customer.custodianId, customer.keyAccountManagerId], departmentId: customer.ownerDepartmentId };
}

const placementColumns = (alias: string, extraOwners: string[] = []): ScopeColumns => ({
  owner: [`${alias}.ownerId`, `${alias}.custodianId`, `${alias}.keyAccountManagerId`, ...extraOwners],
  department: `${alias}.ownerDepartmentId`,
});

/** The customers (alias `c` by default) the caller's scope for `permission` reaches, in SQL; `extraOwners` also count. */
export function scopeCustomers<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  access: Access,
  permission: Permission,
  alias = 'c',
  extraOwners: string[] = [],
): SelectQueryBuilder<T> {
  return applyScope(qb, access, permission, placementColumns(alias, extraOwners));
}

/**
 * CUS-042 with X-032: the customer files the caller may read, in SQL. A file within the caller's scope, unless it is
 * CONFIDENTIAL or TOP_SECRET (第22条: kept apart, managed by its custodian, 其他人员未经许可不得查阅): those only for the
 * people it is placed with (owner, custodian, key-account manager) and the classified-file reader roles; any file,
 * in scope or not, for the holder of an approved file-access request on it that has not expired. Reads by id, lists,
 * entity references and exports all narrow through here, so a file one may not read is simply not found.
 */
export function readableCustomers<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  access: Access,
  permission: Permission,
  env: RuleEnv,
  alias = 'c',
): SelectQueryBuilder<T> {
  const scope = scopeCondition(access, permission, placementColumns(alias));
  const classified = classifiedFileCondition(access, env, alias);
  const narrowed = [scope, classified].filter((c) => c !== null);
  if (narrowed.length === 0) return qb;
  const grant = grantCondition(qb, access, env, alias);
  const parameters = Object.assign({}, ...narrowed.map((c) => c.parameters), grant.parameters) as Record<string, unknown>;
  return qb.andWhere(`((${narrowed.map((c) => c.sql).join(' AND ')}) OR ${grant.sql})`, parameters);
}

/** CUS-042: classified files open without a grant only to the people they are placed with and the reader roles. */
function classifiedFileCondition(access: Access, env: RuleEnv, alias: string): { sql: string; parameters: Record<string, unknown> } | null {
  if (holdsAny(access.caller.roles, env.policy.confidentiality.classifiedFileReaderRoles)) return null;
  const n = nextParameterNumber();
  const placed = [`${alias}.ownerId`, `${alias}.custodianId`, `${alias}.keyAccountManagerId`].map(
    (column) => `${column} = :fileReader${n}`,
  );
  return {
    sql: `(${alias}.confidentiality NOT IN (:...classified${n}) OR ${placed.join(' OR ')})`,
    parameters: { [`fileReader${n}`]: access.caller.id, [`classified${n}`]: CLASSIFIED },
  };
}

/** an approved request of the caller for this very file, still within its grant days. */
function grantCondition<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  access: Access,
  env: RuleEnv,
  alias: string,
): { sql: string; parameters: Record<string, unknown> } {
  const n = nextParameterNumber();
  const granted = qb
    .subQuery()
    .select('1')
    .from(FileAccessRequestEntity, `grant${n}`)
    .where(
      `grant${n}.customerId = ${alias}.id AND grant${n}.requesterId = :grantee${n} AND grant${n}.state = :approved${n} AND grant${n}.grantedUntil >= :grantToday${n}`,
    )
    .getQuery();
  return {
    sql: `EXISTS ${granted}`,
    parameters: { [`grantee${n}`]: access.caller.id, [`approved${n}`]: 'APPROVED', [`grantToday${n}`]: todayIn(env) },
  };
}
