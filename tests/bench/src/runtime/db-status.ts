import mysql from 'mysql2/promise';
import { DatabaseTarget } from '@crm/platform';

/** Server counters read around each run (MySQL/MariaDB global status; other clients of the server add to them). */
const COUNTERS = [
  'Rows_read',
  'Innodb_rows_read',
  'Handler_read_rnd_next',
  'Innodb_buffer_pool_read_requests',
  'Innodb_buffer_pool_reads',
  'Select_scan',
  'Sort_rows',
] as const;

export type DbCounters = Record<(typeof COUNTERS)[number], number>;

/** Per completed request during one run. */
export interface DbActivity {
  /** Rows the server read (MariaDB Rows_read, MySQL Innodb_rows_read). */
  rowsRead: number;
  /** Rows read by table scans (Handler_read_rnd_next). */
  scannedRows: number;
  /** Logical page reads and those that went to disk (the buffer pool missed). */
  pageReads: number;
  diskReads: number;
  fullScans: number;
  sortedRows: number;
}

export interface DbStatusProbe {
  read(): Promise<DbCounters>;
  close(): Promise<void>;
}

export async function openDbStatusProbe(target: DatabaseTarget): Promise<DbStatusProbe | null> {
  if (target.kind !== 'mysql') return null;
  const connection = await mysql.createConnection({
    host: target.host,
    port: target.port,
    user: target.user,
    password: target.password,
    connectTimeout: 5000,
  });
  return {
    read: async () => {
      const [rows] = await connection.query(`SHOW GLOBAL STATUS WHERE Variable_name IN (${COUNTERS.map(() => '?').join(', ')})`, [
        ...COUNTERS,
      ]);
      const values = new Map((rows as { Variable_name: string; Value: string }[]).map((r) => [r.Variable_name, Number(r.Value)]));
      return Object.fromEntries(COUNTERS.map((c) => [c, values.get(c) ?? 0])) as DbCounters;
    },
    close: () => connection.end(),
  };
}

export function activityPerRequest(before: DbCounters, after: DbCounters, requests: number): DbActivity {
  const per = (counter: keyof DbCounters) => (requests > 0 ? Math.round(((after[counter] - before[counter]) / requests) * 10) / 10 : 0);
  return {
    rowsRead: per('Rows_read') || per('Innodb_rows_read'),
    scannedRows: per('Handler_read_rnd_next'),
    pageReads: per('Innodb_buffer_pool_read_requests'),
    diskReads: per('Innodb_buffer_pool_reads'),
    fullScans: per('Select_scan'),
    sortedRows: per('Sort_rows'),
  };
}
