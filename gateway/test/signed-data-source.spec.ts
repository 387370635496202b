import http from 'node:http';
import { AddressInfo } from 'node:net';
import { parse } from 'graphql';
import pino from 'pino';
import { DEV_INTERNAL_SECRET } from '@crm/platform';
import { SignedDataSource } from '../src/auth/signed-data-source';
import { subgraphFetcher } from '../src/auth/subgraph-fetcher';

type ProcessOptions = Parameters<SignedDataSource['process']>[0];

/** An entity fetch for two customers' credit, as the gateway's planner sends one. */
function creditFetch(): ProcessOptions {
  const query = 'query($representations:[_Any!]!){_entities(representations:$representations){...on Customer{credit{grade}}}}';
  const context = { requestId: 'r-1', caller: { id: 's-1', name: 'x', roles: ['GM'], departmentId: null } };
  return {
    kind: 'incoming operation',
    request: {
      query,
      variables: {
        representations: [
          { __typename: 'Customer', id: '1' },
          { __typename: 'Customer', id: '2' },
        ],
      },
      http: { method: 'POST', headers: new Headers(), url: '' },
    },
    incomingRequestContext: { context },
    context,
    document: parse(query),
  } as unknown as ProcessOptions;
}

describe('calls from the gateway to a subgraph', () => {
  let server: http.Server;
  let url: string;
  let received = 0;
  beforeAll(async () => {
    server = http.createServer((req) => {
      received += 1;
      req.resume();
      // Never answers: a hung subgraph.
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });
  const log = pino({ level: 'silent' });

  it('give up at GATEWAY_SUBGRAPH_TIMEOUT_MS with SUBGRAPH_TIMEOUT for each field the fetch was to provide', async () => {
    const http = subgraphFetcher(2);
    const source = new SignedDataSource(
      'credit',
      url,
      DEV_INTERNAL_SECRET,
      { timeoutMs: 300, maxRequestBytes: 1 << 20 },
      log,
      http.fetcher,
    );
    const started = Date.now();
    const result = await source.process(creditFetch());
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(result.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['_entities', 0, 'credit'], 'SUBGRAPH_TIMEOUT'],
      [['_entities', 1, 'credit'], 'SUBGRAPH_TIMEOUT'],
    ]);
    await http.close();
  });

  it('never send a request larger than GATEWAY_SUBGRAPH_MAX_REQUEST_BYTES: SUBGRAPH_REQUEST_TOO_LARGE instead', async () => {
    const before = received;
    const source = new SignedDataSource('credit', url, DEV_INTERNAL_SECRET, { timeoutMs: 300, maxRequestBytes: 64 }, log);
    const result = await source.process(creditFetch());
    expect(result.errors?.[0]).toMatchObject({ path: ['_entities', 0, 'credit'], extensions: { code: 'SUBGRAPH_REQUEST_TOO_LARGE' } });
    expect(received).toBe(before);
  });
});
