import path from 'node:path';
import { DEV_INTERNAL_SECRET, DEV_JWT_SECRET } from '@crm/platform';
import { ManagedProcess, portIsFree, ProcessGroup } from './processes';
import { BenchDatabase, repositoryRoot } from './services';

/**
 * Ports from a base (default 4000, `--port-base`): our gateway base, the subgraphs base+1…base+5 (their default
 * order), Hive Gateway base+10, and base+11 for Hive Gateway in front of the in-process subgraphs while SQL statements
 * are counted.
 */
export interface BenchPorts {
  apollo: number;
  hive: number;
  hiveCounting: number;
  subgraph: (defaultPort: number) => number;
}

export const DEFAULT_PORT_BASE = 4000;

export function benchPorts(base: number): BenchPorts {
  return { apollo: base, hive: base + 10, hiveCounting: base + 11, subgraph: (defaultPort) => base + (defaultPort - DEFAULT_PORT_BASE) };
}

export const SUPERGRAPH_FILE = path.join(repositoryRoot, 'gateway', 'supergraph.graphql');
const HIVE_CONFIG = path.join(__dirname, '..', 'hive', 'gateway.config.js');

/** The Hive Gateway CLI of the installed @graphql-hive/gateway (its package.json `bin`). */
function hiveBin(): string {
  return path.join(path.dirname(require.resolve('@graphql-hive/gateway')), 'bin.js');
}

/** Set by `--env NAME=VALUE`: added to every process's environment. */
let extraEnv: Record<string, string> = {};

export function setExtraEnv(env: Record<string, string>): void {
  extraEnv = { ...env };
}

/** What every process gets: the development secrets, quiet logs, the loopback interface, and `--env` additions. */
function baseEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    JWT_SECRET: DEV_JWT_SECRET,
    INTERNAL_SIGNING_SECRET: DEV_INTERNAL_SECRET,
    ...extraEnv,
  };
}

const upstreamEnv = (urls: Record<string, string>): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]));

/** Node options for `--profile`: a CPU profile per process, written when it stops cleanly. */
export function profileOptions(profileDir: string | undefined, name: string): string[] {
  return profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : [];
}

export function startHiveGateway(
  group: ProcessGroup,
  name: string,
  port: number,
  subgraphUrls: Record<string, string>,
  profileDir?: string,
): ManagedProcess {
  return group.start(
    name,
    [hiveBin(), 'supergraph', SUPERGRAPH_FILE, '--host', '127.0.0.1', '--port', String(port), '--config-path', HIVE_CONFIG],
    { ...baseEnv(), ...upstreamEnv(subgraphUrls), SUPERGRAPH_FILE },
    profileOptions(profileDir, name),
  );
}

export interface RunningStack {
  subgraphUrls: Record<string, string>;
  apolloUrl: string;
  hiveUrl: string | null;
  processes: ManagedProcess[];
}

/**
 * The five subgraphs (node services/<name>/dist/main.js on the bench databases, ports 4001–4005), our gateway
 * (node gateway/dist/main.js, port 4000) and Hive Gateway (port 4010), each its own process; resolves once all
 * answer their readiness endpoints.
 */
export async function startStack(
  group: ProcessGroup,
  databases: readonly BenchDatabase[],
  ports: BenchPorts,
  withHive: boolean,
  profileDir?: string,
): Promise<RunningStack> {
  const APOLLO_PORT = ports.apollo;
  const HIVE_PORT = ports.hive;
  const wanted = [...databases.map((d) => ports.subgraph(d.service.DEFAULT_PORT)), APOLLO_PORT, ...(withHive ? [HIVE_PORT] : [])];
  const busy: number[] = [];
  for (const port of wanted) if (!(await portIsFree(port))) busy.push(port);
  if (busy.length)
    throw new Error(
      `port(s) ${busy.join(', ')} on 127.0.0.1 are in use (is \`npm start\` running?); stop that or choose other ports with --port-base`,
    );

  const subgraphUrls: Record<string, string> = {};
  const processes: ManagedProcess[] = [];
  const readiness: Promise<void>[] = [];
  for (const db of databases) {
    const name = db.service.SERVICE_NAME;
    const prefix = name.toUpperCase();
    const port = ports.subgraph(db.service.DEFAULT_PORT);
    const proc = group.start(
      name,
      [path.join(repositoryRoot, 'services', name, 'dist', 'main.js')],
      { ...baseEnv(), [`${prefix}_DATABASE_URL`]: db.url, [`${prefix}_PORT`]: String(port), DEMO_DATA: 'false' },
      profileOptions(profileDir, name),
    );
    processes.push(proc);
    subgraphUrls[name] = `http://127.0.0.1:${port}/graphql`;
    readiness.push(group.waitReady(proc, `http://127.0.0.1:${port}/health/ready`));
  }
  await Promise.all(readiness);

  const apollo = group.start(
    'gateway',
    [path.join(repositoryRoot, 'gateway', 'dist', 'main.js')],
    { ...baseEnv(), ...upstreamEnv(subgraphUrls), GATEWAY_PORT: String(APOLLO_PORT) },
    profileOptions(profileDir, 'gateway'),
  );
  processes.push(apollo);
  const gatewaysReady = [group.waitReady(apollo, `http://127.0.0.1:${APOLLO_PORT}/health/ready`)];
  let hiveUrl: string | null = null;
  if (withHive) {
    const hive = startHiveGateway(group, 'hive-gateway', HIVE_PORT, subgraphUrls, profileDir);
    processes.push(hive);
    gatewaysReady.push(group.waitReady(hive, `http://127.0.0.1:${HIVE_PORT}/readiness`));
    hiveUrl = `http://127.0.0.1:${HIVE_PORT}/graphql`;
  }
  await Promise.all(gatewaysReady);
  return { subgraphUrls, apolloUrl: `http://127.0.0.1:${APOLLO_PORT}/graphql`, hiveUrl, processes };
}
