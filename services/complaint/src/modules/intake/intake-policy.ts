import type { ComplaintChannel } from '../../generated/resolvers-types';

/** Facts CMP-003 requires of every registration ("complainants" = at least one, each with name and phone). */
export type RequiredFact = 'complainants' | 'targetType' | 'targetRef' | 'narrative' | 'channel' | 'receivedAt';

/** Quality details CMP-003 additionally requires when nature = QUALITY. */
export type QualityFact = 'orderNo' | 'partNo' | 'quantity' | 'defectiveQty' | 'deliveryDate' | 'customerRequest';

/** The configurable values of intake (CMP-003, CMP-004, CMP-007, X-080). Defaults are the rule book's. */
export interface IntakePolicy {
  /** CMP-003 field list. */
  requiredFacts: readonly RequiredFact[];
  /** CMP-003 field list for nature = QUALITY (客户抱怨处理表: 编号、料号、交运日期、数量、不良数量、客户要求). */
  qualityRequiredFacts: readonly QualityFact[];
  /** CMP-004: phone and online channels, where receivedAt defaults to the registration time. */
  receivedAtDefaultChannels: readonly ComplaintChannel[];
  /** CMP-007: this many complainants or more make a collective complaint, which is MAJOR. */
  collectiveComplainantThreshold: number;
  /** Tolerance for the clock of the registering device when receivedAt is "now" (chosen). */
  clockSkewMinutes: number;
  /** Upper bound of complainants on one case (chosen; bounds the stored list). */
  maxComplainants: number;
  /** X-080 idempotency.windowHours. */
  idempotencyWindowHours: number;
}

export const INTAKE_POLICY: IntakePolicy = {
  requiredFacts: ['complainants', 'targetType', 'targetRef', 'narrative', 'channel', 'receivedAt'],
  qualityRequiredFacts: ['orderNo', 'partNo', 'quantity', 'defectiveQty', 'deliveryDate', 'customerRequest'],
  receivedAtDefaultChannels: ['HOTLINE', 'MOBILE', 'ONLINE', 'CHAT_TOOL'],
  collectiveComplainantThreshold: 3,
  clockSkewMinutes: 5,
  maxComplainants: 100,
  idempotencyWindowHours: 24,
};
