import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import {
  createServiceDataSource,
  DatabaseTarget,
  DataSourceSpec,
  ensureMysqlDatabase,
  Env,
  parseDatabaseUrl,
  RunningSubgraph,
  ServiceConfig,
} from '@crm/platform';
import * as customer from '@crm/customer';
import * as credit from '@crm/credit';
import * as complaint from '@crm/complaint';
import * as supplier from '@crm/supplier';
import * as reception from '@crm/reception';

/** What the benchmark uses of a subgraph package (each exports the same shape from its index). */
export interface ServicePackage {
  SERVICE_NAME: string;
  DEFAULT_PORT: number;
  subgraph: { entities: DataSourceSpec['entities']; migrations: DataSourceSpec['migrations'] };
  loadConfig: (env?: Env, baseDir?: string) => ServiceConfig;
  start: (config?: ServiceConfig) => Promise<RunningSubgraph>;
}

export const SERVICES: readonly ServicePackage[] = [customer, credit, complaint, supplier, reception];

export const repositoryRoot = path.resolve(__dirname, '..', '..', '..', '..');

export type DatabaseKind = 'mysql' | 'sqlite';

/** One bench database per subgraph: crm_bench_<name> on the MySQL server, or a SQLite file in a temp folder. */
export interface BenchDatabase {
  service: ServicePackage;
  /** The <SERVICE>_DATABASE_URL the subgraph process gets. */
  url: string;
  target: DatabaseTarget;
}

export const SQLITE_FOLDER = path.join(os.tmpdir(), 'crm-bench');

export function benchDatabases(kind: DatabaseKind, mysqlServer: string): BenchDatabase[] {
  return SERVICES.map((service) => {
    const name = service.SERVICE_NAME;
    const url =
      kind === 'mysql' ? `${mysqlServer.replace(/\/+$/, '')}/crm_bench_${name}` : `sqlite:${path.join(SQLITE_FOLDER, `${name}.sqlite`)}`;
    return { service, url, target: parseDatabaseUrl(name, `${name.toUpperCase()}_DATABASE_URL`, url, repositoryRoot) };
  });
}

/**
 * Opens a bench database through the platform's data source (same entities, same SQL statement counter). `fresh`
 * drops it first and builds the schema the way the service does: migrations on MySQL, synchronisation on SQLite.
 */
export async function openBenchDatabase(db: BenchDatabase, fresh: boolean): Promise<DataSource> {
  let target = db.target;
  if (target.kind === 'mysql') {
    target = { ...target, flavour: await ensureMysqlDatabase(target, fresh) };
  } else if (fresh) {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${target.file}${suffix}`, { force: true });
  }
  const { dataSource } = createServiceDataSource({
    target,
    entities: db.service.subgraph.entities,
    migrations: db.service.subgraph.migrations,
    poolSize: 4,
  });
  await dataSource.initialize();
  if (fresh) {
    if (target.kind === 'mysql') await dataSource.runMigrations({ transaction: 'each' });
    else await dataSource.synchronize();
  }
  return dataSource;
}

/** The server's version string, for the report. */
export async function databaseVersion(dataSource: DataSource): Promise<string> {
  if (dataSource.options.type === 'better-sqlite3') {
    const rows = (await dataSource.query('SELECT sqlite_version() AS v')) as { v: string }[];
    return `SQLite ${rows[0].v}`;
  }
  const rows = (await dataSource.query('SELECT VERSION() AS v')) as { v: string }[];
  return /mariadb/i.test(rows[0].v) ? `MariaDB ${rows[0].v}` : `MySQL ${rows[0].v}`;
}
