import { addCalendarDays, addYears, businessDate, Caller, demoCustomerId, DEV_JWT_SECRET, issueClientToken } from '@crm/platform';
import { startStack, Stack } from '../support/stack';

type UserErrors = { userErrors: { code: string; field: string[]; message: string }[] };

/**
 * The customer domain through the gateway, as a frontend uses it (issue 5): profiles and filing, duplicates, grading
 * across subgraphs, ownership handover, churn detection, visits, confidentiality, BI, CSV import and export, merge.
 */
describe('customer domain through the gateway', () => {
  let stack: Stack;
  const tokens: Record<string, string> = {};
  /** Staff the demo directory has no one for (its roles exist in the access policy). */
  const extra: Record<string, Caller> = {
    CUSTOMER_DEPT_MANAGER: { id: 's-qianyu', name: '钱宇', roles: ['CUSTOMER_DEPT_MANAGER'], departmentId: 'd-sales' },
    INFO_SPECIALIST: { id: 's-linfang', name: '林芳', roles: ['INFO_SPECIALIST'], departmentId: 'd-cs' },
    SYSTEM: { id: 'SYSTEM', name: '定时任务', roles: ['SYSTEM'], departmentId: null },
  };

  beforeAll(async () => {
    stack = await startStack();
    for (const role of ['SALES_REP', 'SALES_DEPT_MANAGER', 'VP', 'GM', 'BI_READER', 'FRONT_DESK'])
      tokens[role] = await stack.tokenFor(role);
    for (const [role, caller] of Object.entries(extra)) tokens[role] = await issueClientToken(DEV_JWT_SECRET, caller);
  });
  afterAll(() => stack?.stop());

  /** Runs an operation as a role; GraphQL errors fail the test with the errors shown. */
  const as = async <T>(role: string, query: string, variables?: Record<string, unknown>): Promise<T> => {
    const result = await stack.request<T>(query, { token: tokens[role], variables });
    if (result.errors?.length) throw new Error(`${role}: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  };
  const approve = async (role: string, approvalId: string) => {
    const list = await as<{ customerApprovals: { edges: { node: { id: string; version: number } }[] } }>(
      'GM',
      '{ customerApprovals(first: 100) { edges { node { id version } } } }',
    );
    const version = list.customerApprovals.edges.find((e) => e.node.id === approvalId)!.node.version;
    const decided = await as<{ decideCustomerApproval: { approval: { state: string } } & UserErrors }>(
      role,
      'mutation($input: DecideApprovalInput!) { decideCustomerApproval(input: $input) { approval { state } userErrors { code field message } } }',
      { input: { id: approvalId, version, decision: 'APPROVE' } },
    );
    expect(decided.decideCustomerApproval.userErrors).toEqual([]);
    return decided.decideCustomerApproval.approval.state;
  };

  let opened: { id: string; version: number };

  it('a sales rep opens a complete customer, is warned of a colleague’s likely duplicate (masked), and has it filed', async () => {
    const created = await as<{
      createCustomer: {
        customer: { id: string; version: number; lifecycleStage: string; filingStatus: string };
        duplicates: { name: string; masked: boolean; matchedOn: string[] }[];
      } & UserErrors;
    }>(
      'SALES_REP',
      `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) {
        customer { id version lifecycleStage filingStatus } duplicates { name masked matchedOn } userErrors { code field message } } }`,
      {
        input: {
          name: '上海华越商贸 有限公司',
          entityKind: 'COMPANY',
          type: 'DEALER',
          usccCode: '91310000631696382C',
          legalRepresentative: '李秀英',
          address: '上海市静安区共和新路3388号',
          postcode: '200072',
          phone: '021-56001234',
          businessScope: '五金交电批发',
          registeredCapital: '3000000',
          contacts: [{ name: '吴佳', position: '采购经理', mobile: '13816660001', isKeyContact: true, birthday: '1988-05-06' }],
        },
      },
    );
    const payload = created.createCustomer;
    expect(payload.userErrors).toEqual([]);
    expect(payload.customer).toMatchObject({ lifecycleStage: 'POTENTIAL', filingStatus: 'DRAFT' });
    // Demo customers 1 and 37 (上海华越商贸有限公司) belong to another rep: the hits are masked.
    expect(payload.duplicates.length).toBeGreaterThan(0);
    for (const hit of payload.duplicates) expect(hit).toEqual({ name: '上********', masked: true, matchedOn: ['NAME'] });
    const submitted = await as<{ submitCustomerFiling: { customer: { filingApprovalId: string; version: number } } & UserErrors }>(
      'SALES_REP',
      'mutation($input: CustomerVersionInput!) { submitCustomerFiling(input: $input) { customer { filingApprovalId version } userErrors { code field message } } }',
      { input: { id: payload.customer.id, version: payload.customer.version } },
    );
    expect(submitted.submitCustomerFiling.userErrors).toEqual([]);
    expect(await approve('SALES_DEPT_MANAGER', submitted.submitCustomerFiling.customer.filingApprovalId)).toBe('APPROVED');
    const filed = await as<{ customer: { filingStatus: string; version: number } }>(
      'SALES_REP',
      'query($id: ID!) { customer(id: $id) { filingStatus version } }',
      { id: payload.customer.id },
    );
    expect(filed.customer.filingStatus).toBe('FILED');
    opened = { id: payload.customer.id, version: filed.customer.version };
  });

  it('an order starts the provisional grade; one query reads it with the credit and complaint fields of other subgraphs', async () => {
    const orderedOn = addCalendarDays(businessDate(new Date(), 'Asia/Shanghai'), -10);
    const ordered = await as<{ recordCustomerOrder: UserErrors }>(
      'SALES_REP',
      'mutation($input: RecordCustomerOrderInput!) { recordCustomerOrder(input: $input) { userErrors { code field message } } }',
      { input: { customerId: opened.id, orderRef: 'SO-E2E-1', orderedOn, amount: '180000', paid: true } },
    );
    expect(ordered.recordCustomerOrder.userErrors).toEqual([]);
    const view = await as<{ customer: Record<string, unknown> }>(
      'SALES_DEPT_MANAGER',
      `query($id: ID!) { customer(id: $id) {
        lifecycleStage grade gradeProvisional provisionalUntil treatment { treatmentClass priceTier } visitPlan { visitorRoles intervalMonths }
        gradeHistory { grade source } contacts { name } credit { grade } openComplaintCount
      } }`,
      { id: opened.id },
    );
    expect(view.customer).toMatchObject({
      lifecycleStage: 'NEW',
      grade: 'C',
      gradeProvisional: true,
      provisionalUntil: addYears(orderedOn, 1),
      treatment: { treatmentClass: 'ORD-C', priceTier: 'STANDARD' },
      visitPlan: { visitorRoles: ['SALES_REP'], intervalMonths: 12 },
      gradeHistory: [{ grade: 'C', source: 'PROVISIONAL' }],
      contacts: [{ name: '吴佳' }],
      openComplaintCount: 0,
    });
    expect(view.customer).toHaveProperty('credit');
  });

  it('CUS-043 grading inputs are read from the credit subgraph as of the cut-off and stored on the assessment', async () => {
    // The year up to the latest invoice of the demo data: a closed period, so its cut-off is its last day.
    // An ordinary (SECRET) file: the sales department manager grades it without a file-access grant (CUS-042).
    const latest = await as<{ receivables: { edges: { node: { customerId: string; invoiceDate: string } }[] } }>(
      'GM',
      '{ receivables(first: 100, orderBy: { field: INVOICE_DATE, direction: DESC }) { edges { node { customerId invoiceDate } } } }',
    );
    const ordinary = await as<{ customers: { edges: { node: { id: string } }[] } }>(
      'GM',
      '{ customers(first: 100, filter: { confidentiality: [SECRET] }) { edges { node { id } } } }',
    );
    const secret = new Set(ordinary.customers.edges.map((e) => e.node.id));
    const { customerId, invoiceDate } = latest.receivables.edges.find((e) => secret.has(e.node.customerId))!.node;
    const period = { periodFrom: addCalendarDays(addYears(invoiceDate, -1), 1), periodTo: invoiceDate };
    type Inputs = {
      asOf: string;
      contractAmount: string | null;
      maxDaysPastDue: number;
      inArrears: boolean;
      yearEndReceivable: string | null;
    };
    const READ =
      'query($id: ID!, $from: Date!, $to: Date!) { customer(id: $id) { creditGradingInputs(periodFrom: $from, periodTo: $to) { asOf contractAmount maxDaysPastDue inArrears yearEndReceivable } } }';
    const read = await as<{ customer: { creditGradingInputs: Inputs } }>('SALES_DEPT_MANAGER', READ, {
      id: customerId,
      from: period.periodFrom,
      to: period.periodTo,
    });
    const inputs = read.customer.creditGradingInputs;
    expect(inputs.asOf).toBe(invoiceDate);
    expect(Number(inputs.contractAmount)).toBeGreaterThan(0);

    const opened = await as<{ openGradeAssessment: { assessment: { id: string; version: number } } & UserErrors }>(
      'SALES_DEPT_MANAGER',
      'mutation($input: OpenGradeAssessmentInput!) { openGradeAssessment(input: $input) { assessment { id version } userErrors { code field message } } }',
      { input: { customerId, ...period } },
    );
    expect(opened.openGradeAssessment.userErrors).toEqual([]);
    const { id, version } = opened.openGradeAssessment.assessment;
    const saved = await as<{ updateGradeAssessmentInputs: { assessment: Record<string, unknown> } & UserErrors }>(
      'SALES_DEPT_MANAGER',
      'mutation($input: UpdateGradeAssessmentInputsInput!) { updateGradeAssessmentInputs(input: $input) { assessment { contractAmount maxDaysPastDue inArrears yearEndReceivable inputsAsOf } userErrors { code field message } } }',
      {
        input: {
          id,
          version,
          contractAmount: inputs.contractAmount,
          maxDaysPastDue: inputs.maxDaysPastDue,
          yearEndReceivable: inputs.yearEndReceivable,
          inputsAsOf: inputs.asOf,
        },
      },
    );
    expect(saved.updateGradeAssessmentInputs.userErrors).toEqual([]);
    expect(saved.updateGradeAssessmentInputs.assessment).toEqual({
      contractAmount: inputs.contractAmount,
      maxDaysPastDue: inputs.maxDaysPastDue,
      inArrears: inputs.inArrears,
      yearEndReceivable: inputs.yearEndReceivable,
      inputsAsOf: invoiceDate,
    });
    // A sales rep reads the days past due of an own customer but not the amounts.
    const own = await as<{ customers: { edges: { node: { id: string } }[] } }>(
      'SALES_REP',
      '{ customers(first: 1) { edges { node { id } } } }',
    );
    const repView = await as<{ customer: { creditGradingInputs: Inputs } }>('SALES_REP', READ, {
      id: own.customers.edges[0].node.id,
      from: period.periodFrom,
      to: period.periodTo,
    });
    expect(repView.customer.creditGradingInputs).toMatchObject({ contractAmount: null, yearEndReceivable: null });
  });

  it('a soft-deleted customer disappears and comes back when restored', async () => {
    const current = await as<{ customer: { version: number } }>('SALES_REP', 'query($id: ID!) { customer(id: $id) { version } }', {
      id: opened.id,
    });
    const deleted = await as<{ deleteCustomer: UserErrors }>(
      'SALES_DEPT_MANAGER',
      'mutation($input: DeleteCustomerInput!) { deleteCustomer(input: $input) { userErrors { code field message } } }',
      { input: { id: opened.id, version: current.customer.version, reason: '测试删除' } },
    );
    expect(deleted.deleteCustomer.userErrors).toEqual([]);
    expect(
      (await as<{ customer: null }>('SALES_REP', 'query($id: ID!) { customer(id: $id) { id } }', { id: opened.id })).customer,
    ).toBeNull();
    await as('SALES_DEPT_MANAGER', 'mutation($id: ID!) { restoreCustomer(input: { id: $id }) { userErrors { code } } }', { id: opened.id });
    expect(
      (await as<{ customer: { id: string } }>('SALES_REP', 'query($id: ID!) { customer(id: $id) { id } }', { id: opened.id })).customer.id,
    ).toBe(opened.id);
  });

  it('the daily churn detection agrees with the demo data and is safe to run twice', async () => {
    const RUN = 'mutation { runChurnDetection { changes { field } userErrors { code } } }';
    const first = await as<{ runChurnDetection: { changes: unknown[] } }>('SYSTEM', RUN);
    const second = await as<{ runChurnDetection: { changes: unknown[] } }>('SYSTEM', RUN);
    expect(first.runChurnDetection.changes).toEqual([]);
    expect(second.runChurnDetection.changes).toEqual([]);
  });

  it('visits due per owner and the BI counts, computed within each caller’s scope', async () => {
    const due = await as<{ visitsDue: { ownerId: string; overdue: boolean }[] }>(
      'SALES_DEPT_MANAGER',
      '{ visitsDue(filter: { withinDays: 400 }) { ownerId overdue dueOn } }',
    );
    expect(due.visitsDue.length).toBeGreaterThan(0);
    const COUNTS = '{ customerCounts(groupBy: [GRADE, LIFECYCLE_STAGE, TYPE, REGION]) { grade lifecycleStage type region count } }';
    const counts = await as<{ customerCounts: { count: number }[] }>('BI_READER', COUNTS);
    const total = await as<{ customers: { totalCount: number } }>('GM', '{ customers { totalCount } }');
    expect(counts.customerCounts.reduce((sum, c) => sum + c.count, 0)).toBe(total.customers.totalCount);
    // X-021 worked example 5: a rep's counts cover the rep's own customers only.
    const rep = await as<{ customerCounts: { count: number }[] }>('SALES_REP', COUNTS);
    const own = await as<{ customers: { totalCount: number } }>('SALES_REP', '{ customers { totalCount } }');
    expect(rep.customerCounts.reduce((sum, c) => sum + c.count, 0)).toBe(own.customers.totalCount);
    expect(own.customers.totalCount).toBeLessThan(total.customers.totalCount);
    expect(await stack.request(COUNTS, { token: tokens.FRONT_DESK })).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
  });

  it('CUS-032 a leaving rep’s customers move to the replacement in one operation, with a notice task each, and the rep loses access at once', async () => {
    const lina = await stack.tokenAs({ id: 's-lina', name: '李娜', roles: ['SALES_REP'], departmentId: 'd-sales-east' });
    expect((await stack.request('{ customers { totalCount } }', { token: lina })).errors).toBeUndefined();
    const before = await as<{ customers: { totalCount: number } }>('GM', '{ customers(filter: { ownerId: "s-lina" }) { totalCount } }');
    expect(before.customers.totalCount).toBeGreaterThan(10);
    const handover = await as<{ handOverDepartingStaff: { transfer: { state: string; customerCount: number } } & UserErrors }>(
      'CUSTOMER_DEPT_MANAGER',
      'mutation($input: HandOverDepartingStaffInput!) { handOverDepartingStaff(input: $input) { transfer { state customerCount } userErrors { code field message } } }',
      { input: { staffId: 's-lina', leftOn: '2026-11-30', toOwnerId: 's-zhangwei' } },
    );
    expect(handover.handOverDepartingStaff.transfer).toEqual({ state: 'DATA_HANDED_OVER', customerCount: before.customers.totalCount });
    const after = await as<{ customers: { totalCount: number } }>('GM', '{ customers(filter: { ownerId: "s-lina" }) { totalCount } }');
    expect(after.customers.totalCount).toBe(0);
    const notices = await as<{ customerTasks: { totalCount: number } }>(
      'SALES_REP',
      '{ customerTasks(filter: { assigneeId: "s-zhangwei", kinds: [CUSTOMER_NOTICE] }) { totalCount } }',
    );
    expect(notices.customerTasks.totalCount).toBe(before.customers.totalCount);
    // The gateway re-reads the departed staff right after the handover: the rep's token no longer opens anything.
    const refused = await stack.request('{ complaints { totalCount } }', { token: lina });
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringContaining('access revoked'),
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('imports a CSV after a dry run, then exports the whole filtered set once approved, as UTF-8 CSV with BOM', async () => {
    const csv = [
      'name,entityKind,type,region,ownerId,ownerDepartmentId',
      ...Array.from({ length: 3 }, (_, n) => `导入客户${n + 1},INDIVIDUAL,END_USER,导入区,s-zhangwei,d-sales-east`),
    ].join('\n');
    const IMPORT =
      'mutation($input: ImportCustomersInput!) { importCustomers(input: $input) { report { created applied failed } userErrors { code } } }';
    type Imported = { importCustomers: { report: { created: number; applied: boolean; failed: number } } };
    expect((await as<Imported>('INFO_SPECIALIST', IMPORT, { input: { csv, dryRun: true } })).importCustomers.report).toEqual({
      created: 3,
      applied: false,
      failed: 0,
    });
    expect((await as<Imported>('INFO_SPECIALIST', IMPORT, { input: { csv, dryRun: false } })).importCustomers.report).toEqual({
      created: 3,
      applied: true,
      failed: 0,
    });

    const requested = await as<{
      requestCustomerExport: { request: { id: string; rowCount: number; highestLevel: string; approvalId: string } } & UserErrors;
    }>(
      'SALES_DEPT_MANAGER',
      'mutation($input: RequestCustomerExportInput!) { requestCustomerExport(input: $input) { request { id rowCount highestLevel approvalId } userErrors { code field message } } }',
      { input: { purpose: '年度客户分析' } },
    );
    const request = requested.requestCustomerExport.request;
    expect(request.highestLevel).toBe('CONFIDENTIAL');
    expect(await approve('GM', request.approvalId)).toBe('APPROVED');
    // the export runs as a job; the mutation returns it at once and the file is polled for.
    const exported = await as<{ exportCustomers: { request: { id: string; jobState: string } } & UserErrors }>(
      'SALES_DEPT_MANAGER',
      'mutation($input: ExportCustomersInput!) { exportCustomers(input: $input) { request { id jobState } userErrors { code field message } } }',
      { input: { requestId: request.id } },
    );
    expect(['QUEUED', 'RUNNING']).toContain(exported.exportCustomers.request.jobState);
    type Polled = { customerExport: { jobState: string; file: { rowCount: number; contentBase64: string } | null } };
    let polled: Polled['customerExport'] | undefined;
    for (let i = 0; i < 500 && polled?.jobState !== 'DONE'; i += 1) {
      if (i) await new Promise((resolve) => setTimeout(resolve, 10));
      polled = (
        await as<Polled>('SALES_DEPT_MANAGER', 'query($id: ID!) { customerExport(id: $id) { jobState file { rowCount contentBase64 } } }', {
          id: request.id,
        })
      ).customerExport;
    }
    expect(polled?.jobState).toBe('DONE');
    const file = polled!.file!;
    expect(file.rowCount).toBe(request.rowCount);
    expect(file.rowCount).toBeGreaterThan(60);
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').trimEnd().split('\r\n')).toHaveLength(file.rowCount + 1);
  });

  it('a merged customer’s id keeps resolving to the survivor, also where another subgraph refers to it', async () => {
    const linked = demoCustomerId(6);
    const merged = await as<{ mergeCustomers: { survivor: { id: string; mergedIds: string[] } } & UserErrors }>(
      'INFO_SPECIALIST',
      'mutation($input: MergeCustomersInput!) { mergeCustomers(input: $input) { survivor { id mergedIds } userErrors { code field message } } }',
      { input: { survivorId: opened.id, mergedIds: [linked] } },
    );
    expect(merged.mergeCustomers.userErrors).toEqual([]);
    expect(merged.mergeCustomers.survivor).toEqual({ id: opened.id, mergedIds: [linked] });
    expect((await as<{ customer: { id: string } }>('GM', 'query($id: ID!) { customer(id: $id) { id } }', { id: linked })).customer.id).toBe(
      opened.id,
    );
    // The supplier subgraph re-points its link when the merge event reaches it (CUS-006); until then the gateway
    // resolves the merged id to the survivor's record. Either way the supplier shows the survivor.
    const supplierCustomer = async () => {
      const suppliers = await as<{
        suppliers: { edges: { node: { name: string; customer: { id: string; survivorId: string; name: string } | null } }[] };
      }>('GM', '{ suppliers(first: 50) { edges { node { name customer { id survivorId name } } } } }');
      return suppliers.suppliers.edges.map((e) => e.node).find((s) => s.name === '天津长城机械制造有限公司')!.customer;
    };
    expect(await supplierCustomer()).toMatchObject({ survivorId: opened.id, name: '上海华越商贸 有限公司' });
    for (let tries = 0; (await supplierCustomer())?.id !== opened.id && tries < 200; tries++) await new Promise((r) => setTimeout(r, 50));
    expect(await supplierCustomer()).toEqual({ id: opened.id, survivorId: opened.id, name: '上海华越商贸 有限公司' });
    const since = await as<{ customerMerges: { survivorId: string; mergedIds: string[] }[] }>(
      'GM',
      '{ customerMerges(since: "2000-01-01T00:00:00Z") { survivorId mergedIds } }',
    );
    expect(since.customerMerges).toEqual([{ survivorId: opened.id, mergedIds: [linked] }]);
  });

  it('no N+1: customer relations cost the same SQL for 50 customers as for 1', async () => {
    const LIST = `query($first: Int!) { customers(first: $first, orderBy: { field: CODE, direction: ASC }) { edges { node {
      id contacts { name } gradeHistory { grade } visitPlan { nextDueOn } treatment { priceTier } communications(first: 2) { subject } latestSurvey { score } pointsBalance
    } } } }`;
    const one = await stack.countSql(() => stack.request(LIST, { token: tokens.GM, variables: { first: 1 } }));
    const fifty = await stack.countSql(() => stack.request(LIST, { token: tokens.GM, variables: { first: 50 } }));
    expect(fifty.customer).toBe(one.customer);
  });
});
