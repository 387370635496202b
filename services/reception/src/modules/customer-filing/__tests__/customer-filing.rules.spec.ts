import { settlementVerdict } from '../customer-filing.rules';

describe('settlement against the customer filing projection', () => {
  it('REC-011 a filed customer that is not deleted may be settled', () => {
    expect(settlementVerdict({ filingStatus: 'FILED', deleted: false })).toBe('OK');
  });
  it('REC-011 a customer not filed is refused as not filed', () => {
    for (const filingStatus of ['DRAFT', 'PENDING', 'REJECTED']) {
      expect(settlementVerdict({ filingStatus, deleted: false })).toBe('CUSTOMER_NOT_FILED');
    }
  });
  it('REC-011 a deleted or unknown customer is refused as not found', () => {
    expect(settlementVerdict({ filingStatus: 'FILED', deleted: true })).toBe('CUSTOMER_NOT_FOUND');
    expect(settlementVerdict(null)).toBe('CUSTOMER_NOT_FOUND');
  });
});
