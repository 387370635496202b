import path from 'node:path';
import { ConfigError } from './config-error';

/** Where a subgraph keeps its data: an embedded SQLite file or a MySQL/MariaDB database. */
export type DatabaseTarget =
  | { kind: 'sqlite'; file: string }
  | { kind: 'mysql'; host: string; port: number; user: string; password: string; database: string; flavour?: MysqlFlavour };

/** MySQL and MariaDB report column defaults differently; TypeORM needs to know which one it talks to. */
export type MysqlFlavour = 'mysql' | 'mariadb';

/**
 * Parses `sqlite:./data/customer.sqlite`, `sqlite::memory:` or `mysql://user:pass@host:3306/crm_customer`
 * (`mariadb://` is accepted as a synonym). Relative SQLite paths resolve against `baseDir`.
 */
export function parseDatabaseUrl(service: string, variable: string, url: string, baseDir: string): DatabaseTarget {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    if (file === '') throw new ConfigError(service, variable, `"${url}" names no file; use sqlite:./data/${service}.sqlite`);
    return { kind: 'sqlite', file: file === ':memory:' ? file : path.resolve(baseDir, file) };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(service, variable, `"${url}" is not a URL; expected mysql://user@host:3306/database or sqlite:./file`);
  }
  if (parsed.protocol !== 'mysql:' && parsed.protocol !== 'mariadb:') {
    throw new ConfigError(service, variable, `unsupported scheme "${parsed.protocol}"; use mysql:// or sqlite:`);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(database)) {
    throw new ConfigError(
      service,
      variable,
      `"${url}" must name a database (letters, digits, _), e.g. mysql://root@127.0.0.1:3306/crm_${service}`,
    );
  }
  const port = parsed.port === '' ? 3306 : Number(parsed.port);
  return {
    kind: 'mysql',
    host: parsed.hostname,
    port,
    user: decodeURIComponent(parsed.username) || 'root',
    password: decodeURIComponent(parsed.password),
    database,
  };
}

/** The URL with its password hidden, for logs. */
export function describeDatabase(target: DatabaseTarget): string {
  return target.kind === 'sqlite' ? `sqlite:${target.file}` : `mysql://${target.user}@${target.host}:${target.port}/${target.database}`;
}
