import { ApprovalRequestEntity, Caller } from '@crm/platform';
import { TestSubgraph } from '@crm/platform/testing';

/** The demo directory's approvers of the CREDIT_LIMIT chains: 杨敏 ≤ 500,000, 赵磊 ≤ 2,000,000, 黄强 above. */
export const salesManager: Caller = {
  id: 's-yangmin',
  name: '杨敏',
  roles: ['SALES_DEPT_MANAGER'],
  departmentId: 'd-sales',
  departmentTree: ['d-sales', 'd-sales-east', 'd-sales-south', 'd-sales-north'],
};
export const vp: Caller = { id: 's-zhaolei', name: '赵磊', roles: ['VP'], departmentId: 'd-hq' };
export const gm: Caller = { id: 's-huangqiang', name: '黄强', roles: ['GM', 'CREDIT_CONTROLLER'], departmentId: 'd-hq' };
const APPROVER_BY_ROLE: Readonly<Record<string, Caller>> = { SALES_DEPT_MANAGER: salesManager, VP: vp, GM: gm };

export const DECIDE = `mutation($input: DecideApprovalInput!) { decideCreditApproval(input: $input) {
  approval { id state currentStep version steps { role decidedBy decision comment } } userErrors { code field message } } }`;

export type Decided = {
  decideCreditApproval: {
    approval: {
      id: string;
      state: string;
      currentStep: number;
      version: number;
      steps: { role: string; decidedBy: string | null; decision: string | null; comment: string | null }[];
    } | null;
    userErrors: { code: string; field: string[]; message: string }[];
  };
};

/** Decides a credit approval request as `caller` (the version read from the database unless given). */
export async function decide(svc: TestSubgraph, caller: Caller, id: string, decision: string, comment?: string, version?: number) {
  const current = version ?? (await svc.dataSource.getRepository(ApprovalRequestEntity).findOneByOrFail({ id })).version;
  const result = await svc.query<Decided>(
    caller,
    DECIDE,
    { input: { id, version: current, decision, comment } },
    { 'accept-language': 'en' },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.decideCreditApproval;
}

/** Test set-up: approves every step of a request by the demo approver of the step's role. */
export async function approveAll(svc: TestSubgraph, id: string): Promise<void> {
  for (;;) {
    const request = await svc.dataSource.getRepository(ApprovalRequestEntity).findOneByOrFail({ id });
    if (request.state !== 'PENDING') {
      expect(request.state).toBe('APPROVED');
      return;
    }
    const decided = await decide(svc, APPROVER_BY_ROLE[request.currentRole!], id, 'APPROVE', '同意', request.version);
    expect(decided.userErrors).toEqual([]);
  }
}
