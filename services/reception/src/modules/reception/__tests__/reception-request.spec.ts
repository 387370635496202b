import type { ReceptionRequestFields } from '../reception-request.rules';
import { hostRankViolations, requestViolations, substitutionReasonToKeep } from '../reception-request.rules';
import type { ReceptionPolicy } from '../reception-policy';
import { DEFAULT_RECEPTION_POLICY } from '../reception-policy';
import type { HostRank, ReceptionClass } from '../../../generated/resolvers-types';

const valid: ReceptionRequestFields = {
  class: 'C',
  hostedPartyType: 'CUSTOMER',
  customerId: '00000000-0000-4000-8000-000000000003',
  supplierId: null,
  organisation: '苏州宏达物流有限公司',
  guestCount: 3,
  guests: [{ name: '周建华', title: '总经理', isForeign: false }],
  hostId: 's-chenjing',
  hostRank: 'DEPARTMENT_MANAGER',
  hostSubstitutionReason: null,
  startOn: '2026-05-11',
  endOn: '2026-05-12',
  purpose: '年度合作洽谈',
  budget: { hospitality: '1600.00', lodging: '840.00', transport: '700.00', gifts: '0.00' },
};

const codes = (fields: Partial<ReceptionRequestFields>, policy: ReceptionPolicy = DEFAULT_RECEPTION_POLICY) =>
  requestViolations({ ...valid, ...fields }, policy).map((v) => `${v.field.join('.')}:${v.code}`);

describe('reception request rules', () => {
  it('accepts a complete class C request for a customer', () => {
    expect(codes({})).toEqual([]);
  });

  describe('REC-003 minimum host rank by class', () => {
    const cases: [ReceptionClass, HostRank, HostRank][] = [
      ['A', 'SENIOR_MANAGEMENT', 'DEPARTMENT_DIRECTOR'],
      ['B', 'DEPARTMENT_DIRECTOR', 'DEPARTMENT_MANAGER'],
      ['C', 'DEPARTMENT_MANAGER', 'SUPERVISOR'],
    ];
    it.each(cases)('REC-003 class %s is hosted by %s or above; %s alone is refused', (cls, minimum, below) => {
      const at = { class: cls, hostRank: minimum, hostSubstitutionReason: null };
      expect(hostRankViolations(at, DEFAULT_RECEPTION_POLICY)).toEqual([]);
      expect(hostRankViolations({ ...at, hostRank: 'SENIOR_MANAGEMENT' }, DEFAULT_RECEPTION_POLICY)).toEqual([]);
      expect(hostRankViolations({ ...at, hostRank: below }, DEFAULT_RECEPTION_POLICY).map((v) => v.code)).toEqual(['HOST_RANK_TOO_LOW']);
    });

    it('REC-003 class D may be hosted by a supervisor (the lowest rank)', () => {
      expect(hostRankViolations({ class: 'D', hostRank: 'SUPERVISOR', hostSubstitutionReason: null }, DEFAULT_RECEPTION_POLICY)).toEqual(
        [],
      );
    });

    it('REC-003 a lower-ranked host is accepted with a recorded substitution reason (worked example 7)', () => {
      const fields = {
        class: 'B' as const,
        hostRank: 'DEPARTMENT_MANAGER' as const,
        hostSubstitutionReason: '部门总监出国,由部门经理代为接待',
      };
      expect(hostRankViolations(fields, DEFAULT_RECEPTION_POLICY)).toEqual([]);
      expect(substitutionReasonToKeep(fields, DEFAULT_RECEPTION_POLICY)).toBe('部门总监出国,由部门经理代为接待');
    });

    it('REC-003 a blank substitution reason does not count', () => {
      expect(codes({ class: 'B', hostRank: 'SUPERVISOR', hostSubstitutionReason: '   ' })).toEqual(['hostRank:HOST_RANK_TOO_LOW']);
    });

    it('REC-003 a reason is not kept when the host already ranks high enough', () => {
      expect(
        substitutionReasonToKeep({ class: 'C', hostRank: 'DEPARTMENT_DIRECTOR', hostSubstitutionReason: '无需' }, DEFAULT_RECEPTION_POLICY),
      ).toBeNull();
    });

    it('REC-003 reads the minimum ranks from the policy table', () => {
      const stricter: ReceptionPolicy = {
        ...DEFAULT_RECEPTION_POLICY,
        minimumHostRank: { ...DEFAULT_RECEPTION_POLICY.minimumHostRank, C: 'DEPARTMENT_DIRECTOR' },
      };
      expect(codes({}, stricter)).toEqual(['hostRank:HOST_RANK_TOO_LOW']);
    });

    it('REC-003 the refusal names the class minimum in both languages', () => {
      const [violation] = hostRankViolations(
        { class: 'A', hostRank: 'DEPARTMENT_DIRECTOR', hostSubstitutionReason: null },
        DEFAULT_RECEPTION_POLICY,
      );
      expect(violation.message.zh).toContain('公司高层');
      expect(violation.message.en).toContain('SENIOR_MANAGEMENT');
    });
  });

  describe('REC-001 class and hosted party', () => {
    it('REC-001 class C requires hostedPartyType CUSTOMER', () => {
      expect(codes({ hostedPartyType: 'OTHER', customerId: null })).toEqual(['class:CLASS_REQUIRES_CUSTOMER']);
      expect(codes({ hostedPartyType: 'SUPPLIER', customerId: null, supplierId: 'sup-1' })).toEqual(['class:CLASS_REQUIRES_CUSTOMER']);
    });

    it('REC-001 classes A, B and D may host non-customers', () => {
      for (const cls of ['A', 'B', 'D'] as const) {
        expect(codes({ class: cls, hostRank: 'SENIOR_MANAGEMENT', hostedPartyType: 'OTHER', customerId: null })).toEqual([]);
      }
    });

    it('a customer reception names its customer, a supplier reception its supplier, and no other party', () => {
      expect(codes({ customerId: null })).toEqual(['customerId:REQUIRED']);
      expect(codes({ class: 'D', hostRank: 'SUPERVISOR', hostedPartyType: 'SUPPLIER', customerId: null })).toEqual(['supplierId:REQUIRED']);
      expect(codes({ class: 'D', hostRank: 'SUPERVISOR', hostedPartyType: 'SUPPLIER', supplierId: 'sup-1' })).toEqual([
        'customerId:NOT_ALLOWED',
      ]);
      expect(codes({ supplierId: 'sup-1' })).toEqual(['supplierId:NOT_ALLOWED']);
    });
  });

  it('refuses an end date before the start date; a one-day reception is fine', () => {
    expect(codes({ startOn: '2026-05-12', endOn: '2026-05-11' })).toEqual(['endOn:INVALID_DATE_RANGE']);
    expect(codes({ startOn: '2026-05-12', endOn: '2026-05-12' })).toEqual([]);
  });

  it('needs at least one guest and no more named guests than the guest count', () => {
    expect(codes({ guestCount: 0, guests: [] })).toEqual(['guestCount:INVALID_GUEST_COUNT']);
    expect(codes({ guestCount: -2 })).toEqual(['guestCount:INVALID_GUEST_COUNT']);
    const two = [
      { name: '周建华', title: null, isForeign: false },
      { name: 'Emily Carter', title: 'CEO', isForeign: true },
    ];
    expect(codes({ guestCount: 1, guests: two })).toEqual(['guests:GUEST_LIST_EXCEEDS_COUNT']);
    expect(codes({ guestCount: 2, guests: two })).toEqual([]);
    expect(codes({ guests: [{ name: ' ', title: null, isForeign: false }] })).toEqual(['guests.0.name:REQUIRED']);
  });

  it('refuses negative budget amounts, each under its own field; zero is fine', () => {
    expect(codes({ budget: { hospitality: '-0.01', lodging: '0.00', transport: '-5.00', gifts: '0.00' } })).toEqual([
      'budget.hospitality:NEGATIVE_AMOUNT',
      'budget.transport:NEGATIVE_AMOUNT',
    ]);
  });

  it('reports missing required fields and too-long text', () => {
    expect(codes({ organisation: ' ', purpose: null, hostId: '', class: null, startOn: null })).toEqual([
      'class:REQUIRED',
      'startOn:REQUIRED',
      'organisation:REQUIRED',
      'hostId:REQUIRED',
      'purpose:REQUIRED',
    ]);
    expect(codes({ organisation: '公'.repeat(201) })).toEqual(['organisation:TOO_LONG']);
  });
});
