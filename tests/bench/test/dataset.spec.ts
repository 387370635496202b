import { usccProblem } from '@crm/platform';
import { complaintNumberSequence } from '@crm/complaint/dist/modules/intake/complaint-number.rules';
import { customerBook, customerRows } from '../src/dataset/customers';
import { creditBook, creditLimitRows, receivableRows } from '../src/dataset/credit';
import { ComplaintNumbering, complaintRows } from '../src/dataset/complaints';
import { supplierBook, supplierRows } from '../src/dataset/suppliers';
import { receptionRows } from '../src/dataset/receptions';
import { datasetPlan } from '../src/dataset/plan';

/** The benchmark's data generator at 1% of the size: the rows must be valid and reproducible. */
describe('benchmark data set generator', () => {
  const plan = datasetPlan(20260301, 0.01, new Date('2026-03-15T04:00:00Z'));
  const customers = customerBook(plan);

  it('gives every customer and supplier a valid, unique USCC (CUS-003)', () => {
    const suppliers = [...supplierRows(plan, supplierBook(plan, customers))];
    const codes = [...customers.map((c) => c.usccCode!), ...suppliers.filter((s) => !s.customerId).map((s) => s.usccCode!)];
    expect(codes.filter((code) => usccProblem(code) !== null)).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('is the same data set for the same seed, whatever the day', () => {
    const later = customerBook(datasetPlan(20260301, 0.01, new Date('2026-09-01T04:00:00Z')));
    expect(later.map((c) => [c.id, c.name, c.usccCode])).toEqual(customers.map((c) => [c.id, c.name, c.usccCode]));
    expect(customerBook(datasetPlan(7, 0.01, plan.now))[0].name).not.toBe(customers[0].name);
  });

  it('numbers complaints per month without gaps and leaves each month counter at its last serial (CMP-011, CMP-012)', () => {
    const numbering: ComplaintNumbering = { sequences: [] };
    const complaints = [...complaintRows(plan, customers, numbering)];
    expect(complaints).toHaveLength(plan.counts.complaints);
    expect(new Set(complaints.map((c) => c.number)).size).toBe(complaints.length);
    for (const { name, lastValue } of numbering.sequences) {
      const inMonth = complaints.filter((c) => complaintNumberSequence(c.number!.slice(0, 6)) === name);
      expect(inMonth.map((c) => Number(c.number!.slice(6))).sort((a, b) => a - b)).toEqual(
        Array.from({ length: lastValue }, (_, i) => i + 1),
      );
    }
    expect(complaints.every((c) => c.receivedAt! <= c.registeredAt! && c.registeredAt! <= plan.now)).toBe(true);
  });

  it('refers only to generated customers and keeps keys unique', () => {
    const ids = new Set(customers.map((c) => c.id));
    const profiles = creditBook(plan, customers);
    const receivables = [...receivableRows(plan, profiles)];
    const limits = [...creditLimitRows(plan, profiles)];
    const receptions = [...receptionRows(plan, customers, supplierBook(plan, customers))];
    expect(receivables.every((r) => ids.has(r.customerId!) && r.dueDate! >= r.invoiceDate!)).toBe(true);
    expect(new Set(receivables.map((r) => r.invoiceRef)).size).toBe(receivables.length);
    expect(new Set([...receivables, ...limits, ...receptions].map((r) => r.id)).size).toBe(
      receivables.length + limits.length + receptions.length,
    );
    expect(receptions.filter((r) => r.customerId).every((r) => ids.has(r.customerId!))).toBe(true);
    expect([...customerRows(plan, customers)].map((c) => c.code)).toEqual(customers.map((c) => `KH${String(c.n).padStart(6, '0')}`));
  });
});
