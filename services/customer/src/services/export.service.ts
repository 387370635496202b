import { MoreThan } from 'typeorm';
import { Access, Outcome, refused, succeeded, writeAudit, writeTransaction } from '@crm/platform';
import { CustomerEntity } from '../entities/customer.entity';
import { ExportRequestEntity } from '../entities/export-request.entity';
import { CsvColumn, CUSTOMER_COLUMNS } from '../domain/customer-csv';
import type { CustomerFilter, ExportCustomersInput } from '../generated/resolvers-types';
import { csvFileBase64 } from '../support/csv';
import { applyCustomerFilter } from './customer-query';
import { scopeCustomers } from './customer-scope';
import { updateRecord } from '../support/audited-update';
import { invalid, invalidState, notFound } from './refusals';
import { departedRefusal } from './staff-access';
import type { Ctx, CustomerRuntime } from './runtime';
import { todayIn } from './runtime';

const BATCH = 1000;
const EXPORT = { zh: '导出申请', en: 'Export request' };

export interface ExportFile {
  fileName: string;
  contentType: string;
  rowCount: number;
  contentBase64: string;
}

/**
 * 导出: the approved request's whole filtered set — read in keyset batches, never one page — within the
 * requester's scope and with their field masks, as CSV in UTF-8 with BOM. Produced once, by its requester, audited.
 */
export class ExportService {
  constructor(private readonly rt: CustomerRuntime) {}

  async export(input: ExportCustomersInput, ctx: Ctx): Promise<Outcome<ExportFile>> {
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const departed = await departedRefusal(manager, ctx, ['input', 'requestId']);
      if (departed) return refused([departed]);
      const request = await manager.findOneBy(ExportRequestEntity, { id: input.requestId });
      if (!request) return refused([notFound(ctx, EXPORT, ['input', 'requestId'])]);
      if (request.requesterId !== ctx.caller.id) {
        return refused([invalid(ctx, 'NOT_REQUESTER', ['input', 'requestId'], { zh: '只有申请人可以导出', en: 'Only the requester can produce the export' })]);
      }
      if (request.state !== 'APPROVED') return refused([invalidState(ctx, EXPORT, request.state, ['input', 'requestId'])]);
      const filter = JSON.parse(request.filter) as CustomerFilter;
      const rows: (string | number | boolean | null)[][] = [CUSTOMER_COLUMNS.map((c) => c.key)];
      let after = '';
      for (;;) {
        const qb = scopeCustomers(applyCustomerFilter(manager.getRepository(CustomerEntity).createQueryBuilder('c'), filter, this.rt.policy.surveysPerYear), ctx.access, 'customer:EXPORT');
        const batch = await qb.andWhere({ id: MoreThan(after) }).orderBy('c.id', 'ASC').take(BATCH).getMany();
        for (const customer of batch) rows.push(CUSTOMER_COLUMNS.map((c) => cell(customer, c, ctx.access)));
        if (batch.length < BATCH) break;
        after = batch[batch.length - 1].id;
      }
      await updateRecord(manager, ExportRequestEntity, request, { state: 'EXPORTED', exportedAt: this.rt.clock.now() });
      // every export is audited.
      await writeAudit(manager, [{ entityType: 'customer', entityId: '(export)', action: 'EXPORT', note: `${rows.length - 1} rows, request ${request.id}: ${request.filter}` }]);
      return succeeded({
        fileName: `customers-${todayIn(this.rt)}-${request.id.slice(0, 8)}.csv`,
        contentType: 'text/csv; charset=utf-8',
        rowCount: rows.length - 1,
        contentBase64: csvFileBase64(rows),
      });
    });
  }
}

/** A cell as the requester may see it: X-022 masks apply to exports as to the API. */
function cell(customer: CustomerEntity, column: CsvColumn, access: Access): string | number | boolean | null {
  const raw = (customer as unknown as Record<string, unknown>)[column.key];
  const value = column.masked ? access.reveal(raw, column.masked.permission, column.masked.style) : raw;
  if (value instanceof Date) return value.toISOString();
  return value === undefined ? null : (value as string | number | boolean | null);
}
