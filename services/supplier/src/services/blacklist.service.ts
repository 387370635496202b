import { DataSource } from 'typeorm';
import { businessDate, Connection, connectionOf, normaliseUscc, PageArgs, ServiceConfig } from '@crm/platform';
import { BlacklistEntryEntity } from '../entities/blacklist-entry.entity';
import { normaliseAccountNo } from '../domain/bank-account';
import { isBanActive } from '../domain/blacklist';
import { DEFAULT_SUPPLIER_POLICY, SupplierPolicy } from '../domain/supplier-policy';
import type { BlacklistEntryFilter } from '../generated/resolvers-types';

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
