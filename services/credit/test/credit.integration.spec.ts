import { randomUUID } from 'node:crypto';
import { addCalendarDays, businessDate, Caller } from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start } from '../src';
import { ReceivableEntity } from '../src/modules/receivables/entities/receivable.entity';
import { approveAll } from './support/limit-approvals';

const risk: Caller = { id: 's-hulin', name: '胡林', roles: ['RISK_CONTROL'], departmentId: 'd-risk' };
const finance: Caller = { id: 's-xujun', name: '徐军', roles: ['FINANCE'], departmentId: 'd-finance' };
/**
 * Profiles and limits are the credit team's (CRD-001): risk control reads them, the credit controller writes profiles,
 * finance requests limit changes (approved by the CREDIT_LIMIT chain, CRD-017).
 */
const controller: Caller = { id: 's-huangqiang', name: '黄强', roles: ['CREDIT_CONTROLLER'], departmentId: 'd-hq' };

const PROFILE_FIELDS =
  'customerId grade notch paymentTermDays onHold amlLevel admissionState admittedOn subjectType version limit exposure availableCredit';
const OPEN = `mutation($input: OpenCreditProfileInput!) { openCreditProfile(input: $input) { creditProfile { ${PROFILE_FIELDS} } userErrors { code field message } } }`;
const UPDATE = `mutation($input: UpdateCreditProfileInput!) { updateCreditProfile(input: $input) { creditProfile { ${PROFILE_FIELDS} } userErrors { code field message } } }`;
const SET_LIMIT = `mutation($input: SetCreditLimitInput!) { setCreditLimit(input: $input) { creditLimit { id scope scopeId kind amount validFrom validUntil state approvalId createdBy } userErrors { code field message } } }`;
const RECORD = `mutation($input: RecordReceivableInput!) { recordReceivable(input: $input) {
  receivable { id invoiceRef customerId customer { id } departmentId amount paidAmount outstandingAmount invoiceDate termDays dueDate state createdBy }
  userErrors { code field message } } }`;
const PROFILE = `query($id: ID!) { creditProfile(customerId: $id) { ${PROFILE_FIELDS} } }`;

type Errors = { code: string; field: string[]; message: string }[];
type Profile = Record<string, unknown>;

describe('credit subgraph (integration)', () => {
  let svc: TestSubgraph;
  const today = businessDate(new Date(), 'Asia/Shanghai');
  let invoiceNo = 0;

  beforeAll(async () => {
    svc = await startTestSubgraph('credit', loadConfig, start);
  });
  afterAll(() => svc.stop());

  const open = async (input: Record<string, unknown>, lang = 'zh-CN') =>
    (
      await svc.query<{ openCreditProfile: { creditProfile: Profile | null; userErrors: Errors } }>(
        controller,
        OPEN,
        { input },
        { 'accept-language': lang },
      )
    ).data!.openCreditProfile;
  const update = async (input: Record<string, unknown>) =>
    (await svc.query<{ updateCreditProfile: { creditProfile: Profile | null; userErrors: Errors } }>(controller, UPDATE, { input })).data!
      .updateCreditProfile;
  const setLimit = async (input: Record<string, unknown>, lang = 'zh-CN') =>
    (
      await svc.query<{ setCreditLimit: { creditLimit: Record<string, unknown> | null; userErrors: Errors } }>(
        finance,
        SET_LIMIT,
        { input },
        { 'accept-language': lang },
      )
    ).data!.setCreditLimit;
  /** Requests a limit and has its approval chain approve it, so it is in force. */
  const grant = async (input: Record<string, unknown>) => {
    const payload = await setLimit(input);
    expect(payload.userErrors).toEqual([]);
    await approveAll(svc, payload.creditLimit!.approvalId as string);
    return payload;
  };
  const record = async (input: Record<string, unknown>) =>
    (await svc.query<{ recordReceivable: { receivable: Record<string, unknown> | null; userErrors: Errors } }>(finance, RECORD, { input }))
      .data!.recordReceivable;
  const invoice = (customerId: string, amount: string, extra: Record<string, unknown> = {}) => {
    invoiceNo += 1;
    return record({ invoiceRef: `FP-T-${invoiceNo}`, customerId, departmentId: 'd-sales-east', amount, invoiceDate: today, ...extra });
  };
  const profile = async (customerId: string) =>
    (await svc.query<{ creditProfile: Profile | null }>(risk, PROFILE, { id: customerId })).data!.creditProfile;
  const codes = (errors: Errors) => errors.map((e) => e.code);

  describe('credit profiles', () => {
    it('CRD-027 a profile opened with grade B and no term gets the 45-day term from the grade table', async () => {
      const customerId = randomUUID();
      const payload = await open({ customerId, grade: 'B' });
      expect(payload.userErrors).toEqual([]);
      expect(payload.creditProfile).toMatchObject({
        customerId,
        grade: 'B',
        paymentTermDays: 45,
        onHold: false,
        amlLevel: 'UNASSESSED',
        admissionState: 'NONE',
        subjectType: 'SINGLE',
        version: 1,
        limit: null,
        exposure: '0.00',
        availableCredit: null,
      });
    });

    it('CRD-001 a customer has at most one credit profile: a second one is refused', async () => {
      const customerId = randomUUID();
      expect((await open({ customerId, grade: 'A' })).userErrors).toEqual([]);
      const second = await open({ customerId, grade: 'C' }, 'en');
      expect(second.creditProfile).toBeNull();
      expect(second.userErrors).toEqual([
        { code: 'CREDIT_PROFILE_EXISTS', field: ['input', 'customerId'], message: 'The customer already has a credit profile' },
      ]);
      expect(await profile(customerId)).toMatchObject({ grade: 'A', paymentTermDays: 30 });
    });

    it('CRD-014 a notch alone sets its class as grade; a notch of another class is refused', async () => {
      expect((await open({ customerId: randomUUID(), notch: 'BBB_MINUS' })).creditProfile).toMatchObject({
        grade: 'B',
        notch: 'BBB_MINUS',
        paymentTermDays: 45,
      });
      const mismatch = await open({ customerId: randomUUID(), grade: 'A', notch: 'CCC' }, 'en');
      expect(mismatch.userErrors).toEqual([
        { code: 'NOTCH_GRADE_MISMATCH', field: ['input', 'notch'], message: 'Notch CCC belongs to grade C, not A' },
      ]);
    });

    it('refuses an id that cannot be a customer and a term beyond the maximum, one userError each', async () => {
      const payload = await open({ customerId: 'KH000001', grade: 'A', paymentTermDays: 999 });
      expect(payload.userErrors.map((e) => e.field.join('.')).sort()).toEqual(['input.customerId', 'input.paymentTermDays']);
      expect(payload.userErrors.find((e) => e.field[1] === 'customerId')!.message).toBe('客户编号格式不正确');
    });

    it('CRD-027 a grade change without an explicit term moves the term to the new grade; an explicit term wins', async () => {
      const customerId = randomUUID();
      await open({ customerId, grade: 'C' });
      const upgraded = await update({ customerId, version: 1, grade: 'A', amlLevel: 'LOW', onHold: true });
      expect(upgraded.userErrors).toEqual([]);
      expect(upgraded.creditProfile).toMatchObject({ grade: 'A', paymentTermDays: 30, amlLevel: 'LOW', onHold: true, version: 2 });
      const negotiated = await update({ customerId, version: 2, grade: 'B', paymentTermDays: 40 });
      expect(negotiated.creditProfile).toMatchObject({ grade: 'B', paymentTermDays: 40, version: 3 });
    });

    it('updates with the version read and refuses a stale version without writing', async () => {
      const customerId = randomUUID();
      await open({ customerId, grade: 'B' });
      expect((await update({ customerId, version: 1, admissionState: 'ADMITTED' })).creditProfile).toMatchObject({
        admissionState: 'ADMITTED',
        admittedOn: today,
        version: 2,
      });
      const stale = await update({ customerId, version: 1, grade: 'D' });
      expect(codes(stale.userErrors)).toEqual(['STALE_VERSION']);
      expect(await profile(customerId)).toMatchObject({ grade: 'B', version: 2 });
    });

    it('refuses to edit a profile that does not exist or to clear a required field', async () => {
      expect(codes((await update({ customerId: randomUUID(), version: 1, grade: 'A' })).userErrors)).toEqual(['CREDIT_PROFILE_NOT_FOUND']);
      const customerId = randomUUID();
      await open({ customerId });
      expect((await update({ customerId, version: 1, onHold: null })).userErrors.map((e) => [e.code, e.field.join('.')])).toEqual([
        ['REQUIRED', 'input.onHold'],
      ]);
    });
  });

  describe('credit limits', () => {
    it('shows the standing limit valid today, the exposure and the available credit, exactly', async () => {
      const customerId = randomUUID();
      await open({ customerId, grade: 'A' });
      const set = await grant({ customerId, amount: '500000.10', validFrom: addCalendarDays(today, -10) });
      expect(set.creditLimit).toMatchObject({
        scope: 'CUSTOMER',
        scopeId: customerId,
        kind: 'STANDING',
        amount: '500000.10',
        validUntil: null,
        createdBy: finance.id,
      });
      await invoice(customerId, '0.10');
      await invoice(customerId, '0.20');
      await invoice(customerId, '1000.05', { paidAmount: '0.05' });
      expect(await profile(customerId)).toMatchObject({ limit: '500000.10', exposure: '1000.30', availableCredit: '498999.80' });
    });

    it('a new standing limit supersedes the one in force from its first day; a future one is not in force yet', async () => {
      const customerId = randomUUID();
      await open({ customerId, grade: 'B' });
      const first = (await grant({ customerId, amount: '1000000', validFrom: addCalendarDays(today, -100) })).creditLimit!;
      await grant({ customerId, amount: '1500000', validFrom: addCalendarDays(today, -1) });
      expect(await profile(customerId)).toMatchObject({ limit: '1500000.00' });
      const history = await svc.dataSource.query(
        'SELECT id, state, valid_until AS "validUntil" FROM credit_limit WHERE scope_id = ? ORDER BY valid_from',
        [customerId],
      );
      expect(history).toHaveLength(2);
      expect(history.map((row: { state: string }) => row.state)).toEqual(['EFFECTIVE', 'EFFECTIVE']);
      expect(history[0].id).toBe(first.id);
      expect(String(history[0].validUntil instanceof Date ? history[0].validUntil.toISOString() : history[0].validUntil).slice(0, 10)).toBe(
        addCalendarDays(today, -2),
      );
      await grant({ customerId, amount: '2000000', validFrom: addCalendarDays(today, 30) });
      expect(await profile(customerId)).toMatchObject({ limit: '1500000.00' });
      const backdated = await setLimit({ customerId, amount: '900000', validFrom: today }, 'en');
      expect(backdated.userErrors.map((e) => [e.code, e.field.join('.')])).toEqual([['LIMIT_PERIOD_OVERLAP', 'input.validFrom']]);
    });

    it('a limit whose period ended is no longer shown', async () => {
      const customerId = randomUUID();
      await open({ customerId, grade: 'B' });
      await grant({ customerId, amount: '300000', validFrom: addCalendarDays(today, -60), validUntil: addCalendarDays(today, -1) });
      expect(await profile(customerId)).toMatchObject({ limit: null, availableCredit: null });
    });

    it('refuses a negative amount, a period ending before it starts, and a customer without profile', async () => {
      const customerId = randomUUID();
      await open({ customerId, grade: 'B' });
      const bad = await setLimit({ customerId, amount: '-1.00', validFrom: today, validUntil: addCalendarDays(today, -1) }, 'en');
      expect(bad.creditLimit).toBeNull();
      expect(bad.userErrors.map((e) => [e.code, e.field.join('.')])).toEqual([
        ['INVALID_AMOUNT', 'input.amount'],
        ['INVALID_PERIOD', 'input.validUntil'],
      ]);
      expect(codes((await setLimit({ customerId: randomUUID(), amount: '1000', validFrom: today })).userErrors)).toEqual([
        'CREDIT_PROFILE_NOT_FOUND',
      ]);
      expect(await profile(customerId)).toMatchObject({ limit: null });
    });

    it('CRD-018 a limit below the current exposure is refused (LIMIT_BELOW_EXPOSURE)', async () => {
      const customerId = randomUUID();
      await open({ customerId, grade: 'B' });
      await invoice(customerId, '1200000.00');
      const refused = await setLimit({ customerId, amount: '1000000', validFrom: today }, 'en');
      expect(refused.userErrors).toEqual([
        {
          code: 'LIMIT_BELOW_EXPOSURE',
          field: ['input', 'amount'],
          message: "The limit 1000000.00 is below the customer's current exposure 1200000.00",
        },
      ]);
      await grant({ customerId, amount: '1200000', validFrom: today });
      expect(await profile(customerId)).toMatchObject({ limit: '1200000.00', availableCredit: '0.00' });
    });
  });

  describe('receivables', () => {
    it('CRD-028 dueDate = invoiceDate + termDays; the term defaults to the customer term', async () => {
      const customerId = randomUUID();
      await open({ customerId, grade: 'B' });
      const sent = await record({
        invoiceRef: 'FP202603-0001',
        customerId,
        departmentId: 'd-sales-east',
        amount: '80000',
        invoiceDate: '2026-03-10',
        termDays: 45,
      });
      expect(sent.userErrors).toEqual([]);
      expect(sent.receivable).toMatchObject({
        invoiceRef: 'FP202603-0001',
        customer: { id: customerId },
        termDays: 45,
        dueDate: '2026-04-24',
        amount: '80000.00',
        paidAmount: '0.00',
        createdBy: finance.id,
      });
      const defaulted = await invoice(customerId, '100.00', { invoiceDate: '2026-12-20' });
      expect(defaulted.receivable).toMatchObject({ termDays: 45, dueDate: '2027-02-03' });
    });

    it('CRD-029 an arriving invoice is CURRENT until due, OVERDUE after, SETTLED when fully paid', async () => {
      const customerId = randomUUID();
      await open({ customerId, grade: 'A' });
      expect((await invoice(customerId, '500.00', { invoiceDate: addCalendarDays(today, -30) })).receivable).toMatchObject({
        state: 'CURRENT',
        dueDate: today,
      });
      expect((await invoice(customerId, '500.00', { invoiceDate: addCalendarDays(today, -31) })).receivable).toMatchObject({
        state: 'OVERDUE',
        outstandingAmount: '500.00',
      });
      expect(
        (await invoice(customerId, '500.00', { invoiceDate: addCalendarDays(today, -90), paidAmount: '500' })).receivable,
      ).toMatchObject({ state: 'SETTLED', outstandingAmount: '0.00' });
      expect((await profile(customerId))!.exposure).toBe('1000.00');
    });

    it('counts CURRENT, OVERDUE and BAD_DEBT as exposure, never SETTLED or WRITTEN_OFF', async () => {
      const customerId = randomUUID();
      await open({ customerId, grade: 'C' });
      const ids = [];
      for (const amount of ['100.01', '200.02', '300.03', '400.04', '500.05'])
        ids.push((await invoice(customerId, amount, { paidAmount: '0.01' })).receivable!.id as string);
      // BAD_DEBT and WRITTEN_OFF follow approvals that come later (CRD-032); set them directly for the sum.
      const repo = svc.dataSource.getRepository(ReceivableEntity);
      await repo.update({ id: ids[1] }, { state: 'OVERDUE' });
      await repo.update({ id: ids[2] }, { state: 'BAD_DEBT' });
      await repo.update({ id: ids[3] }, { state: 'SETTLED' });
      await repo.update({ id: ids[4] }, { state: 'WRITTEN_OFF' });
      expect((await profile(customerId))!.exposure).toBe('600.03');
    });

    it('refuses a duplicate invoice, an overpayment, a bad amount and an unknown term', async () => {
      const customerId = randomUUID();
      await open({ customerId, grade: 'B' });
      expect(
        (await record({ invoiceRef: 'FP-DUP-1', customerId, departmentId: 'd-sales-south', amount: '10', invoiceDate: today })).userErrors,
      ).toEqual([]);
      const dup = await record({ invoiceRef: 'FP-DUP-1', customerId, departmentId: 'd-sales-south', amount: '10', invoiceDate: today });
      expect(dup.userErrors.map((e) => [e.code, e.field.join('.')])).toEqual([['DUPLICATE_INVOICE_REF', 'input.invoiceRef']]);
      const bad = await record({
        invoiceRef: ' ',
        customerId,
        departmentId: 'd-sales-south',
        amount: '0',
        paidAmount: '-1',
        invoiceDate: today,
        termDays: -5,
      });
      expect(bad.userErrors.map((e) => e.code).sort()).toEqual(['INVALID_AMOUNT', 'INVALID_AMOUNT', 'INVALID_PAYMENT_TERM', 'REQUIRED']);
      expect(codes((await invoice(customerId, '10.00', { paidAmount: '10.01' })).userErrors)).toEqual(['PAID_EXCEEDS_AMOUNT']);
      expect(codes((await invoice(randomUUID(), '10.00')).userErrors)).toEqual(['PAYMENT_TERM_UNKNOWN']);
      expect((await invoice(randomUUID(), '10.00', { termDays: 15 })).receivable).toMatchObject({ termDays: 15 });
    });

    it('lists receivables by customer, state and due date, paging with keyset cursors both ways', async () => {
      const customerId = randomUUID();
      await open({ customerId, grade: 'A' });
      for (const [days, amount] of [
        [-70, '1.00'],
        [-60, '2.00'],
        [-50, '3.00'],
        [-40, '4.00'],
        [-5, '5.00'],
      ] as const) {
        await invoice(customerId, amount, { invoiceDate: addCalendarDays(today, days) });
      }
      type Page = {
        receivables: {
          totalCount: number;
          edges: { node: { amount: string; state: string } }[];
          pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
        };
      };
      const query = `query($f: ReceivableFilter, $o: ReceivableOrder, $first: Int, $after: String, $last: Int, $before: String) {
        receivables(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {
          totalCount edges { node { amount state } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
      const run = async (vars: Record<string, unknown>) => (await svc.query<Page>(risk, query, vars)).data!.receivables;
      const overdue = await run({ f: { customerId, states: ['OVERDUE'] } });
      expect(overdue.edges.map((e) => e.node.amount)).toEqual(['1.00', '2.00', '3.00', '4.00']);
      const dueSoon = await run({ f: { customerId, dueBefore: addCalendarDays(today, -25) } });
      expect(dueSoon.totalCount).toBe(2);
      const o = { field: 'DUE_DATE', direction: 'DESC' };
      const one = await run({ f: { customerId }, o, first: 2 });
      expect(one.totalCount).toBe(5);
      expect(one.edges.map((e) => e.node.amount)).toEqual(['5.00', '4.00']);
      expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const two = await run({ f: { customerId }, o, first: 2, after: one.pageInfo.endCursor });
      expect(two.edges.map((e) => e.node.amount)).toEqual(['3.00', '2.00']);
      const back = await run({ f: { customerId }, o, last: 2, before: two.pageInfo.startCursor });
      expect(back.edges.map((e) => e.node.amount)).toEqual(['5.00', '4.00']);
      const byAmount = { field: 'AMOUNT', direction: 'DESC' };
      const largest = await run({ f: { customerId }, o: byAmount, first: 1 });
      const next = await run({ f: { customerId }, o: byAmount, first: 2, after: largest.pageInfo.endCursor });
      expect([...largest.edges, ...next.edges].map((e) => e.node.amount)).toEqual(['5.00', '4.00', '3.00']);
    });

    it('refuses a page larger than the configured maximum', async () => {
      const result = await svc.query(risk, '{ receivables(first: 1000) { totalCount } }');
      expect(result.errors?.[0].extensions?.code).toBe('PAGE_SIZE_EXCEEDED');
    });
  });

  describe('Customer.credit through the gateway entity lookup', () => {
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id credit { grade limit exposure availableCredit } } } }`;
    type Entities = {
      _entities: { id: string; credit: { grade: string; limit: string | null; exposure: string; availableCredit: string | null } | null }[];
    };
    const customers: string[] = [];

    beforeAll(async () => {
      for (let i = 0; i < 50; i += 1) {
        const customerId = randomUUID();
        customers.push(customerId);
        await open({ customerId, grade: (['A', 'B', 'C', 'D'] as const)[i % 4] });
        await grant({ customerId, amount: `${100000 + i}`, validFrom: addCalendarDays(today, -1) });
        await invoice(customerId, `${i}.25`);
      }
    });

    const lookup = async (ids: string[]) => {
      svc.sqlCounter.reset();
      const result = await svc.query<Entities>(risk, ENTITIES, {
        r: ids.map((id) => ({ __typename: 'Customer', id, ownerId: 's-zhangwei', ownerDepartmentId: 'd-sales-east' })),
      });
      expect(result.errors).toBeUndefined();
      return { entities: result.data!._entities, statements: svc.sqlCounter.count };
    };

    it('resolves credit, limit, exposure and available credit for each customer; null without a profile', async () => {
      const withoutProfile = randomUUID();
      const { entities } = await lookup([customers[7], withoutProfile]);
      expect(entities).toEqual([
        { id: customers[7], credit: { grade: 'D', limit: '100007.00', exposure: '7.25', availableCredit: '99999.75' } },
        { id: withoutProfile, credit: null },
      ]);
    });

    it('costs the same number of SQL statements for 50 customers as for 1', async () => {
      const single = await lookup(customers.slice(0, 1));
      const fifty = await lookup(customers);
      expect(fifty.entities).toHaveLength(50);
      expect(fifty.entities.every((e, i) => e.credit?.exposure === `${i}.25`)).toBe(true);
      expect(single.statements).toBe(3);
      expect(fifty.statements).toBe(single.statements);
    });
  });
});
