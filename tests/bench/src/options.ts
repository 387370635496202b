import { DatabaseKind } from './runtime/services';
import { Target, TARGETS } from './operations/operation';

export interface BenchOptions {
  database: DatabaseKind;
  /** MySQL/MariaDB server the crm_bench_* databases live on. */
  mysqlServer: string;
  scale: number;
  seed: number;
  reuseData: boolean;
  durationSec: number;
  warmupSec: number;
  connections: number[];
  /** Operation ids to run (all when empty). */
  operations: string[];
  targets: Target[];
  /** Write a CPU profile of every process (numbers are then not comparable with unprofiled runs). */
  profile: boolean;
  /** Skip the in-process SQL statement count. */
  sqlCount: boolean;
  /** Extra environment for every process started (before/after comparisons of a setting). */
  env: Record<string, string>;
  /** Our gateway's port; the subgraphs take the next five, Hive Gateway base+10 (and base+11 while counting). */
  portBase: number;
}

export const USAGE = `npm run bench [-- options]      (builds, then runs tests/bench/dist/main.js with the options)

  --sqlite               run the subgraphs on SQLite files under the temp folder (default: MariaDB/MySQL)
  --mysql <url>          MySQL/MariaDB server for the crm_bench_* databases (default mysql://root@127.0.0.1:3306,
                         or BENCH_MYSQL_URL)
  --scale <n>            data set size relative to the issue's (1 = 100,000 customers …; 0.1 for a quick run)
  --seed <n>             generator seed (default 20260301)
  --reuse-data           keep the bench databases when they already hold this data set (checked by counts)
  --duration <s>         seconds per measured run (default 10)
  --warmup <s>           seconds of warm-up per operation and target before its first run (default 3; 0 = none)
  --connections <list>   concurrency levels (default 1,16,64)
  --only <list>          operations to run, e.g. Q1,Q2 (default all: Q1,Q2,Q3,M1,S1)
  --targets <list>       apollo,hive,direct (default all)
  --no-sql-count         skip counting SQL statements
  --env NAME=VALUE       extra environment for the started processes (repeatable), e.g. to compare a setting
  --port-base <n>        our gateway on n, subgraphs on n+1…n+5, Hive Gateway on n+10 (default 4000)
  --profile              CPU-profile every process (node --cpu-prof); summaries go to the results
  --help`;

function list(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

function positiveNumber(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isFinite(n) || n <= 0) throw new Error(`${flag} needs a positive number, got ${value ?? 'nothing'}`);
  return n;
}

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): BenchOptions | 'help' {
  const options: BenchOptions = {
    database: 'mysql',
    mysqlServer: env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306',
    scale: 1,
    seed: 20260301,
    reuseData: false,
    durationSec: 10,
    warmupSec: 3,
    connections: [1, 16, 64],
    operations: [],
    targets: [...TARGETS],
    profile: false,
    sqlCount: true,
    env: {},
    portBase: 4000,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = () => argv[++i];
    switch (flag) {
      case '--help':
      case '-h':
        return 'help';
      case '--sqlite':
        options.database = 'sqlite';
        break;
      case '--mysql':
        options.database = 'mysql';
        options.mysqlServer = value() ?? options.mysqlServer;
        break;
      case '--scale':
        options.scale = positiveNumber(flag, value());
        break;
      case '--seed':
        options.seed = Math.floor(positiveNumber(flag, value()));
        break;
      case '--reuse-data':
        options.reuseData = true;
        break;
      case '--duration':
        options.durationSec = positiveNumber(flag, value());
        break;
      case '--warmup': {
        const v = Number(value());
        if (!Number.isFinite(v) || v < 0) throw new Error('--warmup needs a number of seconds ≥ 0');
        options.warmupSec = v;
        break;
      }
      case '--connections':
        options.connections = list(value() ?? '').map((c) => Math.floor(positiveNumber(flag, c)));
        break;
      case '--only':
        options.operations = list(value() ?? '').map((o) => o.toUpperCase());
        break;
      case '--targets': {
        const targets = list(value() ?? '');
        const unknown = targets.filter((t) => !TARGETS.includes(t as Target));
        if (unknown.length) throw new Error(`unknown target(s) ${unknown.join(', ')}; use ${TARGETS.join(',')}`);
        options.targets = targets as Target[];
        break;
      }
      case '--no-sql-count':
        options.sqlCount = false;
        break;
      case '--profile':
        options.profile = true;
        break;
      case '--port-base':
        options.portBase = Math.floor(positiveNumber(flag, value()));
        if (options.portBase > 65_000) throw new Error('--port-base must leave room for 11 more ports');
        break;
      case '--env': {
        const pair = value() ?? '';
        const at = pair.indexOf('=');
        if (at <= 0) throw new Error(`--env needs NAME=VALUE, got ${pair}`);
        options.env[pair.slice(0, at)] = pair.slice(at + 1);
        break;
      }
      default:
        throw new Error(`unknown option ${flag}\n\n${USAGE}`);
    }
  }
  if (options.durationSec > 50) throw new Error('--duration is at most 50 s (direct requests carry gateway signatures valid for 60 s)');
  return options;
}
