import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { repositoryRoot } from './services';

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  logFile: string;
  /** Exit code (or signal) once it has exited. */
  exit?: string;
  /** Stopped on purpose (not a crash). */
  stopping?: boolean;
  exited: Promise<void>;
}

/** A port on 127.0.0.1 that nothing listens on (checked before starting, so a leftover `npm start` is named). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * The processes the benchmark starts: each a `node` child with its output in a log file. Every one is stopped on
 * the way out — SIGTERM, then SIGKILL after the grace period — also on failure and on Ctrl-C.
 */
export class ProcessGroup {
  private readonly processes: ManagedProcess[] = [];

  constructor(private readonly logDir: string) {
    fs.mkdirSync(logDir, { recursive: true });
  }

  start(name: string, args: string[], env: NodeJS.ProcessEnv, nodeOptions: string[] = []): ManagedProcess {
    const logFile = path.join(this.logDir, `${name}.log`);
    const log = fs.openSync(logFile, 'a');
    const child = spawn(process.execPath, [...nodeOptions, ...args], { cwd: repositoryRoot, env, stdio: ['ignore', log, log] });
    fs.closeSync(log);
    const managed: ManagedProcess = {
      name,
      child,
      logFile,
      exited: new Promise((resolve) => {
        child.once('exit', (code, signal) => {
          managed.exit = signal ? `signal ${signal}` : `exit code ${code}`;
          resolve();
        });
      }),
    };
    this.processes.push(managed);
    return managed;
  }

  /** Polls `url` until it answers 2xx; fails when the process exits first or `timeoutMs` passes. */
  async waitReady(proc: ManagedProcess, url: string, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (proc.exit)
        throw new Error(`${proc.name} exited during start (${proc.exit}); last lines of ${proc.logFile}:\n${tail(proc.logFile)}`);
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${proc.name} not ready after ${timeoutMs / 1000} s (${url}); last lines of ${proc.logFile}:\n${tail(proc.logFile)}`);
  }

  /** Processes that exited although nobody stopped them. */
  crashed(): ManagedProcess[] {
    return this.processes.filter((p) => p.exit !== undefined && !p.stopping);
  }

  /** SIGTERM (a clean stop also writes a --cpu-prof profile), SIGKILL after `graceMs`. */
  async stop(proc: ManagedProcess, graceMs = 15_000): Promise<void> {
    if (proc.exit !== undefined) return;
    proc.stopping = true;
    proc.child.kill('SIGTERM');
    const timer = setTimeout(() => proc.child.kill('SIGKILL'), graceMs);
    await proc.exited;
    clearTimeout(timer);
  }

  /** Stops every process still running, all at once; returns the ones that needed SIGKILL. */
  async stopAll(graceMs = 20_000): Promise<string[]> {
    const running = this.processes.filter((p) => p.exit === undefined);
    const killed: string[] = [];
    for (const p of running) {
      p.stopping = true;
      p.child.kill('SIGTERM');
    }
    const timer = setTimeout(() => {
      for (const p of running) {
        if (p.exit !== undefined) continue;
        killed.push(p.name);
        p.child.kill('SIGKILL');
      }
    }, graceMs);
    await Promise.all(running.map((p) => p.exited));
    clearTimeout(timer);
    return killed;
  }

  /** Last resort when the benchmark itself exits: no waiting possible any more. */
  killAllNow(): void {
    for (const p of this.processes) if (p.exit === undefined) p.child.kill('SIGKILL');
  }
}

export function tail(file: string, lines = 20): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Log lines of a service at warn level or above that mention slow SQL (pino: level 40 = warn). */
export function slowSqlWarnings(file: string): number {
  try {
    return fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.includes('slow sql')).length;
  } catch {
    return 0;
  }
}
