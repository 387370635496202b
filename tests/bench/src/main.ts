import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { In } from 'typeorm';
import { CustomerEntity } from '@crm/customer/dist/shared/entities/customer.entity';
import { formatCustomerCode } from '@crm/customer/dist/modules/profile/customer-code.rules';
import { BenchOptions, parseOptions, USAGE } from './options';
import { datasetPlan, DatasetPlan } from './dataset/plan';
import { loadDataset } from './dataset/load';
import { Random, shuffle } from './dataset/random';
import { REGIONS } from './dataset/vocabulary';
import { OPERATIONS } from './operations';
import { BenchOperation, OperationContext, Target } from './operations/operation';
import { BenchCaller, benchCaller } from './runtime/caller';
import { signForDirectRun } from './runtime/direct-signing';
import { runLoad, sendOnce } from './runtime/load-runner';
import { errorText, say } from './runtime/log';
import { ProcessGroup, slowSqlWarnings } from './runtime/processes';
import { BenchDatabase, benchDatabases, databaseVersion, openBenchDatabase } from './runtime/services';
import { countSqlStatements, HiveLauncher, SqlCount } from './runtime/sql-counts';
import { activityPerRequest, DbStatusProbe, openDbStatusProbe } from './runtime/db-status';
import { benchPorts, RunningStack, setExtraEnv, startHiveGateway, startStack, SUPERGRAPH_FILE } from './runtime/stack';
import { formatProfileSummary, ProfileSummary, summariseProfile } from './report/profile-summary';
import {
  BenchReport,
  checkTargets,
  errorCount,
  errorKinds,
  loadTable,
  machineInfo,
  RESULTS_DIR,
  resultTable,
  RunRecord,
  sqlTable,
  suspiciousPlans,
  targetsText,
  writeReport,
} from './report/report';
import { DEV_INTERNAL_SECRET } from '@crm/platform';

/** Customers whose ids the operations cycle through. */
const SAMPLE_CUSTOMERS = 1000;
/** Concurrency of the warm-up before an operation's first measured run on a target. */
const WARMUP_CONNECTIONS = 16;

class Interrupted extends Error {}

/** What the runs need from the loaded data: a sample of live customer ids (in a fixed random order), the server version. */
async function operationContext(
  databases: readonly BenchDatabase[],
  plan: DatasetPlan,
  startedAt: Date,
): Promise<{ context: OperationContext; version: string }> {
  const db = databases.find((d) => d.service.SERVICE_NAME === 'customer')!;
  const dataSource = await openBenchDatabase(db, false);
  try {
    const random = new Random(plan.seed, 'operation-sample');
    const codes = new Set<string>();
    while (codes.size < Math.min(2 * SAMPLE_CUSTOMERS, plan.counts.customers))
      codes.add(formatCustomerCode(random.int(1, plan.counts.customers)));
    const rows = await dataSource
      .getRepository(CustomerEntity)
      .find({ select: { id: true, code: true }, where: { code: In([...codes]) }, order: { code: 'ASC' } });
    if (rows.length < 2) throw new Error('the bench customer database holds too few customers');
    const ids = shuffle(
      rows.map((r) => r.id),
      random,
    );
    const half = Math.ceil(ids.length / 2);
    return {
      context: {
        customerIds: ids.slice(0, half),
        writeCustomerIds: ids.slice(half),
        grades: ['A', 'B', 'C', 'D'],
        regions: REGIONS,
        now: startedAt,
        supergraph: fs.readFileSync(SUPERGRAPH_FILE, 'utf8'),
        runTag: startedAt.getTime().toString(36),
      },
      version: await databaseVersion(dataSource),
    };
  } finally {
    await dataSource.destroy();
  }
}

interface Runner {
  options: BenchOptions;
  stack: RunningStack;
  caller: BenchCaller;
  context: OperationContext;
  sqlCounts: SqlCount[];
  interrupted: () => boolean;
  setStop: (stop: (() => void) | undefined) => void;
  /** MySQL/MariaDB counters around each run (null on SQLite). */
  probe: DbStatusProbe | null;
}

function urlOf(runner: Runner, op: BenchOperation, target: Target): string {
  if (target === 'apollo') return runner.stack.apolloUrl;
  if (target === 'hive') return runner.stack.hiveUrl!;
  return runner.stack.subgraphUrls[op.directSubgraph!];
}

let runSequence = 0;

/** The operation prepared for one run: its own tag, so idempotency keys never repeat across runs. */
const prepareForRun = (runner: Runner, op: BenchOperation) =>
  op.prepare({ ...runner.context, runTag: `${runner.context.runTag}-${(runSequence += 1)}` });

/** One measured (or warm-up) run of an operation on a target. */
async function measure(runner: Runner, op: BenchOperation, target: Target, connections: number, durationSec: number) {
  const prepared = prepareForRun(runner, op);
  let operation = prepared;
  let signedHeaders: ((i: number) => Record<string, string>) | undefined;
  let headers: Record<string, string> = { authorization: `Bearer ${runner.caller.token}` };
  if (target === 'direct') {
    // Signed right before the run: gateway signatures are valid for 60 s.
    const signed = await signForDirectRun(prepared, DEV_INTERNAL_SECRET, runner.caller.caller);
    operation = signed.operation;
    signedHeaders = signed.headers;
    headers = {};
  }
  const result = await runLoad({
    url: urlOf(runner, op, target),
    operation,
    connections,
    durationSec,
    headers,
    signedHeaders,
    onStart: runner.setStop,
  });
  runner.setStop(undefined);
  if (runner.interrupted()) throw new Interrupted();
  return result;
}

const sqlFor = (counts: readonly SqlCount[], op: BenchOperation, target: Target): number | null => {
  const matching = counts.filter((c) => c.operation === op.id && c.target === target && !c.failure);
  const count = matching.find((c) => !c.pageSize || c.pageSize === 50) ?? matching[0];
  return count ? count.total : null;
};

async function runAll(runner: Runner, operations: readonly BenchOperation[], problems: string[]): Promise<RunRecord[]> {
  const { options } = runner;
  const runs: RunRecord[] = [];
  for (const op of operations) {
    const targets = op.targets.filter((t) => options.targets.includes(t) && (t !== 'hive' || runner.stack.hiveUrl));
    // A request that fails here would fail thousands of times below: say why once.
    for (const target of targets) {
      const prepared = prepareForRun(runner, op);
      let headers: Record<string, string> = { authorization: `Bearer ${runner.caller.token}` };
      let operation = prepared;
      if (target === 'direct') {
        const signed = await signForDirectRun(prepared, DEV_INTERNAL_SECRET, runner.caller.caller);
        operation = signed.operation;
        headers = signed.headers(0);
      }
      const smoke = await sendOnce(urlOf(runner, op, target), operation, 0, headers);
      if (!smoke.ok) problems.push(`${op.id} via ${target} fails: HTTP ${smoke.status} ${smoke.body.slice(0, 400)}`);
      if (!smoke.ok) say(`  ✘ ${op.id} via ${target}: HTTP ${smoke.status} ${smoke.body.slice(0, 400)}`);
      if (options.warmupSec > 0) await measure(runner, op, target, WARMUP_CONNECTIONS, options.warmupSec);
    }
    for (const connections of options.connections) {
      // Targets take turns at each level, so drift on this shared machine hits them alike.
      for (const target of targets) {
        const before = await runner.probe?.read();
        const result = await measure(runner, op, target, connections, options.durationSec);
        const after = await runner.probe?.read();
        const db = before && after ? activityPerRequest(before, after, result.requests) : undefined;
        const record: RunRecord = {
          operation: op.id,
          target,
          connections,
          durationSec: options.durationSec,
          sqlStatements: sqlFor(runner.sqlCounts, op, target),
          db,
          loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
          ...result,
        };
        runs.push(record);
        const errors = errorCount(result);
        say(
          `  ${op.id} ${target.padEnd(6)} ${String(connections).padStart(3)} conn: ${result.rps.toFixed(1).padStart(7)} req/s  p50 ${result.latencyMs.p50.toFixed(0)} ms  p99 ${result.latencyMs.p99.toFixed(0)} ms  ${result.bytesPerResponse} B/response` +
            (db ? `  DB/request: ${db.rowsRead} rows read (${db.scannedRows} by scans), ${db.diskReads} disk reads` : '') +
            (errors ? `  ✘ ${errors} errors (${errorKinds(result)})` : ''),
        );
        if (errors && result.samples.length) say(`    first failing response: ${result.samples[0].replace(/\s+/g, ' ').slice(0, 400)}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }
  return runs;
}

async function main(): Promise<number> {
  const parsed = parseOptions(process.argv.slice(2));
  if (parsed === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const options = parsed;
  setExtraEnv(options.env);
  const ports = benchPorts(options.portBase);
  const startedAt = new Date();
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const workDir = path.join(RESULTS_DIR, `${stamp}.tmp`);
  const profileDir = options.profile ? path.join(workDir, 'profiles') : undefined;
  const group = new ProcessGroup(path.join(workDir, 'logs'));
  const problems: string[] = [];

  let interrupted = false;
  let stopCurrent: (() => void) | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) {
      group.killAllNow();
      process.exit(130);
    }
    interrupted = true;
    say(`${signal}: stopping the benchmark and every process it started…`);
    stopCurrent?.();
    // Data loading and counting cannot be interrupted midway; stop what runs and leave.
    void group.stopAll(5_000).finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', () => group.killAllNow());

  const operations = OPERATIONS.filter((op) => options.operations.length === 0 || options.operations.includes(op.id));
  if (operations.length === 0) throw new Error(`--only matches no operation; there are ${OPERATIONS.map((o) => o.id).join(', ')}`);
  const databases = benchDatabases(options.database, options.mysqlServer);
  const plan = datasetPlan(options.seed, options.scale, startedAt);
  say(
    `data set (seed ${plan.seed}, scale ${plan.scale}) on ${options.database === 'mysql' ? `${options.mysqlServer}/crm_bench_*` : databases[0].url.replace(/[^/]+$/, '*.sqlite')}: ` +
      Object.entries(plan.counts)
        .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
        .join(', '),
  );

  const load = await loadDataset(databases, plan, options.reuseData);
  if (!load.reused) process.stdout.write(`\n${loadTable(load)}\n\n`);
  const { context, version } = await operationContext(databases, plan, startedAt);
  const machine = machineInfo(version);
  say(
    `machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.database}, load average ${machine.loadAverage.join(' ')}`,
  );
  const caller = await benchCaller('GM');

  let sqlCounts: SqlCount[] = [];
  if (options.sqlCount) {
    say('counting SQL statements per operation (subgraphs in this process, same databases)…');
    const launchHive: HiveLauncher = async (urls) => {
      const proc = startHiveGateway(group, 'hive-gateway-sql-count', ports.hiveCounting, urls);
      await group.waitReady(proc, `http://127.0.0.1:${ports.hiveCounting}/readiness`);
      return {
        url: `http://127.0.0.1:${ports.hiveCounting}/graphql`,
        stop: () => group.stop(proc),
      };
    };
    sqlCounts = await countSqlStatements(databases, operations, context, caller, options.targets, launchHive);
    process.stdout.write(`\n${sqlTable(sqlCounts)}\n\n`);
    const plans = suspiciousPlans(sqlCounts);
    if (plans)
      process.stdout.write(`Statements whose plan scans or sorts more than 1,000 rows (EXPLAIN; all plans are in the JSON):\n${plans}\n\n`);
  }

  let stack: RunningStack;
  try {
    say('starting the five subgraphs, our gateway and Hive Gateway, each its own process…');
    stack = await startStack(group, databases, ports, options.targets.includes('hive'), profileDir);
  } catch (error: unknown) {
    say(`✘ ${errorText(error)}`);
    await group.stopAll();
    return 1;
  }
  say(
    `all ready; ${options.durationSec} s per run at ${options.connections.join(', ')} connections${options.warmupSec ? `, ${options.warmupSec} s warm-up per operation and target` : ''}`,
  );

  let runs: RunRecord[] = [];
  const probe = await openDbStatusProbe(databases[0].target);
  try {
    runs = await runAll(
      { options, stack, caller, context, sqlCounts, interrupted: () => interrupted, setStop: (stop) => (stopCurrent = stop), probe },
      operations,
      problems,
    );
  } catch (error: unknown) {
    if (error instanceof Interrupted) return 130;
    problems.push(`runs stopped: ${errorText(error)}`);
    say(`✘ runs stopped: ${errorText(error)}`);
  } finally {
    await probe?.close();
  }
  for (const p of group.crashed()) problems.push(`${p.name} stopped by itself (${p.exit}); see ${p.logFile}`);
  say('stopping all processes…');
  const killed = await group.stopAll();
  if (killed.length) problems.push(`${killed.join(', ')} did not stop within 20 s of SIGTERM and were killed`);
  for (const p of stack.processes) if (p.exit && p.exit !== 'exit code 0') say(`  ${p.name}: ${p.exit}`);

  const slowSql = Object.fromEntries(stack.processes.map((p) => [p.name, slowSqlWarnings(p.logFile)]));
  const profiles: ProfileSummary[] = [];
  if (profileDir && fs.existsSync(profileDir)) {
    for (const file of fs.readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile')))
      profiles.push(summariseProfile(path.join(profileDir, file)));
    const text = profiles.map((p) => formatProfileSummary(p)).join('\n\n');
    fs.writeFileSync(path.join(profileDir, 'summary.txt'), `${text}\n`);
    process.stdout.write(`\n${text}\n`);
  }

  const targets = checkTargets(runs, sqlCounts, options.connections);
  const report: BenchReport = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine,
    options,
    dataset: { seed: plan.seed, scale: plan.scale, counts: plan.counts },
    operations: operations.map((op) => {
      const prepared = op.prepare(context);
      return { id: op.id, title: op.title, description: op.description, variant: prepared.variant, query: prepared.query };
    }),
    load,
    sqlCounts,
    runs,
    targets,
    slowSqlWarnings: slowSql,
    profiles,
    problems,
  };
  const file = writeReport(report);
  process.stdout.write(`\n${resultTable(runs)}\n\n${targetsText(targets)}\n\n`);
  if (Object.values(slowSql).some((n) => n > 0))
    say(
      `slow SQL (> 500 ms) warnings: ${Object.entries(slowSql)
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
  for (const p of problems) say(`✘ ${p}`);
  say(`results: ${path.relative(process.cwd(), file)} (and latest.json); process logs in ${path.relative(process.cwd(), workDir)}`);
  return problems.some((p) => p.includes('stopped by itself')) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    say(`✘ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
