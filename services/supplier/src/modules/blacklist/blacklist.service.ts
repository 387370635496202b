import { Brackets, DataSource, EntityManager } from 'typeorm';
import { businessDate, Connection, connectionOf, normaliseUscc, PageArgs, ServiceConfig } from '@crm/platform';
import { normaliseAccountNo } from '../../shared/bank-account';
import { DEFAULT_SUPPLIER_POLICY, SupplierPolicy } from '../../shared/supplier-policy';
import type { BlacklistEntryFilter } from '../../generated/resolvers-types';
import { BlacklistEntryEntity } from './entities/blacklist-entry.entity';
import { isBanActive } from './blacklist.rules';

/** A ban as a registration or an update is checked against: what it bans and its last day. */
export type Ban = Pick<BlacklistEntryEntity, 'usccCode' | 'bankAccountNo' | 'bannedThrough'>;

/** SUP-013: the bans in force on `today` on this USCC or this account number (a null one is not looked for). */
export function activeBans(manager: EntityManager, identity: { uscc: string | null; accountNo: string | null }, today: string): Promise<Ban[]> {
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

export type BlacklistEntryConnectionModel = Connection<BlacklistEntryEntity>;

/** The blacklist (黑名单) as a register to read; listing suppliers on it is the blacklisting flow of SUP-034. */
export class BlacklistService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ServiceConfig,
    private readonly policy: SupplierPolicy = DEFAULT_SUPPLIER_POLICY,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(filter: BlacklistEntryFilter | null | undefined, page: PageArgs): Promise<Connection<BlacklistEntryEntity>> {
    // Not narrowed by data scope: a ban holds company-wide and every unit checks its applicants against it (SUP-013).
    // Account numbers are masked field by field, and an entry's supplier goes through the scoped loader.
    const qb = this.dataSource.getRepository(BlacklistEntryEntity).createQueryBuilder('b');
    if (filter?.activeOnly) qb.andWhere('b.bannedThrough >= :today', { today: this.today() });
    if (filter?.usccCode) qb.andWhere('b.usccCode = :uscc', { uscc: normaliseUscc(filter.usccCode) });
    if (filter?.bankAccountNo) qb.andWhere('b.bankAccountNo = :account', { account: normaliseAccountNo(filter.bankAccountNo) });
    return connectionOf(qb, { property: 'createdAt', direction: 'DESC' }, page, this.config.maxPageSize);
  }

  /** SUP-013: whether the entry still bans today (business calendar). */
  isActive(entry: BlacklistEntryEntity): boolean {
    return isBanActive(entry, this.today());
  }

  private today(): string {
    return businessDate(this.now(), this.policy.timeZone);
  }
}
