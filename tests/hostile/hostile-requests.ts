import { createHmac } from 'node:crypto';
import type { RawRequest } from '../support/raw-http';

/** A hostile request and the family it belongs to (the suite reports its status codes per family). */
export interface HostileRequest extends RawRequest {
  family: string;
  /** A bomb: big or costly; a normal request follows it on the same connection. */
  bomb?: boolean;
}

/** Families of big bodies are sent this much less often than the cheap ones (they cost the run most of its time). */
const RARE = 0.08;

/** A small deterministic generator, so a failing run can be repeated request for request. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const json = (body: unknown) => JSON.stringify(body);
const base64url = (text: string) => Buffer.from(text).toString('base64url');

/** Tokens a client might forge: none-alg, wrong secret, expired, garbage, wrong scheme. */
function forgedAuthorization(random: () => number, jwtSecret: string): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: 's-huangqiang', name: 'x', roles: ['GM'], department: null, iat: now, exp: now + 600 };
  const sign = (header: object, payload: object, secret: string) => {
    const unsigned = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
    return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
  };
  const variants = [
    () => `Bearer ${base64url('{"alg":"none","typ":"JWT"}')}.${base64url(JSON.stringify(claims))}.`,
    () => `Bearer ${sign({ alg: 'HS256', typ: 'JWT' }, claims, 'wrong-secret-wrong-secret-wrong-secret')}`,
    () => `Bearer ${sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, exp: now - 60 }, jwtSecret)}`,
    () => `Bearer ${sign({ alg: 'HS512', typ: 'JWT' }, claims, jwtSecret)}`,
    () => `Bearer ${'x'.repeat(1 + Math.floor(random() * 4000))}`,
    () => `Basic ${Buffer.from('admin:admin').toString('base64')}`,
    () => 'Bearer ',
    () => `Bearer ${sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, roles: 'GM' }, jwtSecret)}`,
  ];
  return variants[Math.floor(random() * variants.length)]();
}

const nested = (open: string, close: string, middle: string, depth: number) => open.repeat(depth) + middle + close.repeat(depth);

/** One hostile request of a random family; `authorization` is a valid client token for the families that need one. */
export function hostileRequest(random: () => number, authorization: string, jwtSecret: string): HostileRequest {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const size = (max: number) => 1 + Math.floor(random() * max);
  const headers = { 'content-type': 'application/json', authorization };
  const families: (() => HostileRequest)[] = [
    () => ({
      family: 'malformed JSON',
      headers,
      body: pick([
        '{"query":"{ customers "}',
        '{"query":',
        '{"query": "{ __typename }"',
        '[',
        'null',
        '"just a string"',
        '{"query": 42}',
        '{"query": null, "variables": 5}',
        '{"query":"{ __typename }","variables":"x"}',
        '{"query":"{ __typename }","operationName":7}',
        '{"query":"{ __typename }","extensions":[]}',
        '\u0000\u0001\u0002',
        `{"query":"${'\\'.repeat(size(50))}"}`,
        '{"query":"{ __typename }"}'.slice(0, size(20)),
      ]),
    }),
    () => ({
      family: 'wrong content type',
      headers: {
        authorization,
        'content-type': pick([
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/xml',
          'application/json; charset=latin1',
          '',
        ]),
      },
      body: json({ query: '{ __typename }' }),
    }),
    () => ({
      family: 'huge body',
      headers,
      body: json({ query: '{ __typename }', variables: { pad: 'x'.repeat(1024 * 1024 + size(2048)) } }),
    }),
    () => {
      // ~1 MB of invalid UTF-8 in a variable: forwarded as U+FFFD it would triple.
      const bytes = Buffer.alloc(1_000_000 - size(20_000), 0xff);
      return {
        family: 'invalid UTF-8',
        headers,
        body: Buffer.concat([
          Buffer.from(
            '{"query":"query($s: String) { customers(first: 1, filter: { nameContains: $s }) { totalCount } }","variables":{"s":"',
          ),
          bytes,
          Buffer.from('"}}'),
        ]),
      };
    },
    () => ({
      family: 'deep nesting',
      headers,
      body: pick([
        () => json({ query: nested('{ a ', '}', '', 100 + size(3000)) }),
        () => json({ query: nested('{', '}', 'a', 100 + size(5000)) }),
        () => json({ query: `{ customers(filter: ${nested('[', ']', '', 100 + size(5000))}) { totalCount } }` }),
        () => json({ query: `{ customers(filter: ${nested('{a:', '}', '1', 100 + size(3000))}) { totalCount } }` }),
        () =>
          `{"query":"query($f: CustomerFilter) { customers(filter: $f) { totalCount } }","variables":{"f":${nested('{"a":', '}', '1', size(20_000))}}}`,
        () => `{"query":"{ __typename }","variables":${nested('[', ']', '', size(50_000))}}`,
      ])(),
    }),
    () => ({
      family: 'alias, token and directive bombs',
      headers,
      body: pick([
        () => json({ query: `{ ${Array.from({ length: 31 + size(2000) }, (_, i) => `a${i}: __typename`).join(' ')} }` }),
        () => json({ query: `{ ${' __typename'.repeat(5001 + size(20_000))} }` }),
        () => json({ query: `{ ${'__typename @include(if: true) '.repeat(51 + size(500))}}` }),
        () => json({ query: `query { ...F } fragment F on Query { ${'__typename '.repeat(size(4000))} }` }),
        () => json({ query: `query A { ...A } fragment A on Query { ...A }` }),
        () => json({ query: `{ customers(first: 100) { edges { node { complaints(first: 100) { edges { node { number } } } } } } }` }),
      ])(),
    }),
    () => ({
      family: 'invalid variables and scalars',
      headers,
      body: pick([
        () =>
          json({
            query:
              'mutation($a: Decimal!) { setCreditLimit(input: {customerId: "x", amount: $a, validFrom: "2026-01-01"}) { __typename } }',
            variables: { a: pick(['NaN', 'Infinity', '1e400', '1.234', '', '12,00', 'x'.repeat(size(20_000))]) },
          }),
        () =>
          json({
            query:
              'query($d: Date!) { customers(first: 1) { edges { node { creditGradingInputs(periodFrom: $d, periodTo: "2026-03-01") { __typename } } } } }',
            variables: { d: pick(['2026-02-30', '2026-13-01', 'tomorrow', '0000-00-00', '2026-1-1']) },
          }),
        () =>
          json({
            query: 'query($n: Int) { customers(first: $n) { totalCount } }',
            variables: { n: pick([1e20, -1, 'ten', 2 ** 31, 1.5, null]) },
          }),
        () =>
          json({
            query: 'query($s: String) { customers(first: 1, filter: { nameContains: $s }) { totalCount } }',
            variables: { s: pick(["' OR 1=1 --", '%', '_%_', '"; DROP TABLE customer; --', 'x'.repeat(50_000 + size(10_000))]) },
          }),
        () => json({ query: `{ customers(first: 1, filter: { nameContains: "${'y'.repeat(50_000 + size(10_000))}" }) { totalCount } }` }),
        () => json({ query: "{ customer(id: \"' OR '1'='1\") { id } }" }),
        () => json({ query: 'query($id: ID!) { customer(id: $id) { id } }', variables: { id: { $ne: null } } }),
      ])(),
    }),
    () => ({
      family: 'forged token',
      headers: { 'content-type': 'application/json', authorization: forgedAuthorization(random, jwtSecret) },
      body: json({ query: '{ customers(first: 1) { totalCount } }' }),
    }),
    () => ({
      family: 'oversized header',
      headers: { ...headers, 'x-padding': 'p'.repeat(16 * 1024 + size(64 * 1024)) },
      body: json({ query: '{ __typename }' }),
    }),
    () => ({
      family: 'operation mistakes',
      headers,
      body: pick([
        json({ query: 'query A { __typename } query B { __typename }' }),
        json({ query: 'query A { __typename }', operationName: 'Z' }),
        json({ query: 'subscription { customers { id } }' }),
        json({ query: 'mutation { __typename }' }),
        json([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
        json({ query: '{ __schema { types { name } } }' }),
        json({ query: '{ customers(first: 1) { edges { node { nam } } } }' }),
        json({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }),
        json({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
        json({ query: '' }),
        json({}),
      ]),
    }),
    () => ({
      family: 'wrong method or path',
      method: pick(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']),
      path: pick([
        '',
        '?query=%7B__typename%7D',
        '?query=' + encodeURIComponent('mutation { __typename }'),
        '/../../etc/passwd',
        '/health/ready?x=1',
      ]),
      headers: { authorization },
    }),
  ];
  const request = pick(families)();
  const heavy = ['huge body', 'invalid UTF-8', 'oversized header'].includes(request.family);
  if (heavy && random() > RARE) return hostileRequest(random, authorization, jwtSecret);
  return { ...request, bomb: heavy || request.family === 'deep nesting' || request.family.startsWith('alias') };
}
