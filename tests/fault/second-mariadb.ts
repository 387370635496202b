import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A MariaDB server of its own (data folder, port and socket in a temp folder), to stop, hang and kill. */
export interface SecondMariaDb {
  port: number;
  url: (database: string) => string;
  process: () => ChildProcess;
  start: () => Promise<void>;
  stop: () => Promise<void>;
}

const INSTALL = '/usr/bin/mariadb-install-db';
const SERVER = '/usr/sbin/mariadbd';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function accepting(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('data', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
      setTimeout(() => {
        socket.destroy();
        resolve(false);
      }, 500);
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the second MariaDB did not accept connections on ${port} within ${timeoutMs} ms`);
}

/**
 * Initialises and starts a second MariaDB on a free port of 127.0.0.1 (no grant tables: root without a password). The
 * fault suite needs one it may SIGSTOP and kill; a machine without mariadbd fails the suite with this message rather
 * than skip it silently.
 */
export async function startSecondMariaDb(): Promise<SecondMariaDb> {
  for (const binary of [INSTALL, SERVER]) {
    if (!fs.existsSync(binary)) throw new Error(`the fault suite needs ${binary} to start a MariaDB it may stop and kill`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-fault-mariadb-'));
  const datadir = path.join(dir, 'data');
  execFileSync(INSTALL, ['--no-defaults', `--datadir=${datadir}`, '--auth-root-authentication-method=normal', '--skip-test-db'], {
    stdio: 'ignore',
  });
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(
      SERVER,
      [
        '--no-defaults',
        `--datadir=${datadir}`,
        `--port=${port}`,
        '--bind-address=127.0.0.1',
        `--socket=${path.join(dir, 'sock')}`,
        `--pid-file=${path.join(dir, 'pid')}`,
        '--skip-grant-tables',
        '--innodb-buffer-pool-size=32M',
        '--skip-log-bin',
        ...(process.getuid?.() === 0 ? ['--user=root'] : []),
      ],
      { stdio: 'ignore' },
    );
    await accepting(port, 60_000);
  };
  await start();
  return {
    port,
    url: (database) => `mysql://root@127.0.0.1:${port}/${database}`,
    process: () => child!,
    start,
    stop: async () => {
      if (child && child.exitCode === null && child.signalCode === null) {
        child.kill('SIGCONT');
        child.kill('SIGKILL');
        await new Promise((resolve) => child!.once('exit', resolve));
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
