import type { DataSource } from 'typeorm';
import type { Clock, Connection, PageArgs, ServiceConfig } from '@crm/platform';
import { connectionOf, normaliseUscc, todayOn } from '@crm/platform';
import { normaliseAccountNo } from '../../shared/bank-account';
import type { BlacklistEntryFilter } from '../../generated/resolvers-types';
import type { BlacklistEntryEntity } from './entities/blacklist-entry.entity';
import { blacklistQuery } from './blacklist.store';
import { isBanActive } from './blacklist.rules';

export { activeBans, type Ban } from './blacklist.store';

export type BlacklistEntryConnectionModel = Connection<BlacklistEntryEntity>;

/** The blacklist (黑名单) as a register to read; listing suppliers on it is the blacklisting flow of SUP-034. */
export class BlacklistService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ServiceConfig,
    /** The request's clock (the system's, or an as-of instant with CLOCK_OVERRIDE). */
    private readonly clock: Clock,
  ) {}

  async list(filter: BlacklistEntryFilter | null | undefined, page: PageArgs): Promise<Connection<BlacklistEntryEntity>> {
    // Not narrowed by data scope: a ban holds company-wide and every unit checks its applicants against it (SUP-013).
    // Account numbers are masked field by field, and an entry's supplier goes through the scoped loader.
    const query = {
      bansOn: filter?.activeOnly ? this.today() : null,
      usccCode: filter?.usccCode ? normaliseUscc(filter.usccCode) : null,
      bankAccountNo: filter?.bankAccountNo ? normaliseAccountNo(filter.bankAccountNo) : null,
    };
    return connectionOf(
      blacklistQuery(this.dataSource, query),
      { property: 'createdAt', direction: 'DESC' },
      page,
      this.config.maxPageSize,
    );
  }

  /** SUP-013: whether the entry still bans today (the request clock's day in the business calendar, X-010). */
  isActive(entry: BlacklistEntryEntity): boolean {
    return isBanActive(entry, this.today());
  }

  private today(): string {
    return todayOn(this.clock, this.config.businessTimeZone);
  }
}
