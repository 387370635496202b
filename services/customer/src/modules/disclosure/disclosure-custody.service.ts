import { randomUUID } from 'node:crypto';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { saveNew } from '../../shared/support/rows.store';
import type { Connection, Outcome, PageArgs } from '@crm/platform';
import { businessDate, connectionOf, refused, succeeded, writeTransaction } from '@crm/platform';
import { CustodyAuditEntity } from './entities/custody-audit.entity';
import type { CustomerEntity } from '../../shared/entities/customer.entity';
import { classifiedFilesAccessed, countOf, filesWithoutCustodian, lastCustodyAudit } from './disclosure.store';
import { countOverdueLoans, overdueLoans } from '../confidentiality/confidentiality.service';
import { custodyAuditDueOn } from './disclosure.rules';
import { holdsAny } from '../../shared/roles';
import type { RecordCustodyAuditInput } from '../../generated/resolvers-types';
import type { CustodyAuditReportModel } from './disclosure.models';
import { roleNotAllowed } from '../../shared/refusals';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { todayIn } from '../../shared/runtime';

/**
 * 档案保管检查 (X-037; 002 L329 "每半年对客户档案的保管状况进行一次全面检查,做好检查记录"): the files nobody keeps, the
 * loans not returned in time and the CONFIDENTIAL/TOP_SECRET files accessed since the last audit, all in SQL within
 * the caller's scope; recording the audit stores what it found, and the next falls due `custody.auditMonths` later.
 */
export class CustodyAuditService {
  constructor(private readonly rt: CustomerRuntime) {}

  async report(): Promise<CustodyAuditReportModel> {
    const lastAudit = await lastCustodyAudit(this.rt.dataSource.manager);
    const today = todayIn(this.rt);
    const nextDueOn = custodyAuditDueOn(lastAudit?.auditedOn ?? null, today, this.rt.policy);
    return { lastAudit, since: lastAudit?.auditedAt ?? null, nextDueOn, overdue: today > nextDueOn };
  }

  filesWithoutCustodian(page: PageArgs, ctx: Ctx): Promise<Connection<CustomerEntity>> {
    return connectionOf(
      this.withoutCustodian(this.rt.dataSource.manager, ctx),
      { property: 'createdAt', direction: 'ASC' },
      page,
      this.rt.config.maxPageSize,
    );
  }

  overdueLoans(page: PageArgs, ctx: Ctx): ReturnType<typeof overdueLoans> {
    return overdueLoans(this.rt, page, ctx);
  }

  /** Accesses since `since` (the last audit; null: ever). */
  classifiedFilesAccessed(since: Date | null, page: PageArgs, ctx: Ctx): Promise<Connection<CustomerEntity>> {
    return connectionOf(
      this.classifiedAccessed(this.rt.dataSource.manager, since, ctx),
      { property: 'createdAt', direction: 'ASC' },
      page,
      this.rt.config.maxPageSize,
    );
  }

  async findingsCount(since: Date | null, ctx: Ctx): Promise<number> {
    const counts = await this.findings(this.rt.dataSource.manager, since, ctx);
    return counts.filesWithoutCustodian + counts.overdueLoans + counts.classifiedFilesAccessed;
  }

  /** who audits is configuration (`custody.auditorRoles`); the findings are counted now, in the caller's scope. */
  async record(input: RecordCustodyAuditInput, ctx: Ctx): Promise<Outcome<CustodyAuditEntity>> {
    const auditors = this.rt.policy.custody.auditorRoles;
    if (!holdsAny(ctx.caller.roles, auditors)) return refused([roleNotAllowed(ctx, ['input'], auditors)]);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const last = await lastCustodyAudit(manager);
      const counts = await this.findings(manager, last?.auditedAt ?? null, ctx);
      const today = todayIn(this.rt);
      const audit = await saveNew(manager, CustodyAuditEntity, {
        id: randomUUID(),
        auditedAt: this.rt.clock.now(),
        auditedOn: today,
        auditedBy: ctx.caller.id,
        ...counts,
        findingsCount: counts.filesWithoutCustodian + counts.overdueLoans + counts.classifiedFilesAccessed,
        note: input.note?.trim().slice(0, 1000) || null,
        nextDueOn: custodyAuditDueOn(today, today, this.rt.policy),
      });
      return succeeded(audit);
    });
  }

  private async findings(
    manager: EntityManager,
    since: Date | null,
    ctx: Ctx,
  ): Promise<Pick<CustodyAuditEntity, 'filesWithoutCustodian' | 'overdueLoans' | 'classifiedFilesAccessed'>> {
    const [filesWithoutCustodian, overdueLoans, classifiedFilesAccessed] = await Promise.all([
      countOf(this.withoutCustodian(manager, ctx)),
      countOverdueLoans(manager, this.rt, ctx),
      countOf(this.classifiedAccessed(manager, since, ctx)),
    ]);
    return { filesWithoutCustodian, overdueLoans, classifiedFilesAccessed };
  }

  /** CUS-042: every file has its custodian (专人负责). */
  private withoutCustodian(manager: EntityManager, ctx: Ctx): SelectQueryBuilder<CustomerEntity> {
    return filesWithoutCustodian(manager, ctx.access);
  }

  /**
   * CONFIDENTIAL/TOP_SECRET files read by id or reference (the X-041 READ entries of the audit trail), granted for
   * reading or lent since the last audit.
   */
  private classifiedAccessed(manager: EntityManager, since: Date | null, ctx: Ctx): SelectQueryBuilder<CustomerEntity> {
    return classifiedFilesAccessed(manager, since, since ? businessDate(since, this.rt.policy.timeZone) : null, ctx.access);
  }
}
