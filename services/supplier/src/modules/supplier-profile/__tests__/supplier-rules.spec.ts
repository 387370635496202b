import { accountChangeNeedsApproval } from '../supplier-identity.rules';
import { normaliseAccountNo } from '../../../shared/bank-account';
import { owningUnitFor } from '../owning-unit.rules';
import type { SupplierPolicy } from '../../../shared/supplier-policy';
import { DEFAULT_SUPPLIER_POLICY, OWNING_UNITS } from '../../../shared/supplier-policy';
import type { SupplierProfileFields } from '../supplier-profile.rules';
import { distinctScopes, profileViolations } from '../supplier-profile.rules';
import { formatSupplierCode } from '../supplier-code.rules';

const policy = DEFAULT_SUPPLIER_POLICY;
const complete: SupplierProfileFields = {
  name: '唐山鑫盛耐火材料有限公司',
  usccCode: '91310000631696382C',
  kind: 'PRODUCER',
  scopes: ['PRODUCT'],
  owningUnitId: OWNING_UNITS.techCentre.id,
  isDirect: true,
  bankAccount: { bank: '中国工商银行唐山分行', accountNo: '6222000011112222333' },
};
const codes = (fields: SupplierProfileFields, creating = true) =>
  profileViolations(fields, creating, policy).map((v) => `${v.field.join('.')}:${v.code}`);

describe('supplier profile rules', () => {
  it('accepts a complete registration', () => {
    expect(codes(complete)).toEqual([]);
  });

  it('SUP-001 a supplier supplies in at least one scope', () => {
    expect(codes({ ...complete, scopes: [] })).toEqual(['scopes:REQUIRED']);
    expect(distinctScopes(['MAINTENANCE', 'LABOUR', 'MAINTENANCE'])).toEqual(['MAINTENANCE', 'LABOUR']);
  });

  it('requires name, USCC, kind and the bank account on registration', () => {
    expect(codes({ scopes: ['PRODUCT'], owningUnitId: OWNING_UNITS.equipment.id })).toEqual([
      'name:REQUIRED',
      'usccCode:REQUIRED',
      'kind:REQUIRED',
      'bankAccount:REQUIRED',
    ]);
  });

  it('validates the USCC check digit (GB 32100-2015)', () => {
    expect(codes({ ...complete, usccCode: '91310000631696382D' })).toEqual(['usccCode:INVALID_USCC']);
    expect(codes({ ...complete, usccCode: '91310000631696382' })).toEqual(['usccCode:INVALID_USCC']);
  });

  it('SUP-010 a settlement account has a bank and a number of 8 to 30 digits; spaces and hyphens are ignored', () => {
    expect(normaliseAccountNo('6222 0000-1111')).toBe('622200001111');
    expect(codes({ ...complete, bankAccount: { bank: '中国银行', accountNo: normaliseAccountNo('6222 0000 1111') } })).toEqual([]);
    expect(codes({ ...complete, bankAccount: { bank: '', accountNo: '6222A0001111' } })).toEqual([
      'bankAccount.bank:REQUIRED',
      'bankAccount.accountNo:INVALID_BANK_ACCOUNT',
    ]);
    expect(codes({ ...complete, bankAccount: { bank: '中国银行', accountNo: '1234567' } })).toEqual([
      'bankAccount.accountNo:INVALID_BANK_ACCOUNT',
    ]);
    const strict: SupplierPolicy = { ...policy, bankAccountDigits: { min: 16, max: 19 } };
    expect(
      profileViolations({ ...complete, bankAccount: { bank: '中国银行', accountNo: '622200001111' } }, true, strict).map((v) => v.code),
    ).toEqual(['INVALID_BANK_ACCOUNT']);
  });

  it('SUP-004 a TRADER is never a direct supplier', () => {
    expect(codes({ ...complete, kind: 'TRADER', isDirect: true })).toEqual(['isDirect:TRADER_NOT_DIRECT']);
    expect(codes({ ...complete, kind: 'TRADER', isDirect: false })).toEqual([]);
  });

  it('SUP-003 the owning unit must be one of the configured units', () => {
    expect(codes({ ...complete, owningUnitId: 'd-nowhere' })).toEqual(['owningUnitId:UNKNOWN_OWNING_UNIT']);
  });

  it('X-001 a linked customer is referred to by its id (a UUID)', () => {
    expect(codes({ ...complete, customerId: 'KH000001' })).toEqual(['customerId:INVALID_CUSTOMER_ID']);
    expect(codes({ ...complete, customerId: '00000000-0000-4000-8000-000000000006' })).toEqual([]);
  });

  it('checks only the fields an update sends, and refuses clearing a required one', () => {
    expect(codes({ contactPhone: '0315-2345678' }, false)).toEqual([]);
    expect(codes({ name: null, scopes: null, bankAccount: null, contactPhone: 'call me' }, false)).toEqual([
      'name:REQUIRED',
      'scopes:REQUIRED',
      'bankAccount:REQUIRED',
      'contactPhone:INVALID_PHONE',
    ]);
  });

  it('refuses values longer than their columns', () => {
    expect(codes({ ...complete, address: '路'.repeat(301) })).toEqual(['address:TOO_LONG']);
  });
});

describe('SUP-003 owning unit from the main scope', () => {
  it('SUP-003 maps the first scope to its unit: maintenance → 机动能源处, projects → 工管处, logistics → 物流中心', () => {
    expect(owningUnitFor(['MAINTENANCE'], policy)).toBe(OWNING_UNITS.energy.id);
    expect(owningUnitFor(['CONSTRUCTION', 'LABOUR'], policy)).toBe(OWNING_UNITS.projects.id);
    expect(owningUnitFor(['LABOUR', 'CONSTRUCTION'], policy)).toBe(OWNING_UNITS.labour.id);
    expect(owningUnitFor(['LOGISTICS', 'PRODUCT'], policy)).toBe(OWNING_UNITS.logistics.id);
    expect(owningUnitFor([], policy)).toBeNull();
  });

  it('SUP-003 the mapping is configuration', () => {
    const rawFuelFirst: SupplierPolicy = {
      ...policy,
      owningUnitByScope: { ...policy.owningUnitByScope, PRODUCT: OWNING_UNITS.rawMaterials.id },
    };
    expect(owningUnitFor(['PRODUCT'], rawFuelFirst)).toBe(OWNING_UNITS.rawMaterials.id);
  });
});

describe('SUP-010 settlement account changes', () => {
  it('SUP-010 an applicant may correct its account; after admission a change needs FINANCE approval', () => {
    expect(accountChangeNeedsApproval('APPLYING')).toBe(false);
    for (const status of ['REGISTERED', 'FROZEN', 'EXPIRED', 'CANCELLED', 'BLACKLISTED', 'REJECTED'] as const) {
      expect(accountChangeNeedsApproval(status)).toBe(true);
    }
  });
});

describe('supplier numbers', () => {
  it('are GYS with six digits', () => {
    expect(formatSupplierCode(1)).toBe('GYS000001');
    expect(formatSupplierCode(123456)).toBe('GYS123456');
  });
});
