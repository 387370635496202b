import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Kind, DocumentNode } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { ApprovalRequestEntity } from '../approvals/approval-request.entity';
import { Approvals, stepsOf } from '../approvals/approval-service';
import { ApprovalDecision, ApprovalStep, stepRoles } from '../approvals/approval-machine';
import { ApprovalAttributes } from '../approvals/approval-templates';
import { Access } from '../access/access';
import { auditTrail, AuditFilter, exportAuditTrail, ProtectedFields, WithheldEntries } from '../audit/audit-trail';
import { FieldChange } from '../audit/audit-entry.entity';
import { writeAudit } from '../audit/audit-writer';
import { addWorkingDays, businessDate, calendarDaysBetween } from '../calendar/calendar-dates';
import { RequestContext } from '../context';
import { writeTransaction } from '../db/write-transaction';
import { connectionOf, PageArgs } from '../graphql/connection';
import { refused, toPayload, UserError } from '../graphql/user-errors';

/** Rolls back a decision the subgraph refused (the thrown marker undoes the transaction; the refusals are returned). */
class DecisionRefused extends Error {
  constructor(readonly userErrors: UserError[]) {
    super('decision refused');
  }
}

/** What a subgraph says about its audit trail and approvals; the platform serves both. */
export interface Governance {
  /** Audited fields whose values are masked for readers without the permission (X-022 applies to the trail). */
  protectedFields?: ProtectedFields;
  /** Entries shown without their values to a reader the subgraph's rules keep from the record (CUS-042). */
  withheldAuditEntries?: WithheldEntries;
  /**
   * Applies the effect of a decided request (the state an approval unblocks) in the deciding transaction. Returning
   * userErrors refuses the decision: nothing of it is kept.
   */
  onApprovalDecided?: (
    manager: EntityManager,
    request: ApprovalRequestEntity,
    context: RequestContext<unknown>,
  ) => Promise<void | UserError[]>;
}

const capitalised = (service: string) => service.charAt(0).toUpperCase() + service.slice(1);

/** The root fields a subgraph with governance must declare in its SDL. */
export function governanceFieldNames(service: string) {
  const Service = capitalised(service);
  return {
    auditTrail: `${service}AuditTrail`,
    auditExport: `${service}AuditExport`,
    approvals: `${service}Approvals`,
    approval: `${service}Approval`,
    decide: `decide${Service}Approval`,
  };
}

function declaredRootFields(typeDefs: DocumentNode): Set<string> {
  const names = new Set<string>();
  for (const d of typeDefs.definitions) {
    if (
      (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      (d.name.value === 'Query' || d.name.value === 'Mutation')
    ) {
      for (const f of d.fields ?? []) names.add(`${d.name.value}.${f.name.value}`);
    }
  }
  return names;
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
const changesOut = (changes: FieldChange[]) => changes.map((c) => ({ field: c.field, old: json(c.old), new: json(c.new) }));

/** LIKE pattern text with `%`, `_` and the escape character itself escaped (ESCAPE '!'). */
const likeLiteral = (text: string) => text.replace(/[!%_]/g, (c) => `!${c}`);

/**
 * SQL true when a step column (one role, or alternatives `GM|VP`) names one of the roles. Role names hold `_`, a LIKE
 * wildcard, hence the escapes.
 */
function stepRoleMatches(column: string, roles: readonly string[], prefix: string): [string, Record<string, string>] {
  const clauses: string[] = [];
  const params: Record<string, string> = {};
  roles.forEach((role, i) => {
    const r = likeLiteral(role);
    const names = [`${prefix}${i}a`, `${prefix}${i}b`, `${prefix}${i}c`];
    params[`${prefix}${i}`] = role;
    [params[names[0]], params[names[1]], params[names[2]]] = [`${r}|%`, `%|${r}`, `%|${r}|%`];
    clauses.push(`${column} = :${prefix}${i}`, ...names.map((n) => `${column} LIKE :${n} ESCAPE '!'`));
  });
  return [clauses.length ? `(${clauses.join(' OR ')})` : '1 = 0', params];
}

/**
 * Which requests a caller sees: their own, those awaiting one of their roles, and those they decided a step
 * of; auditors (audit:READ, X-042) see all. Approvers of later steps see a request when it reaches them.
 */
function visibleApprovals(qb: SelectQueryBuilder<ApprovalRequestEntity>, access: Access): void {
  if (access.can('audit:READ')) return;
  const me = access.caller.id;
  qb.andWhere(
    new Brackets((or) => {
      or.where('a.requesterId = :me', { me });
      if (access.can('approval:APPROVE')) {
        const [awaiting, params] = stepRoleMatches('a.currentRole', access.approverRoles(), 'visible');
        or.orWhere(`(a.state = 'PENDING' AND ${awaiting})`, params);
        // Steps are JSON written by the engine; quotes in comments are escaped, so this key/value text is exact.
        or.orWhere(`a.steps LIKE :decidedByMe ESCAPE '!'`, {
          decidedByMe: `%${likeLiteral(JSON.stringify({ decidedBy: me }).slice(1, -1))}%`,
        });
      }
    }),
  );
}

/**
 * a step is due `workingDays` working days after it became current, at the same time of day (Monday–Friday;
 * the X-011 holiday calendar is a subgraph's configuration and not yet shared with the platform). Nothing is
 * approved by timeout: an overdue step is only shown as such.
 */
export function stepDueAt(activatedAt: Date, workingDays: number, timeZone: string): Date {
  const day = businessDate(activatedAt, timeZone);
  return new Date(activatedAt.getTime() + calendarDaysBetween(day, addWorkingDays(day, workingDays)) * 86_400_000);
}

/** When a stored step became current; a first step stored before steps carried it became current at submission. */
function activationOf(step: ApprovalStep, index: number, request: ApprovalRequestEntity): Date | null {
  if (step.activatedAt) return new Date(step.activatedAt);
  return index === 0 ? request.createdAt : null;
}

/** A step's due date, null while an earlier step is open. */
function dueOf(step: ApprovalStep, index: number, request: ApprovalRequestEntity, workingDays: number, timeZone: string): Date | null {
  const activated = activationOf(step, index, request);
  return activated && stepDueAt(activated, workingDays, timeZone);
}

/** Decisions only the requester makes; the others are an approver's and need approval:APPROVE. */
const REQUESTER_DECISIONS: readonly ApprovalDecision[] = ['WITHDRAW', 'SUBMIT'];

interface ApprovalFilter {
  states?: string[] | null;
  template?: string | null;
  awaitingMe?: boolean | null;
}

/**
 * The audit-trail and approval resolvers of one subgraph. The trail is guarded like any other field by the
 * @permission the SDL declares (audit:READ, audit:EXPORT); the approval fields are open to every signed-in caller
 * (`signedIn`) and narrowed here: each caller lists, or reads by id, the requests they may see, and approving, rejecting or
 * returning needs approval:APPROVE, while a requester withdraws or resubmits their own request without it.
 */
export function governanceResolvers(
  service: string,
  typeDefs: DocumentNode,
  dataSource: DataSource,
  maxPageSize: number,
  governance: Governance,
  stepDueWorkingDays: number,
  /** the business time zone working days are counted in (BUSINESS_TIME_ZONE). */
  timeZone: string,
): GraphQLResolverMap<RequestContext<unknown>> {
  const names = governanceFieldNames(service);
  const declared = declaredRootFields(typeDefs);
  const missing = [
    `Query.${names.auditTrail}`,
    `Query.${names.auditExport}`,
    `Query.${names.approvals}`,
    `Query.${names.approval}`,
    `Mutation.${names.decide}`,
  ].filter((f) => !declared.has(f));
  if (missing.length)
    throw new Error(
      `${service}: governance needs ${missing.join(', ')} in the SDL (build the SDL with readSubgraphSdl, which adds the governance fragment)`,
    );
  const protectedFields = governance.protectedFields ?? {};
  // Deciding follows the chain frozen at submission: no templates needed here.
  const approvals = new Approvals();
  return {
    Query: {
      [names.auditTrail]: async (_root: unknown, args: { filter?: AuditFilter | null } & PageArgs, ctx: RequestContext<unknown>) => {
        const page = await auditTrail(
          dataSource,
          ctx.access,
          args.filter,
          args,
          maxPageSize,
          protectedFields,
          governance.withheldAuditEntries,
        );
        return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: { ...e.node, changes: changesOut(e.node.changes) } })) };
      },
      [names.auditExport]: async (_root: unknown, args: { filter?: AuditFilter | null }, ctx: RequestContext<unknown>) => {
        const exported = await exportAuditTrail(dataSource, ctx.access, args.filter, protectedFields, governance.withheldAuditEntries);
        // every export is itself audited.
        await writeTransaction(dataSource, (m) =>
          writeAudit(m, [
            {
              entityType: 'audit_entry',
              entityId: '(export)',
              action: 'EXPORT',
              note: `${exported.rows} entries ${JSON.stringify(args.filter ?? {})}`,
            },
          ]),
        );
        return exported;
      },
      [names.approvals]: (_root: unknown, args: { filter?: ApprovalFilter | null } & PageArgs, ctx: RequestContext<unknown>) => {
        const qb = dataSource.getRepository(ApprovalRequestEntity).createQueryBuilder('a');
        visibleApprovals(qb, ctx.access);
        if (args.filter?.states?.length) qb.andWhere('a.state IN (:...states)', { states: args.filter.states });
        if (args.filter?.template) qb.andWhere('a.template = :template', { template: args.filter.template });
        if (args.filter?.awaitingMe) {
          const [awaiting, params] = stepRoleMatches('a.currentRole', ctx.access.approverRoles(), 'awaiting');
          qb.andWhere(`${awaiting} AND a.state = 'PENDING' AND a.requesterId <> :me`, { ...params, me: ctx.caller.id });
        }
        return connectionOf(qb, { property: 'createdAt', direction: 'DESC' }, args, maxPageSize);
      },
      // one request in its current version, under the list's visibility; one the caller may not see is null,
      // as if it did not exist.
      [names.approval]: (_root: unknown, args: { id: string }, ctx: RequestContext<unknown>) => {
        const qb = dataSource.getRepository(ApprovalRequestEntity).createQueryBuilder('a').where('a.id = :id', { id: args.id });
        visibleApprovals(qb, ctx.access);
        return qb.getOne();
      },
    },
    Mutation: {
      [names.decide]: async (
        _root: unknown,
        { input }: { input: { id: string; version: number; decision: ApprovalDecision; comment?: string | null } },
        ctx: RequestContext<unknown>,
      ) => {
        if (!REQUESTER_DECISIONS.includes(input.decision)) ctx.access.require('approval:APPROVE');
        try {
          const outcome = await writeTransaction(dataSource, async (manager) => {
            const approver = { ...ctx.caller, roles: ctx.access.approverRoles() };
            const decided = await approvals.decide(manager, input.id, input.version, input.decision, input.comment ?? null, approver, ctx);
            const refusals =
              decided.ok && governance.onApprovalDecided ? await governance.onApprovalDecided(manager, decided.value, ctx) : undefined;
            if (refusals?.length) throw new DecisionRefused(refusals);
            return decided;
          });
          return toPayload('approval', outcome);
        } catch (error: unknown) {
          if (error instanceof DecisionRefused) return toPayload('approval', refused(error.userErrors));
          throw error;
        }
      },
    },
    ApprovalRequest: {
      steps: (request: ApprovalRequestEntity) =>
        stepsOf(request).map((step, i) => ({
          ...step,
          roles: stepRoles(step.role),
          dueAt: dueOf(step, i, request, stepDueWorkingDays, timeZone),
        })),
      // Overdue on the request's clock, so a request run "as of" an instant sees the queue as it stood then.
      overdue: (request: ApprovalRequestEntity, _args: unknown, ctx: RequestContext<unknown>) => {
        if (request.state !== 'PENDING') return false;
        const due = dueOf(stepsOf(request)[request.currentStep], request.currentStep, request, stepDueWorkingDays, timeZone);
        return due !== null && due.getTime() < ctx.clock.now().getTime();
      },
      attributes: (request: ApprovalRequestEntity) => JSON.parse(request.attributes) as ApprovalAttributes,
    },
  };
}
