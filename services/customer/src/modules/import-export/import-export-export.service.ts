import type { Outcome } from '@crm/platform';
import { refused, succeeded, writeTransaction } from '@crm/platform';
import { rowById, rowByIdOrFail } from '../../shared/support/rows.store';
import { ExportRequestEntity } from '../../shared/entities/export-request.entity';
import type { ExportCustomersInput } from '../../generated/resolvers-types';
import { csvTextBase64 } from '../../shared/support/csv';
import { exportRequestVisibleTo, filePartsOf, queueExportJob } from './import-export.store';
import { exportJobsFor } from './import-export-jobs.service';
import { invalid, invalidState, notFound } from '../../shared/refusals';
import { departedRefusal } from '../ownership/ownership-staff-access.service';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { todayIn } from '../../shared/runtime';

const EXPORT = { zh: '导出申请', en: 'Export request' };

export interface ExportFile {
  fileName: string;
  contentType: string;
  rowCount: number;
  contentBase64: string;
}

/**
 * 导出: starts the approved request's export as a background job (export-jobs.ts) and returns at once; the
 * file is read back from the job once DONE. One job per request: asking again returns the same job.
 */
export class ExportService {
  constructor(private readonly rt: CustomerRuntime) {}

  async export(input: ExportCustomersInput, ctx: Ctx): Promise<Outcome<ExportRequestEntity>> {
    let queued = false;
    const outcome = await writeTransaction(this.rt.dataSource, async (manager): Promise<Outcome<ExportRequestEntity>> => {
      const departed = await departedRefusal(manager, ctx, ['input', 'requestId']);
      if (departed) return refused([departed]);
      const request = await rowById(manager, ExportRequestEntity, input.requestId);
      if (!request) return refused([notFound(ctx, EXPORT, ['input', 'requestId'])]);
      if (request.requesterId !== ctx.caller.id) {
        return refused([
          invalid(ctx, 'NOT_REQUESTER', ['input', 'requestId'], {
            zh: '只有申请人可以导出',
            en: 'Only the requester can produce the export',
          }),
        ]);
      }
      if (request.jobState) return succeeded(request);
      if (request.state !== 'APPROVED') return refused([invalidState(ctx, EXPORT, request.state, ['input', 'requestId'])]);
      const job = {
        jobState: 'QUEUED' as const,
        // The worker runs outside this request: it keeps who asked, to apply their scope and masks.
        jobCaller: JSON.stringify({
          id: ctx.caller.id,
          name: ctx.caller.name,
          roles: ctx.caller.roles,
          departmentId: ctx.caller.departmentId,
          departmentTree: ctx.caller.departmentTree ?? [],
        }),
        rowsDone: 0,
        fileName: `customers-${todayIn(this.rt)}-${request.id.slice(0, 8)}.csv`,
      };
      // Two calls at once: only one queues the job, the other returns it.
      queued = await queueExportJob(manager, request, job);
      const current = queued ? { ...request, ...job } : await rowByIdOrFail(manager, ExportRequestEntity, request.id);
      return succeeded(current);
    });
    // After the commit, so the worker reads the queued job.
    if (queued && outcome.ok) exportJobsFor(this.rt).enqueue(outcome.value.id);
    return outcome;
  }

  /** one export request with its job, within the reader's scope (requests they made, or all for auditors). */
  job(id: string, ctx: Ctx): Promise<ExportRequestEntity | null> {
    return exportRequestVisibleTo(this.rt.dataSource, id, ctx.access);
  }

  /** The produced file: only when DONE, and only for its requester or an auditor (audit:READ). */
  async file(request: ExportRequestEntity, ctx: Ctx): Promise<ExportFile | null> {
    if (request.jobState !== 'DONE') return null;
    if (request.requesterId !== ctx.caller.id && !ctx.access.can('audit:READ')) return null;
    const parts = await filePartsOf(this.rt.dataSource, request.id);
    return {
      fileName: request.fileName ?? `customers-${request.id.slice(0, 8)}.csv`,
      contentType: 'text/csv; charset=utf-8',
      rowCount: request.rowsDone,
      contentBase64: csvTextBase64(parts.map((p) => p.content).join('')),
    };
  }
}
