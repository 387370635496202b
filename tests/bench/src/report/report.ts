import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchOptions } from '../options';
import type { LoadReport } from '../dataset/load';
import type { DatasetCounts } from '../dataset/plan';
import type { Target } from '../operations/operation';
import type { LoadResult } from '../runtime/load-runner';
import type { SqlCount } from '../runtime/sql-counts';
import type { DbActivity } from '../runtime/db-status';
import type { ProfileSummary } from './profile-summary';

export interface RunRecord extends LoadResult {
  operation: string;
  target: Target;
  connections: number;
  durationSec: number;
  /** SQL statements one request costs (all subgraphs), from the in-process count. */
  sqlStatements: number | null;
  /** Database work per request during the run (MySQL/MariaDB server counters). */
  db?: DbActivity;
  /** 1-minute load average at the end of the run: other work on the machine shows here. */
  loadAverage: number;
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  os: string;
  database: string;
  /** Load average when the runs started (other work on the machine skews the numbers). */
  loadAverage: number[];
}

export interface TargetCheck {
  target: string;
  met: boolean | null;
  detail: string;
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  machine: Machine;
  options: BenchOptions;
  dataset: { seed: number; scale: number; counts: DatasetCounts };
  operations: { id: string; title: string; description: string; variant?: string; query: string }[];
  load: LoadReport;
  sqlCounts: SqlCount[];
  runs: RunRecord[];
  targets: TargetCheck[];
  /** Slow-SQL warnings (> 500 ms) each process logged during the runs. */
  slowSqlWarnings: Record<string, number>;
  profiles: ProfileSummary[];
  /** Processes that stopped on their own, failed runs, and other problems. */
  problems: string[];
}

export function machineInfo(database: string): Machine {
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    database,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

function table(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (rightAligned[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w, i) => (rightAligned[i] ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

export const errorCount = (r: LoadResult) => r.errors + r.non2xx + r.graphqlErrors;

/** "12 timeouts, 3 GraphQL": the kinds of failure of a run (timeouts are socket errors after 10 s without an answer). */
export function errorKinds(r: LoadResult): string {
  const kinds: [number, string][] = [
    [r.timeouts, 'timeouts'],
    [r.errors - r.timeouts, 'socket'],
    [r.non2xx, 'non-2xx'],
    [r.graphqlErrors, 'GraphQL'],
  ];
  return kinds
    .filter(([n]) => n > 0)
    .map(([n, kind]) => `${n} ${kind}`)
    .join(', ');
}

/** The main table: operation × concurrency × target, as Markdown (it goes into the README as is). */
export function resultTable(runs: readonly RunRecord[]): string {
  // A run where no request completed has no latency (each took longer than the run).
  const ms = (r: RunRecord, v: number) => (r.requests > 0 ? fmt(v, 0) : `> ${r.durationSec * 1000}`);
  const rows = runs.map((r) => [
    r.operation,
    r.target,
    String(r.connections),
    r.rps >= 10 ? fmt(r.rps, 0) : fmt(r.rps, 1),
    ms(r, r.latencyMs.p50),
    ms(r, r.latencyMs.p99),
    errorCount(r) === 0 ? '0' : `${errorCount(r)} (${errorKinds(r)})`,
    r.sqlStatements === null ? '–' : String(r.sqlStatements),
    r.db ? Math.round(r.db.rowsRead).toLocaleString('en') : '–',
  ]);
  return table(['op', 'via', 'conn', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'SQL/req', 'DB rows read/req'], rows, [
    false,
    false,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
  ]);
}

export function sqlTable(counts: readonly SqlCount[]): string {
  const services = [...new Set(counts.flatMap((c) => Object.keys(c.perSubgraph)))];
  const rows = counts.map((c) => [
    c.operation + (c.pageSize ? ` (${c.pageSize} items)` : ''),
    c.target,
    ...services.map((s) => String(c.perSubgraph[s] ?? 0)),
    String(c.total),
    c.failure ? 'FAILED' : '',
  ]);
  return table(['op', 'via', ...services, 'total', ''], rows, [false, false, ...services.map(() => true), true, false]);
}

/** The SELECTs whose plan scans, sorts or builds a temporary table over many rows, per operation. */
export function suspiciousPlans(counts: readonly SqlCount[]): string {
  const lines: string[] = [];
  for (const c of counts) {
    for (const s of c.statements ?? []) {
      if (!s.suspicious) continue;
      lines.push(
        `${c.operation}${c.pageSize ? ` (${c.pageSize} items)` : ''} ${s.subgraph}: ${s.sql.replace(/\s+/g, ' ').slice(0, 160)}…`,
        ...s.plan.map((p) => `    ${p}`),
      );
    }
  }
  return lines.join('\n');
}

export function loadTable(load: LoadReport): string {
  const rows = load.tables.map((t) => [
    `${t.service}.${t.table}`,
    t.rows ? t.rows.toLocaleString('en') : '',
    fmt(t.ms / 1000),
    t.rows ? Math.round(t.rows / (t.ms / 1000)).toLocaleString('en') : '',
  ]);
  rows.push(['total (generation, schema, rows, indexes)', '', fmt(load.totalMs / 1000), '']);
  return table(['table', 'rows', 'seconds', 'rows/s'], rows, [false, true, true, true]);
}

/** Sums of a run set, by operation, target and concurrency. */
const find = (runs: readonly RunRecord[], operation: string, target: Target, connections: number) =>
  runs.find((r) => r.operation === operation && r.target === target && r.connections === connections);

/** How far the measured run is from each target of the issue. */
export function checkTargets(runs: readonly RunRecord[], sql: readonly SqlCount[], connections: readonly number[]): TargetCheck[] {
  const checks: TargetCheck[] = [];

  const lists = [...new Set(sql.filter((c) => c.pageSize).map((c) => `${c.operation}|${c.target}`))];
  if (lists.length) {
    const details = lists.map((key) => {
      const [operation, target] = key.split('|');
      const small = sql.find((c) => c.operation === operation && c.target === target && c.pageSize === 5);
      const large = sql.find((c) => c.operation === operation && c.target === target && c.pageSize === 50);
      return {
        ok: !!small && !!large && small.total === large.total && !small.failure && !large.failure,
        text: `${operation} via ${target}: ${small?.total ?? '?'} statements for 5 items, ${large?.total ?? '?'} for 50`,
      };
    });
    checks.push({
      target: 'SQL statements do not grow with the list size',
      met: details.every((d) => d.ok),
      detail: details.map((d) => d.text).join('; '),
    });
  } else {
    checks.push({ target: 'SQL statements do not grow with the list size', met: null, detail: 'not measured' });
  }

  const failing = runs.filter((r) => errorCount(r) > 0);
  checks.push({
    target: 'zero errors at every concurrency level',
    met: runs.length ? failing.length === 0 : null,
    detail: failing.length
      ? failing.map((r) => `${r.operation} via ${r.target} @${r.connections}: ${errorCount(r)} of ${r.requests + r.errors}`).join('; ')
      : `${runs.length} runs without an error`,
  });

  const top = Math.max(...connections);
  const q2 = find(runs, 'Q2', 'apollo', top);
  checks.push({
    target: `Q2 p99 < 50 ms at ${top} connections (our gateway)`,
    met: q2 ? q2.requests > 0 && q2.latencyMs.p99 < 50 : null,
    detail: q2
      ? `p99 ${fmt(q2.latencyMs.p99, 0)} ms (p50 ${fmt(q2.latencyMs.p50, 0)} ms, ${fmt(q2.rps, 0)} req/s)${q2.latencyMs.p99 >= 50 ? `: ${fmt(q2.latencyMs.p99 / 50)}× the target` : ''}`
      : 'not measured',
  });

  const pairs = runs
    .filter((r) => r.target === 'apollo')
    .map((a) => ({ a, h: find(runs, a.operation, 'hive', a.connections) }))
    .filter((p) => p.h);
  checks.push({
    target: 'our gateway ≥ Hive Gateway in requests/s',
    met: pairs.length ? pairs.every(({ a, h }) => a.rps >= h!.rps) : null,
    detail: pairs.length
      ? pairs.map(({ a, h }) => `${a.operation}@${a.connections} ${fmt((a.rps / h!.rps) * 100, 0)}%`).join(', ')
      : 'not measured',
  });

  const s1 = connections
    .map((c) => ({ c, direct: find(runs, 'S1', 'direct', c), apollo: find(runs, 'S1', 'apollo', c), hive: find(runs, 'S1', 'hive', c) }))
    .filter((x) => x.direct && x.apollo);
  checks.push({
    target: 'gateway overhead: S1 through our gateway ≥ 70% of direct requests/s',
    met: s1.length ? s1.every((x) => x.apollo!.rps >= 0.7 * x.direct!.rps) : null,
    detail: s1.length
      ? s1
          .map(
            (x) =>
              `@${x.c}: ours ${fmt((x.apollo!.rps / x.direct!.rps) * 100, 0)}%${x.hive ? `, Hive ${fmt((x.hive.rps / x.direct!.rps) * 100, 0)}%` : ''} of direct ${fmt(x.direct!.rps, 0)} req/s`,
          )
          .join('; ')
      : 'not measured',
  });
  return checks;
}

export function targetsText(checks: readonly TargetCheck[]): string {
  return checks.map((c) => `${c.met === null ? '–' : c.met ? '✔' : '✘'} ${c.target}: ${c.detail}`).join('\n');
}

export const RESULTS_DIR = path.join(__dirname, '..', '..', 'results');

/** Writes results/<ISO timestamp>.json and results/latest.json; returns the first path. */
export function writeReport(report: BenchReport): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${report.startedAt.replace(/[:.]/g, '-')}.json`);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  fs.writeFileSync(file, json);
  fs.writeFileSync(path.join(RESULTS_DIR, 'latest.json'), json);
  return file;
}
