import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from 'pino';

const background = new AsyncLocalStorage<true>();

/** Statements on the event delivery tables are background work wherever they run (the outbox insert of a write included). */
const EVENT_TABLES = /\b(outbox_event|processed_event|event_consumer_position|dead_letter_event)\b/;

/**
 * Runs background work (the event relay, consumers, the event log served to other subgraphs) whose statements are
 * not counted: the counts measure what requests cost, and a relay polling meanwhile would blur them.
 */
export function uncounted<T>(work: () => T): T {
  return background.run(true, work);
}

/**
 * Counts the SQL statements a data source runs (the N+1 tests and the benchmark read it) and reports failed and
 * slow statements to the service log. Transaction bookkeeping (BEGIN/COMMIT/ROLLBACK) is not a data statement and
 * is not counted.
 */
export class SqlStatementCounter implements TypeOrmLogger {
  private total = 0;
  private readonly recent: string[] = [];

  constructor(
    private readonly serviceLog?: Logger,
    private readonly keepRecent = 50,
  ) {}

  get count(): number {
    return this.total;
  }

  /** The last statements run, newest last: shown by tests when a count is not what they expect. */
  get lastStatements(): readonly string[] {
    return this.recent;
  }

  reset(): void {
    this.total = 0;
    this.recent.length = 0;
  }

  logQuery(query: string): void {
    if (/^\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SAVEPOINT|RELEASE SAVEPOINT|PRAGMA)\b/i.test(query)) return;
    if (background.getStore() || EVENT_TABLES.test(query)) return;
    this.total += 1;
    this.recent.push(query);
    if (this.recent.length > this.keepRecent) this.recent.shift();
    this.serviceLog?.trace({ sql: query }, 'sql');
  }

  logQueryError(error: string | Error, query: string): void {
    this.serviceLog?.error({ sql: query, err: error instanceof Error ? error.message : error }, 'sql failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.serviceLog?.warn({ sql: query, ms: time }, 'slow sql');
  }

  logSchemaBuild(message: string): void {
    this.serviceLog?.debug({ schema: message }, 'schema');
  }

  logMigration(message: string): void {
    this.serviceLog?.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.serviceLog?.warn(String(message));
    else this.serviceLog?.debug(String(message));
  }
}
