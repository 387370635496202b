import { z } from 'zod';

/**
 * The envelope every domain event travels in, on every transport: who changed what, when, in which request, and the
 * type's versioned payload.
 */
export interface DomainEvent<Payload = unknown> {
  /** UUID; the message id on NATS (the server drops a republished duplicate) and the key of processed_event. */
  id: string;
  /** `<producer>.<aggregate>.<what happened>`, e.g. `customer.customer.merged`. */
  type: string;
  version: number;
  /** The record the event is about; a consumer applies the events of one aggregate in order. */
  aggregateId: string;
  /** ISO-8601 instant of the change. */
  occurredAt: string;
  /** The gateway-verified caller whose request made the change, or SYSTEM. */
  actorId: string;
  requestId: string | null;
  payload: Payload;
}

export const domainEventSchema = z.object({
  id: z.string().uuid(),
  type: z.string().min(1).max(80),
  version: z.number().int().positive(),
  aggregateId: z.string().min(1).max(100),
  occurredAt: z.string().datetime({ offset: true }),
  actorId: z.string().min(1).max(64),
  requestId: z.string().max(64).nullable(),
  payload: z.unknown(),
});

/** One event type at one version: its name and the schema its payload must satisfy. */
export interface EventType<Payload> {
  type: string;
  version: number;
  payload: z.ZodType<Payload>;
}

/** Declares an event type's versioned schema; producers record against it, consumers read against it. */
export function defineEvent<Schema extends z.ZodType>(type: string, version: number, payload: Schema): EventType<z.infer<Schema>> {
  if (!/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/.test(type)) throw new Error(`event type "${type}" must be dotted lower-case words`);
  if (!Number.isInteger(version) || version < 1) throw new Error(`event type "${type}" needs a positive integer version`);
  return { type, version, payload: payload as z.ZodType<z.infer<Schema>> };
}

/** An event whose envelope or payload does not satisfy its schema: retrying cannot help, so it is parked at once. */
export class MalformedEventError extends Error {
  override name = 'MalformedEventError';
}

/** Parses a transported envelope (JSON text or object), refusing anything that is not a domain event. */
export function parseEnvelope(raw: unknown): DomainEvent {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      throw new MalformedEventError('event is not JSON');
    }
  }
  const parsed = domainEventSchema.safeParse(value);
  if (!parsed.success)
    throw new MalformedEventError(`not a domain event: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  return parsed.data as DomainEvent;
}

/** The payload of `event` read as `eventType`, or MalformedEventError naming what is wrong. */
export function readPayload<Payload>(eventType: EventType<Payload>, event: DomainEvent): Payload {
  if (event.type !== eventType.type) throw new MalformedEventError(`expected ${eventType.type}, got ${event.type}`);
  if (event.version !== eventType.version)
    throw new MalformedEventError(`${event.type} version ${event.version} is not understood (reads ${eventType.version})`);
  const parsed = eventType.payload.safeParse(event.payload);
  if (!parsed.success)
    throw new MalformedEventError(
      `${event.type} payload: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}
