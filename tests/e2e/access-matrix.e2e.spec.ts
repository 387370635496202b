import { DEMO_STAFF } from '@crm/platform';
import { startStack, Stack } from '../support/stack';

/**
 * Issue 4's role × operation matrix, through the gateway as a frontend calls it: for each role, which operations
 * succeed, which are FORBIDDEN, and which fields come back masked — cross-subgraph fields included (X-020, X-021, X-022, X-023, X-024, X-025, X-026) —
 * and who may filter on a masked value (its count would reveal it).
 */
type Outcome =
  'OK' | 'FORBIDDEN' | 'NONE' | 'SCOPED' | 'ALL' | 'FOUND' | 'NOT_FOUND' | 'CLEAR' | 'MASKED' | 'HIDDEN' | 'SAME' | 'DIFFERENT' | 'N/A';

type Operation =
  | 'list'
  | 'colleague'
  | 'classified'
  | 'phone'
  | 'creditRating'
  | 'complaints'
  | 'supplierBank'
  | 'receptions'
  | 'auditTrail'
  | 'aggregate'
  | 'usccFilter'
  | 'duplicates'
  | 'create';

/** The expected outcome per role; rows follow the default role table in the README. */
// One row per role, as the README's role table: kept on one line each so the matrix reads as a table.
// prettier-ignore
const MATRIX: Record<string, Record<Operation, Outcome>> = {
  SALES_REP: { list: 'SCOPED', colleague: 'NOT_FOUND', classified: 'NOT_FOUND', phone: 'CLEAR', creditRating: 'HIDDEN', complaints: 'OK', supplierBank: 'FORBIDDEN', receptions: 'OK', auditTrail: 'FORBIDDEN', aggregate: 'OK', usccFilter: 'OK', duplicates: 'SAME', create: 'OK' },
  SALES_DEPT_MANAGER: { list: 'SCOPED', colleague: 'FOUND', classified: 'NOT_FOUND', phone: 'CLEAR', creditRating: 'CLEAR', complaints: 'OK', supplierBank: 'FORBIDDEN', receptions: 'OK', auditTrail: 'FORBIDDEN', aggregate: 'OK', usccFilter: 'OK', duplicates: 'SAME', create: 'OK' },
  SALES_DIRECTOR: { list: 'SCOPED', colleague: 'FOUND', classified: 'NOT_FOUND', phone: 'CLEAR', creditRating: 'HIDDEN', complaints: 'OK', supplierBank: 'FORBIDDEN', receptions: 'OK', auditTrail: 'FORBIDDEN', aggregate: 'OK', usccFilter: 'OK', duplicates: 'SAME', create: 'OK' },
  VP: { list: 'ALL', colleague: 'FOUND', classified: 'NOT_FOUND', phone: 'CLEAR', creditRating: 'CLEAR', complaints: 'OK', supplierBank: 'CLEAR', receptions: 'OK', auditTrail: 'FORBIDDEN', aggregate: 'OK', usccFilter: 'OK', duplicates: 'SAME', create: 'OK' },
  GM: { list: 'ALL', colleague: 'FOUND', classified: 'FOUND', phone: 'CLEAR', creditRating: 'CLEAR', complaints: 'OK', supplierBank: 'CLEAR', receptions: 'OK', auditTrail: 'OK', aggregate: 'OK', usccFilter: 'OK', duplicates: 'SAME', create: 'OK' },
  CREDIT_CONTROLLER: { list: 'ALL', colleague: 'FOUND', classified: 'NOT_FOUND', phone: 'MASKED', creditRating: 'CLEAR', complaints: 'FORBIDDEN', supplierBank: 'FORBIDDEN', receptions: 'FORBIDDEN', auditTrail: 'FORBIDDEN', aggregate: 'FORBIDDEN', usccFilter: 'OK', duplicates: 'SAME', create: 'FORBIDDEN' },
  FINANCE: { list: 'ALL', colleague: 'FOUND', classified: 'NOT_FOUND', phone: 'MASKED', creditRating: 'CLEAR', complaints: 'FORBIDDEN', supplierBank: 'CLEAR', receptions: 'OK', auditTrail: 'FORBIDDEN', aggregate: 'FORBIDDEN', usccFilter: 'OK', duplicates: 'SAME', create: 'FORBIDDEN' },
  CS_AGENT: { list: 'NONE', colleague: 'NOT_FOUND', classified: 'NOT_FOUND', phone: 'N/A', creditRating: 'N/A', complaints: 'OK', supplierBank: 'FORBIDDEN', receptions: 'FORBIDDEN', auditTrail: 'FORBIDDEN', aggregate: 'FORBIDDEN', usccFilter: 'FORBIDDEN', duplicates: 'MASKED', create: 'FORBIDDEN' },
  QUALITY: { list: 'NONE', colleague: 'NOT_FOUND', classified: 'NOT_FOUND', phone: 'N/A', creditRating: 'N/A', complaints: 'OK', supplierBank: 'FORBIDDEN', receptions: 'FORBIDDEN', auditTrail: 'FORBIDDEN', aggregate: 'FORBIDDEN', usccFilter: 'FORBIDDEN', duplicates: 'MASKED', create: 'FORBIDDEN' },
  PROCUREMENT_UNIT: { list: 'FORBIDDEN', colleague: 'FORBIDDEN', classified: 'FORBIDDEN', phone: 'N/A', creditRating: 'N/A', complaints: 'FORBIDDEN', supplierBank: 'CLEAR', receptions: 'FORBIDDEN', auditTrail: 'FORBIDDEN', aggregate: 'FORBIDDEN', usccFilter: 'FORBIDDEN', duplicates: 'FORBIDDEN', create: 'FORBIDDEN' },
  RISK_CONTROL: { list: 'ALL', colleague: 'FOUND', classified: 'NOT_FOUND', phone: 'MASKED', creditRating: 'CLEAR', complaints: 'FORBIDDEN', supplierBank: 'CLEAR', receptions: 'FORBIDDEN', auditTrail: 'FORBIDDEN', aggregate: 'FORBIDDEN', usccFilter: 'OK', duplicates: 'SAME', create: 'FORBIDDEN' },
  FRONT_DESK: { list: 'FORBIDDEN', colleague: 'FORBIDDEN', classified: 'FORBIDDEN', phone: 'N/A', creditRating: 'N/A', complaints: 'FORBIDDEN', supplierBank: 'FORBIDDEN', receptions: 'OK', auditTrail: 'FORBIDDEN', aggregate: 'FORBIDDEN', usccFilter: 'FORBIDDEN', duplicates: 'FORBIDDEN', create: 'FORBIDDEN' },
  AUDIT: { list: 'ALL', colleague: 'FOUND', classified: 'NOT_FOUND', phone: 'CLEAR', creditRating: 'CLEAR', complaints: 'OK', supplierBank: 'CLEAR', receptions: 'OK', auditTrail: 'OK', aggregate: 'OK', usccFilter: 'OK', duplicates: 'SAME', create: 'FORBIDDEN' },
  SYSTEM_ADMIN: { list: 'FORBIDDEN', colleague: 'FORBIDDEN', classified: 'FORBIDDEN', phone: 'N/A', creditRating: 'N/A', complaints: 'FORBIDDEN', supplierBank: 'FORBIDDEN', receptions: 'FORBIDDEN', auditTrail: 'OK', aggregate: 'FORBIDDEN', usccFilter: 'FORBIDDEN', duplicates: 'FORBIDDEN', create: 'FORBIDDEN' },
  BI_READER: { list: 'FORBIDDEN', colleague: 'FORBIDDEN', classified: 'FORBIDDEN', phone: 'N/A', creditRating: 'N/A', complaints: 'FORBIDDEN', supplierBank: 'FORBIDDEN', receptions: 'FORBIDDEN', auditTrail: 'FORBIDDEN', aggregate: 'OK', usccFilter: 'FORBIDDEN', duplicates: 'FORBIDDEN', create: 'FORBIDDEN' },
};

/**
 * Who acts in each role: the demo sales staff for the sales roles (their customers are the demo data's), otherwise a
 * staff member of the role's department who owns, handles or keeps no demo record, so only the role's grants count.
 */
const SALES_ACTORS: Record<string, string> = { SALES_REP: 's-zhangwei', SALES_DEPT_MANAGER: 's-yangmin', SALES_DIRECTOR: 's-luoping' };
const DEPARTMENT_OF: Record<string, string> = {
  CS_AGENT: 'd-cs',
  QUALITY: 'd-quality',
  PROCUREMENT_UNIT: 'd-procurement',
  FINANCE: 'd-finance',
  RISK_CONTROL: 'd-risk',
  FRONT_DESK: 'd-admin',
  AUDIT: 'd-audit',
};
function actorFor(role: string) {
  const demo = SALES_ACTORS[role] && DEMO_STAFF.find((s) => s.id === SALES_ACTORS[role]);
  return demo || { id: `m-${role.toLowerCase()}`, name: role, roles: [role], departmentId: DEPARTMENT_OF[role] ?? 'd-hq' };
}

type Result = { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
const forbidden = (r: Result) => r.errors?.some((e) => e.extensions?.code === 'FORBIDDEN') ?? false;

describe('X-020, X-021, X-022, X-023, X-024, X-025, X-026 role × operation matrix through the gateway', () => {
  let stack: Stack;
  let gm: string;
  let zhangs: { id: string; phone: string; usccCode: string };
  let linas: { id: string; name: string };
  let classifiedOfLina: string;
  beforeAll(async () => {
    stack = await startStack();
    gm = await stack.tokenFor('GM');
    const all = await stack.request<{
      customers: {
        totalCount: number;
        edges: {
          node: {
            id: string;
            name: string;
            phone: string | null;
            usccCode: string | null;
            ownerId: string | null;
            confidentiality: string;
            credit: { grade: string | null } | null;
          };
        }[];
      };
    }>('{ customers(first: 100) { totalCount edges { node { id name phone usccCode ownerId confidentiality credit { grade } } } } }', {
      token: gm,
    });
    // Ordinary (SECRET) files for the scope columns; a colleague's CONFIDENTIAL file for the CUS-042 column.
    classifiedOfLina = all.data!.customers.edges.find((e) => e.node.ownerId === 's-lina' && e.node.confidentiality === 'CONFIDENTIAL')!.node
      .id;
    const nodes = all.data!.customers.edges.map((e) => e.node).filter((c) => c.confidentiality === 'SECRET');
    const own = nodes.find((c) => c.ownerId === 's-zhangwei' && c.phone && c.usccCode && c.credit?.grade)!;
    zhangs = { id: own.id, phone: own.phone!, usccCode: own.usccCode! };
    linas = nodes.find((c) => c.ownerId === 's-lina')!;
    // A customer of the head office, outside every sales department: the sales managers' scope is then a part.
    await stack.request(
      'mutation { createCustomer(input: { name: "总部直管客户有限公司", entityKind: COMPANY, type: GOVERNMENT }) { customer { id } } }',
      { token: gm },
    );
  });
  afterAll(() => stack?.stop());

  /** All ordinary (SECRET) customers, as the GM counts them now (the matrix's own creates add some). */
  async function customerTotal(): Promise<number> {
    return (
      await stack.request<{ customers: { totalCount: number } }>(
        '{ customers(first: 1, filter: { confidentiality: [SECRET] }) { totalCount } }',
        { token: gm },
      )
    ).data!.customers.totalCount;
  }

  async function outcomes(role: string): Promise<Record<Operation, Outcome>> {
    const token = await stack.tokenAs(actorFor(role));
    const ask = (query: string, variables?: Record<string, unknown>) => stack.request(query, { token, variables }) as Promise<Result>;
    const out = {} as Record<Operation, Outcome>;
    const total = await customerTotal();

    const list = await ask('{ customers(first: 1, filter: { confidentiality: [SECRET] }) { totalCount } }');
    const count = (list.data?.customers as { totalCount: number } | undefined)?.totalCount ?? 0;
    out.list = forbidden(list) ? 'FORBIDDEN' : count === 0 ? 'NONE' : count === total ? 'ALL' : 'SCOPED';

    const colleague = await ask('query($id: ID!) { customer(id: $id) { id } }', { id: linas.id });
    out.colleague = forbidden(colleague) ? 'FORBIDDEN' : colleague.data?.customer ? 'FOUND' : 'NOT_FOUND';

    // CUS-042: a colleague's CONFIDENTIAL file opens only to the classified-file readers (or with a grant, X-032).
    const classified = await ask('query($id: ID!) { customer(id: $id) { id } }', { id: classifiedOfLina });
    out.classified = forbidden(classified) ? 'FORBIDDEN' : classified.data?.customer ? 'FOUND' : 'NOT_FOUND';

    const own = await ask('query($id: ID!) { customer(id: $id) { phone usccCode credit { grade paymentTermDays } } }', { id: zhangs.id });
    const customer = own.data?.customer as
      | { phone: string | null; usccCode: string | null; credit: { grade: string | null; paymentTermDays: number | null } | null }
      | null
      | undefined;
    out.phone = !customer
      ? 'N/A'
      : customer.phone === zhangs.phone
        ? 'CLEAR'
        : customer.phone && /\*{3,}/.test(customer.phone)
          ? 'MASKED'
          : 'HIDDEN';
    out.creditRating = !customer || !customer.credit ? 'N/A' : customer.credit.grade ? 'CLEAR' : 'HIDDEN';

    const complaints = await ask('{ complaints(first: 1) { totalCount } }');
    out.complaints = forbidden(complaints) ? 'FORBIDDEN' : 'OK';

    const suppliers = await ask('{ suppliers(first: 5) { edges { node { bankAccount { accountNo } } } } }');
    const accounts = (
      (suppliers.data?.suppliers as { edges: { node: { bankAccount: { accountNo: string } | null } }[] } | undefined)?.edges ?? []
    )
      .map((e) => e.node.bankAccount?.accountNo)
      .filter((a): a is string => Boolean(a));
    out.supplierBank = forbidden(suppliers)
      ? 'FORBIDDEN'
      : accounts.length === 0
        ? 'NONE'
        : accounts.every((a) => a.startsWith('*'))
          ? 'MASKED'
          : 'CLEAR';

    out.receptions = forbidden(await ask('{ receptions(first: 1) { totalCount } }')) ? 'FORBIDDEN' : 'OK';
    out.auditTrail = forbidden(await ask('{ customerAuditTrail(first: 1) { totalCount } }')) ? 'FORBIDDEN' : 'OK';
    out.aggregate = forbidden(await ask('{ customerCounts(groupBy: [GRADE]) { count } }')) ? 'FORBIDDEN' : 'OK';

    // A filter on a masked value would confirm a guess through the count: it needs the field permission.
    out.usccFilter = forbidden(
      await ask('query($code: String) { customers(filter: { usccCode: $code }) { totalCount } }', { code: '91330100MA27XKR7C0' }),
    )
      ? 'FORBIDDEN'
      : 'OK';

    // the duplicate check shows a customer's phone and USCC as customer(id) does for the same caller, and
    // masked when the customer is outside the caller's scope.
    const duplicates = await ask(
      'query($input: CustomerDuplicateCheckInput!) { customerDuplicates(input: $input) { customerId phone usccCode } }',
      {
        input: { phone: zhangs.phone, usccCode: zhangs.usccCode },
      },
    );
    const hit = (
      duplicates.data?.customerDuplicates as { customerId: string; phone: string | null; usccCode: string | null }[] | undefined
    )?.find((d) => d.customerId === zhangs.id);
    const hidden = (value: string | null | undefined) => !value || value.includes('*');
    out.duplicates =
      forbidden(duplicates) || !hit
        ? 'FORBIDDEN'
        : customer
          ? hit.phone === customer.phone && hit.usccCode === customer.usccCode
            ? 'SAME'
            : 'DIFFERENT'
          : hidden(hit.phone) && hidden(hit.usccCode)
            ? 'MASKED'
            : 'CLEAR';

    const created = await ask(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }',
      {
        input: { name: `矩阵测试${role}有限公司`, entityKind: 'COMPANY', type: 'DEALER' },
      },
    );
    out.create = forbidden(created) ? 'FORBIDDEN' : 'OK';
    return out;
  }

  it.each(Object.keys(MATRIX))('%s sees and may do what the role table grants, and no more', async (role) => {
    expect(await outcomes(role)).toEqual(MATRIX[role]);
  });

  it('X-021 a sales rep cannot reach a colleague’s customer through an entity reference either', async () => {
    const token = await stack.tokenFor('SALES_REP');
    const registered = await stack.request<{ registerComplaint: { complaint: { id: string } | null; userErrors: unknown[] } }>(
      'mutation($input: RegisterComplaintInput!) { registerComplaint(input: $input) { complaint { id } userErrors { code field } } }',
      {
        token,
        variables: {
          input: {
            customerId: linas.id,
            channel: 'WRITTEN',
            targetType: 'SERVICE',
            targetRef: '配送服务',
            narrative: '送货延误',
            receivedAt: new Date().toISOString(),
            complainants: [{ name: '王建国', phone: '13912345678' }],
          },
        },
      },
    );
    expect(registered.data!.registerComplaint.userErrors).toEqual([]);
    const complaintId = registered.data!.registerComplaint.complaint!.id;
    const viaReference = await stack.request('query($id: ID!) { complaint(id: $id) { id customer { id name phone } } }', {
      token,
      variables: { id: complaintId },
    });
    expect(JSON.stringify(viaReference.data ?? null)).not.toContain(linas.name);
  });

  it.each(['SECTION_CHIEF', 'SALES_REP'])('X-021/X-026 aggregates count only the caller’s scope (worked example 5): %s', async (role) => {
    const token = await stack.tokenFor(role);
    // Compared on ordinary files: a count within the scope includes classified files the list does not open (CUS-042).
    const counts = await stack.request<{ customerCounts: { count: number }[] }>(
      '{ customerCounts(groupBy: [GRADE], filter: { confidentiality: [SECRET] }) { count } }',
      { token },
    );
    const listed = await stack.request<{ customers: { totalCount: number } }>(
      '{ customers(first: 1, filter: { confidentiality: [SECRET] }) { totalCount } }',
      { token },
    );
    const counted = counts.data!.customerCounts.reduce((sum, c) => sum + c.count, 0);
    expect(counted).toBe(listed.data!.customers.totalCount);
    expect(counted).toBeLessThan(await customerTotal());
    expect(counted).toBeGreaterThan(0);
  });
});
