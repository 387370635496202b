import { BenchOperation } from './operation';
import { customer360 } from './q1-customer-360';
import { customerListPage } from './q2-customer-list';
import { biOverview } from './q3-bi-overview';
import { registerComplaint } from './m1-register-complaint';
import { customerById } from './s1-customer-by-id';

/** The benchmark's operations, in report order. */
export const OPERATIONS: readonly BenchOperation[] = [customer360, customerListPage, biOverview, registerComplaint, customerById];
