import { z } from 'zod';
import { DataSource } from 'typeorm';
import {
  createServiceDataSource,
  defineEvent,
  MalformedEventError,
  OutboxEventEntity,
  PLATFORM_ENTITIES,
  recordEvents,
  runAs,
  writeTransaction,
} from '../../src';
import { embeddedPublisher, OutboxPublisher, OutboxRelay } from '../../src/events/relay';
import { outboxStore } from '../../src/events/outbox';
import { createLogger } from '../../src/logging/logger';

const opened = defineEvent('probe.account.opened', 1, z.object({ name: z.string().min(1) }));
const log = createLogger('probe', 'silent');

describe('the transactional outbox', () => {
  let dataSource: DataSource;
  beforeEach(async () => {
    dataSource = createServiceDataSource({
      target: { kind: 'sqlite', file: ':memory:' },
      entities: PLATFORM_ENTITIES,
      migrations: [],
    }).dataSource;
    await dataSource.initialize();
    await dataSource.synchronize();
  });
  afterEach(() => dataSource.destroy());
  const rows = () => dataSource.getRepository(OutboxEventEntity).find({ order: { seq: 'ASC' } });

  it('an event is recorded with the change that committed, with the verified actor and request, and not with one rolled back', async () => {
    await runAs({ actorId: 's-zhangwei', requestId: 'req-7' }, () =>
      writeTransaction(dataSource, (m) => recordEvents(m, [{ type: opened, aggregateId: 'a-1', payload: { name: '恒信' } }])),
    );
    await expect(
      writeTransaction(dataSource, async (m) => {
        await recordEvents(m, [{ type: opened, aggregateId: 'a-2', payload: { name: '远大' } }]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const recorded = await rows();
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      type: 'probe.account.opened',
      version: 1,
      aggregateId: 'a-1',
      actorId: 's-zhangwei',
      requestId: 'req-7',
    });
    expect(JSON.parse(recorded[0].payload)).toEqual({ name: '恒信' });
    expect(recorded[0].id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a payload its schema refuses fails the write, and recording outside a transaction is refused', async () => {
    await expect(
      writeTransaction(dataSource, (m) => recordEvents(m, [{ type: opened, aggregateId: 'a-1', payload: { name: '' } }])),
    ).rejects.toBeInstanceOf(MalformedEventError);
    await expect(recordEvents(dataSource.manager, [{ type: opened, aggregateId: 'a-1', payload: { name: 'x' } }])).rejects.toThrow(
      /transaction/,
    );
    expect(await rows()).toHaveLength(0);
  });

  it('the relay publishes in recording order, numbers the embedded log and marks the rows published', async () => {
    for (const name of ['一', '二', '三']) {
      await writeTransaction(dataSource, (m) => recordEvents(m, [{ type: opened, aggregateId: 'a-1', payload: { name } }]));
    }
    const relay = new OutboxRelay(dataSource, embeddedPublisher, { intervalMs: 1000, batch: 2, retentionHours: 1 }, log);
    expect(await relay.drain()).toBe(3);
    const published = await rows();
    expect(published.map((r) => [JSON.parse(r.payload).name, r.position])).toEqual([
      ['一', 1],
      ['二', 2],
      ['三', 3],
    ]);
    expect(published.every((r) => r.publishedAt instanceof Date)).toBe(true);
    expect(await relay.drain()).toBe(0);
  });

  it('a failed publish leaves the batch unpublished for the next pass', async () => {
    await writeTransaction(dataSource, (m) => recordEvents(m, [{ type: opened, aggregateId: 'a-1', payload: { name: '恒信' } }]));
    let up = false;
    const flaky: OutboxPublisher = {
      publish: async (batch, manager) => {
        if (!up) throw new Error('server unavailable');
        return embeddedPublisher.publish(batch, manager);
      },
    };
    const relay = new OutboxRelay(dataSource, flaky, { intervalMs: 1000, batch: 10, retentionHours: 1 }, log);
    expect(await relay.drain()).toBe(0);
    expect((await rows())[0].publishedAt).toBeNull();
    up = true;
    expect(await relay.drain()).toBe(1);
  });

  it('published events older than the retention are pruned, unpublished ones never', async () => {
    await writeTransaction(dataSource, (m) =>
      recordEvents(m, [
        { type: opened, aggregateId: 'a-1', payload: { name: 'old' } },
        { type: opened, aggregateId: 'a-2', payload: { name: 'new' } },
        { type: opened, aggregateId: 'a-3', payload: { name: 'pending' } },
      ]),
    );
    const [old, recent] = await rows();
    await dataSource
      .getRepository(OutboxEventEntity)
      .update({ seq: old.seq }, { publishedAt: new Date(Date.now() - 3 * 3_600_000), position: 1 });
    await dataSource.getRepository(OutboxEventEntity).update({ seq: recent.seq }, { publishedAt: new Date(), position: 2 });
    expect(await outboxStore.prune(dataSource, new Date(Date.now() - 2 * 3_600_000))).toBe(1);
    expect((await rows()).map((r) => r.aggregateId)).toEqual(['a-2', 'a-3']);
  });

  it('outbox lag is the age of the oldest unpublished event', async () => {
    expect(await outboxStore.lag(dataSource)).toEqual({ unpublished: 0, oldest: null });
    const at = new Date(Date.now() - 90_000);
    await writeTransaction(dataSource, (m) => recordEvents(m, [{ type: opened, aggregateId: 'a-1', payload: { name: 'x' } }], at));
    const lag = await outboxStore.lag(dataSource);
    expect(lag.unpublished).toBe(1);
    expect(lag.oldest?.toISOString()).toBe(at.toISOString());
  });
});
