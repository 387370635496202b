import { usccProblem } from '@crm/platform';
import { demoAdmissions, demoBlacklist, demoInSupplyLinks, demoSuppliers, demoSupplyItems } from '../src/demo/demo-data';
import { isValidAccountNo } from '../src/shared/bank-account';
import { supplyItemCap } from '../src/modules/supply-items/supply-items.rules';
import { DEFAULT_SUPPLIER_POLICY } from '../src/shared/supplier-policy';
import { profileViolations } from '../src/modules/supplier-profile/supplier-profile.rules';

describe('demo data', () => {
  const suppliers = demoSuppliers();

  it('passes the registration checks and keeps USCCs and bank accounts unique (SUP-010)', () => {
    for (const s of suppliers) {
      const fields = { ...s, bankAccount: { bank: s.bankName, accountNo: s.bankAccountNo } };
      expect({ code: s.code, violations: profileViolations(fields, true, DEFAULT_SUPPLIER_POLICY) }).toEqual({
        code: s.code,
        violations: [],
      });
      expect(usccProblem(s.usccCode)).toBeNull();
      expect(isValidAccountNo(s.bankAccountNo, DEFAULT_SUPPLIER_POLICY)).toBe(true);
    }
    expect(new Set(suppliers.map((s) => s.usccCode)).size).toBe(suppliers.length);
    expect(new Set(suppliers.map((s) => s.bankAccountNo)).size).toBe(suppliers.length);
  });

  it('covers every kind and status, several owning units, and links some suppliers to demo customers', () => {
    expect(new Set(suppliers.map((s) => s.kind))).toEqual(new Set(['PRODUCER', 'TRADER', 'LOGISTICS', 'SERVICE', 'CONTRACTOR']));
    expect(new Set(suppliers.map((s) => s.status))).toEqual(
      new Set(['APPLYING', 'REJECTED', 'REGISTERED', 'FROZEN', 'EXPIRED', 'CANCELLED', 'BLACKLISTED']),
    );
    expect(new Set(suppliers.map((s) => s.owningUnitId)).size).toBe(DEFAULT_SUPPLIER_POLICY.owningUnits.length);
    expect(suppliers.filter((s) => s.customerId).length).toBeGreaterThanOrEqual(5);
  });

  it("SUP-034 the blacklist entry bans the blacklisted supplier's USCC and account", () => {
    const [entry] = demoBlacklist(suppliers);
    const banned = suppliers.find((s) => s.id === entry.supplierId)!;
    expect(banned.status).toBe('BLACKLISTED');
    expect(entry).toMatchObject({
      usccCode: banned.usccCode,
      bankAccountNo: banned.bankAccountNo,
      listedOn: '2025-09-15',
      bannedThrough: '2030-09-15',
    });
  });

  it('SUP-022 exactly the items with more in-supply suppliers than their cap are exit-only', () => {
    const links = demoInSupplyLinks();
    for (const item of demoSupplyItems()) {
      const count = links.filter((l) => l.supplyItemId === item.id).length;
      const cap = supplyItemCap(item.category, item.annualSpend, DEFAULT_SUPPLIER_POLICY);
      expect({ item: item.name, exitOnly: item.exitOnly }).toEqual({ item: item.name, exitOnly: cap !== null && count > cap });
    }
    const inSupply = new Set(links.map((l) => l.supplierId));
    expect(suppliers.filter((s) => inSupply.has(s.id) && ['APPLYING', 'REJECTED'].includes(s.status))).toEqual([]);
  });

  it('SUP-008 every applicant has a pending admission at its first step, with the GM added for NEGOTIATED (SUP-014)', () => {
    const admissions = demoAdmissions(suppliers);
    const applicants = suppliers.filter((s) => s.status === 'APPLYING');
    expect(admissions.map((a) => a.subjectId)).toEqual(applicants.map((s) => s.id));
    for (const a of admissions) {
      const supplier = applicants.find((s) => s.id === a.subjectId)!;
      expect(a).toMatchObject({
        template: 'SUPPLIER_ADMISSION',
        state: 'PENDING',
        currentStep: 0,
        currentRole: 'PROCUREMENT_UNIT',
        requesterId: supplier.createdBy,
      });
      const roles = (JSON.parse(a.steps) as { role: string }[]).map((step) => step.role);
      const negotiated = (JSON.parse(a.attributes) as { kind: string | null }).kind === 'NEGOTIATED';
      expect(roles).toEqual(negotiated ? ['PROCUREMENT_UNIT', 'RISK_CONTROL', 'VP', 'GM'] : ['PROCUREMENT_UNIT', 'RISK_CONTROL', 'VP']);
    }
    expect(admissions.some((a) => a.attributes.includes('NEGOTIATED'))).toBe(true);
    expect(new Set(admissions.map((a) => a.id)).size).toBe(admissions.length);
  });
});
