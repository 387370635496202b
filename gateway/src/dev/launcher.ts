import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { repositoryRoot, SUBGRAPHS } from '../subgraphs';
import { formatLogLine, isReadyLine } from './log-format';

/**
 * `npm start`: runs the five subgraphs and the gateway, each in its own process, with their logs in one terminal
 * prefixed by service. Ctrl-C stops all of them cleanly; a process that dies is reported by name and exit code.
 */
interface Proc {
  name: string;
  script: string;
  child?: ChildProcess;
  exited: boolean;
  ready: boolean;
}

const COLOURS = [36, 32, 33, 35, 34, 31];
const useColour = process.stdout.isTTY;
const width = Math.max(...['gateway', ...SUBGRAPHS.map((s) => s.name)].map((n) => n.length));

function prefix(name: string, index: number): string {
  const label = name.padEnd(width);
  return useColour ? `\x1b[${COLOURS[index % COLOURS.length]}m${label} |\x1b[0m` : `${label} |`;
}

const procs: Proc[] = [
  ...SUBGRAPHS.map((s) => ({
    name: s.name,
    script: path.join(repositoryRoot, 'services', s.name, 'dist', 'main.js'),
    exited: false,
    ready: false,
  })),
  { name: 'gateway', script: path.join(repositoryRoot, 'gateway', 'dist', 'main.js'), exited: false, ready: false },
];

let stopping = false;

function say(message: string): void {
  process.stdout.write(`${'launcher'.padEnd(width)} | ${message}\n`);
}

/** A subgraph moved to another port with <SERVICE>_PORT is followed by the gateway unless <SERVICE>_URL says otherwise. */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const { name } of SUBGRAPHS) {
    const prefix = name.toUpperCase();
    if (env[`${prefix}_PORT`] && !env[`${prefix}_URL`]) env[`${prefix}_URL`] = `http://127.0.0.1:${env[`${prefix}_PORT`]}/graphql`;
  }
  return env;
}

function start(proc: Proc, index: number): void {
  const child = spawn(process.execPath, [proc.script], { cwd: repositoryRoot, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  proc.child = child;
  const label = prefix(proc.name, index);
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      if (isReadyLine(line)) proc.ready = true;
      process.stdout.write(`${label} ${formatLogLine(line)}\n`);
    });
  }
  // 'close' rather than 'exit': the child's last log lines are printed before it is counted as stopped.
  child.on('close', (code, signal) => {
    proc.exited = true;
    if (stopping) return;
    say(
      `✖ ${proc.name} stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}); see its lines above. The others keep running; Ctrl-C to stop.`,
    );
    if (procs.every((p) => p.exited)) process.exit(1);
  });
}

/** Ready when the service answers its readiness check — and it is ours: a process that died is never ready. */
/**
 * Ready when the service itself says so in its log (its "… ready" line): polling the port could be answered by
 * another process holding it. A process that died is never ready.
 */
async function waitUntilReady(proc: Proc, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !proc.exited && !proc.ready) await new Promise((resolve) => setTimeout(resolve, 100));
  return proc.ready && !proc.exited;
}

function stopAll(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  say(`stopping all services (${signal})…`);
  for (const proc of procs) if (!proc.exited) proc.child?.kill('SIGTERM');
  const check = setInterval(() => {
    if (procs.every((p) => p.exited)) {
      clearInterval(check);
      say('all services stopped');
      process.exit(0);
    }
  }, 100);
  setTimeout(() => {
    for (const proc of procs) if (!proc.exited) proc.child?.kill('SIGKILL');
    process.exit(1);
  }, 20_000).unref();
}

async function main(): Promise<void> {
  process.on('SIGINT', () => stopAll('SIGINT'));
  process.on('SIGTERM', () => stopAll('SIGTERM'));
  const started = Date.now();
  procs.forEach(start);
  const ready = await Promise.all(procs.map((proc) => waitUntilReady(proc, 60_000)));
  if (stopping) return;
  const late = procs.filter((_, i) => !ready[i]).map((p) => p.name);
  if (late.length) {
    say(`✖ not ready: ${late.join(', ')} (see their lines above)`);
    return;
  }
  const gatewayPort = Number(process.env.GATEWAY_PORT ?? 4000);
  say(`all six services ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  say(`GraphQL: http://localhost:${gatewayPort}/graphql   (token: npm run -s token -- --role SALES_DEPT_MANAGER)`);
}

void main();
