import type { IntakeFacts } from '../intake.rules';
import { intakeViolations, receivedAtFor, severityFor } from '../intake.rules';
import { INTAKE_POLICY } from '../intake-policy';

const now = new Date('2026-03-10T02:00:00Z');
const complete: IntakeFacts = {
  channel: 'WRITTEN',
  complainants: [{ name: '王建国', phone: '13912345678', organisation: '采购部' }],
  targetType: 'PRODUCT',
  targetRef: 'JX-500 型',
  narrative: '外包装破损,部分渗漏。',
  receivedAt: new Date('2026-03-09T08:00:00Z'),
  nature: 'NON_QUALITY',
};
const quality = {
  orderNo: 'SO2026000123',
  partNo: 'JX-500-12',
  quantity: 200,
  defectiveQty: 12,
  deliveryDate: '2026-03-01',
  customerRequest: '退换',
};
const fields = (facts: IntakeFacts) => intakeViolations(facts, now).map((v) => `${v.field.join('.')}:${v.code}`);

describe('complaint intake (CMP-003, CMP-004, CMP-007)', () => {
  it('CMP-003 complete facts pass', () => {
    expect(fields(complete)).toEqual([]);
  });

  it('CMP-003 each missing required fact is one violation on its field', () => {
    expect(fields({ nature: 'NON_QUALITY' }).sort()).toEqual([
      'channel:REQUIRED',
      'complainants:REQUIRED',
      'narrative:REQUIRED',
      'receivedAt:REQUIRED',
      'targetRef:REQUIRED',
      'targetType:REQUIRED',
    ]);
  });

  it('CMP-003 a blank text is missing', () => {
    expect(fields({ ...complete, narrative: '   ', targetRef: '' })).toEqual(['targetRef:REQUIRED', 'narrative:REQUIRED']);
  });

  it('CMP-003 every complainant needs a name and a phone', () => {
    const facts = { ...complete, complainants: [complete.complainants![0], { name: '', phone: 'call me' }, { name: '李秀英' }] };
    expect(fields(facts)).toEqual(['complainants.1.name:REQUIRED', 'complainants.1.phone:INVALID_PHONE', 'complainants.2.phone:REQUIRED']);
  });

  it('CMP-003 a QUALITY complaint also needs order no., part no., quantity, defective quantity, delivery date and request', () => {
    expect(fields({ ...complete, nature: 'QUALITY' })).toEqual(
      INTAKE_POLICY.qualityRequiredFacts.map((f) => `qualityDetails.${f}:REQUIRED`),
    );
    expect(fields({ ...complete, nature: 'QUALITY', qualityDetails: quality })).toEqual([]);
    expect(fields({ ...complete, nature: 'QUALITY', qualityDetails: { ...quality, partNo: ' ', defectiveQty: null } })).toEqual([
      'qualityDetails.partNo:REQUIRED',
      'qualityDetails.defectiveQty:REQUIRED',
    ]);
  });

  it('CMP-003 quality details are not required when the nature is not QUALITY', () => {
    expect(fields({ ...complete, nature: null })).toEqual([]);
  });

  it('CMP-003 the field lists are configuration', () => {
    const policy = { ...INTAKE_POLICY, requiredFacts: ['narrative' as const], qualityRequiredFacts: [] };
    expect(intakeViolations({ nature: 'QUALITY' }, now, policy).map((v) => v.field.join('.'))).toEqual(['narrative']);
  });

  it('refuses impossible quantities', () => {
    expect(fields({ ...complete, qualityDetails: { ...quality, defectiveQty: 201 } })).toEqual([
      'qualityDetails.defectiveQty:INVALID_QUANTITY',
    ]);
    expect(fields({ ...complete, qualityDetails: { ...quality, quantity: 0, defectiveQty: 0 } })).toEqual([
      'qualityDetails.quantity:INVALID_QUANTITY',
    ]);
  });

  it('CMP-004 refuses a receipt in the future and an incident after the receipt', () => {
    expect(fields({ ...complete, receivedAt: new Date('2026-03-10T03:00:00Z') })).toEqual(['receivedAt:RECEIVED_IN_FUTURE']);
    expect(fields({ ...complete, incidentAt: new Date('2026-03-09T09:00:00Z') })).toEqual(['incidentAt:INCIDENT_AFTER_RECEIPT']);
    expect(fields({ ...complete, incidentAt: new Date('2026-03-01T09:00:00Z') })).toEqual([]);
  });

  it('CMP-004 receivedAt defaults to the registration time on phone and online channels only', () => {
    expect(receivedAtFor('HOTLINE', null, now)).toBe(now);
    expect(receivedAtFor('ONLINE', undefined, now)).toBe(now);
    expect(receivedAtFor('WRITTEN', null, now)).toBeNull();
    expect(receivedAtFor('COMPLAINT_BOX', null, now)).toBeNull();
    const given = new Date('2026-03-09T01:00:00Z');
    expect(receivedAtFor('HOTLINE', given, now)).toBe(given);
  });

  it('refuses a customer id that is not a customer subgraph id', () => {
    expect(fields({ ...complete, customerId: '00000000-0000-4000-8000-000000000001' })).toEqual([]);
    expect(fields({ ...complete, customerId: 'KH000001' })).toEqual(['customerId:INVALID_CUSTOMER_ID']);
  });

  it('reports a text longer than its column', () => {
    expect(fields({ ...complete, narrative: '投'.repeat(4001) })).toEqual(['narrative:TOO_LONG']);
  });

  it('CMP-007 three or more complainants make a collective complaint, which is MAJOR', () => {
    expect(severityFor(null, 1)).toBe('GENERAL');
    expect(severityFor('GENERAL', 2)).toBe('GENERAL');
    expect(severityFor('GENERAL', 3)).toBe('MAJOR');
    expect(severityFor(undefined, 5)).toBe('MAJOR');
  });

  it('CMP-007 the handler may mark a case MAJOR (情节重大); the threshold is configuration', () => {
    expect(severityFor('MAJOR', 1)).toBe('MAJOR');
    expect(severityFor(null, 3, { ...INTAKE_POLICY, collectiveComplainantThreshold: 5 })).toBe('GENERAL');
  });
});
