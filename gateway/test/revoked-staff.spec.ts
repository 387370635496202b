import http from 'node:http';
import { AddressInfo } from 'node:net';
import { CALLER_HEADER, createLogger, DEV_INTERNAL_SECRET, verifyCaller } from '@crm/platform';
import { RevokedStaff } from '../src/auth/revoked-staff';

describe('CUS-032 staff who left, as the gateway knows them', () => {
  let server: http.Server;
  let url: string;
  let answer: () => [number, unknown];
  let callers: string[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const { query } = JSON.parse(body) as { query: string };
        callers.push(verifyCaller(DEV_INTERNAL_SECRET, String(req.headers[CALLER_HEADER]), query).caller.id);
        const [status, json] = answer();
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('are read from the customer subgraph as the system, and the last list stays in force when it cannot answer', async () => {
    const revoked = new RevokedStaff(url, DEV_INTERNAL_SECRET, 60, createLogger('gateway', 'silent'));
    answer = () => [200, { data: { revokedStaff: [{ staffId: 's-lina' }] } }];
    await revoked.refresh();
    expect([revoked.has('s-lina'), revoked.has('s-zhangwei')]).toEqual([true, false]);
    expect(callers).toEqual(['SYSTEM']);
    answer = () => [503, { errors: [{ message: 'down' }] }];
    await revoked.refresh();
    expect(revoked.has('s-lina')).toBe(true);
    answer = () => [200, { data: { revokedStaff: [] } }];
    await revoked.refresh();
    expect(revoked.has('s-lina')).toBe(false);
  });

  it('share one read between concurrent refreshes', async () => {
    callers = [];
    answer = () => [200, { data: { revokedStaff: [] } }];
    const revoked = new RevokedStaff(url, DEV_INTERNAL_SECRET, 60, createLogger('gateway', 'silent'));
    await Promise.all([revoked.refresh(), revoked.refresh(), revoked.refresh()]);
    expect(callers).toHaveLength(1);
  });
});
