import {
  Access,
  Caller,
  DEFAULT_ACCESS_POLICY,
  demoCustomerId,
  fixedClock,
  NumberSequenceEntity,
  systemClock,
  UseCaseContext,
} from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start } from '../src';
import { ComplaintEntity } from '../src/modules/intake/entities/complaint.entity';
import { numberingPeriod } from '../src/modules/intake/complaint-number.rules';
import { ComplaintService } from '../src/modules/intake/intake.service';
import type { ComplaintState, RegisterComplaintInput } from '../src/generated/resolvers-types';

const agent: Caller = { id: 's-zhouxin', name: '周欣', roles: ['CS_AGENT'], departmentId: 'd-cs' };
const colleague: Caller = { id: 's-wuhui', name: '吴慧', roles: ['CS_MANAGER'], departmentId: 'd-cs' };

const FIELDS = `id number caseType channel state cycle open severity validity important receivedAt registeredAt registeredBy version
  customer { id } complainants { name phone organisation } qualityDetails { orderNo quantity defectiveQty deliveryDate }`;
const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterComplaintInput!) {
    registerComplaint(input: $input) { complaint { ${FIELDS} } userErrors { code field message } }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateComplaintInput!) {
    updateComplaint(input: $input) { complaint { ${FIELDS} narrative } userErrors { code field message } }
  }
`;

interface ComplaintView {
  id: string;
  number: string;
  state: ComplaintState;
  severity: string;
  version: number;
  registeredAt: string;
  receivedAt: string;
  [key: string]: unknown;
}
type Payload = { complaint: ComplaintView | null; userErrors: { code: string; field: string[]; message: string }[] };

const customerA = demoCustomerId(1);
const letter = (overrides: Partial<RegisterComplaintInput> = {}): Partial<RegisterComplaintInput> => ({
  customerId: customerA,
  channel: 'WRITTEN',
  complainants: [{ name: '王建国', phone: '13912345678', organisation: '采购部' }],
  targetType: 'SERVICE',
  targetRef: '物流配送',
  narrative: '到货数量与发货单不符,少发 3 件。',
  receivedAt: new Date(Date.now() - 3_600_000).toISOString() as unknown as Date,
  ...overrides,
});
const serialOf = (number: string) => Number(number.slice(6));
const as = (caller: Caller): UseCaseContext => ({
  caller,
  lang: 'zh-CN',
  access: new Access(caller, DEFAULT_ACCESS_POLICY),
  clock: systemClock,
});

describe('complaint subgraph (integration)', () => {
  let svc: TestSubgraph;
  beforeAll(async () => {
    svc = await startTestSubgraph('complaint', loadConfig, start);
  });
  afterAll(() => svc.stop());

  const register = async (input: Partial<RegisterComplaintInput>, caller = agent, lang = 'zh-CN') =>
    (await svc.query<{ registerComplaint: Payload }>(caller, REGISTER, { input }, { 'accept-language': lang })).data!.registerComplaint;
  const update = async (input: Record<string, unknown>, lang = 'zh-CN') =>
    (await svc.query<{ updateComplaint: Payload }>(agent, UPDATE, { input }, { 'accept-language': lang })).data!.updateComplaint;
  const complaintCount = async () => svc.dataSource.getRepository(ComplaintEntity).count();

  describe('registration', () => {
    it('CMP-003 a complete registration starts REGISTERED, PENDING, cycle 1 with a CMP-011 number of the registration month', async () => {
      const payload = await register(letter({ desiredResolution: '补发短少货物' }));
      expect(payload.userErrors).toEqual([]);
      const c = payload.complaint!;
      expect(c).toMatchObject({
        caseType: 'COMPLAINT',
        channel: 'WRITTEN',
        state: 'REGISTERED',
        cycle: 1,
        open: true,
        severity: 'GENERAL',
        validity: 'PENDING',
        important: false,
        registeredBy: agent.id,
        version: 1,
        customer: { id: customerA },
        complainants: [{ name: '王建国', phone: '13912345678', organisation: '采购部' }],
        qualityDetails: null,
      });
      expect(c.number).toMatch(/^\d{10,}$/);
      expect(c.number.slice(0, 6)).toBe(numberingPeriod(new Date(c.registeredAt)));
      const read = await svc.query<{ complaint: { number: string; narrative: string } }>(
        agent,
        'query($id: ID!) { complaint(id: $id) { number narrative } }',
        { id: c.id },
      );
      expect(read.data!.complaint).toEqual({ number: c.number, narrative: '到货数量与发货单不符,少发 3 件。' });
    });

    it('CMP-003 each missing fact is a userError on its field; nothing is saved and no number is consumed', async () => {
      const before = (await register(letter())).complaint!;
      const rows = await complaintCount();
      const refusedPayload = await register({ customerId: customerA, complainants: [{ name: ' ' }] }, agent, 'en');
      expect(refusedPayload.complaint).toBeNull();
      expect(refusedPayload.userErrors.map((e) => e.field.join('.')).sort()).toEqual([
        'input.channel',
        'input.complainants.0.name',
        'input.complainants.0.phone',
        'input.narrative',
        'input.receivedAt',
        'input.targetRef',
        'input.targetType',
      ]);
      expect(refusedPayload.userErrors.find((e) => e.field[1] === 'narrative')).toEqual({
        code: 'REQUIRED',
        field: ['input', 'narrative'],
        message: 'Narrative is required',
      });
      expect(await complaintCount()).toBe(rows);
      const after = (await register(letter())).complaint!;
      expect(serialOf(after.number)).toBe(serialOf(before.number) + 1);
    });

    it('CMP-003 messages are Chinese by default', async () => {
      const payload = await register(letter({ narrative: '' }));
      expect(payload.userErrors).toEqual([{ code: 'REQUIRED', field: ['input', 'narrative'], message: '投诉内容不能为空' }]);
    });

    it('CMP-003 a QUALITY complaint needs the quality details, and keeps them', async () => {
      const missing = await register(letter({ nature: 'QUALITY', qualityDetails: { orderNo: 'SO2026000123', quantity: 200 } }));
      expect(missing.userErrors.map((e) => e.field.join('.'))).toEqual([
        'input.qualityDetails.partNo',
        'input.qualityDetails.defectiveQty',
        'input.qualityDetails.deliveryDate',
        'input.qualityDetails.customerRequest',
      ]);
      const details = {
        orderNo: 'SO2026000123',
        partNo: 'JX-500-12',
        quantity: 200,
        defectiveQty: 12,
        deliveryDate: '2026-03-01',
        customerRequest: '退换',
      };
      const ok = await register(letter({ nature: 'QUALITY', targetType: 'PRODUCT', targetRef: 'JX-500 型', qualityDetails: details }));
      expect(ok.userErrors).toEqual([]);
      expect(ok.complaint!.qualityDetails).toEqual({
        orderNo: 'SO2026000123',
        quantity: 200,
        defectiveQty: 12,
        deliveryDate: '2026-03-01',
      });
    });

    it('CMP-004 receivedAt defaults to the registration time on the hotline and is required for a letter', async () => {
      const phoned = await register(letter({ channel: 'HOTLINE', receivedAt: null }));
      expect(phoned.userErrors).toEqual([]);
      expect(phoned.complaint!.receivedAt).toBe(phoned.complaint!.registeredAt);
      const written = await register(letter({ channel: 'WRITTEN', receivedAt: null }));
      expect(written.userErrors.map((e) => e.code + ':' + e.field.join('.'))).toEqual(['REQUIRED:input.receivedAt']);
    });

    it('CMP-004 a receipt in the future is refused', async () => {
      const payload = await register(letter({ receivedAt: new Date(Date.now() + 86_400_000).toISOString() as unknown as Date }));
      expect(payload.userErrors.map((e) => e.code)).toEqual(['RECEIVED_IN_FUTURE']);
    });

    it('CMP-007 three complainants make a collective complaint, registered as MAJOR', async () => {
      const complainants = [
        { name: '王建国', phone: '13912345678' },
        { name: '李秀英', phone: '13812345678' },
        { name: '张志强', phone: '0571-86001234' },
      ];
      const payload = await register(letter({ complainants, severity: 'GENERAL' }));
      expect(payload.complaint).toMatchObject({ severity: 'MAJOR' });
      expect((payload.complaint!.complainants as unknown[]).length).toBe(3);
    });

    it('refuses a customer id that is not a customer subgraph id', async () => {
      const payload = await register(letter({ customerId: 'KH000001' }));
      expect(payload.userErrors.map((e) => e.code)).toEqual(['INVALID_CUSTOMER_ID']);
    });
  });

  describe('numbering through the API', () => {
    it('CMP-010 one sequence numbers every case type', async () => {
      const numbers: string[] = [];
      for (const caseType of ['COMPLAINT', 'CONSULTATION', 'SUGGESTION', 'QUALITY_ANOMALY'] as const) {
        const payload = await register(letter({ caseType }));
        expect(payload.userErrors).toEqual([]);
        numbers.push(payload.complaint!.number);
      }
      const serials = numbers.map(serialOf);
      expect(serials).toEqual([serials[0], serials[0] + 1, serials[0] + 2, serials[0] + 3]);
    });

    it('CMP-013 concurrent registrations get distinct, contiguous numbers', async () => {
      const payloads = await Promise.all(
        Array.from({ length: 6 }, (_, i) => register(letter({ narrative: `并发登记 ${i}` }), i % 2 ? agent : colleague)),
      );
      expect(payloads.flatMap((p) => p.userErrors)).toEqual([]);
      const serials = payloads.map((p) => serialOf(p.complaint!.number)).sort((a, b) => a - b);
      expect(serials).toEqual(serials.map((_, i) => serials[0] + i));
    });

    it('CMP-013 repeating a registration with the same idempotency key returns the first case (X-080)', async () => {
      const rows = await complaintCount();
      const [first, second] = await Promise.all([
        register(letter({ idempotencyKey: 'form-7731' })),
        register(letter({ idempotencyKey: 'form-7731' })),
      ]);
      const third = await register(letter({ idempotencyKey: 'form-7731' }));
      expect(first.complaint!.id).toBe(second.complaint!.id);
      expect(third.complaint!.id).toBe(first.complaint!.id);
      expect(await complaintCount()).toBe(rows + 1);
      // The key is the caller's: another agent's form with the same key is another case.
      const other = await register(letter({ idempotencyKey: 'form-7731' }), colleague);
      expect(other.complaint!.id).not.toBe(first.complaint!.id);
      // The next registration follows without a gap: the duplicate attempt consumed no number.
      const next = (await register(letter())).complaint!;
      expect(serialOf(next.number)).toBe(serialOf(other.complaint!.number) + 1);
    });
  });

  describe('numbering across months (service on the same database, with a set clock)', () => {
    // Worked examples 1 and 2 moved to 2016, a month no other test registers in.
    // The service as the request clock stopped at `iso` sees it: what a request "as of" that instant gets.
    const at = (iso: string) => {
      const service = new ComplaintService(
        svc.dataSource,
        { maxPageSize: 100, businessTimeZone: 'Asia/Shanghai' },
        new Access(agent, DEFAULT_ACCESS_POLICY),
      );
      return {
        register: (input: RegisterComplaintInput, ctx: UseCaseContext) =>
          service.register(input, { ...ctx, clock: fixedClock(new Date(iso)) }),
      };
    };
    const hotline = (narrative: string) => ({ ...letter({ channel: 'HOTLINE', receivedAt: null, narrative }) }) as RegisterComplaintInput;

    it('CMP-011 CMP-012 the 57th case of March at 23:58 Shanghai is …0057; the next, at 00:03 on 1 April, restarts at 0001', async () => {
      await svc.dataSource.getRepository(NumberSequenceEntity).insert({ name: 'complaint.number.201603', lastValue: 56 });
      const march = await at('2016-03-31T15:58:00Z').register(hotline('三月最后一件'), as(agent));
      const april = await at('2016-03-31T16:03:00Z').register(hotline('四月第一件'), as(agent));
      expect(march.ok && march.value.number).toBe('2016030057');
      expect(april.ok && april.value.number).toBe('2016040001');
    });

    it('CMP-013 two agents at the same instant get 0002 and 0003; a refused registration consumes none; the next is 0004', async () => {
      const service = at('2016-04-01T01:00:00Z');
      const pair = await Promise.all([service.register(hotline('甲'), as(agent)), service.register(hotline('乙'), as(colleague))]);
      expect(pair.map((o) => (o.ok ? o.value.number : null)).sort()).toEqual(['2016040002', '2016040003']);
      const failed = await service.register({ ...hotline(''), narrative: null }, as(agent));
      expect(failed.ok).toBe(false);
      const next = await service.register(hotline('丁'), as(agent));
      expect(next.ok && next.value.number).toBe('2016040004');
    });

    it('CMP-013 concurrent first registrations of a new month share its one counter', async () => {
      const service = at('2016-07-01T01:00:00Z');
      const outcomes = await Promise.all(
        [agent, colleague, agent, colleague].map((caller, i) => service.register(hotline(`七月 ${i}`), as(caller))),
      );
      expect(outcomes.map((o) => (o.ok ? o.value.number : null)).sort()).toEqual(['2016070001', '2016070002', '2016070003', '2016070004']);
    });

    it('CMP-011 a serial beyond 9999 keeps all its digits', async () => {
      await svc.dataSource.getRepository(NumberSequenceEntity).insert({ name: 'complaint.number.201605', lastValue: 9999 });
      const outcome = await at('2016-05-20T02:00:00Z').register(hotline('第一万件'), as(agent));
      expect(outcome.ok && outcome.value.number).toBe('20160510000');
    });

    it('X-080 a key reused after the 24-hour window is refused rather than silently creating a second case', async () => {
      const first = await at('2016-06-01T02:00:00Z').register({ ...hotline('窗口'), idempotencyKey: 'k-window' }, as(agent));
      const within = await at('2016-06-02T01:59:00Z').register({ ...hotline('窗口'), idempotencyKey: 'k-window' }, as(agent));
      const later = await at('2016-06-02T02:01:00Z').register({ ...hotline('窗口'), idempotencyKey: 'k-window' }, as(agent));
      expect(within.ok && first.ok && within.value.id === first.value.id).toBe(true);
      expect(later.ok ? [] : later.userErrors.map((e) => e.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    });
  });

  describe('updateComplaint', () => {
    it('edits facts with the version read and refuses a stale version', async () => {
      const created = (await register(letter())).complaint!;
      const updated = await update({ id: created.id, version: 1, narrative: '少发 3 件,另有 2 件包装破损。', contentType: 'BUSINESS' });
      expect(updated.userErrors).toEqual([]);
      expect(updated.complaint).toMatchObject({ narrative: '少发 3 件,另有 2 件包装破损。', version: 2, number: created.number });
      const stale = await update({ id: created.id, version: 1, narrative: '覆盖' });
      expect(stale.userErrors.map((e) => e.code)).toEqual(['STALE_VERSION']);
      const after = await svc.query<{ complaint: { narrative: string } }>(agent, 'query($id: ID!) { complaint(id: $id) { narrative } }', {
        id: created.id,
      });
      expect(after.data!.complaint.narrative).toBe('少发 3 件,另有 2 件包装破损。');
    });

    it('CMP-003 an edit cannot remove a required fact, and switching to QUALITY needs the quality details', async () => {
      const created = (await register(letter())).complaint!;
      const cleared = await update({ id: created.id, version: 1, narrative: null, severity: null });
      expect(cleared.userErrors.map((e) => e.field.join('.')).sort()).toEqual(['input.narrative', 'input.severity']);
      const quality = await update({ id: created.id, version: 1, nature: 'QUALITY' });
      expect(quality.userErrors.map((e) => e.field.join('.'))).toContain('input.qualityDetails.orderNo');
    });

    it('CMP-007 adding complainants up to three makes the complaint MAJOR', async () => {
      const created = (await register(letter())).complaint!;
      const complainants = ['王建国', '李秀英', '张志强'].map((name, i) => ({ name, phone: `1391234567${i}` }));
      const updated = await update({ id: created.id, version: 1, complainants });
      expect(updated.complaint).toMatchObject({ severity: 'MAJOR', version: 2 });
    });

    it('CMP-041 a complaint whose handling has ended is not edited', async () => {
      const created = (await register(letter())).complaint!;
      await svc.dataSource.getRepository(ComplaintEntity).update({ id: created.id }, { state: 'CLOSED', closedAt: new Date() });
      const payload = await update({ id: created.id, version: 1, narrative: '改写' }, 'en');
      expect(payload.userErrors.map((e) => e.code)).toEqual(['COMPLAINT_CLOSED']);
    });

    it('NOT_FOUND for an unknown complaint', async () => {
      const payload = await update({ id: '00000000-0000-4000-8000-999999999999', version: 1, narrative: 'x' });
      expect(payload.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    });
  });

  describe('lists and the Customer extension', () => {
    /** 50 customers from 0x…c00001; customer k has k % 5 + 1 complaints, received hours apart, the last one CLOSED. */
    const listCustomer = (k: number) => `00000000-0000-4000-8000-0000000c${String(k).padStart(4, '0')}`;
    const baseTime = Date.UTC(2025, 5, 1, 2, 0, 0);
    const complaintsOf = (k: number) => (k % 5) + 1;
    const customerIds = Array.from({ length: 50 }, (_, i) => listCustomer(i + 1));
    /** A Customer representation as the gateway sends it: key and the owner fields @requires asks for. */
    const customerRef = (id: string) => ({ __typename: 'Customer', id, ownerId: agent.id, ownerDepartmentId: agent.departmentId });

    beforeAll(async () => {
      const rows: Partial<ComplaintEntity>[] = [];
      customerIds.forEach((customerId, i) => {
        const k = i + 1;
        for (let j = 0; j < complaintsOf(k); j += 1) {
          const receivedAt = new Date(baseTime + (k * 10 + j) * 3_600_000);
          rows.push({
            id: `00000000-0000-4000-9000-${String(k * 100 + j).padStart(12, '0')}`,
            number: `T${k}-${j}`,
            caseType: j === 1 ? 'CONSULTATION' : 'COMPLAINT',
            channel: 'EMAIL',
            state: j === 0 ? 'CLOSED' : 'INVESTIGATING',
            cycle: 1,
            customerId,
            complainantType: 'CUSTOMER',
            complainants: [{ name: '测试', phone: '13900000000', organisation: null }],
            targetType: 'SERVICE',
            targetRef: '测试',
            narrative: `客户 ${k} 第 ${j} 件`,
            receivedAt,
            registeredAt: receivedAt,
            registeredBy: agent.id,
            severity: j === 2 ? 'MAJOR' : 'GENERAL',
            validity: 'PENDING',
            createdBy: agent.id,
            updatedBy: agent.id,
          });
        }
      });
      await svc.dataSource.getRepository(ComplaintEntity).insert(rows);
    });

    type Conn = {
      totalCount: number;
      edges: { cursor: string; node: { number: string } }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    };

    it('pages complaints of a customer with keyset cursors, newest received first', async () => {
      const q = `query($after: String) { complaints(filter: { customerId: "${listCustomer(4)}" }, first: 2, after: $after) {
        totalCount edges { node { number } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
      const one = (await svc.query<{ complaints: Conn }>(agent, q)).data!.complaints;
      expect(one.totalCount).toBe(5);
      expect(one.edges.map((e) => e.node.number)).toEqual(['T4-4', 'T4-3']);
      expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const two = (await svc.query<{ complaints: Conn }>(agent, q, { after: one.pageInfo.endCursor })).data!.complaints;
      expect(two.edges.map((e) => e.node.number)).toEqual(['T4-2', 'T4-1']);
    });

    it('filters by states, case types, severity, receipt period and open', async () => {
      const count = async (filter: string) =>
        (
          await svc.query<{ complaints: { totalCount: number } }>(
            agent,
            `{ complaints(filter: { customerId: "${listCustomer(4)}", ${filter} }) { totalCount } }`,
          )
        ).data!.complaints.totalCount;
      expect(await count('states: [CLOSED]')).toBe(1);
      expect(await count('caseTypes: [CONSULTATION]')).toBe(1);
      expect(await count('severity: MAJOR')).toBe(1);
      expect(await count('open: true')).toBe(4);
      expect(await count('open: false')).toBe(1);
      // Customer 4's complaints were received at baseTime + 40…44 h; [41 h, 43 h) holds two.
      const from = new Date(baseTime + 41 * 3_600_000).toISOString();
      const to = new Date(baseTime + 43 * 3_600_000).toISOString();
      expect(await count(`receivedFrom: "${from}", receivedTo: "${to}"`)).toBe(2);
    });

    it('orders by registration time in either direction', async () => {
      const q = (dir: string) =>
        `{ complaints(filter: { customerId: "${listCustomer(2)}" }, orderBy: { field: REGISTERED_AT, direction: ${dir} }) { edges { node { number } } } }`;
      const asc = (await svc.query<{ complaints: Conn }>(agent, q('ASC'))).data!.complaints.edges.map((e) => e.node.number);
      expect(asc).toEqual(['T2-0', 'T2-1', 'T2-2']);
      const desc = (await svc.query<{ complaints: Conn }>(agent, q('DESC'))).data!.complaints.edges.map((e) => e.node.number);
      expect(desc).toEqual(['T2-2', 'T2-1', 'T2-0']);
    });

    it('refuses a page larger than the configured maximum', async () => {
      const result = await svc.query(agent, '{ complaints(first: 1000) { totalCount } }');
      expect(result.errors?.[0].extensions?.code).toBe('PAGE_SIZE_EXCEEDED');
    });

    const ENTITIES = /* GraphQL */ `
      query ($r: [_Any!]!) {
        _entities(representations: $r) {
          ... on Customer {
            openComplaintCount
            complaints(first: 3) {
              totalCount
              edges {
                node {
                  number
                }
              }
              pageInfo {
                hasNextPage
                endCursor
              }
            }
          }
        }
      }
    `;
    type Entity = { openComplaintCount: number; complaints: Conn };
    const entities = async (ids: string[]) => {
      svc.sqlCounter.reset();
      const result = await svc.query<{ _entities: Entity[] }>(agent, ENTITIES, { r: ids.map(customerRef) });
      expect(result.errors).toBeUndefined();
      return { entities: result.data!._entities, statements: svc.sqlCounter.count };
    };

    it('resolves Customer.openComplaintCount and Customer.complaints for 50 customers with the SQL of 1', async () => {
      const single = await entities([customerIds[0]]);
      const fifty = await entities(customerIds);
      expect(fifty.statements).toBe(single.statements);
      expect(single.statements).toBe(3); // open counts, windowed first pages, totals
      const k4 = fifty.entities[3];
      expect(k4.openComplaintCount).toBe(4);
      expect(k4.complaints.totalCount).toBe(5);
      expect(k4.complaints.edges.map((e) => e.node.number)).toEqual(['T4-4', 'T4-3', 'T4-2']);
      expect(k4.complaints.pageInfo.hasNextPage).toBe(true);
      const k5 = fifty.entities[4];
      expect(k5).toMatchObject({ openComplaintCount: 0, complaints: { totalCount: 1, pageInfo: { hasNextPage: false } } });
      expect(k5.complaints.edges.map((e) => e.node.number)).toEqual(['T5-0']);
      fifty.entities.forEach((e, i) => expect(e.complaints.totalCount).toBe(complaintsOf(i + 1)));
    });

    it('a customer without complaints has an empty connection', async () => {
      const {
        entities: [none],
      } = await entities(['00000000-0000-4000-8000-00000000dead']);
      expect(none).toEqual({
        openComplaintCount: 0,
        complaints: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } },
      });
    });

    it('Customer.complaints continues after a cursor from the batched first page', async () => {
      const {
        entities: [first],
      } = await entities([listCustomer(9)]);
      expect(first.complaints.edges.map((e) => e.node.number)).toEqual(['T9-4', 'T9-3', 'T9-2']);
      const next = await svc.query<{ _entities: Entity[] }>(
        agent,
        `query($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Customer { complaints(first: 3, after: $after) {
          totalCount edges { node { number } } pageInfo { hasNextPage hasPreviousPage endCursor } } } } }`,
        { r: [customerRef(listCustomer(9))], after: first.complaints.pageInfo.endCursor },
      );
      const page = next.data!._entities[0].complaints;
      expect(page.edges.map((e) => e.node.number)).toEqual(['T9-1', 'T9-0']);
      expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      expect(page.totalCount).toBe(5);
    });

    it('Customer.complaints takes a filter, batched the same way', async () => {
      const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer {
        open: complaints(filter: { open: true }, first: 10) { totalCount edges { node { number } } }
        major: complaints(filter: { severity: MAJOR }, first: 10) { totalCount } } } }`;
      const run = async (ids: string[]) => {
        svc.sqlCounter.reset();
        const result = await svc.query<{ _entities: { open: Conn; major: { totalCount: number } }[] }>(agent, q, {
          r: ids.map(customerRef),
        });
        return { result, statements: svc.sqlCounter.count };
      };
      const one = await run(customerIds.slice(0, 1));
      const { result, statements } = await run(customerIds.slice(0, 10));
      expect(statements).toBe(one.statements);
      expect(statements).toBe(4); // per filter: first pages and totals
      const k4 = result.data!._entities[3];
      expect(k4.open.edges.map((e) => e.node.number)).toEqual(['T4-4', 'T4-3', 'T4-2', 'T4-1']);
      expect(k4.open.totalCount).toBe(4);
      expect(k4.major.totalCount).toBe(1);
    });

    it('Complaint resolves through _entities and points at its customer', async () => {
      const result = await svc.query<{ _entities: { number: string; customer: { id: string } }[] }>(
        agent,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Complaint { number customer { id } } } }',
        { r: [{ __typename: 'Complaint', id: '00000000-0000-4000-9000-000000000401' }] },
      );
      expect(result.data!._entities).toEqual([{ number: 'T4-1', customer: { id: listCustomer(4) } }]);
    });
  });

  it('refuses a request that the gateway did not sign', async () => {
    const response = await fetch(svc.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ complaints { totalCount } }' }),
    });
    expect(response.status).toBe(401);
  });
});
