import { z } from 'zod';
import { ConfigError } from './config-error';
import { DatabaseTarget, parseDatabaseUrl } from './database-url';
import { AccessPolicy } from '../access/access-policy';
import { loadAccessPolicy } from '../access/policy-file';
import { StaffDirectory } from '../access/staff-directory';
import { readClockOverride } from '../clock/clock';
import { DEFAULT_HTTP_LIMITS, HttpLimits } from '../server/http-server';
import { EventsConfig, loadEventsConfig } from '../events/events-config';

/** Development-only secrets: documented in the README, refused when NODE_ENV=production. */
export const DEV_JWT_SECRET = 'crm-dev-jwt-secret-change-me-0123456789';
export const DEV_INTERNAL_SECRET = 'crm-dev-internal-secret-change-me-0123456789';

export type Env = Record<string, string | undefined>;

export interface ServiceConfig {
  service: string;
  port: number;
  host: string;
  production: boolean;
  database: DatabaseTarget;
  /** Shared secret the gateway signs caller headers with; subgraphs refuse anything else. */
  internalSecret: string;
  logLevel: string;
  /** Fill an empty database with the demo data set on start. */
  demoData: boolean;
  /** Run pending migrations on start (MySQL). SQLite embedded databases are synchronised from the entities. */
  migrateOnStart: boolean;
  /** Hard maximum page size for every connection. */
  maxPageSize: number;
  /** Role → scope and grants (ACCESS_POLICY_FILE, else the default table). */
  accessPolicy: AccessPolicy;
  /** working days an approval step has from becoming current (APPROVAL_STEP_DUE_WORKING_DAYS). */
  approvalStepDueWorkingDays: number;
  /** Staff → department (STAFF_DIRECTORY_FILE, else the demo staff). */
  staffDirectory: StaffDirectory;
  /** Requests signed with an "as of" instant run on a clock stopped there (CLOCK_OVERRIDE; never in production). */
  clockOverride: boolean;
  /** the zone business dates and working days are counted in (BUSINESS_TIME_ZONE, an IANA zone). */
  businessTimeZone: string;
  /** Request body bound and client request deadline (MAX_REQUEST_BYTES, HTTP_REQUEST_TIMEOUT_MS). */
  http: HttpLimits;
  /** Deadline of one SQL statement (SQL_STATEMENT_TIMEOUT_MS); on SQLite the wait for a locked database. */
  statementTimeoutMs: number;
  /** Deadline of the readiness probe's database check (READINESS_TIMEOUT_MS): past it the service answers 503. */
  readinessTimeoutMs: number;
  /** Longest string any input may carry (MAX_INPUT_STRING_LENGTH), in characters. */
  maxInputStringLength: number;
  /** Shows readiness details (database, checks) to whoever presents it (OPERATOR_TOKEN); unset: nobody. */
  operatorToken?: string;
  /** Domain events: transport (EVENTS_URL), relay and consumer timing, retention, retries. */
  events: EventsConfig;
}

/** The HTTP server limits every service shares (README, Operations). */
export function loadHttpLimits(service: string, env: Env): HttpLimits {
  return {
    maxBodyBytes: readNumber(service, env, 'MAX_REQUEST_BYTES', DEFAULT_HTTP_LIMITS.maxBodyBytes, 1024, 64 * 1024 * 1024),
    requestTimeoutMs: readNumber(service, env, 'HTTP_REQUEST_TIMEOUT_MS', DEFAULT_HTTP_LIMITS.requestTimeoutMs, 100, 600_000),
  };
}

/** OPERATOR_TOKEN: a secret of at least 32 characters, or none. */
export function readOperatorToken(service: string, env: Env): string | undefined {
  const value = env.OPERATOR_TOKEN;
  if (value === undefined || value === '') return undefined;
  if (value.length < 32) throw new ConfigError(service, 'OPERATOR_TOKEN', 'must be at least 32 characters');
  return value;
}

const bool = (variable: string) =>
  z.enum(['true', 'false', '1', '0'], { message: `${variable} must be true or false` }).transform((v) => v === 'true' || v === '1');

/** Reads a secret, refusing the development default in production. */
export function readSecret(service: string, env: Env, variable: string, devDefault: string): string {
  const value = env[variable];
  const production = env.NODE_ENV === 'production';
  if (value === undefined || value === '') {
    if (production) throw new ConfigError(service, variable, 'is required in production');
    return devDefault;
  }
  if (value.length < 32) throw new ConfigError(service, variable, 'must be at least 32 characters');
  if (production && value === devDefault) throw new ConfigError(service, variable, 'must not be the development secret in production');
  return value;
}

export function readNumber(service: string, env: Env, variable: string, fallback: number, min: number, max: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(service, variable, `"${raw}" must be an integer from ${min} to ${max}`);
  }
  return value;
}

/** the business time zone unless BUSINESS_TIME_ZONE says otherwise. */
export const DEFAULT_BUSINESS_TIME_ZONE = 'Asia/Shanghai';

/** An IANA time zone (Asia/Shanghai), checked against the zones this Node.js knows. */
export function readTimeZone(service: string, env: Env, variable: string, fallback: string): string {
  const zone = env[variable] || fallback;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new ConfigError(service, variable, `"${zone}" is not a time zone (use an IANA name such as Asia/Shanghai)`);
  }
  return zone;
}

export function readBoolean(service: string, env: Env, variable: string, fallback: boolean): boolean {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const parsed = bool(variable).safeParse(raw.toLowerCase());
  if (!parsed.success) throw new ConfigError(service, variable, `"${raw}" must be true or false`);
  return parsed.data;
}

/**
 * The configuration of one subgraph, from the environment, validated once at start.
 * Variables are prefixed with the service name: CUSTOMER_PORT, CUSTOMER_DATABASE_URL, …
 */
export function loadServiceConfig(service: string, defaultPort: number, env: Env = process.env, baseDir = process.cwd()): ServiceConfig {
  const prefix = service.toUpperCase();
  const dbVariable = `${prefix}_DATABASE_URL`;
  const database = parseDatabaseUrl(service, dbVariable, env[dbVariable] ?? `sqlite:./data/${service}.sqlite`, baseDir);
  return {
    service,
    port: readNumber(service, env, `${prefix}_PORT`, defaultPort, 0, 65535),
    host: env.HOST ?? '127.0.0.1',
    production: env.NODE_ENV === 'production',
    database,
    internalSecret: readSecret(service, env, 'INTERNAL_SIGNING_SECRET', DEV_INTERNAL_SECRET),
    logLevel: env.LOG_LEVEL ?? 'info',
    demoData: readBoolean(service, env, 'DEMO_DATA', database.kind === 'sqlite'),
    migrateOnStart: readBoolean(service, env, 'MIGRATE_ON_START', true),
    maxPageSize: readNumber(service, env, 'MAX_PAGE_SIZE', 100, 1, 1000),
    accessPolicy: loadAccessPolicy(service, env.ACCESS_POLICY_FILE),
    approvalStepDueWorkingDays: readNumber(service, env, 'APPROVAL_STEP_DUE_WORKING_DAYS', 2, 1, 60),
    clockOverride: readClockOverride(service, env),
    staffDirectory: StaffDirectory.load(service, env.STAFF_DIRECTORY_FILE || undefined, env.NODE_ENV === 'production'),
    businessTimeZone: readTimeZone(service, env, 'BUSINESS_TIME_ZONE', DEFAULT_BUSINESS_TIME_ZONE),
    http: loadHttpLimits(service, env),
    statementTimeoutMs: readNumber(service, env, 'SQL_STATEMENT_TIMEOUT_MS', 10_000, 100, 600_000),
    readinessTimeoutMs: readNumber(service, env, 'READINESS_TIMEOUT_MS', 1_000, 50, 60_000),
    maxInputStringLength: readNumber(service, env, 'MAX_INPUT_STRING_LENGTH', 10_000, 100, 1_000_000),
    operatorToken: readOperatorToken(service, env),
    events: loadEventsConfig(service, env),
  };
}
