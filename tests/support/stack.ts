import { issueClientToken, DEV_JWT_SECRET, DEV_INTERNAL_SECRET, Env, RunningSubgraph, ServiceConfig, DEMO_STAFF } from '@crm/platform';
import { freshTestDatabaseUrl } from '@crm/platform/testing';
import { loadGatewayConfig, RunningGateway, startGateway } from '@crm/gateway';
import * as customer from '@crm/customer';
import * as credit from '@crm/credit';
import * as complaint from '@crm/complaint';
import * as supplier from '@crm/supplier';
import * as reception from '@crm/reception';

interface ServicePackage {
  SERVICE_NAME: string;
  loadConfig: (env?: Env, baseDir?: string) => ServiceConfig;
  start: (config?: ServiceConfig) => Promise<RunningSubgraph>;
}

const PACKAGES: ServicePackage[] = [customer, credit, complaint, supplier, reception];

export interface Stack {
  gatewayUrl: string;
  subgraphs: Record<string, RunningSubgraph>;
  /** A bearer token for the demo staff member holding `role`. */
  tokenFor(role: string): Promise<string>;
  /** A bearer token for any staff member (id, name, roles, department). */
  tokenAs(staff: { id: string; name: string; roles: string[]; departmentId: string | null }): Promise<string>;
  /** Sends an operation to the gateway as a frontend would. */
  request<T = Record<string, unknown>>(
    query: string,
    options?: { token?: string; variables?: Record<string, unknown>; headers?: Record<string, string> },
  ): Promise<{ status: number; data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] }>;
  /** SQL statements each subgraph runs while `work` runs. */
  countSql(work: () => Promise<unknown>): Promise<Record<string, number>>;
  stop(): Promise<void>;
}

/**
 * Starts all five subgraphs (fresh databases with the demo data: SQLite in memory, or MariaDB with
 * TEST_DATABASE=mysql) and the gateway on free ports, as the end-to-end specs need them; `env` goes to all six.
 */
export async function startStack(env: Env = {}): Promise<Stack> {
  const subgraphs: Record<string, RunningSubgraph> = {};
  const gatewayEnv: Env = {
    GATEWAY_PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    JWT_SECRET: DEV_JWT_SECRET,
    INTERNAL_SIGNING_SECRET: DEV_INTERNAL_SECRET,
    // No periodic read of the departed staff (it would land in SQL counts at random); the read right after a
    // handover (CUS-032) still happens.
    GATEWAY_REVOCATION_REFRESH_SECONDS: '0',
    ...env,
  };
  let gateway: RunningGateway | undefined;
  const stop = async () => {
    await gateway?.stop();
    await Promise.all(Object.values(subgraphs).map((s) => s.stop()));
  };
  try {
    for (const pkg of PACKAGES) {
      const prefix = pkg.SERVICE_NAME.toUpperCase();
      const config = pkg.loadConfig({
        [`${prefix}_PORT`]: '0',
        [`${prefix}_DATABASE_URL`]: await freshTestDatabaseUrl(`e2e_${pkg.SERVICE_NAME}`),
        DEMO_DATA: 'true',
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
        INTERNAL_SIGNING_SECRET: DEV_INTERNAL_SECRET,
        // Consumers start once every producer's address is known (free ports).
        EVENTS_CONSUME: 'false',
        EVENTS_RELAY_INTERVAL_MS: '50',
        EVENTS_POLL_INTERVAL_MS: '50',
        ...env,
      });
      const running = await pkg.start(config);
      subgraphs[pkg.SERVICE_NAME] = running;
      gatewayEnv[`${prefix}_URL`] = running.url;
    }
    for (const running of Object.values(subgraphs)) {
      for (const producer of Object.values(subgraphs)) running.events.useSource(producer.name, producer.url);
      if (env.EVENTS_CONSUME !== 'false') running.events.startConsumers();
    }
    gateway = await startGateway(loadGatewayConfig(gatewayEnv));
  } catch (error) {
    await stop();
    throw error;
  }
  const gatewayUrl = gateway.url;
  return {
    gatewayUrl,
    subgraphs,
    tokenFor: async (role) => {
      const staff = DEMO_STAFF.find((s) => s.roles.includes(role));
      if (!staff) throw new Error(`no demo staff with role ${role}`);
      return issueClientToken(DEV_JWT_SECRET, { id: staff.id, name: staff.name, roles: staff.roles, departmentId: staff.departmentId });
    },
    tokenAs: (staff) => issueClientToken(DEV_JWT_SECRET, staff),
    request: async (query, options = {}) => {
      const response = await fetch(gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables: options.variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    countSql: async (work) => {
      for (const s of Object.values(subgraphs)) s.sqlCounter.reset();
      await work();
      return Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.sqlCounter.count]));
    },
    stop,
  };
}
