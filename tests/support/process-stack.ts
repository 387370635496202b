import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { DEMO_DEPARTMENTS, DEMO_STAFF, issueClientToken } from '@crm/platform';

/** The five subgraphs in start order, as `npm start` runs them. */
export const SUBGRAPH_NAMES = ['customer', 'credit', 'complaint', 'supplier', 'reception'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

const repositoryRoot = path.resolve(__dirname, '..', '..');

/** One service running as its own `node` process (the built dist/main.js), on a free port it reports when ready. */
export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  url: string;
  /** Base URL without /graphql (for /health/…). */
  origin: string;
  /** How it exited, once it has. */
  exit?: string;
  exited: Promise<void>;
  /** The last lines of its output (for failure messages). */
  lines: string[];
}

export interface ProcessStack {
  gateway: ServiceProcess;
  subgraphs: Record<SubgraphName, ServiceProcess>;
  env: NodeJS.ProcessEnv;
  jwtSecret: string;
  internalSecret: string;
  tokenFor(role: string): Promise<string>;
  /** Starts a stopped or killed subgraph again on the same port (the gateway keeps its URL). */
  restart(name: SubgraphName): Promise<ServiceProcess>;
  /** Every process that exited although nobody stopped it. */
  crashed(): string[];
  stop(): Promise<void>;
}

/** The directories production requires (ORG_DIRECTORY_FILE, STAFF_DIRECTORY_FILE): the demo ones, written to files. */
function directoryFile(dir: string, name: string, content: unknown): string {
  const file = path.join(dir, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify(content));
  return file;
}

function readyUrlOf(line: string): string | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const entry = JSON.parse(line) as { msg?: unknown; url?: unknown };
    return typeof entry.msg === 'string' && /(subgraph|gateway) ready$/.test(entry.msg) && typeof entry.url === 'string'
      ? entry.url
      : undefined;
  } catch {
    return undefined;
  }
}

function spawnService(name: string, script: string, env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [script], { cwd: repositoryRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let exit: string | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exit = signal ? `signal ${signal}` : `exit code ${code}`;
      service.exit = exit;
      resolve();
    }),
  );
  const service = { name, child, url: '', origin: '', lines, exited } as ServiceProcess;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} not ready within ${timeoutMs} ms:\n${lines.join('\n')}`)), timeoutMs);
    for (const stream of [child.stdout, child.stderr]) {
      if (!stream) continue;
      readline.createInterface({ input: stream }).on('line', (line) => {
        lines.push(line);
        if (lines.length > 40) lines.shift();
        const url = readyUrlOf(line);
        if (url && !service.url) {
          clearTimeout(timer);
          service.url = url;
          service.origin = url.replace(/\/graphql$/, '');
          resolve(service);
        }
      });
    }
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${name} exited during start (${exit}):\n${lines.join('\n')}`));
    });
  });
}

async function stopProcess(service: ServiceProcess, graceMs = 20_000): Promise<void> {
  if (service.exit !== undefined) return;
  service.child.kill('SIGCONT');
  service.child.kill('SIGTERM');
  const timer = setTimeout(() => service.child.kill('SIGKILL'), graceMs);
  await service.exited;
  clearTimeout(timer);
}

/**
 * The gateway and the five subgraphs as separate processes in production mode (NODE_ENV=production, real random
 * secrets, the required directories), each on a free port of 127.0.0.1, with the demo data in SQLite files of a
 * temporary folder unless `databaseUrls` names another database. `env` goes to all six.
 */
export async function startProcessStack(
  options: { env?: NodeJS.ProcessEnv; databaseUrls?: Partial<Record<SubgraphName, string>> } = {},
): Promise<ProcessStack> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-stack-'));
  const jwtSecret = randomBytes(24).toString('hex');
  const internalSecret = randomBytes(24).toString('hex');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'info',
    JWT_SECRET: jwtSecret,
    INTERNAL_SIGNING_SECRET: internalSecret,
    ORG_DIRECTORY_FILE: directoryFile(dir, 'organisation', DEMO_DEPARTMENTS),
    STAFF_DIRECTORY_FILE: directoryFile(
      dir,
      'staff',
      DEMO_STAFF.map((s) => ({ id: s.id, name: s.name, departmentId: s.departmentId })),
    ),
    DEMO_DATA: 'true',
    ...options.env,
  };
  const subgraphs = {} as Record<SubgraphName, ServiceProcess>;
  const subgraphEnv = (name: SubgraphName, port: string): NodeJS.ProcessEnv => ({
    ...env,
    [`${name.toUpperCase()}_PORT`]: port,
    [`${name.toUpperCase()}_DATABASE_URL`]: options.databaseUrls?.[name] ?? `sqlite:${path.join(dir, `${name}.sqlite`)}`,
  });
  const scriptOf = (name: string) => path.join(repositoryRoot, name === 'gateway' ? 'gateway' : `services/${name}`, 'dist', 'main.js');
  let gateway: ServiceProcess | undefined;
  const stoppedOnPurpose = new Set<ServiceProcess>();
  const stop = async () => {
    if (gateway) stoppedOnPurpose.add(gateway);
    for (const s of Object.values(subgraphs)) stoppedOnPurpose.add(s);
    if (gateway) await stopProcess(gateway);
    await Promise.all(Object.values(subgraphs).map((s) => stopProcess(s)));
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    // One at a time: five processes seeding demo data at once on two cores would only be slower.
    for (const name of SUBGRAPH_NAMES) subgraphs[name] = await spawnService(name, scriptOf(name), subgraphEnv(name, '0'));
    const gatewayEnv: NodeJS.ProcessEnv = { ...env, GATEWAY_PORT: '0' };
    for (const name of SUBGRAPH_NAMES) gatewayEnv[`${name.toUpperCase()}_URL`] = subgraphs[name].url;
    gateway = await spawnService('gateway', scriptOf('gateway'), gatewayEnv);
  } catch (error) {
    await stop();
    throw error;
  }
  const running = gateway;
  return {
    gateway: running,
    subgraphs,
    env,
    jwtSecret,
    internalSecret,
    tokenFor: async (role) => {
      const staff = DEMO_STAFF.find((s) => s.roles.includes(role));
      if (!staff) throw new Error(`no demo staff with role ${role}`);
      return issueClientToken(jwtSecret, { id: staff.id, name: staff.name, roles: staff.roles, departmentId: staff.departmentId });
    },
    restart: async (name) => {
      const previous = subgraphs[name];
      stoppedOnPurpose.add(previous);
      await stopProcess(previous);
      const port = new URL(previous.url).port;
      subgraphs[name] = await spawnService(name, scriptOf(name), subgraphEnv(name, port));
      return subgraphs[name];
    },
    crashed: () =>
      [running, ...Object.values(subgraphs)]
        .filter((s) => s.exit !== undefined && !stoppedOnPurpose.has(s))
        .map((s) => `${s.name} (${s.exit})`),
    stop,
  };
}

/** Resident memory of a process in bytes (Linux /proc). */
export function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status);
  return kb ? Number(kb[1]) * 1024 : 0;
}
