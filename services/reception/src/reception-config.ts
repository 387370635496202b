import type { ServiceConfig } from '@crm/platform';
import { ConfigError, type Env, normaliseDecimal, toCents } from '@crm/platform';
import type { ReceptionPolicy } from './modules/reception/reception-policy';
import { DEFAULT_RECEPTION_POLICY } from './modules/reception/reception-policy';

/** The reception subgraph's configuration: the platform's, plus the rule values a deployment may change. */
export interface ReceptionConfig extends ServiceConfig {
  receptionPolicy: ReceptionPolicy;
}

export const isReceptionConfig = (config: ServiceConfig): config is ReceptionConfig => 'receptionPolicy' in config;

/** Environment variables that override the rule book's defaults, and the policy value each one sets. */
export const RECEPTION_POLICY_VARIABLES = {
  RECEPTION_GIFT_IMPORTANT_UNIT_VALUE: 'giftImportantUnitValue',
  RECEPTION_GIFT_IMPORTANT_TOTAL: 'giftImportantTotal',
} as const satisfies Record<string, keyof ReceptionPolicy>;

const POSITIVE_AMOUNT = /^\d+(\.\d{1,2})?$/;

/** A positive yuan amount with at most two places, or the fallback when the variable is unset. */
function readAmount(env: Env, variable: string, fallback: string): string {
  const raw = env[variable]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!POSITIVE_AMOUNT.test(raw) || toCents(raw) <= 0n)
    throw new ConfigError('reception', variable, `"${raw}" must be an amount in yuan greater than 0, e.g. 500 or 2000.00`);
  return normaliseDecimal(raw);
}

/**
 * The reception policy with the values the environment overrides (REC-009 gift thresholds), validated once at start:
 * a bad value stops the service with a line naming the variable.
 */
export function loadReceptionPolicy(env: Env = process.env, base: ReceptionPolicy = DEFAULT_RECEPTION_POLICY): ReceptionPolicy {
  const policy: ReceptionPolicy = { ...base };
  for (const [variable, key] of Object.entries(RECEPTION_POLICY_VARIABLES)) policy[key] = readAmount(env, variable, base[key]);
  return policy;
}
