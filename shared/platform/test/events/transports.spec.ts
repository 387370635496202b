import {
  INTERNAL_REQUEST_HEADER,
  signInternalRequest,
  DEV_INTERNAL_SECRET,
  ProcessedEventEntity,
  EventConsumerPositionEntity,
} from '../../src';
import { curedProbeAggregates, freshTestDatabaseUrl, ProbeAppliedSchema, ProbeNode, startProbeNode } from '../../src/testing';
import { deleteStreams, eventsEnv, TRANSPORTS, uniquePrefix, until } from './transport-helpers';

/** Producer and consumer probe subgraphs on one transport: delivery, idempotency, ordering, dead letters, replay. */
describe.each(TRANSPORTS)('domain events on the %s transport', (transport) => {
  let prefix: string;
  let producer: ProbeNode;
  let consumer: ProbeNode;
  let round = 0;

  beforeEach(async () => {
    round += 1;
    prefix = uniquePrefix();
    producer = await startProbeNode({
      service: 'probesrc',
      databaseUrl: await freshTestDatabaseUrl(`ev_${transport}_src`),
      env: eventsEnv(transport, prefix),
    });
    consumer = await startProbeNode({
      service: 'probedst',
      databaseUrl: await freshTestDatabaseUrl(`ev_${transport}_dst`),
      env: eventsEnv(transport, prefix),
      consumes: ['probesrc'],
    });
    consumer.events.useSource('probesrc', producer.url);
  });
  afterEach(async () => {
    await consumer.stop();
    await producer.stop();
    if (transport === 'nats') await deleteStreams(prefix);
  });

  const appliedCount = async (count: number) => (await consumer.applied()).length >= count;

  it('every committed event reaches the consumer once, and the events of one aggregate apply in the order recorded', async () => {
    consumer.events.startConsumers();
    await Promise.all(['a', 'b', 'c'].map((aggregate) => producer.count(`${aggregate}${round}`, 1, 40)));
    await until(() => appliedCount(120), 20_000, '120 applied events');
    const applied = await consumer.applied();
    expect(new Set(applied.map((a) => a.eventId)).size).toBe(120);
    for (const aggregate of ['a', 'b', 'c']) {
      expect(applied.filter((a) => a.aggregateId === `${aggregate}${round}`).map((a) => a.n)).toEqual(
        Array.from({ length: 40 }, (_, i) => i + 1),
      );
    }
    const status = await consumer.events.status();
    expect(status.consumers[0]).toMatchObject({ name: 'probedst-probe-counter', source: 'probesrc', applied: 120, deadLetters: 0 });
    await until(async () => (await consumer.events.status()).consumers[0].lag === 0, 5000, 'no consumer lag');
    expect((await producer.events.status()).outbox).toMatchObject({ unpublished: 0, oldestUnpublishedSeconds: null });
  });

  it('the same event delivered again has one effect', async () => {
    consumer.events.startConsumers();
    await producer.count(`d${round}`, 1, 10);
    await until(() => appliedCount(10), 10_000, '10 applied');
    // Deliver everything again: forget the read position (embedded) or the durable consumer (NATS), keep processed_event.
    const [running] = consumer.events.consumers;
    await running.stop();
    await consumer.dataSource.getRepository(EventConsumerPositionEntity).clear();
    if (transport === 'nats') await (running as unknown as { feed: { rewind(): Promise<void> } }).feed.rewind();
    running.start();
    await until(async () => running.duplicates >= 10, 10_000, '10 duplicates');
    expect(await consumer.applied()).toHaveLength(10);
  });

  it('a poison event is parked as a dead letter with its error, the others go on, and a re-drive applies it once fixed', async () => {
    consumer.events.startConsumers();
    const aggregate = `p${transport}${round}`;
    await producer.count(aggregate, 1, 6, [3]);
    await until(() => appliedCount(5), 10_000, 'the five good events');
    expect((await consumer.applied()).map((a) => a.n)).toEqual([1, 2, 4, 5, 6]);
    const [letter] = await consumer.events.deadLetters();
    expect(letter).toMatchObject({
      consumer: 'probedst-probe-counter',
      eventType: 'probe.counter.counted',
      aggregateId: aggregate,
      attempts: 3,
    });
    expect(letter.error).toContain('poison event 3');
    expect((await consumer.events.status()).deadLetters).toBe(1);

    const post = async (path: string) =>
      fetch(`${new URL(consumer.url).origin}${path}`, {
        method: 'POST',
        headers: { [INTERNAL_REQUEST_HEADER]: signInternalRequest(DEV_INTERNAL_SECRET, 'operator', 'POST', path) },
      });
    const stillPoison = await post(`/internal/events/redrive?id=${letter.id}`);
    expect(stillPoison.status).toBe(409);
    expect((await consumer.events.deadLetters())[0].attempts).toBe(4);
    curedProbeAggregates.add(aggregate);
    const redriven = await post(`/internal/events/redrive?id=${letter.id}`);
    expect(await redriven.json()).toEqual({ ok: true, applied: true });
    expect((await consumer.applied()).map((a) => a.n)).toEqual([1, 2, 4, 5, 6, 3]);
    expect(await consumer.events.deadLetters()).toEqual([]);
  });

  it('a consumer reset replays from the start and reaches the same state', async () => {
    consumer.events.startConsumers();
    await producer.count(`r${round}`, 1, 15);
    await producer.count(`s${round}`, 1, 15);
    await until(() => appliedCount(30), 10_000, '30 applied');
    const state = (rows: { eventId: string; aggregateId: string; n: number }[]) =>
      rows.map(({ eventId, aggregateId, n }) => ({ eventId, aggregateId, n }));
    const before = state(await consumer.applied());
    // The projection is rebuilt: emptied, then the consumer replays every retained event.
    await consumer.dataSource.getRepository(ProbeAppliedSchema).clear();
    const [running] = consumer.events.consumers;
    await running.reset();
    await until(() => appliedCount(30), 10_000, '30 replayed');
    expect(state(await consumer.applied())).toEqual(before);
    expect(await consumer.dataSource.getRepository(ProcessedEventEntity).count()).toBe(30);
  });

  if (transport === 'embedded') {
    it('the embedded event log answers only requests signed with the internal secret', async () => {
      const path = '/internal/events?after=0&limit=10&types=';
      const origin = new URL(producer.url).origin;
      expect((await fetch(`${origin}${path}`)).status).toBe(401);
      const forged = signInternalRequest('another-secret-another-secret-0123456789', 'probedst', 'GET', path);
      expect((await fetch(`${origin}${path}`, { headers: { [INTERNAL_REQUEST_HEADER]: forged } })).status).toBe(401);
      const other = signInternalRequest(DEV_INTERNAL_SECRET, 'probedst', 'GET', '/internal/events?after=5&limit=10&types=');
      expect((await fetch(`${origin}${path}`, { headers: { [INTERNAL_REQUEST_HEADER]: other } })).status).toBe(401);
      const good = signInternalRequest(DEV_INTERNAL_SECRET, 'probedst', 'GET', path);
      expect((await fetch(`${origin}${path}`, { headers: { [INTERNAL_REQUEST_HEADER]: good } })).status).toBe(200);
    });
  }
});
