import { DataSource } from 'typeorm';
import { NumberSequenceEntity } from '@crm/platform';
import { CustomerEntity } from '@crm/customer/dist/shared/entities/customer.entity';
import { CUSTOMER_CODE_SEQUENCE, formatCustomerCode } from '@crm/customer/dist/modules/profile/customer-code.rules';
import { CreditProfileEntity } from '@crm/credit/dist/modules/credit-profile/entities/credit-profile.entity';
import { CreditLimitEntity } from '@crm/credit/dist/modules/credit-limit/entities/credit-limit.entity';
import { ReceivableEntity } from '@crm/credit/dist/modules/receivables/entities/receivable.entity';
import { ComplaintEntity } from '@crm/complaint/dist/modules/intake/entities/complaint.entity';
import { SupplierEntity } from '@crm/supplier/dist/shared/entities/supplier.entity';
import { SUPPLIER_CODE_SEQUENCE } from '@crm/supplier/dist/modules/supplier-profile/supplier-code.rules';
import { ReceptionEntity } from '@crm/reception/dist/modules/reception/entities/reception.entity';
import { BenchDatabase, openBenchDatabase } from '../runtime/services';
import { say } from '../runtime/log';
import { EntityTarget, ObjectLiteral } from 'typeorm';
import { bulkInsert, InsertReport } from './bulk-insert';
import { withSecondaryIndexesDeferred } from './deferred-indexes';
import { ComplaintNumbering, complaintRows } from './complaints';
import { creditBook, creditLimitRows, creditProfileRows, receivableRows } from './credit';
import { customerBook, customerRows, CustomerSketch } from './customers';
import { DatasetPlan } from './plan';
import { receptionRows } from './receptions';
import { supplierBook, supplierRows } from './suppliers';

export interface TableLoad {
  service: string;
  table: string;
  rows: number;
  ms: number;
}

export interface LoadReport {
  reused: boolean;
  tables: TableLoad[];
  /** Wall time of generating and loading everything (schema creation included). */
  totalMs: number;
  /** Rows each main table held when checked (complaints grow with every M1 run). */
  counts: Record<string, number>;
}

/** The main table of each subgraph and how many rows the plan puts there. */
function expectedCounts(plan: DatasetPlan): Record<string, { table: string; rows: number; atLeast?: boolean }> {
  return {
    customer: { table: 'customer', rows: plan.counts.customers },
    credit: { table: 'receivable', rows: plan.counts.receivables },
    // M1 registrations of earlier runs stay, so complaints may exceed the plan.
    complaint: { table: 'complaint', rows: plan.counts.complaints, atLeast: true },
    supplier: { table: 'supplier', rows: plan.counts.suppliers },
    reception: { table: 'reception', rows: plan.counts.receptions },
  };
}

async function countRows(dataSource: DataSource, table: string): Promise<number> {
  const rows = (await dataSource.query(`SELECT COUNT(*) AS n FROM ${dataSource.driver.escape(table)}`)) as { n: number | string }[];
  return Number(rows[0].n);
}

/**
 * Whether the bench databases already hold this plan's data set: the main table counts match and the first
 * customer is the one this seed generates. Null when they do, else the reason.
 */
async function reuseProblem(
  databases: readonly BenchDatabase[],
  plan: DatasetPlan,
  book: readonly CustomerSketch[],
  counts: Record<string, number>,
): Promise<string | null> {
  const expected = expectedCounts(plan);
  for (const db of databases) {
    const want = expected[db.service.SERVICE_NAME];
    let dataSource: DataSource | undefined;
    try {
      dataSource = await openBenchDatabase(db, false);
      const have = await countRows(dataSource, want.table);
      counts[`${db.service.SERVICE_NAME}.${want.table}`] = have;
      if (want.atLeast ? have < want.rows : have !== want.rows)
        return `${db.service.SERVICE_NAME}.${want.table} has ${have} rows, the plan ${want.rows}`;
      if (db.service.SERVICE_NAME === 'customer') {
        const first = await dataSource.getRepository(CustomerEntity).findOne({ where: { code: formatCustomerCode(1) }, withDeleted: true });
        if (first?.name !== book[0].name) return `customer ${formatCustomerCode(1)} is not the one seed ${plan.seed} generates`;
      }
    } catch (error: unknown) {
      return `${db.service.SERVICE_NAME}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    } finally {
      await dataSource?.destroy();
    }
  }
  return null;
}

/**
 * Creates fresh bench databases (schema from each service's migrations) and bulk-loads the generated data set,
 * reporting the time per table; with `reuse`, keeps databases that already hold the data set.
 */
export async function loadDataset(databases: readonly BenchDatabase[], plan: DatasetPlan, reuse: boolean): Promise<LoadReport> {
  const started = performance.now();
  const customers = customerBook(plan);
  const counts: Record<string, number> = {};
  if (reuse) {
    const problem = await reuseProblem(databases, plan, customers, counts);
    if (!problem) {
      say(
        `reusing the loaded data set (${Object.entries(counts)
          .map(([t, n]) => `${t} ${n}`)
          .join(', ')})`,
      );
      return { reused: true, tables: [], totalMs: performance.now() - started, counts };
    }
    say(`cannot reuse the bench databases (${problem}); loading afresh`);
  }
  const profiles = creditBook(plan, customers);
  const suppliers = supplierBook(plan, customers);
  const numbering: ComplaintNumbering = { sequences: [] };
  const tables: TableLoad[] = [];

  const load = async (
    service: string,
    work: (dataSource: DataSource, record: (table: string, report: InsertReport) => void) => Promise<void>,
  ) => {
    const db = databases.find((d) => d.service.SERVICE_NAME === service)!;
    const schemaStarted = performance.now();
    const dataSource = await openBenchDatabase(db, true);
    tables.push({ service, table: '(schema)', rows: 0, ms: performance.now() - schemaStarted });
    try {
      await work(dataSource, (table, report) => {
        tables.push({ service, table, rows: report.rows, ms: report.ms });
        if (report.ignoredProperties.length) say(`  ${table}: the entity no longer has ${report.ignoredProperties.join(', ')}; left out`);
        say(`  ${service}.${table}: ${report.rows.toLocaleString('en')} rows in ${(report.ms / 1000).toFixed(1)} s`);
      });
    } finally {
      await dataSource.destroy();
    }
  };

  /** A large table: its secondary indexes are built once after the rows are in. */
  const big = async <T extends ObjectLiteral>(
    ds: DataSource,
    entity: EntityTarget<T>,
    rows: Iterable<Partial<T>>,
  ): Promise<InsertReport> => {
    const tableStarted = performance.now();
    const report = await withSecondaryIndexesDeferred(ds, ds.getMetadata(entity).tableName, () => bulkInsert(ds, entity, rows));
    return { ...report, ms: performance.now() - tableStarted };
  };

  // One database after the other: loading them side by side was slower here (one buffer pool, two cores), and
  // sequential loads give a clean time per table. Within a table the next statement is built while one runs.
  await load('customer', async (ds, record) => {
    record('customer', await big(ds, CustomerEntity, customerRows(plan, customers)));
    record('number_sequence', await bulkInsert(ds, NumberSequenceEntity, [{ name: CUSTOMER_CODE_SEQUENCE, lastValue: customers.length }]));
  });
  await load('credit', async (ds, record) => {
    record('credit_profile', await big(ds, CreditProfileEntity, creditProfileRows(plan, profiles)));
    record('credit_limit', await big(ds, CreditLimitEntity, creditLimitRows(plan, profiles)));
    record('receivable', await big(ds, ReceivableEntity, receivableRows(plan, profiles)));
  });
  await load('complaint', async (ds, record) => {
    record('complaint', await big(ds, ComplaintEntity, complaintRows(plan, customers, numbering)));
    record('number_sequence', await bulkInsert(ds, NumberSequenceEntity, numbering.sequences));
  });
  await load('supplier', async (ds, record) => {
    record('supplier', await bulkInsert(ds, SupplierEntity, supplierRows(plan, suppliers)));
    record('number_sequence', await bulkInsert(ds, NumberSequenceEntity, [{ name: SUPPLIER_CODE_SEQUENCE, lastValue: suppliers.length }]));
  });
  await load('reception', async (ds, record) => {
    record('reception', await big(ds, ReceptionEntity, receptionRows(plan, customers, suppliers)));
  });
  for (const t of tables) if (t.table !== '(schema)') counts[`${t.service}.${t.table}`] = t.rows;
  return { reused: false, tables, totalMs: performance.now() - started, counts };
}
