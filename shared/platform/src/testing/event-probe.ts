import http from 'node:http';
import { EntitySchema } from 'typeorm';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { Env } from '../config/service-config';
import { parseDatabaseUrl } from '../config/database-url';
import { createServiceDataSource, openDataSource } from '../db/data-source';
import { ensureMysqlDatabase } from '../db/mysql-admin';
import { PLATFORM_ENTITIES } from '../db/schema-entities';
import { writeTransaction } from '../db/write-transaction';
import { EventConsumerDefinition } from '../events/consumer';
import { defineEvent, readPayload } from '../events/domain-event';
import { loadEventsConfig } from '../events/events-config';
import { recordEvents } from '../events/outbox';
import { startSubgraphEvents, SubgraphEvents } from '../events/subgraph-events';
import { createLogger } from '../logging/logger';
import { DEV_INTERNAL_SECRET } from '../config/service-config';
import { listen } from '../server/http-server';

/**
 * A stand-in subgraph for the event tests: it records `probe.counter.counted` events (a counter per aggregate) and
 * its consumer writes every event it applies to `probe_applied`, so a test can see each event's effects, their
 * number and their order. A payload with `poison: true` always fails.
 */
export const probeCounted = defineEvent('probe.counter.counted', 1, z.object({ n: z.number().int(), poison: z.boolean().optional() }));

export interface ProbeApplied {
  id: number;
  eventId: string;
  aggregateId: string;
  n: number;
}

export const ProbeAppliedSchema = new EntitySchema<ProbeApplied>({
  name: 'probe_applied',
  columns: {
    id: { type: 'int', primary: true, generated: 'increment' },
    eventId: { type: 'varchar', length: 36, name: 'event_id' },
    aggregateId: { type: 'varchar', length: 100, name: 'aggregate_id' },
    n: { type: 'int' },
  },
});

/** Aggregates whose poison events no longer fail (a fixed bug, for re-drive tests in one process). */
export const curedProbeAggregates = new Set<string>();

export function probeConsumer(source: string, name = 'probe-counter'): EventConsumerDefinition {
  return {
    name,
    source,
    handlers: {
      [probeCounted.type]: async (manager, event) => {
        const payload = readPayload(probeCounted, event);
        if (payload.poison && !curedProbeAggregates.has(event.aggregateId)) throw new Error(`poison event ${payload.n}`);
        await manager.insert(ProbeAppliedSchema, { eventId: event.id, aggregateId: event.aggregateId, n: payload.n });
      },
    },
  };
}

export interface ProbeNode {
  service: string;
  url: string;
  dataSource: DataSource;
  events: SubgraphEvents;
  /** Records counted events n = from … to of one aggregate, one transaction each. */
  count(aggregateId: string, from: number, to: number, poison?: number[]): Promise<void>;
  applied(): Promise<ProbeApplied[]>;
  stop(): Promise<void>;
}

export interface ProbeNodeOptions {
  service: string;
  databaseUrl: string;
  /** EVENTS_* variables (EVENTS_URL for NATS). */
  env: Env;
  consumes?: string[];
  port?: number;
}

/** Starts a probe subgraph: its database, its events (relay, consumers of `consumes`), the internal routes on HTTP. */
export async function startProbeNode(options: ProbeNodeOptions): Promise<ProbeNode> {
  const log = createLogger(options.service, options.env.LOG_LEVEL ?? process.env.TEST_LOG_LEVEL ?? 'silent');
  const target = parseDatabaseUrl(options.service, 'PROBE_DATABASE_URL', options.databaseUrl, process.cwd());
  const mysql = target.kind === 'mysql' ? { ...target, flavour: await ensureMysqlDatabase(target) } : target;
  const { dataSource } = createServiceDataSource({
    target: mysql,
    entities: [...PLATFORM_ENTITIES, ProbeAppliedSchema],
    migrations: [],
    log,
  });
  await openDataSource(dataSource, true);
  if (target.kind === 'mysql') {
    await dataSource.query(
      'CREATE TABLE IF NOT EXISTS `probe_applied` (`id` int NOT NULL AUTO_INCREMENT, `event_id` varchar(36) NOT NULL, `aggregate_id` varchar(100) NOT NULL, `n` int NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
  }
  const config = loadEventsConfig(options.service, options.env);
  const events = await startSubgraphEvents({
    service: options.service,
    dataSource,
    config,
    secret: DEV_INTERNAL_SECRET,
    consumers: (options.consumes ?? []).map((source) => probeConsumer(source)),
    log,
  });
  const server = http.createServer((req, res) => {
    const route = events.routes[new URL(req.url ?? '/', 'http://localhost').pathname];
    if (!route) {
      res.statusCode = 404;
      res.end();
      return;
    }
    route(req, res).catch((error: unknown) => {
      log.error({ err: error }, 'route failed');
      res.statusCode = 500;
      res.end();
    });
  });
  const endpoint = await listen(server, options.port ?? 0, '127.0.0.1');
  return {
    service: options.service,
    url: endpoint.url,
    dataSource,
    events,
    count: async (aggregateId, from, to, poison = []) => {
      for (let n = from; n <= to; n++) {
        await writeTransaction(dataSource, (manager) =>
          recordEvents(manager, [{ type: probeCounted, aggregateId, payload: poison.includes(n) ? { n, poison: true } : { n } }]),
        );
      }
    },
    applied: () => dataSource.getRepository(ProbeAppliedSchema).find({ order: { id: 'ASC' } }),
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await events.stop();
      await dataSource.destroy();
    },
  };
}
