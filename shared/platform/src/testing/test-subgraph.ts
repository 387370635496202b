import { Caller } from '../auth/caller';
import { DEV_INTERNAL_SECRET, Env, ServiceConfig } from '../config/service-config';
import { RunningSubgraph } from '../server/subgraph-server';
import { callSubgraph, GraphQLResult } from './subgraph-client';
import { freshTestDatabaseUrl } from './test-database';

export interface TestSubgraph extends RunningSubgraph {
  /** Runs an operation as the given caller, signed like the gateway signs. */
  query<T = Record<string, unknown>>(
    caller: Caller,
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<T>>;
}

/**
 * Starts a subgraph for an integration test: a free port, a fresh database (SQLite in memory, or MariaDB with
 * TEST_DATABASE=mysql, through the real migrations), no demo data unless asked.
 */
export async function startTestSubgraph(
  service: string,
  loadConfig: (env: Env) => ServiceConfig,
  start: (config: ServiceConfig) => Promise<RunningSubgraph>,
  extraEnv: Env = {},
): Promise<TestSubgraph> {
  const prefix = service.toUpperCase();
  const env: Env = {
    [`${prefix}_PORT`]: '0',
    [`${prefix}_DATABASE_URL`]: await freshTestDatabaseUrl(service),
    DEMO_DATA: 'false',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    INTERNAL_SIGNING_SECRET: DEV_INTERNAL_SECRET,
    // Alone, a subgraph has no producer to read from; a test that needs its consumers starts them.
    EVENTS_CONSUME: 'false',
    ...extraEnv,
  };
  const config = loadConfig(env);
  const running = await start(config);
  return {
    ...running,
    query: (caller, query, variables, headers) => callSubgraph(running.url, config.internalSecret, caller, query, variables, headers),
  };
}
