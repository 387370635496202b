import { Column, DeleteDateColumn, Entity, PrimaryColumn } from 'typeorm';
import {
  Access,
  AuditEntryEntity,
  BULK_UPDATE,
  auditTrail,
  createServiceDataSource,
  DEFAULT_ACCESS_POLICY,
  exportAuditTrail,
  ProtectedFields,
  runAs,
  updateVersioned,
  writeTransaction,
} from '../src';

@Entity({ name: 'probe' })
class ProbeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ type: 'int' })
  version: number;

  @DeleteDateColumn({ type: 'datetime', nullable: true })
  deletedAt: Date | null;
}

const PROTECTED: ProtectedFields = { probe: { phone: { permission: 'customer.contact:READ', style: 'PHONE' } } };
const auditor = new Access({ id: 's-guoping', name: '郭平', roles: ['AUDIT'], departmentId: 'd-audit' }, DEFAULT_ACCESS_POLICY);
const admin = new Access({ id: 's-admin', name: '管理员', roles: ['SYSTEM_ADMIN'], departmentId: 'd-hq' }, DEFAULT_ACCESS_POLICY);

describe('X-040 the audit trail', () => {
  const { dataSource } = createServiceDataSource({
    target: { kind: 'sqlite', file: ':memory:' },
    entities: [ProbeEntity],
    migrations: [],
    audited: true,
  });
  beforeAll(async () => {
    await dataSource.initialize();
    await dataSource.synchronize();
  });
  afterAll(() => dataSource.destroy());

  const entries = (id: string) => dataSource.getRepository(AuditEntryEntity).find({ where: { entityId: id }, order: { id: 'ASC' } });

  it('X-040 a create stores the full initial snapshot, attributed to the writing caller, in the same transaction', async () => {
    await runAs({ actorId: 's-zhangwei', requestId: 'req-1' }, () =>
      writeTransaction(dataSource, (m) => m.insert(ProbeEntity, { id: 'p1', name: '杭州恒信', phone: '13812345678', version: 1 })),
    );
    const [created] = await entries('p1');
    expect(created).toMatchObject({ action: 'CREATE', actorId: 's-zhangwei', requestId: 'req-1', entityType: 'probe' });
    expect(JSON.parse(created.changes)).toEqual(
      expect.arrayContaining([
        { field: 'name', old: null, new: '杭州恒信' },
        { field: 'phone', old: null, new: '13812345678' },
      ]),
    );
  });

  it('X-040 a versioned update records old → new of the changed fields only; a stale one records nothing', async () => {
    await writeTransaction(dataSource, async (m) => {
      const current = await m.findOneByOrFail(ProbeEntity, { id: 'p1' });
      expect(await updateVersioned(m, ProbeEntity, current, 1, { name: '杭州恒信集团', phone: '13812345678' })).toBe(true);
      expect(await updateVersioned(m, ProbeEntity, current, 1, { name: '过期' })).toBe(false);
    });
    const update = (await entries('p1')).filter((e) => e.action === 'UPDATE');
    expect(update).toHaveLength(1);
    expect(JSON.parse(update[0].changes)).toEqual([
      { field: 'name', old: '杭州恒信', new: '杭州恒信集团' },
      { field: 'version', old: 1, new: 2 },
    ]);
    expect(update[0].actorId).toBe('SYSTEM');
  });

  it('X-040 a bare UPDATE that bypasses the helpers is still audited (as a bulk entry), and a rolled-back write leaves no entry', async () => {
    await dataSource.getRepository(ProbeEntity).update({ id: 'p1' }, { phone: '13900001111' });
    const [bare] = await entries(BULK_UPDATE);
    expect(bare).toMatchObject({ action: 'UPDATE', entityType: 'probe', note: 'bulk update: rows not identified' });
    expect(JSON.parse(bare.changes)).toEqual([{ field: 'phone', old: null, new: '13900001111' }]);
    await expect(
      writeTransaction(dataSource, async (m) => {
        await m.insert(ProbeEntity, { id: 'p2', name: '回滚', phone: null, version: 1 });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await entries('p2')).toEqual([]);
  });

  it('X-040 soft deletes and restores are audited', async () => {
    const repo = dataSource.getRepository(ProbeEntity);
    const probe = await repo.findOneByOrFail({ id: 'p1' });
    await repo.softRemove(probe);
    await repo.recover(probe);
    expect((await entries('p1')).map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'DELETE', 'RESTORE']);
  });

  it('X-042/X-022 the trail is queryable by record and masks protected values for a reader without the permission', async () => {
    const forAuditor = await auditTrail(dataSource, auditor, { entityId: 'p1', actions: ['CREATE'] }, {}, 100, PROTECTED);
    expect(forAuditor.edges[0].node.changes).toContainEqual({ field: 'phone', old: null, new: '13812345678' });
    const forAdmin = await auditTrail(dataSource, admin, { entityId: 'p1', actions: ['CREATE'] }, {}, 100, PROTECTED);
    expect(forAdmin.edges[0].node.changes).toContainEqual({ field: 'phone', old: null, new: '138****5678' });
    expect(await forAdmin.totalCount()).toBe(1);
  });

  it('X-042 exports the whole filtered trail as CSV with a BOM', async () => {
    const { csv, rows } = await exportAuditTrail(dataSource, admin, { entityType: 'probe' }, PROTECTED);
    expect(csv.startsWith('\uFEFFat,actor,request,entity_type,entity_id,action,field,old,new,note\r\n')).toBe(true);
    expect(rows).toBe(5);
    expect(csv).toContain('138****5678');
    expect(csv).not.toContain('13812345678');
  });
});
