import { randomUUID } from 'node:crypto';
import { addCalendarDays, businessDate, Caller } from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start } from '../src';
import { creditPolicyProblems, CreditPolicy, DEFAULT_CREDIT_POLICY } from '../src/shared/credit-policy';
import { addCalendarMonths } from '@crm/platform';
import { gradingInputsOf, gradingPeriodViolation } from '../src/modules/receivables/grading-inputs.rules';
import { ReceivableEntity } from '../src/modules/receivables/entities/receivable.entity';
import type { ReceivableState } from '../src/generated/resolvers-types';

/** CUS-043: the grading inputs the customer subgraph takes from credit, as of the period's cut-off. */
const zhang: Caller = {
  id: 's-zhangwei',
  name: '张伟',
  roles: ['SALES_REP'],
  departmentId: 'd-sales-east',
  departmentTree: ['d-sales-east'],
};
const li: Caller = { id: 's-lina', name: '李娜', roles: ['SALES_REP'], departmentId: 'd-sales-east', departmentTree: ['d-sales-east'] };
const eastChief: Caller = {
  id: 's-east-chief',
  name: '周科长',
  roles: ['SECTION_CHIEF'],
  departmentId: 'd-sales-east',
  departmentTree: ['d-sales-east'],
};
const southChief: Caller = {
  id: 's-south-chief',
  name: '吴科长',
  roles: ['SECTION_CHIEF'],
  departmentId: 'd-sales-south',
  departmentTree: ['d-sales-south'],
};
const salesManager: Caller = {
  id: 's-yangmin',
  name: '杨敏',
  roles: ['SALES_DEPT_MANAGER'],
  departmentId: 'd-sales',
  departmentTree: ['d-sales', 'd-sales-east', 'd-sales-south', 'd-sales-north'],
};
const finance: Caller = { id: 's-xujun', name: '徐军', roles: ['FINANCE'], departmentId: 'd-finance' };
const bi: Caller = { id: 's-bi', name: 'BI 报表', roles: ['BI_READER'], departmentId: 'd-hq' };

const FIELDS = 'periodFrom periodTo asOf contractAmount maxDaysPastDue inArrears arrearsToleranceDays yearEndReceivable';
const INPUTS = `query($r: [_Any!]!, $from: Date!, $to: Date!) { _entities(representations: $r) {
  ... on Customer { id creditGradingInputs(periodFrom: $from, periodTo: $to) { ${FIELDS} } } } }`;
const RECORD = 'mutation($input: RecordReceivableInput!) { recordReceivable(input: $input) { receivable { id } userErrors { code } } }';

type Inputs = Record<string, unknown> | null;
type Entities = { _entities: { id: string; creditGradingInputs: Inputs }[] };

const YEAR_2025 = { from: '2025-01-01', to: '2025-12-31' };

describe('CUS-043 grading inputs from the credit subgraph', () => {
  let svc: TestSubgraph;
  const today = businessDate(new Date(), 'Asia/Shanghai');
  /** 张伟's customer: the receivables of the worked figures below. */
  const zhangsCustomer = randomUUID();
  /** 李娜's customer: a large overdue debt that must not leak into 张伟's customer's figures. */
  const lisCustomer = randomUUID();
  const customer = (id: string, owner: Caller) => ({
    __typename: 'Customer',
    id,
    ownerId: owner.id,
    ownerDepartmentId: owner.departmentId,
  });
  let invoiceNo = 0;

  /** Records an invoice as the feed does; the returned function then records its payment as of a given instant. */
  const invoice = async (customerId: string, amount: string, invoiceDate: string, termDays: number) => {
    invoiceNo += 1;
    const result = await svc.query<{ recordReceivable: { receivable: { id: string } | null; userErrors: unknown[] } }>(finance, RECORD, {
      input: { invoiceRef: `FP-GR-${invoiceNo}`, customerId, departmentId: 'd-sales-east', amount, invoiceDate, termDays },
    });
    expect(result.data!.recordReceivable.userErrors).toEqual([]);
    return result.data!.recordReceivable.receivable!.id;
  };
  /** The receivable's paid amount and state as last recorded at `recordedAt` (payments come later, CRD-029). */
  const recorded = (id: string, recordedAt: string, change: { paidAmount?: string; state?: ReceivableState } = {}) =>
    svc.dataSource.getRepository(ReceivableEntity).update({ id }, { ...change, updatedAt: new Date(recordedAt) });

  const inputsOf = async (caller: Caller, representation: Record<string, unknown>, period = YEAR_2025) => {
    const result = await svc.query<Entities>(caller, INPUTS, { r: [representation], ...period });
    expect(result.errors).toBeUndefined();
    return result.data!._entities[0].creditGradingInputs;
  };

  beforeAll(async () => {
    svc = await startTestSubgraph('credit', loadConfig, start);
    // On time: due 2025-03-03, paid in full 2025-02-20.
    await recorded(await invoice(zhangsCustomer, '1000000.00', '2025-02-01', 30), '2025-02-20T02:00:00Z', {
      paidAmount: '1000000.00',
      state: 'SETTLED',
    });
    // Paid late: due 2025-06-24, paid 2025-06-27 → 3 days.
    await recorded(await invoice(zhangsCustomer, '2500000.00', '2025-05-10', 45), '2025-06-27T02:00:00Z', {
      paidAmount: '2500000.00',
      state: 'SETTLED',
    });
    // Partly paid, not yet due at the cut-off: due 2026-01-14, 300,000 paid 2025-12-01 → 500,000 owed.
    await recorded(await invoice(zhangsCustomer, '800000.00', '2025-11-15', 60), '2025-12-01T02:00:00Z', {
      paidAmount: '300000.00',
      state: 'CURRENT',
    });
    // Unpaid: due 2025-10-31 → 61 days past due on 2025-12-31.
    await recorded(await invoice(zhangsCustomer, '400000.00', '2025-10-01', 30), '2025-10-01T02:00:00Z', { state: 'CURRENT' });
    // Invoiced before the period, due 2024-12-20, paid 2025-01-10 within it → 21 days late.
    await recorded(await invoice(zhangsCustomer, '600000.00', '2024-11-20', 30), '2025-01-10T02:00:00Z', {
      paidAmount: '600000.00',
      state: 'SETTLED',
    });
    // Invoiced after the period: not in 2025's figures.
    await recorded(await invoice(zhangsCustomer, '700000.00', '2026-01-05', 30), '2026-01-05T02:00:00Z', { state: 'CURRENT' });
    // Due 2025-12-20, paid in full but recorded 2026-01-01 00:30 in Shanghai (16:30 UTC the day before): unpaid at the cut-off, 11 days.
    await recorded(await invoice(zhangsCustomer, '300000.00', '2025-12-10', 10), '2025-12-31T16:30:00Z', {
      paidAmount: '300000.00',
      state: 'SETTLED',
    });
    // Another customer's overdue debt.
    await recorded(await invoice(lisCustomer, '5000000.00', '2025-01-15', 30), '2025-01-15T02:00:00Z', { state: 'CURRENT' });
  });
  afterAll(() => svc.stop());

  it('CUS-013/CUS-014 hand-computed figures of 2025: on-time, late-paid, unpaid, outside the period and another customer’s receivables', async () => {
    expect(await inputsOf(finance, customer(zhangsCustomer, zhang))).toEqual({
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
      asOf: '2025-12-31',
      // 1,000,000 + 2,500,000 + 800,000 + 400,000 + 300,000 invoiced in 2025; the 2024 and 2026 invoices are not.
      contractAmount: '5000000.00',
      // 61 days of the unpaid invoice due 2025-10-31 (the others: 0, 3, 0, 21, 11).
      maxDaysPastDue: 61,
      inArrears: true,
      arrearsToleranceDays: 0,
      // 500,000 partly paid + 400,000 unpaid + 300,000 paid only after the cut-off.
      yearEndReceivable: '1200000.00',
    });
    expect(await inputsOf(finance, customer(lisCustomer, li))).toMatchObject({
      contractAmount: '5000000.00',
      yearEndReceivable: '5000000.00',
      maxDaysPastDue: 320,
    });
  });

  it('CUS-043 the cut-off decides: as of 2025-06-30 the later invoices did not exist and the June payment was made', async () => {
    expect(await inputsOf(finance, customer(zhangsCustomer, zhang), { from: '2025-01-01', to: '2025-06-30' })).toEqual({
      periodFrom: '2025-01-01',
      periodTo: '2025-06-30',
      asOf: '2025-06-30',
      contractAmount: '3500000.00',
      maxDaysPastDue: 21,
      inArrears: true,
      arrearsToleranceDays: 0,
      yearEndReceivable: '0.00',
    });
    // As of 2025-06-25 the invoice due 06-24 was still unpaid: 2,500,000 owed, 1 day past due.
    expect(await inputsOf(finance, customer(zhangsCustomer, zhang), { from: '2025-03-01', to: '2025-06-25' })).toMatchObject({
      contractAmount: '2500000.00',
      yearEndReceivable: '2500000.00',
      maxDaysPastDue: 1,
    });
  });

  it('CUS-013 12,000,000 all paid on time is not in arrears; with one invoice paid 3 days after its due date it is (worked example 2)', async () => {
    const onTime = randomUUID();
    const late = randomUUID();
    for (const customerId of [onTime, late]) {
      await recorded(await invoice(customerId, '9000000.00', '2025-03-01', 30), '2025-03-20T02:00:00Z', {
        paidAmount: '9000000.00',
        state: 'SETTLED',
      });
    }
    await recorded(await invoice(onTime, '3000000.00', '2025-08-01', 30), '2025-08-31T02:00:00Z', {
      paidAmount: '3000000.00',
      state: 'SETTLED',
    });
    // Due 2025-08-31, paid 2025-09-03.
    await recorded(await invoice(late, '3000000.00', '2025-08-01', 30), '2025-09-03T02:00:00Z', {
      paidAmount: '3000000.00',
      state: 'SETTLED',
    });
    expect(await inputsOf(finance, customer(onTime, zhang))).toMatchObject({
      contractAmount: '12000000.00',
      maxDaysPastDue: 0,
      inArrears: false,
      yearEndReceivable: '0.00',
    });
    expect(await inputsOf(finance, customer(late, zhang))).toMatchObject({
      contractAmount: '12000000.00',
      maxDaysPastDue: 3,
      inArrears: true,
      yearEndReceivable: '0.00',
    });
  });

  it('CUS-014 year-end receivables count bad debts and debts written off after the cut-off, not those written off before', async () => {
    const customerId = randomUUID();
    // An old debt due 2024-08-01: bad debt, 10,000 paid in 2024.
    await recorded(await invoice(customerId, '100000.00', '2024-07-02', 30), '2024-09-01T02:00:00Z', {
      paidAmount: '10000.00',
      state: 'BAD_DEBT',
    });
    // Written off 2025-06-30: no longer owed at the year end, 30 days past due when written off.
    await recorded(await invoice(customerId, '50000.00', '2025-05-01', 30), '2025-06-30T02:00:00Z', { state: 'WRITTEN_OFF' });
    // Written off only in 2026: still owed at the 2025 cut-off (due 2025-11-30).
    await recorded(await invoice(customerId, '20000.00', '2025-10-31', 30), '2026-02-01T02:00:00Z', { state: 'WRITTEN_OFF' });
    expect(await inputsOf(finance, customer(customerId, zhang))).toMatchObject({
      contractAmount: '70000.00',
      yearEndReceivable: '110000.00',
      // The 2024 bad debt, still unpaid: 2025-12-31 − 2024-08-01.
      maxDaysPastDue: 517,
      inArrears: true,
    });
  });

  it('CUS-043 a period still running is taken as of today, and a customer without receivables has zero figures', async () => {
    const customerId = randomUUID();
    await invoice(customerId, '1234.56', addCalendarDays(today, -5), 0);
    const period = { from: addCalendarDays(today, -10), to: addCalendarDays(today, 100) };
    expect(await inputsOf(finance, customer(customerId, zhang), period)).toMatchObject({
      asOf: today,
      contractAmount: '1234.56',
      yearEndReceivable: '1234.56',
      maxDaysPastDue: 5,
    });
    expect(await inputsOf(finance, customer(randomUUID(), zhang))).toMatchObject({
      contractAmount: '0.00',
      yearEndReceivable: '0.00',
      maxDaysPastDue: 0,
      inArrears: false,
    });
  });

  it('X-024 amounts are masked for a section chief and a sales rep without credit.rating:READ; the days past due are not', async () => {
    const masked = { contractAmount: null, yearEndReceivable: null, maxDaysPastDue: 61, inArrears: true, asOf: '2025-12-31' };
    expect(await inputsOf(eastChief, customer(zhangsCustomer, zhang))).toMatchObject(masked);
    expect(await inputsOf(zhang, customer(zhangsCustomer, zhang))).toMatchObject(masked);
    expect(await inputsOf(salesManager, customer(zhangsCustomer, zhang))).toMatchObject({
      contractAmount: '5000000.00',
      yearEndReceivable: '1200000.00',
      maxDaysPastDue: 61,
    });
  });

  it('X-021 the inputs follow the customer’s owner: a rep sees an own customer, not a colleague’s; a chief sees the office’s only', async () => {
    expect(await inputsOf(zhang, customer(zhangsCustomer, zhang))).not.toBeNull();
    expect(await inputsOf(zhang, customer(lisCustomer, li))).toBeNull();
    expect(await inputsOf(li, customer(zhangsCustomer, zhang))).toBeNull();
    expect(await inputsOf(eastChief, customer(lisCustomer, li))).toMatchObject({ maxDaysPastDue: 320 });
    expect(await inputsOf(southChief, customer(zhangsCustomer, zhang))).toBeNull();
    const refused = await svc.query(bi, INPUTS, { r: [customer(zhangsCustomer, zhang)], ...YEAR_2025 });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('CUS-043 a period ending before it starts, not begun yet or longer than 24 months is refused with BAD_USER_INPUT', async () => {
    const refusal = async (from: string, to: string) => {
      const result = await svc.query<Entities>(
        finance,
        INPUTS,
        { r: [customer(zhangsCustomer, zhang)], from, to },
        { 'accept-language': 'en' },
      );
      return {
        code: result.errors?.[0].extensions?.code,
        field: result.errors?.[0].extensions?.field,
        inputs: result.data?._entities[0].creditGradingInputs ?? null,
      };
    };
    expect(await refusal('2025-12-31', '2025-01-01')).toEqual({ code: 'BAD_USER_INPUT', field: 'periodTo', inputs: null });
    expect(await refusal(addCalendarDays(today, 1), addCalendarDays(today, 30))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'periodFrom',
      inputs: null,
    });
    expect(await refusal('2024-01-01', '2026-01-01')).toEqual({ code: 'BAD_USER_INPUT', field: 'periodTo', inputs: null });
    expect(await refusal('2024-01-01', '2025-12-31')).toMatchObject({ code: undefined, inputs: { asOf: '2025-12-31' } });
  });

  it('CUS-043 reading the inputs of 10 customers costs the SQL statements of 1', async () => {
    const customers = [zhangsCustomer, ...Array.from({ length: 9 }, () => randomUUID())];
    for (const [i, customerId] of customers.slice(1).entries()) await invoice(customerId, `${i + 1}000.00`, '2025-04-01', 30);
    const lookup = async (ids: string[]) => {
      svc.sqlCounter.reset();
      const result = await svc.query<Entities>(finance, INPUTS, { r: ids.map((id) => customer(id, zhang)), ...YEAR_2025 });
      expect(result.errors).toBeUndefined();
      return { inputs: result.data!._entities.map((e) => e.creditGradingInputs), statements: svc.sqlCounter.count };
    };
    const one = await lookup(customers.slice(0, 1));
    const ten = await lookup(customers);
    expect(ten.inputs.map((i) => i?.contractAmount)).toEqual(['5000000.00', ...Array.from({ length: 9 }, (_, i) => `${i + 1}000.00`)]);
    expect(one.statements).toBe(1);
    expect(ten.statements).toBe(one.statements);
  });
});

describe('CUS-043 grading inputs rules (pure)', () => {
  const policy = DEFAULT_CREDIT_POLICY;
  const period = { periodFrom: '2025-01-01', periodTo: '2025-12-31' };

  it('CUS-013 in arrears only beyond the tolerance, which is configuration with the customer policy’s default of 0 days', () => {
    const figures = { contractCents: 100n, receivableCents: 0n, maxDaysPastDue: 3 };
    expect(gradingInputsOf(figures, period, '2025-12-31', policy)).toMatchObject({
      inArrears: true,
      arrearsToleranceDays: 0,
      contractAmount: '1.00',
    });
    const tolerant: CreditPolicy = { ...policy, grading: { ...policy.grading, arrearsToleranceDays: 3 } };
    expect(gradingInputsOf(figures, period, '2025-12-31', tolerant)).toMatchObject({ inArrears: false, arrearsToleranceDays: 3 });
    expect(gradingInputsOf({ ...figures, maxDaysPastDue: 4 }, period, '2025-12-31', tolerant).inArrears).toBe(true);
  });

  it('CUS-043 the longest period is configuration: 24 months by default, counted in calendar months', () => {
    expect(addCalendarMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addCalendarMonths('2025-11-15', 24)).toBe('2027-11-15');
    expect(gradingPeriodViolation({ periodFrom: '2024-03-01', periodTo: '2026-02-28' }, '2026-06-01', policy)).toBeNull();
    expect(gradingPeriodViolation({ periodFrom: '2024-03-01', periodTo: '2026-03-01' }, '2026-06-01', policy)?.code).toBe(
      'PERIOD_TOO_LONG',
    );
    const yearly: CreditPolicy = { ...policy, grading: { ...policy.grading, maxPeriodMonths: 12 } };
    expect(gradingPeriodViolation({ periodFrom: '2025-01-01', periodTo: '2026-01-01' }, '2026-06-01', yearly)?.code).toBe(
      'PERIOD_TOO_LONG',
    );
    expect(gradingPeriodViolation({ periodFrom: '2025-01-01', periodTo: '2025-12-31' }, '2026-06-01', yearly)).toBeNull();
  });

  it('refuses a grading tolerance or period bound the rules cannot use', () => {
    const broken: CreditPolicy = { ...policy, grading: { arrearsToleranceDays: -1, maxPeriodMonths: 0 } };
    expect(creditPolicyProblems(broken)).toEqual([
      'grading.arrearsToleranceDays must be a whole number ≥ 0',
      'grading.maxPeriodMonths must be a whole number ≥ 1',
    ]);
  });
});
