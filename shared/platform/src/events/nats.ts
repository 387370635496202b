import { connect } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, JetStreamApiError } from '@nats-io/jetstream';
import type { JetStreamClient, JetStreamManager, StreamConfig } from '@nats-io/jetstream';

type NatsConnection = Awaited<ReturnType<typeof connect>>;

/** One connection to NATS with its JetStream client and manager. */
export interface NatsLink {
  connection: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  close(): Promise<void>;
}

export async function connectNats(url: string, name: string): Promise<NatsLink> {
  const connection = await connect({ servers: url, name, maxReconnectAttempts: -1, reconnectTimeWait: 500 });
  const jsm = await jetstreamManager(connection);
  return {
    connection,
    js: jetstream(connection),
    jsm,
    close: async () => {
      if (!connection.isClosed()) await connection.drain().catch(() => connection.close());
    },
  };
}

const nanos = (ms: number) => ms * 1_000_000;

/** `CRM_CUSTOMER`: the stream of one producing subgraph. */
export const streamName = (prefix: string, producer: string): string => `${prefix}_${producer.toUpperCase()}`;

/** `crm.customer.customer.merged`: the subject an event is published on. */
export const eventSubject = (prefix: string, producer: string, type: string): string => `${prefix.toLowerCase()}.${producer}.${type}`;

/** `CRM_DEAD_LETTERS` captures `crm.dead-letter.<consumer subgraph>.<consumer>`: parked events with their error. */
export const deadLetterStream = (prefix: string): string => `${prefix}_DEAD_LETTERS`;
export const deadLetterSubject = (prefix: string, consumer: string): string => `${prefix.toLowerCase()}.dead-letter.${consumer}`;

/** Creates the stream, or brings an existing one to this configuration; any subgraph may call it, it is idempotent. */
async function ensure(jsm: JetStreamManager, config: Partial<StreamConfig> & { name: string; subjects: string[] }): Promise<void> {
  try {
    await jsm.streams.info(config.name);
    await jsm.streams.update(config.name, config);
  } catch (error: unknown) {
    if (!(error instanceof JetStreamApiError) || !/not found/i.test(error.message)) throw error;
    try {
      await jsm.streams.add(config);
    } catch (raced: unknown) {
      // Another subgraph created it meanwhile.
      if (!(raced instanceof JetStreamApiError) || !/already in use/i.test(raced.message)) throw raced;
    }
  }
}

/**
 * A producer's stream: file storage, messages kept for the retention (as long as the outbox keeps published rows),
 * and a duplicate window in which a republished event id is dropped by the server.
 */
export function ensureProducerStream(jsm: JetStreamManager, prefix: string, producer: string, retentionHours: number): Promise<void> {
  return ensure(jsm, {
    name: streamName(prefix, producer),
    subjects: [`${prefix.toLowerCase()}.${producer}.>`],
    max_age: nanos(retentionHours * 3_600_000),
    duplicate_window: nanos(10 * 60_000),
  });
}

export function ensureDeadLetterStream(jsm: JetStreamManager, prefix: string, retentionHours: number): Promise<void> {
  return ensure(jsm, {
    name: deadLetterStream(prefix),
    subjects: [`${prefix.toLowerCase()}.dead-letter.>`],
    max_age: nanos(retentionHours * 3_600_000),
  });
}

export { nanos };
