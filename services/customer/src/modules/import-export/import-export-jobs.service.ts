import type { DataSource } from 'typeorm';
import type { Caller } from '@crm/platform';
import { rowById } from '../../shared/support/rows.store';
import { Access, runAs, writeAudit, writeTransaction } from '@crm/platform';
import type { CustomerEntity } from '../../shared/entities/customer.entity';
import { EXPORT_PART_CHARS } from './entities/export-file-part.entity';
import { ExportRequestEntity } from '../../shared/entities/export-request.entity';
import type { CsvColumn } from './customer-csv.rules';
import { CUSTOMER_COLUMNS } from './customer-csv.rules';
import type { CustomerFilter } from '../../generated/resolvers-types';
import { formatCsv } from '../../shared/support/csv';
import { updateRecord } from '../../shared/support/audited-update.store';
import {
  appendFileParts,
  countExportedCustomers,
  deleteFileParts,
  exportedCustomersAfter,
  exportRequestOf,
  unfinishedExportJobs,
} from './import-export.store';
import type { CustomerRuntime } from '../../shared/runtime';

const workers = new WeakMap<DataSource, ExportJobs>();

/** The one export worker of a subgraph's database (the process runs one; requests and start-up share it). */
export function exportJobsFor(rt: CustomerRuntime): ExportJobs {
  let jobs = workers.get(rt.dataSource);
  if (!jobs) workers.set(rt.dataSource, (jobs = new ExportJobs(rt)));
  return jobs;
}

/** The worker already running on this database, if any (start-up recovery is exercised through it in tests). */
export const runningExportJobs = (dataSource: DataSource): ExportJobs | undefined => workers.get(dataSource);

/**
 * 导出任务: produces approved exports in the background, one job at a time, so a request never holds the
 * whole set. Each job reads the requester's filtered set in keyset pages (never OFFSET) with the requester's scope
 * and masks, appends each page to the file and reports progress. A job left QUEUED or RUNNING (a crash, a stop
 * mid-job) is redone from the start when the subgraph starts again.
 */
export class ExportJobs {
  private readonly queue: string[] = [];
  private draining: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly rt: CustomerRuntime) {}

  /** Called after the transaction that queued the job committed, so the worker sees it. */
  enqueue(requestId: string): void {
    if (this.stopped || this.queue.includes(requestId)) return;
    this.queue.push(requestId);
    this.schedule();
  }

  /** At start: every job a previous process left unfinished. */
  async resume(): Promise<number> {
    const left = await unfinishedExportJobs(this.rt.dataSource);
    for (const job of left) this.enqueue(job.id);
    return left.length;
  }

  /** On shutdown: no new page is started; a job cut short stays RUNNING and is redone at the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.draining;
  }

  private schedule(): void {
    if (this.draining || this.stopped) return;
    this.draining = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.drain())
      .finally(() => {
        this.draining = null;
        if (this.queue.length) this.schedule();
      });
  }

  private async drain(): Promise<void> {
    for (let id = this.queue.shift(); id !== undefined && !this.stopped; id = this.queue.shift()) {
      try {
        await this.run(id);
      } catch (error: unknown) {
        // Not even FAILED could be recorded (the database went away): the job stays as it was and is redone at start.
        await this.fail(id, error).catch(() => undefined);
      }
    }
  }

  private async run(id: string): Promise<void> {
    const { dataSource, policy, clock } = this.rt;
    const request = await exportRequestOf(dataSource, id);
    if (!request?.jobCaller || (request.jobState !== 'QUEUED' && request.jobState !== 'RUNNING')) return;
    // The requester's rights as they asked, not SYSTEM's: scope and masks as in the request.
    const caller = JSON.parse(request.jobCaller) as Caller;
    const access = new Access(caller, this.rt.config.accessPolicy);
    const filter = JSON.parse(request.filter) as CustomerFilter;
    await runAs({ actorId: caller.id, requestId: null }, async () => {
      const started = await writeTransaction(dataSource, async (manager) => {
        // Redone from the start: pages written before a crash may be incomplete.
        await deleteFileParts(manager, id);
        const rowsTotal = await countExportedCustomers(manager, filter, policy.surveysPerYear, access);
        return updateRecord(
          manager,
          ExportRequestEntity,
          request,
          { jobState: 'RUNNING', rowsDone: 0, rowsTotal },
          { jobState: request.jobState },
        );
      });
      if (!started) return;
      let after = '';
      let rowsDone = 0;
      let seq = 0;
      for (let first = true; ; first = false) {
        if (this.stopped) return;
        const page = await exportedCustomersAfter(dataSource.manager, filter, policy.surveysPerYear, access, after, policy.exportPageSize);
        const rows = page.map((customer) => CUSTOMER_COLUMNS.map((c) => cell(customer, c, access)));
        if (first) rows.unshift(CUSTOMER_COLUMNS.map((c) => c.key));
        rowsDone += page.length;
        if (rows.length) {
          const parts = slices(formatCsv(rows)).map((content) => ({ requestId: id, seq: seq++, content }));
          await writeTransaction(dataSource, (manager) => appendFileParts(manager, id, parts, rowsDone));
        }
        if (page.length < policy.exportPageSize) break;
        after = page[page.length - 1].id;
      }
      await writeTransaction(dataSource, async (manager) => {
        const now = clock.now();
        await updateRecord(
          manager,
          ExportRequestEntity,
          { ...request, jobState: 'RUNNING' },
          { jobState: 'DONE', rowsDone, finishedAt: now, state: 'EXPORTED', exportedAt: now },
        );
        // every export is audited, once, when the file exists.
        await writeAudit(manager, [
          { entityType: 'customer', entityId: '(export)', action: 'EXPORT', note: `${rowsDone} rows, request ${id}: ${request.filter}` },
        ]);
      });
    });
  }

  private async fail(id: string, error: unknown): Promise<void> {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    await writeTransaction(this.rt.dataSource, async (manager) => {
      const request = await rowById(manager, ExportRequestEntity, id);
      if (!request) return;
      await deleteFileParts(manager, id);
      await updateRecord(manager, ExportRequestEntity, request, { jobState: 'FAILED', jobError: message, finishedAt: this.rt.clock.now() });
    });
  }
}

/** Text cut into slices a TEXT column holds on both databases. */
function slices(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(i + EXPORT_PART_CHARS, text.length);
    // Never between the two halves of a surrogate pair (一个生僻字 outside the BMP): each slice must be valid UTF-8.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

/** A cell as the requester may see it: X-022 masks apply to exports as to the API. */
function cell(customer: CustomerEntity, column: CsvColumn, access: Access): string | number | boolean | null {
  const raw = (customer as unknown as Record<string, unknown>)[column.key];
  const value = column.masked ? access.reveal(raw, column.masked.permission, column.masked.style) : raw;
  if (value instanceof Date) return value.toISOString();
  return value === undefined ? null : (value as string | number | boolean | null);
}
