import pino, { Logger } from 'pino';

export type { Logger } from 'pino';

/** Structured JSON logs, one logger per service; the request id is bound per request by the context. */
export function createLogger(service: string, level: string): Logger {
  return pino({ name: service, level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime });
}
