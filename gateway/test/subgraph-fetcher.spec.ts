import http from 'node:http';
import { AddressInfo } from 'node:net';
import { subgraphFetcher } from '../src/auth/subgraph-fetcher';

describe('the gateway’s HTTP client to the subgraphs', () => {
  let server: http.Server;
  let url: string;
  let open = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const status = req.url === '/down' ? 503 : 200;
        res.writeHead(status, {
          'Content-Type': 'application/json',
          'Cache-Control': 'max-age=0',
          'X-Seen': String(req.headers['x-crm-caller']),
        });
        res.end(JSON.stringify({ data: { echo: body } }));
      });
    });
    server.on('connection', () => (open += 1));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('posts the body with the headers and reads status, headers (any case) and JSON as Apollo does', async () => {
    const { fetcher, close } = subgraphFetcher(4);
    const response = await fetcher(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-crm-caller': 'signed' },
      body: '{"query":"{a}"}',
    });
    expect(response).toMatchObject({ ok: true, status: 200 });
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('x-seen')).toBe('signed');
    expect(await response.json()).toEqual({ data: { echo: '{"query":"{a}"}' } });
    const down = await fetcher(`${url}/down`, { method: 'POST', body: '{}' });
    expect(down).toMatchObject({ ok: false, status: 503 });
    await close();
  });

  it('keeps at most the configured connections open, however many requests are in flight', async () => {
    open = 0;
    const { fetcher, close } = subgraphFetcher(2);
    const responses = await Promise.all(Array.from({ length: 20 }, () => fetcher(`${url}/graphql`, { method: 'POST', body: '{}' })));
    expect(responses.every((r) => r.ok)).toBe(true);
    expect(open).toBeLessThanOrEqual(2);
    await close();
  });
});
