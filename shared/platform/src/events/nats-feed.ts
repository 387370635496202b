import { AckPolicy, DeliverPolicy, JetStreamApiError } from '@nats-io/jetstream';
import { Delivery, EventFeed } from './consumer';
import { DeadLetter } from './consumer-store';
import { deadLetterSubject, ensureDeadLetterStream, ensureProducerStream, nanos, NatsLink, streamName } from './nats';

export interface NatsFeedOptions {
  link: NatsLink;
  prefix: string;
  producer: string;
  /** The durable consumer's name, `<subgraph>-<consumer>`. */
  durable: string;
  batch: number;
  ackWaitMs: number;
  retentionHours: number;
}

const notFound = (error: unknown) => error instanceof JetStreamApiError && /not found/i.test(error.message);

/**
 * A JetStream durable pull consumer on the producer's stream: explicit acks, delivery from the first retained
 * message, an unacknowledged message redelivered after the ack wait. The consumer fetches in batches but applies and
 * acks one message at a time, so the order of the stream is the order of application.
 */
export function natsFeed(options: NatsFeedOptions): EventFeed {
  const stream = streamName(options.prefix, options.producer);
  let ensured = false;
  const ensure = async () => {
    if (ensured) return;
    await ensureProducerStream(options.link.jsm, options.prefix, options.producer, options.retentionHours);
    await ensureDeadLetterStream(options.link.jsm, options.prefix, options.retentionHours);
    try {
      await options.link.jsm.consumers.info(stream, options.durable);
    } catch (error: unknown) {
      if (!notFound(error)) throw error;
      await options.link.jsm.consumers.add(stream, {
        durable_name: options.durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        filter_subject: `${options.prefix.toLowerCase()}.${options.producer}.>`,
        ack_wait: nanos(options.ackWaitMs),
        max_deliver: -1,
      });
    }
    ensured = true;
  };
  return {
    async *deliveries(waitMs: number, signal: AbortSignal): AsyncIterable<Delivery> {
      await ensure();
      const consumer = await options.link.js.consumers.get(stream, options.durable);
      const messages = await consumer.fetch({ max_messages: options.batch, expires: Math.max(waitMs, 1000) });
      const stop = () => messages.stop();
      signal.addEventListener('abort', stop, { once: true });
      try {
        for await (const message of messages) {
          yield {
            raw: message.string(),
            ack: async () => {
              await message.ackAck();
            },
            working: () => message.working(),
          };
        }
      } finally {
        signal.removeEventListener('abort', stop);
      }
    },
    lag: async () => {
      if (!ensured) return null;
      const info = await options.link.jsm.consumers.info(stream, options.durable);
      return info.num_pending + info.num_ack_pending;
    },
    rewind: async () => {
      ensured = false;
      try {
        await options.link.jsm.consumers.delete(stream, options.durable);
      } catch (error: unknown) {
        if (!notFound(error)) throw error;
      }
    },
    announceDeadLetter: async (letter: DeadLetter, raw: string) => {
      await options.link.js.publish(deadLetterSubject(options.prefix, options.durable), JSON.stringify({ ...letter, envelope: raw }), {
        msgID: letter.id,
      });
    },
    close: async () => undefined,
  };
}
