import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';

/** Deletes the JetStream streams a test run created under its prefix (TEST_NATS_URL, default 127.0.0.1:4222). */
export async function deleteStreams(prefix: string): Promise<void> {
  const connection = await connect({ servers: process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222' });
  try {
    const jsm = await jetstreamManager(connection);
    for await (const stream of jsm.streams.list()) {
      if (stream.config.name.startsWith(`${prefix}_`)) await jsm.streams.delete(stream.config.name);
    }
  } finally {
    await connection.close();
  }
}
