import { toCents } from '@crm/platform';
import type { CreditPolicy } from '../../shared/credit-policy';
import type { Violation } from '../../shared/violation';
import { customerIdViolation, termViolation, violation } from '../../shared/violation';

/** An invoice as the order or invoicing system reports it (trimmed; amounts as decimal strings). */
export interface InvoiceReport {
  invoiceRef: string;
  customerId: string;
  departmentId: string;
  amount: string;
  paidAmount: string;
  termDays?: number | null;
}

export const INVOICE_REF_MAX_LENGTH = 64;
export const DEPARTMENT_ID_MAX_LENGTH = 64;

/** Checks an arriving invoice (pure); duplicates and the customer's term need the database and are the service's. */
export function invoiceViolations(report: InvoiceReport, policy: CreditPolicy): Violation[] {
  const out: Violation[] = [];
  if (!report.invoiceRef) out.push(violation('invoiceRef', 'REQUIRED', '发票号不能为空', 'Invoice reference is required'));
  else if (report.invoiceRef.length > INVOICE_REF_MAX_LENGTH) {
    out.push(
      violation(
        'invoiceRef',
        'TOO_LONG',
        `发票号不能超过 ${INVOICE_REF_MAX_LENGTH} 个字符`,
        `Invoice reference must be at most ${INVOICE_REF_MAX_LENGTH} characters`,
      ),
    );
  }
  const badCustomer = customerIdViolation(report.customerId);
  if (badCustomer) out.push(badCustomer);
  if (!report.departmentId) out.push(violation('departmentId', 'REQUIRED', '销售部门不能为空', 'Department is required'));
  else if (report.departmentId.length > DEPARTMENT_ID_MAX_LENGTH) {
    out.push(
      violation(
        'departmentId',
        'TOO_LONG',
        `部门编号不能超过 ${DEPARTMENT_ID_MAX_LENGTH} 个字符`,
        `Department id must be at most ${DEPARTMENT_ID_MAX_LENGTH} characters`,
      ),
    );
  }
  const amount = toCents(report.amount);
  const paid = toCents(report.paidAmount);
  if (amount <= 0n) out.push(violation('amount', 'INVALID_AMOUNT', '发票金额须大于零', 'Invoice amount must be greater than zero'));
  if (paid < 0n) out.push(violation('paidAmount', 'INVALID_AMOUNT', '已付金额不能为负', 'Paid amount cannot be negative'));
  else if (amount > 0n && paid > amount)
    out.push(violation('paidAmount', 'PAID_EXCEEDS_AMOUNT', '已付金额不能超过发票金额', 'Paid amount cannot exceed the invoice amount'));
  const badTerm = termViolation('termDays', report.termDays, policy.maxPaymentTermDays);
  if (badTerm) out.push(badTerm);
  return out;
}
