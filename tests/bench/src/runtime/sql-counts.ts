import { DEV_INTERNAL_SECRET, DEV_JWT_SECRET, RunningSubgraph } from '@crm/platform';
import { loadGatewayConfig, RunningGateway, startGateway } from '@crm/gateway';
import { BenchOperation, OperationContext, PreparedOperation, Target } from '../operations/operation';
import { sendOnce } from './load-runner';
import { signForDirectRun } from './direct-signing';
import { BenchDatabase, repositoryRoot } from './services';
import { BenchCaller } from './caller';
import { say } from './log';

export interface SqlCount {
  operation: string;
  target: Target;
  /** Page size for list operations (the scaling check runs them at 5 and at 50). */
  pageSize?: number;
  perSubgraph: Record<string, number>;
  total: number;
  /** The operation failed here (status and the start of the body). */
  failure?: string;
  /** The statements of the counted request with the database's plan for each SELECT (our gateway only). */
  statements?: ExplainedStatement[];
}

export interface ExplainedStatement {
  subgraph: string;
  sql: string;
  /** One line per plan row: MySQL `table: type key=… rows=… Extra`, SQLite EXPLAIN QUERY PLAN details. */
  plan: string[];
  /** A full scan, a filesort or a temporary table over more than a thousand rows. */
  suspicious: boolean;
}

interface CapturedStatement {
  subgraph: string;
  sql: string;
  parameters: unknown[];
}

interface MysqlPlanRow {
  table: string | null;
  type: string | null;
  key: string | null;
  rows: number | string | null;
  Extra: string | null;
}

/** Runs EXPLAIN (MySQL) or EXPLAIN QUERY PLAN (SQLite) for a captured SELECT. */
async function explain(running: RunningSubgraph, statement: CapturedStatement): Promise<ExplainedStatement> {
  const sqlite = running.dataSource.options.type === 'better-sqlite3';
  try {
    if (sqlite) {
      const rows = (await running.dataSource.query(`EXPLAIN QUERY PLAN ${statement.sql}`, statement.parameters)) as { detail: string }[];
      const plan = rows.map((r) => r.detail);
      return {
        subgraph: statement.subgraph,
        sql: statement.sql,
        plan,
        suspicious: plan.some((d) => /^SCAN (?!.*USING (COVERING )?INDEX)/.test(d) || /TEMP B-TREE/.test(d)),
      };
    }
    const rows = (await running.dataSource.query(`EXPLAIN ${statement.sql}`, statement.parameters)) as MysqlPlanRow[];
    const plan = rows.map(
      (r) => `${r.table ?? '-'}: ${r.type ?? '-'} key=${r.key ?? '-'} rows=${r.rows ?? '-'}${r.Extra ? ` ${r.Extra}` : ''}`,
    );
    const suspicious = rows.some((r) => Number(r.rows ?? 0) > 1000 && (r.type === 'ALL' || /filesort|temporary/i.test(r.Extra ?? '')));
    return { subgraph: statement.subgraph, sql: statement.sql, plan, suspicious };
  } catch (error: unknown) {
    return {
      subgraph: statement.subgraph,
      sql: statement.sql,
      plan: [`(EXPLAIN failed: ${error instanceof Error ? error.message : String(error)})`],
      suspicious: false,
    };
  }
}

export interface HiveLauncher {
  /** Starts Hive Gateway on `port` in front of the given subgraph URLs; resolves to its URL and a stop function. */
  (subgraphUrls: Record<string, string>): Promise<{ url: string; stop: () => Promise<void> }>;
}

/**
 * SQL statements per operation and subgraph. The subgraph processes cannot report their in-process counters, so the
 * same subgraphs run here in this process on the same databases (the platform's SqlStatementCounter of each
 * RunningSubgraph), behind our gateway (in-process) and Hive Gateway (a process). Each operation runs once to warm
 * up, then once counted.
 */
export async function countSqlStatements(
  databases: readonly BenchDatabase[],
  operations: readonly BenchOperation[],
  context: OperationContext,
  caller: BenchCaller,
  targets: readonly Target[],
  launchHive: HiveLauncher | null,
): Promise<SqlCount[]> {
  const subgraphs: Record<string, RunningSubgraph> = {};
  let gateway: RunningGateway | undefined;
  let hive: { url: string; stop: () => Promise<void> } | undefined;
  const counts: SqlCount[] = [];
  try {
    for (const db of databases) {
      const name = db.service.SERVICE_NAME;
      const prefix = name.toUpperCase();
      const config = db.service.loadConfig(
        {
          [`${prefix}_PORT`]: '0',
          [`${prefix}_DATABASE_URL`]: db.url,
          DEMO_DATA: 'false',
          MIGRATE_ON_START: 'false',
          LOG_LEVEL: 'silent',
          INTERNAL_SIGNING_SECRET: DEV_INTERNAL_SECRET,
        },
        repositoryRoot,
      );
      subgraphs[name] = await db.service.start(config);
    }
    // Each data source's logger is its SqlStatementCounter; wrapping it here also keeps the parameters, for EXPLAIN.
    let captured: CapturedStatement[] | null = null;
    for (const [name, running] of Object.entries(subgraphs)) {
      const counter = running.sqlCounter as unknown as { logQuery: (query: string, parameters?: unknown[]) => void };
      const original = counter.logQuery.bind(counter);
      counter.logQuery = (query, parameters) => {
        if (captured && /^\s*SELECT\b/i.test(query)) captured.push({ subgraph: name, sql: query, parameters: parameters ?? [] });
        original(query, parameters);
      };
    }
    const urls = Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url]));
    gateway = await startGateway(
      loadGatewayConfig({
        GATEWAY_PORT: '0',
        LOG_LEVEL: 'silent',
        JWT_SECRET: DEV_JWT_SECRET,
        INTERNAL_SIGNING_SECRET: DEV_INTERNAL_SECRET,
        ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
      }),
    );
    if (targets.includes('hive') && launchHive) hive = await launchHive(urls);

    const measure = async (op: BenchOperation, target: Target, prepared: PreparedOperation, pageSize?: number) => {
      let url: string;
      let headers: (i: number) => Record<string, string> = () => ({ authorization: `Bearer ${caller.token}` });
      let operation = prepared;
      if (target === 'direct') {
        const signed = await signForDirectRun(prepared, DEV_INTERNAL_SECRET, caller.caller);
        operation = signed.operation;
        headers = signed.headers;
        url = subgraphs[op.directSubgraph!].url;
      } else {
        url = target === 'apollo' ? gateway!.url : hive!.url;
      }
      // Warm-up (first plan, first statements prepared), then the counted request with other variables.
      await sendOnce(url, operation, 1, headers(1));
      for (const s of Object.values(subgraphs)) s.sqlCounter.reset();
      captured = target === 'apollo' ? [] : null;
      const response = await sendOnce(url, operation, 2, headers(2));
      const perSubgraph = Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.sqlCounter.count]));
      const selects: CapturedStatement[] = captured ?? [];
      captured = null;
      const statements = await Promise.all(selects.map((statement) => explain(subgraphs[statement.subgraph], statement)));
      counts.push({
        statements: target === 'apollo' ? statements : undefined,
        operation: op.id,
        target,
        pageSize,
        perSubgraph,
        total: Object.values(perSubgraph).reduce((a, b) => a + b, 0),
        failure: response.ok ? undefined : `HTTP ${response.status}: ${response.body.slice(0, 300)}`,
      });
    };

    let sequence = 0;
    for (const op of operations) {
      for (const target of op.targets) {
        if (!targets.includes(target) || (target === 'hive' && !hive)) continue;
        // Each target gets its own idempotency keys: a repeated key is answered without a write.
        const prepared = op.prepare({ ...context, runTag: `${context.runTag}-sql${(sequence += 1)}` });
        if (op.pageSizeVariable) {
          // The same list at 5 and at 50 items: the statement count must not grow with the page.
          for (const size of [5, 50]) {
            const sized: PreparedOperation = {
              ...prepared,
              variables: (i) => ({ ...prepared.variables(i), [op.pageSizeVariable!]: size }),
            };
            await measure(op, target, sized, size);
          }
        } else {
          await measure(op, target, prepared);
        }
      }
    }
  } finally {
    await hive?.stop().catch(() => undefined);
    await gateway?.stop().catch(() => undefined);
    await Promise.all(Object.values(subgraphs).map((s) => s.stop().catch(() => undefined)));
  }
  for (const c of counts) if (c.failure) say(`  SQL count of ${c.operation} via ${c.target} failed: ${c.failure}`);
  return counts;
}
