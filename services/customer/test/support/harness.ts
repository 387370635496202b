import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Caller, DEMO_STAFF } from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { CustomerPolicy, loadConfig, SettableClock, start } from '../../src';

const SALES_TREE = ['d-sales', 'd-sales-east', 'd-sales-south', 'd-sales-north'];
const ALL_TREE = [
  'd-hq',
  'd-sales',
  'd-sales-east',
  'd-sales-south',
  'd-sales-north',
  'd-cs',
  'd-finance',
  'd-quality',
  'd-procurement',
  'd-admin',
  'd-risk',
  'd-audit',
];

/**
 * Staff the integration specs act as (ids from the demo directory where it has the role), with the department
 * subtree the gateway would sign for them (DEPARTMENT_TREE scopes, X-021).
 */
export const staff = {
  rep: { id: 's-zhangwei', name: '张伟', roles: ['SALES_REP'], departmentId: 'd-sales-east', departmentTree: ['d-sales-east'] },
  rep2: { id: 's-lina', name: '李娜', roles: ['SALES_REP'], departmentId: 'd-sales-east', departmentTree: ['d-sales-east'] },
  southRep: { id: 's-wangfang', name: '王芳', roles: ['SALES_REP'], departmentId: 'd-sales-south', departmentTree: ['d-sales-south'] },
  officeDirector: {
    id: 's-chenjing',
    name: '陈静',
    roles: ['OFFICE_DIRECTOR'],
    departmentId: 'd-sales-east',
    departmentTree: ['d-sales-east'],
  },
  sectionChief: { id: 's-sunhao', name: '孙浩', roles: ['SECTION_CHIEF'], departmentId: 'd-sales-east', departmentTree: ['d-sales-east'] },
  salesManager: { id: 's-yangmin', name: '杨敏', roles: ['SALES_DEPT_MANAGER'], departmentId: 'd-sales', departmentTree: SALES_TREE },
  salesManager2: { id: 's-zhoujun', name: '周军', roles: ['SALES_DEPT_MANAGER'], departmentId: 'd-sales', departmentTree: SALES_TREE },
  customerManager: { id: 's-qianyu', name: '钱宇', roles: ['CUSTOMER_DEPT_MANAGER'], departmentId: 'd-sales', departmentTree: SALES_TREE },
  vp: { id: 's-zhaolei', name: '赵磊', roles: ['VP'], departmentId: 'd-hq', departmentTree: ALL_TREE },
  vp2: { id: 's-fengtao', name: '冯涛', roles: ['VP'], departmentId: 'd-hq', departmentTree: ALL_TREE },
  gm: { id: 's-huangqiang', name: '黄强', roles: ['GM', 'CREDIT_CONTROLLER'], departmentId: 'd-hq', departmentTree: ALL_TREE },
  csManager: { id: 's-wuhui', name: '吴慧', roles: ['CS_MANAGER'], departmentId: 'd-cs', departmentTree: ['d-cs'] },
  infoSpecialist: { id: 's-linfang', name: '林芳', roles: ['INFO_SPECIALIST'], departmentId: 'd-cs', departmentTree: ['d-cs'] },
  infoSupervisor: { id: 's-hezhi', name: '何志', roles: ['INFO_SUPERVISOR'], departmentId: 'd-cs', departmentTree: ['d-cs'] },
  riskControl: { id: 's-hulin', name: '胡林', roles: ['RISK_CONTROL'], departmentId: 'd-risk', departmentTree: ['d-risk'] },
  system: { id: 'SYSTEM', name: '定时任务', roles: ['SYSTEM'], departmentId: null, departmentTree: [] },
} satisfies Record<string, Caller>;

/** Mutations whose input type is not named after them. */
const INPUT_TYPES: Record<string, string> = {
  markCustomerReviewed: 'CustomerVersionInput',
  submitCustomerFiling: 'CustomerVersionInput',
  reactivateCustomer: 'CustomerVersionInput',
  setCustomerConfidentiality: 'SetConfidentialityInput',
  confirmOwnershipClaim: 'OwnershipClaimDecisionInput',
  refuseOwnershipClaim: 'OwnershipClaimDecisionInput',
  releaseOwnershipClaim: 'OwnershipClaimDecisionInput',
  decideCustomerApproval: 'DecideApprovalInput',
};

export type UserErrorShape = { code: string; field: string[]; message: string };

export interface Harness {
  svc: TestSubgraph;
  clock: SettableClock;
  /** Runs an operation and returns its data; a GraphQL error fails the test with the errors shown. */
  gql<T = Record<string, unknown>>(caller: Caller, query: string, variables?: Record<string, unknown>, lang?: string): Promise<T>;
  /** Decides the current step of an approval request (the version is looked up), as the platform's engine runs it. */
  decide(
    caller: Caller,
    approvalId: string,
    decision?: 'APPROVE' | 'REJECT' | 'RETURN',
    comment?: string,
  ): Promise<{ approval: { state: string; currentStep: number } | null; userErrors: UserErrorShape[] }>;
  /** Approves every step of a request, one caller per step. */
  approveAll(approvalId: string, ...callers: Caller[]): Promise<string>;
  /** Runs a mutation `name(input: $input)` and returns its payload. */
  mutate<T = Record<string, unknown>>(
    caller: Caller,
    name: string,
    input: unknown,
    selection: string,
    lang?: string,
  ): Promise<T & { userErrors: UserErrorShape[] }>;
  stop(): Promise<void>;
}

/**
 * A customer subgraph on a fresh database (SQLite in memory, or MariaDB with TEST_DATABASE=mysql, migrated), with a
 * clock the spec sets. The clock starts on a Monday morning in Shanghai unless told otherwise.
 */
export async function startHarness(
  now = '2026-03-02T01:00:00Z',
  policy?: CustomerPolicy,
  env: Record<string, string> = {},
): Promise<Harness> {
  const clock = new SettableClock(now);
  const svc = await startTestSubgraph('customer', loadConfig, (config) => start(config, { clock, policy }), {
    STAFF_DIRECTORY_FILE: staffDirectoryFile(),
    ...env,
  });
  const gql = async <T>(caller: Caller, query: string, variables?: Record<string, unknown>, lang?: string): Promise<T> => {
    const result = await svc.query<T>(caller, query, variables, lang ? { 'accept-language': lang } : {});
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 1)}`);
    return result.data as T;
  };
  const mutate = async <T>(caller: Caller, name: string, input: unknown, selection: string, lang?: string) => {
    const inputType = `${INPUT_TYPES[name] ?? `${name[0].toUpperCase()}${name.slice(1)}Input`}!`;
    const data = await gql<Record<string, T & { userErrors: UserErrorShape[] }>>(
      caller,
      `mutation($input: ${inputType}) { ${name}(input: $input) { ${selection} userErrors { code field message } } }`,
      { input },
      lang,
    );
    return data[name];
  };
  const decide = async (caller: Caller, approvalId: string, decision: 'APPROVE' | 'REJECT' | 'RETURN' = 'APPROVE', comment?: string) => {
    const list = await gql<{ customerApprovals: { edges: { node: { id: string; version: number } }[] } }>(
      staff.gm,
      '{ customerApprovals(first: 100) { edges { node { id version } } } }',
    );
    const version = list.customerApprovals.edges.find((e) => e.node.id === approvalId)?.node.version;
    if (version === undefined) throw new Error(`approval ${approvalId} not found`);
    return mutate<{ approval: { state: string; currentStep: number } | null }>(
      caller,
      'decideCustomerApproval',
      { id: approvalId, version, decision, comment: comment ?? (decision === 'APPROVE' ? null : '不符合要求,请修改') },
      'approval { state currentStep }',
    );
  };
  const approveAll = async (approvalId: string, ...callers: Caller[]) => {
    let state = '';
    for (const caller of callers) {
      const decided = await decide(caller, approvalId);
      if (decided.userErrors.length) throw new Error(`${caller.id} could not approve: ${JSON.stringify(decided.userErrors)}`);
      state = decided.approval!.state;
    }
    return state;
  };
  return { svc, clock, gql, mutate, decide, approveAll, stop: () => svc.stop() };
}

/** The demo staff and the staff the specs act as, as a STAFF_DIRECTORY_FILE: owners are placed by it (CUS-001). */
function staffDirectoryFile(): string {
  const file = path.join(os.tmpdir(), `crm-customer-test-staff-${process.pid}.json`);
  const members = new Map<string, { id: string; name: string; departmentId: string }>();
  for (const s of [...DEMO_STAFF, ...Object.values(staff)])
    if (s.departmentId && !members.has(s.id)) members.set(s.id, { id: s.id, name: s.name, departmentId: s.departmentId });
  fs.writeFileSync(file, JSON.stringify([...members.values()]));
  return file;
}

/** The codes of a payload's userErrors. */
export const codes = (payload: { userErrors: UserErrorShape[] }): string[] => payload.userErrors.map((e) => e.code);

/** A valid USCC for test n (91 + area 330100 + an organisation code + the check character). */
import { demoUscc as testUsccOf } from '../../src/demo/demo-data';
export { testUsccOf as testUscc };

export const CUSTOMER_FIELDS =
  'id code name version ownerId ownerDepartmentId filingStatus lifecycleStage status grade gradeProvisional size confidentiality';

let fileable = 500;
/** A complete profile (CUS-002) for test customer names; each call a fresh USCC. */
export function completeProfile(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  fileable += 1;
  return {
    name: `绍兴瑞丰纺织${fileable}有限公司`,
    entityKind: 'COMPANY',
    type: 'OEM_FACTORY',
    usccCode: testUsccOf(fileable, '330600'),
    legalRepresentative: '陈国华',
    address: '绍兴市柯桥区纺织路88号',
    postcode: '312000',
    phone: `0575-8${String(5000000 + fileable).slice(0, 7)}`,
    businessScope: '纺织品制造、销售',
    registeredCapital: '8000000',
    contacts: [{ name: '周明', position: '采购经理', mobile: '13912345678', isKeyContact: true }],
    ...overrides,
  };
}

/** Opens a complete customer as `caller` and has it filed by the SALES_DEPT_MANAGER (CUS-002, CUS-004). */
export async function fileCustomer(h: Harness, caller: Caller, overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await h.mutate<{ customer: { id: string; version: number } }>(
    caller,
    'createCustomer',
    completeProfile(overrides),
    'customer { id version }',
  );
  if (!created.customer) throw new Error(`create failed: ${JSON.stringify(created.userErrors)}`);
  const submitted = await h.mutate<{ customer: { filingApprovalId: string } }>(
    caller,
    'submitCustomerFiling',
    { id: created.customer.id, version: created.customer.version },
    'customer { filingApprovalId }',
  );
  if (!submitted.customer) throw new Error(`submit failed: ${JSON.stringify(submitted.userErrors)}`);
  await h.approveAll(submitted.customer.filingApprovalId, caller.id === staff.salesManager.id ? staff.salesManager2 : staff.salesManager);
  return created.customer.id;
}
