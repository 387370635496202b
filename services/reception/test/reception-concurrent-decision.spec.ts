import { Caller, demoCustomerId } from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start } from '../src';
import { ReceptionEntity } from '../src/modules/reception/entities/reception.entity';
import * as store from '../src/modules/reception/reception.store';

/**
 * X-041 through the decide mutation: a decision that finds its reception changed by a concurrent writer is refused
 * as STALE_VERSION in the payload's userErrors (it used to come out as a thrown GraphQL error), and rolled back.
 */
const rep: Caller = {
  id: 's-zhangwei',
  name: '张伟',
  roles: ['SALES_REP'],
  departmentId: 'd-sales-east',
  departmentTree: ['d-sales-east'],
};
const manager: Caller = {
  id: 's-yangmin',
  name: '杨敏',
  roles: ['SALES_DEPT_MANAGER'],
  departmentId: 'd-sales',
  departmentTree: ['d-sales', 'd-sales-east'],
};

type Payload<T> = { userErrors: { code: string; field: string[]; message: string }[] } & T;
type Approval = { id: string; state: string; version: number };
type Reception = { id: string; state: string; version: number; approval: Approval | null };

describe('a reception decision racing a concurrent writer', () => {
  let svc: TestSubgraph;
  beforeAll(async () => {
    svc = await startTestSubgraph('reception', loadConfig, start);
  });
  afterAll(() => svc.stop());
  afterEach(() => jest.restoreAllMocks());

  const submitted = async (): Promise<Reception> => {
    const fields = 'id state version approval { id state version }';
    const requested = await svc.query<{ requestReception: Payload<{ reception: Reception }> }>(
      rep,
      `mutation($input: RequestReceptionInput!) { requestReception(input: $input) { reception { ${fields} } userErrors { code field message } } }`,
      {
        input: {
          class: 'C',
          hostedPartyType: 'CUSTOMER',
          customerId: demoCustomerId(3),
          organisation: '苏州宏达物流有限公司',
          guestCount: 3,
          hostId: 's-chenjing',
          hostRank: 'DEPARTMENT_MANAGER',
          startOn: '2026-06-15',
          endOn: '2026-06-15',
          purpose: '季度供货计划确认',
          budget: { hospitality: '800.00', transport: '350.00' },
        },
      },
    );
    const draft = requested.data!.requestReception.reception;
    const result = await svc.query<{ submitReception: Payload<{ reception: Reception }> }>(
      rep,
      `mutation($input: SubmitReceptionInput!) { submitReception(input: $input) { reception { ${fields} } userErrors { code field message } } }`,
      { input: { id: draft.id, version: draft.version } },
    );
    expect(result.data!.submitReception.userErrors).toEqual([]);
    return result.data!.submitReception.reception;
  };

  it('X-041 STALE_VERSION comes out as a userErrors entry of decideReceptionApproval, and nothing of the decision is kept', async () => {
    const reception = await submitted();
    const versioned = store.updateReceptionVersioned;
    // Another writer changes the reception between the decision's read and its write.
    jest.spyOn(store, 'updateReceptionVersioned').mockImplementation(async (m, row, version, patch) => {
      await m.update(ReceptionEntity, { id: row.id }, { version: row.version + 1 });
      return versioned(m, row, version, patch);
    });
    const decided = await svc.query<{ decideReceptionApproval: Payload<{ approval: Approval | null }> }>(
      manager,
      `mutation($input: DecideApprovalInput!) {
        decideReceptionApproval(input: $input) { approval { id state } userErrors { code field message } }
      }`,
      { input: { id: reception.approval!.id, version: reception.approval!.version, decision: 'APPROVE', comment: '同意' } },
      { 'accept-language': 'en' },
    );
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.decideReceptionApproval).toEqual({
      approval: null,
      userErrors: [
        {
          code: 'STALE_VERSION',
          field: ['input', 'version'],
          message: `The reception was changed by someone else (current version ${reception.version}); reload and retry`,
        },
      ],
    });
    jest.restoreAllMocks();
    const after = await svc.query<{ reception: Reception }>(
      rep,
      'query($id: ID!) { reception(id: $id) { id state version approval { id state version } } }',
      {
        id: reception.id,
      },
    );
    expect(after.data!.reception).toEqual(reception);
  });
});
