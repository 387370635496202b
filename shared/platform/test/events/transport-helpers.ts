import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { Env } from '../../src';

/** The transports the event specs run on: the embedded one always, NATS JetStream with TEST_EVENTS=nats. */
export const TRANSPORTS: ('embedded' | 'nats')[] = process.env.TEST_EVENTS === 'nats' ? ['embedded', 'nats'] : ['embedded'];

export const NATS_URL = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

/** A stream prefix of its own per test, so parallel runs on one NATS server never share streams. */
export function uniquePrefix(): string {
  const run = (process.env.TEST_DATABASE_RUN ?? 'T').replace(/[^A-Za-z0-9]/g, '').slice(0, 8);
  return `T${run}_${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`.toUpperCase().slice(0, 30);
}

/** EVENTS_* for a probe node on `transport`; consumers start when the test says (after it told them the source). */
export function eventsEnv(transport: 'embedded' | 'nats', prefix: string, extra: Env = {}): Env {
  return {
    EVENTS_CONSUME: 'false',
    EVENTS_RELAY_INTERVAL_MS: '50',
    EVENTS_POLL_INTERVAL_MS: '50',
    EVENTS_RETRY_BACKOFF_MS: '10',
    EVENTS_MAX_ATTEMPTS: '3',
    EVENTS_ACK_WAIT_SECONDS: '2',
    EVENTS_STREAM_PREFIX: prefix,
    ...(transport === 'nats' ? { EVENTS_URL: NATS_URL } : {}),
    ...extra,
  };
}

/** Deletes the streams a test created under its prefix. */
export async function deleteStreams(prefix: string): Promise<void> {
  const connection = await connect({ servers: NATS_URL });
  try {
    const jsm = await jetstreamManager(connection);
    for await (const stream of jsm.streams.list()) {
      if (stream.config.name.startsWith(`${prefix}_`)) await jsm.streams.delete(stream.config.name);
    }
  } finally {
    await connection.close();
  }
}

export async function until(check: () => Promise<boolean>, timeoutMs = 20_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
