import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { startProbeNode } from './event-probe';

/**
 * Measures the event transports on this machine (`node shared/platform/dist/testing/event-latency-cli.js
 * embedded|nats [mysql://…]`): publish-to-apply latency (the event's occurredAt, set in the writing transaction, to
 * the consumer's commit) for events recorded one at a time at a steady rate, and the relay's throughput on a backlog.
 * On MariaDB it creates databases `crm_events_bench_*`, left for the caller to drop.
 */
async function main(): Promise<void> {
  const transport = process.argv[2] === 'nats' ? 'nats' : 'embedded';
  const mysql = process.argv[3];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-events-bench-'));
  const prefix = `BENCH_${Date.now().toString(36)}`.toUpperCase();
  const env = {
    EVENTS_CONSUME: 'false',
    EVENTS_STREAM_PREFIX: prefix,
    LOG_LEVEL: 'warn',
    ...(transport === 'nats' ? { EVENTS_URL: process.env.EVENTS_URL ?? 'nats://127.0.0.1:4222' } : {}),
  };
  const url = (name: string) =>
    mysql ? `${mysql.replace(/\/$/, '')}/crm_events_bench_${prefix.toLowerCase()}_${name}` : `sqlite:${path.join(dir, `${name}.sqlite`)}`;
  const producer = await startProbeNode({ service: 'probesrc', databaseUrl: url('src'), env });
  const consumer = await startProbeNode({ service: 'probedst', databaseUrl: url('dst'), env, consumes: ['probesrc'] });
  consumer.events.useSource('probesrc', producer.url);
  const latencies: number[] = [];
  consumer.events.onApplied((_consumer, event) => latencies.push(Date.now() - new Date(event.occurredAt).getTime()));
  consumer.events.startConsumers();

  // Latency: 500 events, one transaction each, 20 ms apart.
  const samples = 500;
  for (let n = 1; n <= samples; n++) {
    await producer.count(`lat-${n % 10}`, n, n);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  while (latencies.length < samples) await new Promise((resolve) => setTimeout(resolve, 20));
  const sorted = [...latencies].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

  // Relay throughput: a backlog of 5,000 events recorded while the relay is stopped, then drained.
  await producer.events.relay.stop();
  const backlog = 5000;
  await producer.count('backlog', 1, backlog);
  const started = process.hrtime.bigint();
  let published = 0;
  while (published < backlog) published += await producer.events.relay.drain();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  process.stdout.write(
    `${JSON.stringify({
      transport,
      database: mysql ? 'mariadb' : 'sqlite',
      latencyMs: { p50: pct(50), p99: pct(99), max: sorted[sorted.length - 1], samples },
      relay: { events: backlog, seconds: Number(seconds.toFixed(2)), eventsPerSecond: Math.round(backlog / seconds) },
    })}\n`,
  );
  await consumer.stop();
  await producer.stop();
  if (transport === 'nats') {
    const connection = await connect({ servers: env.EVENTS_URL });
    const jsm = await jetstreamManager(connection);
    for await (const stream of jsm.streams.list())
      if (stream.config.name.startsWith(`${prefix}_`)) await jsm.streams.delete(stream.config.name);
    await connection.close();
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
