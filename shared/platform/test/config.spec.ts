import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadServiceConfig, parseDatabaseUrl, DEV_INTERNAL_SECRET } from '../src';

describe('service configuration', () => {
  it('defaults to an embedded SQLite file per subgraph under ./data with demo data', () => {
    const config = loadServiceConfig('credit', 4002, {}, '/srv/crm');
    expect(config).toMatchObject({
      port: 4002,
      database: { kind: 'sqlite', file: path.resolve('/srv/crm/data/credit.sqlite') },
      demoData: true,
      internalSecret: DEV_INTERNAL_SECRET,
      maxPageSize: 100,
      approvalStepDueWorkingDays: 2,
    });
    expect(loadServiceConfig('credit', 4002, { APPROVAL_STEP_DUE_WORKING_DAYS: '5' }).approvalStepDueWorkingDays).toBe(5);
  });

  it('reads a MySQL URL per service and does not load demo data into it by default', () => {
    const config = loadServiceConfig('customer', 4001, { CUSTOMER_DATABASE_URL: 'mysql://app:s%40cret@db.internal:3307/crm_customer' });
    expect(config.database).toEqual({
      kind: 'mysql',
      host: 'db.internal',
      port: 3307,
      user: 'app',
      password: 's@cret',
      database: 'crm_customer',
    });
    expect(config.demoData).toBe(false);
  });

  it.each([
    ['postgres://x/y', '[complaint] COMPLAINT_DATABASE_URL: unsupported scheme "postgres:"; use mysql:// or sqlite:'],
    [
      'not a url',
      '[complaint] COMPLAINT_DATABASE_URL: "not a url" is not a URL; expected mysql://user@host:3306/database or sqlite:./file',
    ],
    ['mysql://root@127.0.0.1:3306/', '[complaint] COMPLAINT_DATABASE_URL: "mysql://root@127.0.0.1:3306/" must name a database'],
  ])('a bad database URL %s is one line naming the service and the variable', (url, message) => {
    expect(() => loadServiceConfig('complaint', 4003, { COMPLAINT_DATABASE_URL: url })).toThrow(ConfigError);
    expect(() => loadServiceConfig('complaint', 4003, { COMPLAINT_DATABASE_URL: url })).toThrow(message);
  });

  it('validates numbers and booleans with the variable name in the message', () => {
    expect(() => loadServiceConfig('supplier', 4004, { SUPPLIER_PORT: 'eighty' })).toThrow(
      '[supplier] SUPPLIER_PORT: "eighty" must be an integer from 0 to 65535',
    );
    expect(() => loadServiceConfig('supplier', 4004, { DEMO_DATA: 'yes' })).toThrow('[supplier] DEMO_DATA: "yes" must be true or false');
  });

  it('requires a real internal signing secret in production', () => {
    expect(() => loadServiceConfig('reception', 4005, { NODE_ENV: 'production' })).toThrow(
      '[reception] INTERNAL_SIGNING_SECRET: is required in production',
    );
    expect(() => loadServiceConfig('reception', 4005, { INTERNAL_SIGNING_SECRET: 'short' })).toThrow('must be at least 32 characters');
  });

  it('refuses the demo staff in production: STAFF_DIRECTORY_FILE is required there', () => {
    expect(() => loadServiceConfig('reception', 4005, { NODE_ENV: 'production', INTERNAL_SIGNING_SECRET: 'i'.repeat(40) })).toThrow(
      '[reception] STAFF_DIRECTORY_FILE: is required in production',
    );
  });

  it('accepts mariadb:// as a synonym and sqlite::memory:', () => {
    expect(parseDatabaseUrl('x', 'X', 'mariadb://root@localhost/crm_x', '/').kind).toBe('mysql');
    expect(parseDatabaseUrl('x', 'X', 'sqlite::memory:', '/')).toEqual({ kind: 'sqlite', file: ':memory:' });
  });

  it('staff departments come from STAFF_DIRECTORY_FILE, else the demo staff; a bad file is one line naming the variable', () => {
    expect(loadServiceConfig('customer', 4001, {}).staffDirectory.departmentOf('s-wangfang')).toBe('d-sales-south');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'staff-'));
    const file = path.join(dir, 'staff.json');
    fs.writeFileSync(file, JSON.stringify([{ id: 'e-1001', name: '钱进', departmentId: 'd-west' }]));
    const directory = loadServiceConfig('customer', 4001, { STAFF_DIRECTORY_FILE: file }).staffDirectory;
    expect(directory.member('e-1001')).toEqual({ id: 'e-1001', name: '钱进', departmentId: 'd-west' });
    expect(directory.member('s-wangfang')).toBeNull();
    fs.writeFileSync(file, JSON.stringify([{ id: 'e-1001' }]));
    expect(() => loadServiceConfig('customer', 4001, { STAFF_DIRECTORY_FILE: file })).toThrow(`[customer] STAFF_DIRECTORY_FILE: ${file}:`);
    fs.rmSync(dir, { recursive: true });
  });
});
