import { DataSource } from 'typeorm';

interface IndexRow {
  Key_name: string;
  Non_unique: number | string;
  Seq_in_index: number | string;
  Column_name: string;
  Sub_part: number | string | null;
  Index_type: string;
}

/**
 * MySQL/MariaDB: drops a table's secondary indexes while `work` fills it and adds them back in one ALTER TABLE,
 * which builds each index by sorting instead of inserting into it row by row (several times faster once the table
 * outgrows the buffer pool). The definitions are read from the table itself (as the migrations created them), so the
 * schema ends up exactly as it was. Indexes a foreign key needs are left alone. SQLite: runs `work` as is.
 */
export async function withSecondaryIndexesDeferred<T>(dataSource: DataSource, table: string, work: () => Promise<T>): Promise<T> {
  if (dataSource.options.type === 'better-sqlite3') return work();
  const q = (name: string) => dataSource.driver.escape(name);
  const rows = (await dataSource.query(`SHOW INDEX FROM ${q(table)}`)) as IndexRow[];
  const foreignKeyColumns = new Set(
    (
      (await dataSource.query(
        'SELECT COLUMN_NAME AS c FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND REFERENCED_TABLE_NAME IS NOT NULL',
        [table],
      )) as { c: string }[]
    ).map((r) => r.c),
  );
  const indexes = new Map<string, { unique: boolean; type: string; parts: { seq: number; sql: string; column: string }[] }>();
  for (const row of rows) {
    if (row.Key_name === 'PRIMARY') continue;
    const index = indexes.get(row.Key_name) ?? { unique: Number(row.Non_unique) === 0, type: row.Index_type, parts: [] };
    index.parts.push({
      seq: Number(row.Seq_in_index),
      column: row.Column_name,
      sql: `${q(row.Column_name)}${row.Sub_part ? `(${row.Sub_part})` : ''}`,
    });
    indexes.set(row.Key_name, index);
  }
  const deferred = [...indexes].filter(([, index]) => index.type === 'BTREE' && !index.parts.some((p) => foreignKeyColumns.has(p.column)));
  if (deferred.length === 0) return work();
  await dataSource.query(`ALTER TABLE ${q(table)} ${deferred.map(([name]) => `DROP INDEX ${q(name)}`).join(', ')}`);
  const restore = () =>
    dataSource.query(
      `ALTER TABLE ${q(table)} ${deferred
        .map(
          ([name, index]) =>
            `ADD ${index.unique ? 'UNIQUE ' : ''}INDEX ${q(name)} (${index.parts
              .sort((a, b) => a.seq - b.seq)
              .map((p) => p.sql)
              .join(', ')})`,
        )
        .join(', ')}`,
    );
  try {
    const result = await work();
    await restore();
    // Fresh statistics for the optimizer, as a long-lived table would have; plans on stale ones mislead the report.
    await dataSource.query(`ANALYZE TABLE ${q(table)}`);
    return result;
  } catch (error: unknown) {
    await restore().catch(() => undefined);
    throw error;
  }
}
