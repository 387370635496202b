import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Brackets } from 'typeorm';
import { BlacklistEntryEntity } from './entities/blacklist-entry.entity';

/** A ban as a registration or an update is checked against: what it bans and its last day. */
export type Ban = Pick<BlacklistEntryEntity, 'usccCode' | 'bankAccountNo' | 'bannedThrough'>;

/** SUP-013: the bans in force on `today` on this USCC or this account number (a null one is not looked for). */
export function activeBans(
  manager: EntityManager,
  identity: { uscc: string | null; accountNo: string | null },
  today: string,
): Promise<Ban[]> {
  const { uscc, accountNo } = identity;
  return manager
    .getRepository(BlacklistEntryEntity)
    .createQueryBuilder('b')
    .select(['b.usccCode', 'b.bankAccountNo', 'b.bannedThrough'])
    .where('b.bannedThrough >= :today', { today })
    .andWhere(
      new Brackets((w) => {
        w.where('1 = 0');
        if (uscc) w.orWhere('b.usccCode = :uscc', { uscc });
        if (accountNo) w.orWhere('b.bankAccountNo = :accountNo', { accountNo });
      }),
    )
    .getMany();
}

/** What the register is filtered by, normalised; a null criterion is not applied. */
export interface BlacklistQuery {
  /** Only bans still in force on this day. */
  bansOn: string | null;
  usccCode: string | null;
  bankAccountNo: string | null;
}

/** The blacklist entries matching the query, unpaged (the service pages them). */
export function blacklistQuery(dataSource: DataSource, query: BlacklistQuery): SelectQueryBuilder<BlacklistEntryEntity> {
  const qb = dataSource.getRepository(BlacklistEntryEntity).createQueryBuilder('b');
  if (query.bansOn !== null) qb.andWhere('b.bannedThrough >= :today', { today: query.bansOn });
  if (query.usccCode !== null) qb.andWhere('b.usccCode = :uscc', { uscc: query.usccCode });
  if (query.bankAccountNo !== null) qb.andWhere('b.bankAccountNo = :account', { account: query.bankAccountNo });
  return qb;
}
