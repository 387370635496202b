import { BenchOperation, nth } from './operation';

/**
 * M1 write: registers a complaint (登记投诉) by hotline, so receivedAt is the registration time (CMP-004). Every
 * request has its own idempotency key; the complaint service numbers it from the month's counter.
 */
export const registerComplaint: BenchOperation = {
  id: 'M1',
  title: 'register complaint',
  description:
    'registerComplaint mutation (number from the monthly sequence, one transaction) on a different customer each time (not one the reads use)',
  targets: ['apollo', 'hive'],
  prepare: ({ writeCustomerIds, runTag }) => ({
    query: `mutation RegisterComplaint($input: RegisterComplaintInput!) {
  registerComplaint(input: $input) {
    complaint { id number state receivedAt }
    userErrors { code field message }
  }
}`,
    variables: (i) => ({
      input: {
        idempotencyKey: `bench-${runTag}-${i}`,
        caseType: 'COMPLAINT',
        channel: 'HOTLINE',
        customerId: nth(writeCustomerIds, i),
        complainantType: 'CUSTOMER',
        complainants: [{ name: '王建国', phone: '13900001234', organisation: '采购部' }],
        targetType: 'SERVICE',
        targetRef: '交付时效',
        narrative: '合同约定的交货期延迟,影响客户生产计划,请尽快处理。',
        desiredResolution: '按合同承担延期责任',
        nature: 'NON_QUALITY',
        contentType: 'BUSINESS',
      },
    }),
    // A refusal comes back as userErrors with HTTP 200: it counts as an error here.
    accept: (body) => body.includes('"userErrors":[]'),
  }),
};
