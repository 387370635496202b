import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { parse } from 'graphql';
import {
  Approvals,
  Caller,
  DEV_INTERNAL_SECRET,
  loadServiceConfig,
  readSubgraphSdl,
  RequestContext,
  RunningSubgraph,
  startSubgraph,
  stepDueAt,
  SubgraphDefinition,
  writeTransaction,
} from '../src';
import { callSubgraph } from '../src/testing';

@Entity({ name: 'deal' })
class DealEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  phone: string;

  @Column({ type: 'varchar', length: 16 })
  state: string;
}

/** A probe subgraph's one slice; readSubgraphSdl adds the header and the governance fragment (probe… fields). */
const probeSource = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-sdl-'));
fs.mkdirSync(path.join(probeSource, 'modules', 'deal'), { recursive: true });
fs.writeFileSync(
  path.join(probeSource, 'modules', 'deal', 'deal.graphql'),
  `
  extend type Query {
    dealState(id: ID!): String @permission(requires: "customer:READ")
  }
  extend type Mutation {
    openDeal(id: ID!, phone: String!): ID @permission(requires: "customer:CREATE")
    requestDealExport(id: ID!, level: String!): ID @permission(requires: "customer:CREATE")
  }
`,
);
const typeDefs = parse(readSubgraphSdl(probeSource, 'probe'));

type Ctx = RequestContext<unknown>;
/** The probe subgraph's own templates (the engine holds none): a limit band and an export by level. */
const approvals = new Approvals([
  { code: 'CREDIT_LIMIT', title: '额度', chains: [{ when: { maxAmount: '2000000.00' }, steps: ['VP'] }, { steps: ['GM'] }] },
  {
    code: 'EXPORT',
    title: '导出',
    chains: [{ when: { levels: ['CONFIDENTIAL', 'TOP_SECRET'] }, steps: ['GM|VP'] }, { steps: ['INFO_SUPERVISOR|GM'] }],
  },
]);
const definition: SubgraphDefinition<unknown> = {
  typeDefs,
  resolvers: {
    Query: { dealState: async (_r: unknown, { id }: { id: string }) => (await (await dealRepo()).findOneBy({ id }))?.state ?? null },
    Mutation: {
      openDeal: (_r: unknown, { id, phone }: { id: string; phone: string }, ctx: Ctx) =>
        writeTransaction(svc.dataSource, async (m) => {
          await m.insert(DealEntity, { id, phone, state: 'PENDING_APPROVAL' });
          await approvals.submit(m, 'CREDIT_LIMIT', { type: 'deal', id }, { amount: '3000000.00' }, ctx.caller, '大额');
          return id;
        }),
      requestDealExport: (_r: unknown, { id, level }: { id: string; level: string }, ctx: Ctx) =>
        writeTransaction(svc.dataSource, async (m) => {
          await m.insert(DealEntity, { id, phone: '13800000000', state: 'EXPORT_REQUESTED' });
          return (await approvals.submit(m, 'EXPORT', { type: 'deal', id }, { level }, ctx.caller)).id;
        }),
    },
  },
  entities: [DealEntity],
  migrations: [],
  createLoaders: () => ({}),
  governance: {
    protectedFields: { deal: { phone: { permission: 'customer.contact:READ', style: 'PHONE' } } },
    onApprovalDecided: async (manager, request) => {
      const deal = await manager.findOneByOrFail(DealEntity, { id: request.subjectId });
      if (deal.phone === '10000000000') return [{ code: 'DEAL_FROZEN', field: ['input', 'id'], message: '交易已冻结' }];
      if (request.state === 'APPROVED') await manager.save(DealEntity, { ...deal, state: 'ACTIVE' });
      return undefined;
    },
  },
};

let svc: RunningSubgraph;
const dealRepo = async () => svc.dataSource.getRepository(DealEntity);
const caller = (id: string, roles: string[]): Caller => ({ id, name: id, roles, departmentId: 'd-sales', departmentTree: ['d-sales'] });
const manager = caller('s-yangmin', ['SALES_DEPT_MANAGER']);
const gm = caller('s-huangqiang', ['GM']);
const auditor = caller('s-guoping', ['AUDIT']);
const admin = caller('s-admin', ['SYSTEM_ADMIN']);
const rep = caller('s-zhangwei', ['SALES_REP']);
const otherRep = caller('s-lina', ['SALES_REP']);
const vp = caller('s-zhaolei', ['VP']);
const infoSupervisor = caller('s-hezhi', ['INFO_SUPERVISOR']);
type Listed = {
  probeApprovals: { totalCount: number; edges: { node: { id: string; version: number; state: string; subjectId: string } }[] };
};
const list = async (who: Caller, filter = '') =>
  (await q<Listed>(who, `{ probeApprovals${filter} { totalCount edges { node { id version state subjectId } } } }`)).data!.probeApprovals;
const decideAs = (who: Caller, input: Record<string, unknown>) =>
  q<{ decideProbeApproval: { approval: { state: string; steps: { decidedBy: string | null }[] } | null; userErrors: { code: string }[] } }>(
    who,
    'mutation($input: DecideApprovalInput!) { decideProbeApproval(input: $input) { approval { state steps { decidedBy } } userErrors { code } } }',
    { input },
  );
const q = <T>(who: Caller, query: string, variables?: Record<string, unknown>) =>
  callSubgraph<T>(svc.url, DEV_INTERNAL_SECRET, who, query, variables);

describe('governance served by the platform: audit trail and approvals of one subgraph', () => {
  beforeAll(async () => {
    svc = await startSubgraph(definition, loadServiceConfig('probe', 0, { PROBE_DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'silent' }));
  });
  afterAll(() => svc.stop());

  it('X-040 a write through the API is audited as its caller, with its request id', async () => {
    await q(manager, 'mutation { openDeal(id: "deal-1", phone: "13812345678") }');
    const trail = await q<{
      probeAuditTrail: {
        totalCount: number;
        edges: { node: { actorId: string; entityType: string; action: string; changes: { field: string; new: string }[] } }[];
      };
    }>(
      auditor,
      '{ probeAuditTrail(filter: { entityType: "deal" }) { totalCount edges { node { actorId entityType action changes { field new } } } } }',
    );
    expect(trail.data!.probeAuditTrail.edges[0].node).toMatchObject({ actorId: 's-yangmin', entityType: 'deal', action: 'CREATE' });
    expect(trail.data!.probeAuditTrail.edges[0].node.changes).toContainEqual({ field: 'phone', new: '"13812345678"' });
  });

  it('X-022/X-042 the trail masks protected values for a reader without the field permission; others may not read it at all', async () => {
    const masked = await q<{ probeAuditTrail: { edges: { node: { changes: { field: string; new: string }[] } }[] } }>(
      admin,
      '{ probeAuditTrail(filter: { entityType: "deal" }) { edges { node { changes { field new } } } } }',
    );
    expect(masked.data!.probeAuditTrail.edges[0].node.changes).toContainEqual({ field: 'phone', new: '"138****5678"' });
    expect((await q(manager, '{ probeAuditTrail { totalCount } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('X-041 every permission denial is audited with who was refused what', async () => {
    await q(caller('s-bi', ['BI_READER']), '{ dealState(id: "deal-1") }');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const denials = await q<{ probeAuditTrail: { edges: { node: { actorId: string; entityId: string; note: string } }[] } }>(
      auditor,
      '{ probeAuditTrail(filter: { actions: [DENIAL], actorId: "s-bi" }) { edges { node { actorId entityId note } } } }',
    );
    expect(denials.data!.probeAuditTrail.edges.map((e) => e.node)).toEqual([
      { actorId: 's-bi', entityId: 'customer:READ', note: 'requires customer:READ' },
    ]);
  });

  it('X-041 an export of the trail is itself audited', async () => {
    const exported = await q<{ probeAuditExport: { rows: number; csv: string } }>(
      auditor,
      '{ probeAuditExport(filter: { entityType: "deal" }) { rows csv } }',
    );
    expect(exported.data!.probeAuditExport.csv.startsWith('\uFEFF')).toBe(true);
    const exports = await q<{ probeAuditTrail: { totalCount: number } }>(
      auditor,
      '{ probeAuditTrail(filter: { actions: [EXPORT] }) { totalCount } }',
    );
    expect(exports.data!.probeAuditTrail.totalCount).toBe(1);
  });

  it('X-050 the approver sees the request awaiting them, decides it, and the decision unblocks the subject', async () => {
    type Approvals = { probeApprovals: { edges: { node: { id: string; version: number; state: string; steps: { role: string }[] } }[] } };
    const awaiting = await q<Approvals>(
      gm,
      '{ probeApprovals(filter: { awaitingMe: true }) { edges { node { id version state steps { role } } } } }',
    );
    const [request] = awaiting.data!.probeApprovals.edges.map((e) => e.node);
    expect(request).toMatchObject({ state: 'PENDING', steps: [{ role: 'GM' }] });
    expect(
      (await q<Approvals>(manager, '{ probeApprovals(filter: { awaitingMe: true }) { edges { node { id } } } }')).data!.probeApprovals
        .edges,
    ).toEqual([]);
    const decided = await q<{
      decideProbeApproval: { approval: { state: string; steps: { decidedBy: string }[] }; userErrors: unknown[] };
    }>(
      gm,
      'mutation($input: DecideApprovalInput!) { decideProbeApproval(input: $input) { approval { state steps { decidedBy } } userErrors { code } } }',
      { input: { id: request.id, version: request.version, decision: 'APPROVE', comment: '同意' } },
    );
    expect(decided.data!.decideProbeApproval).toEqual({
      approval: { state: 'APPROVED', steps: [{ decidedBy: 's-huangqiang' }] },
      userErrors: [],
    });
    expect((await q<{ dealState: string }>(gm, '{ dealState(id: "deal-1") }')).data!.dealState).toBe('ACTIVE');
  });

  it('X-050 a decision the subgraph refuses is not kept: the request stays pending and the refusal comes back as userErrors', async () => {
    await q(manager, 'mutation { openDeal(id: "deal-2", phone: "10000000000") }');
    type Approvals = { probeApprovals: { edges: { node: { id: string; version: number; subjectId: string } }[] } };
    const pending = (
      await q<Approvals>(gm, '{ probeApprovals(filter: { awaitingMe: true }) { edges { node { id version subjectId } } } }')
    ).data!.probeApprovals.edges.map((e) => e.node);
    const request = pending.find((r) => r.subjectId === 'deal-2')!;
    const decided = await q<{ decideProbeApproval: { approval: unknown; userErrors: { code: string }[] } }>(
      gm,
      'mutation($input: DecideApprovalInput!) { decideProbeApproval(input: $input) { approval { state } userErrors { code } } }',
      { input: { id: request.id, version: request.version, decision: 'APPROVE' } },
    );
    expect(decided.data!.decideProbeApproval).toEqual({ approval: null, userErrors: [{ code: 'DEAL_FROZEN' }] });
    const still = (await q<Approvals>(gm, '{ probeApprovals(filter: { awaitingMe: true }) { edges { node { id version subjectId } } } }'))
      .data!.probeApprovals.edges;
    expect(still.map((e) => e.node)).toContainEqual(request);
  });

  it('X-050 a requester without approval rights lists and withdraws their own request; nobody else but its approvers and auditors sees it', async () => {
    const id = (await q<{ requestDealExport: string }>(rep, 'mutation { requestDealExport(id: "deal-3", level: "SECRET") }')).data!
      .requestDealExport;
    const own = await list(rep);
    expect(own.edges.map((e) => e.node.id)).toEqual([id]);
    expect((await list(otherRep)).totalCount).toBe(0);
    expect((await list(manager)).edges.map((e) => e.node.id)).not.toContain(id);
    expect((await list(auditor)).edges.map((e) => e.node.id)).toContain(id);
    expect((await list(infoSupervisor, '(filter: { awaitingMe: true })')).edges.map((e) => e.node.id)).toEqual([id]);

    const version = own.edges[0].node.version;
    expect((await decideAs(rep, { id, version, decision: 'APPROVE' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await decideAs(otherRep, { id, version, decision: 'WITHDRAW' })).data!.decideProbeApproval.userErrors).toEqual([
      { code: 'NOT_REQUESTER' },
    ]);
    const withdrawn = await decideAs(rep, { id, version, decision: 'WITHDRAW' });
    expect(withdrawn.data!.decideProbeApproval).toMatchObject({ approval: { state: 'WITHDRAWN' }, userErrors: [] });
  });

  it('X-034 a step with alternative roles is decided by any one of them, and the approver who decided keeps seeing the request', async () => {
    const id = (await q<{ requestDealExport: string }>(rep, 'mutation { requestDealExport(id: "deal-4", level: "CONFIDENTIAL") }')).data!
      .requestDealExport;
    type Steps = {
      probeApprovals: {
        edges: { node: { id: string; attributes: { level: string; amount: string | null }; steps: { role: string; roles: string[] }[] } }[];
      };
    };
    const awaiting = await q<Steps>(
      vp,
      '{ probeApprovals(filter: { awaitingMe: true }) { edges { node { id attributes { level amount } steps { role roles } } } } }',
    );
    expect(awaiting.data!.probeApprovals.edges.map((e) => e.node)).toEqual([
      { id, attributes: { level: 'CONFIDENTIAL', amount: null }, steps: [{ role: 'GM|VP', roles: ['GM', 'VP'] }] },
    ]);
    expect((await list(infoSupervisor, '(filter: { awaitingMe: true })')).edges).toEqual([]);
    expect((await decideAs(infoSupervisor, { id, version: 1, decision: 'APPROVE' })).data!.decideProbeApproval.userErrors).toEqual([
      { code: 'NOT_YOUR_STEP' },
    ]);
    expect((await decideAs(vp, { id, version: 1, decision: 'APPROVE' })).data!.decideProbeApproval).toMatchObject({
      approval: { state: 'APPROVED', steps: [{ decidedBy: vp.id }] },
    });
    expect((await list(vp)).edges.map((e) => e.node.id)).toContain(id);
  });

  it('X-050 an approval request shows the amount that chose its chain', async () => {
    const listed = await q<{ probeApprovals: { edges: { node: { subjectId: string; attributes: { amount: string } } }[] } }>(
      gm,
      '{ probeApprovals(filter: { template: "CREDIT_LIMIT" }) { edges { node { subjectId attributes { amount } } } } }',
    );
    expect(listed.data!.probeApprovals.edges.map((e) => e.node)).toContainEqual({
      subjectId: 'deal-1',
      attributes: { amount: '3000000.00' },
    });
  });

  it('X-052 a pending step shows its due date and becomes overdue after it, without being decided by the timeout', async () => {
    const QUERY =
      '{ probeApprovals(filter: { states: [PENDING] }) { edges { node { subjectId state overdue steps { activatedAt dueAt } } } } }';
    type Listed = {
      probeApprovals: {
        edges: { node: { subjectId: string; state: string; overdue: boolean; steps: { activatedAt: string; dueAt: string }[] } }[];
      };
    };
    const now = (await q<Listed>(gm, QUERY)).data!.probeApprovals.edges.map((e) => e.node).find((n) => n.subjectId === 'deal-2')!;
    expect(now.overdue).toBe(false);
    expect(now.steps[0].dueAt).toBe(stepDueAt(new Date(now.steps[0].activatedAt), 2, 'Asia/Shanghai').toISOString());
    jest.useFakeTimers({
      now: Date.now() + 10 * 86_400_000,
      doNotFake: [
        'nextTick',
        'setImmediate',
        'setTimeout',
        'setInterval',
        'clearTimeout',
        'clearInterval',
        'queueMicrotask',
        'hrtime',
        'performance',
      ],
    });
    try {
      const later = (await q<Listed>(gm, QUERY)).data!.probeApprovals.edges.map((e) => e.node).find((n) => n.subjectId === 'deal-2')!;
      expect(later).toMatchObject({ state: 'PENDING', overdue: true });
    } finally {
      jest.useRealTimers();
    }
  });
  describe('X-050 one approval request read by id, under the visibility rule of the list', () => {
    type One = { probeApproval: { id: string; version: number; state: string; requesterId: string } | null };
    const read = async (who: Caller, id: string) =>
      (await q<One>(who, 'query($id: ID!) { probeApproval(id: $id) { id version state requesterId } }', { id })).data!.probeApproval;
    let id: string;
    beforeAll(async () => {
      id = (await q<{ requestDealExport: string }>(rep, 'mutation { requestDealExport(id: "deal-5", level: "SECRET") }')).data!
        .requestDealExport;
    });

    it('X-050 the requester reads their own request by id, in its current version', async () => {
      expect(await read(rep, id)).toEqual({ id, version: 1, state: 'PENDING', requesterId: rep.id });
    });

    it('X-050 an approver whose role the current step names reads the request by id', async () => {
      expect(await read(infoSupervisor, id)).toMatchObject({ id, state: 'PENDING' });
    });

    it('X-050 an unrelated caller gets null, as for a request that does not exist, even with approval rights; auditors read it', async () => {
      expect(await read(otherRep, id)).toBeNull();
      expect(await read(manager, id)).toBeNull();
      expect(await read(rep, 'no-such-request')).toBeNull();
      expect(await read(auditor, id)).toMatchObject({ id });
    });

    it('X-050 the approver who decided a step keeps reading the request by id, with the version the decision made', async () => {
      const decided = await decideAs(infoSupervisor, { id, version: 1, decision: 'APPROVE' });
      expect(decided.data!.decideProbeApproval).toMatchObject({ approval: { state: 'APPROVED' }, userErrors: [] });
      expect(await read(infoSupervisor, id)).toEqual({ id, version: 2, state: 'APPROVED', requesterId: rep.id });
      expect(await read(rep, id)).toMatchObject({ version: 2, state: 'APPROVED' });
      expect(await read(otherRep, id)).toBeNull();
    });
  });
});
