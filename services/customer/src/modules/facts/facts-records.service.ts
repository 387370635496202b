import { AnnualRecordEntity } from './entities/annual-record.entity';
import { OrderRecordEntity } from './entities/order-record.entity';
import { PointsEntryEntity } from '../../shared/entities/points-entry.entity';
import { SatisfactionSurveyEntity } from '../../shared/entities/satisfaction-survey.entity';
import type { CustomerChildKind } from '../../shared/customer-children';

/** CUS-006: how a customer's facts follow a merge (one annual record per year, one order per order reference). */
export const FACTS_CHILD_RECORDS: readonly CustomerChildKind[] = [
  { kind: 'annualRecords', entity: AnnualRecordEntity, column: 'customerId', uniqueWith: ['year'] },
  { kind: 'orders', entity: OrderRecordEntity, column: 'customerId', uniqueWith: ['orderRef'] },
  { kind: 'surveys', entity: SatisfactionSurveyEntity, column: 'customerId' },
  { kind: 'points', entity: PointsEntryEntity, column: 'customerId' },
  { kind: 'pointsReferred', entity: PointsEntryEntity, column: 'referredCustomerId' },
];

/** What other areas read of a customer's facts (CUS-011 sizing, CUS-033 lifecycle, CUS-006 merge). */
export { annualRecordOf, ordersByIds, paidOrderFacts, type OrderFact, type PaidOrderFacts } from './facts.store';
