/**
 * The HTTP entry point's short road (src/fast-path.ts) answers exactly as Yoga does. Each request
 * below is sent twice to the same gateway: over HTTP through the listener main.ts serves with, and
 * in-process to Yoga itself (`gateway.fetch`, which never takes the short road); status, the headers
 * a caller reads and the body (request ids aside) must be the same. The road counter says which
 * road each HTTP request took, so a short road that stood aside for everything would fail here.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deferred } from './helpers/deferred.js';
import { GatewayMetrics } from '../src/observability/metrics.js';
import { Readiness } from '../src/observability/readiness.js';
import { startFakeUpstream, type FakeUpstream } from './helpers/fake-upstream.js';
import { startTestGateway, type TestGateway } from './helpers/gateway.js';
import { jwtAuthenticator, newKey, signJwt, startJwksServer, type JwksServer, type TestKey } from './helpers/jwt.js';

const CREATED =
  '{"resultCode":"A109001","resultMessage":"[A109001] created","action":"OK","accessToken":"tok-1","refreshToken":"r-1",' +
  '"clientId":9007199254740993,"expiresAt":9223372036854775807,"expiresIn":3600,"grantType":"AUTHORIZATION_CODE","subject":"john","tokenType":"Bearer"}';
const CREATE = 'mutation Create($input: CreateTokenInput!) { createToken(input: $input) { action accessToken clientId expiresAt } }';
const INPUT = { grantType: 'AUTHORIZATION_CODE', clientId: '9007199254740993', subject: 'john' };

let fake: FakeUpstream;
let jwks: JwksServer;
let key: TestKey;
let gw: TestGateway;
let metrics: GatewayMetrics;
let base: string;
const readiness = new Readiness(async () => true);

beforeAll(async () => {
  fake = await startFakeUpstream();
  fake.answer((request) => (request.path.endsWith('/auth/token/create') ? { status: 200, body: CREATED } : { status: 503 }));
  key = await newKey('k1');
  jwks = await startJwksServer([key]);
  metrics = new GatewayMetrics({ defaultMetrics: false });
  gw = startTestGateway({
    baseUrl: fake.url,
    metrics,
    gateway: { production: true, authenticate: jwtAuthenticator(jwks.url), readiness, rateLimiter: null },
  });
  base = await gw.listen();
});
afterAll(async () => {
  await gw.close();
  await fake.close();
  await jwks.close();
});

async function roads(): Promise<{ short: number; yoga: number }> {
  const { values } = await metrics.httpRoads.get();
  const count = (road: string) => values.find((value) => value.labels.road === road)?.value ?? 0;
  return { short: count('short'), yoga: count('yoga') };
}

interface Answer {
  status: number;
  headers: Record<string, string | null>;
  body: string;
}

const READ_HEADERS = ['content-type', 'www-authenticate', 'retry-after', 'connection'];
const comparable = (body: string) => body.replace(/"requestId":"[^"]+"/g, '"requestId":"…"');

async function read(response: Response): Promise<Answer> {
  const headers = Object.fromEntries(READ_HEADERS.map((name) => [name, response.headers.get(name)]));
  // Node's HTTP server says keep-alive where an in-process answer says nothing.
  if (headers.connection === 'keep-alive') headers.connection = null;
  expect(response.headers.get('x-request-id')).toMatch(/^[\w.:-]{1,128}$/);
  return { status: response.status, headers, body: comparable(await response.text()) };
}

/** The same request over HTTP (through the listener) and in-process to Yoga: both answers, and the road HTTP took. */
async function both(body: string, headers: Record<string, string>): Promise<{ http: Answer; yoga: Answer; road: 'short' | 'yoga' }> {
  const before = await roads();
  const http = await read(await fetch(`${base}/graphql`, { method: 'POST', headers, body }));
  const after = await roads();
  const yoga = await read(await gw.gateway.fetch('http://gateway.test/graphql', { method: 'POST', headers, body }));
  expect(after.short + after.yoga - before.short - before.yoga).toBe(1);
  return { http, yoga, road: after.short > before.short ? 'short' : 'yoga' };
}

const json = { 'content-type': 'application/json' };

/** Stand-ins for callers' tokens in the table below, replaced with signed JWTs when a test runs. */
const ALL = '<all scopes>';
const READ_ONLY = '<tokens:read>';

describe('the short road answers as Yoga does', () => {
  const all = ALL;
  const readOnly = READ_ONLY;
  const cases: Array<[string, Record<string, string>, string, 'short' | 'yoga']> = [
    ['createToken', { ...json, authorization: `Bearer ${all}` }, JSON.stringify({ query: CREATE, variables: { input: INPUT } }), 'short'],
    [
      'createToken, GraphQL-over-HTTP media type',
      { ...json, authorization: `Bearer ${all}`, accept: 'application/graphql-response+json' },
      JSON.stringify({ query: CREATE, variables: { input: INPUT } }),
      'short',
    ],
    [
      'bad variables (400 under graphql-response+json)',
      { ...json, authorization: `Bearer ${all}`, accept: 'application/graphql-response+json' },
      JSON.stringify({ query: CREATE, variables: { input: { grantType: 'NOPE' } } }),
      'short',
    ],
    ['bad variables (200 under application/json)', { ...json, authorization: `Bearer ${all}` }, JSON.stringify({ query: CREATE, variables: { input: {} } }), 'short'],
    ['a syntax error', { ...json, authorization: `Bearer ${all}`, accept: 'application/graphql-response+json' }, JSON.stringify({ query: 'mutation {' }), 'short'],
    ['a field that does not exist', { ...json, authorization: `Bearer ${all}` }, JSON.stringify({ query: '{ nope }' }), 'short'],
    ['introspection in production', { ...json, authorization: `Bearer ${all}` }, JSON.stringify({ query: '{ __schema { types { name } } }' }), 'short'],
    ['a mutation without its scope (403)', { ...json, authorization: `Bearer ${readOnly}` }, JSON.stringify({ query: CREATE, variables: { input: INPUT } }), 'short'],
    ['Authlete unavailable', { ...json, authorization: `Bearer ${all}` }, JSON.stringify({ query: '{ client(clientIdentifier: "1") { clientName } }' }), 'short'],
    [
      'a body over 16 KB',
      { ...json, authorization: `Bearer ${all}` },
      JSON.stringify({ query: CREATE, variables: { input: { ...INPUT, scopes: Array.from({ length: 2000 }, (_, index) => `scope.${index}`) } } }),
      'yoga',
    ],
    ['no credentials (401)', json, JSON.stringify({ query: CREATE, variables: { input: INPUT } }), 'yoga'],
    ['a bad token (401)', { ...json, authorization: 'Bearer not-a-jwt' }, JSON.stringify({ query: CREATE, variables: { input: INPUT } }), 'yoga'],
    ['not JSON', { ...json, authorization: `Bearer ${all}` }, '{"query": "{ __typename }"', 'yoga'],
    ['a batch', { ...json, authorization: `Bearer ${all}` }, JSON.stringify([{ query: '{ __typename }' }]), 'yoga'],
    ['extensions', { ...json, authorization: `Bearer ${all}` }, JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } }), 'yoga'],
    ['an unknown parameter', { ...json, authorization: `Bearer ${all}` }, JSON.stringify({ query: '{ __typename }', documentId: 'sha256:1' }), 'yoga'],
    ['variables that are not an object', { ...json, authorization: `Bearer ${all}` }, JSON.stringify({ query: '{ __typename }', variables: [1] }), 'yoga'],
    ['another content type', { 'content-type': 'text/plain', authorization: `Bearer ${all}` }, JSON.stringify({ query: '{ __typename }' }), 'yoga'],
    ['a browser (Origin)', { ...json, authorization: `Bearer ${all}`, origin: 'https://evil.example' }, JSON.stringify({ query: '{ __typename }' }), 'yoga'],
  ];
  for (const [name, headers, body, road] of cases) {
    it(`${name}: the same answer, by the ${road} road`, async () => {
      const tokens: Record<string, string> = { [ALL]: await signJwt(key, { scope: 'tokens:create tokens:read tokens:update tokens:revoke' }), [READ_ONLY]: await signJwt(key, { scope: 'tokens:read' }) };
      const signed = Object.fromEntries(Object.entries(headers).map(([header, value]) => [header, value.replace(/<[^>]+>/, (stand) => tokens[stand] ?? stand)]));
      const answers = await both(body, signed);
      expect(answers.http).toEqual(answers.yoga);
      expect(answers.road).toBe(road);
    });
  }

  it('a gateway shutting down leaves every request to Yoga (which says Connection: close)', async () => {
    const shutting = new Readiness(async () => true);
    const draining = startTestGateway({ baseUrl: fake.url, metrics: new GatewayMetrics({ defaultMetrics: false }), gateway: { readiness: shutting } });
    try {
      shutting.markShuttingDown();
      const response = await fetch(`${await draining.listen()}/graphql`, { method: 'POST', headers: json, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(response.headers.get('connection')).toBe('close');
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await draining.close();
    }
  });
});

/** Writes `bytes` on one connection and collects everything the gateway sends until it closes (or `ms` pass). */
function exchange(bytes: string, ms = 1500): Promise<string> {
  const { port, hostname } = new URL(base);
  return new Promise((resolve) => {
    let text = '';
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(text);
    };
    const timer = setTimeout(done, ms);
    socket.on('close', done);
    socket.on('error', done);
  });
}

function post(body: string, headers: Record<string, string>): string {
  const lines = Object.entries({ host: 'gateway.test', 'content-type': 'application/json', ...headers, 'content-length': String(Buffer.byteLength(body)) });
  return `POST /graphql HTTP/1.1\r\n${lines.map(([name, value]) => `${name}: ${value}`).join('\r\n')}\r\n\r\n${body}`;
}

describe('the entry point, on either road', () => {
  it('a Host header no URL can be made of is refused with 400, never with a stack trace', async () => {
    const token = await signJwt(key, { scope: 'tokens:read' });
    for (const request of [
      post(JSON.stringify({ query: '{ gatewayInfo { version } }' }), { host: 'a b', authorization: `Bearer ${token}` }),
      'GET /healthz HTTP/1.1\r\nhost: [\r\n\r\n',
    ]) {
      const answer = await exchange(request);
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
      expect(answer).toContain('"code":"BAD_REQUEST"');
      expect(answer).not.toMatch(/at |node_modules|TypeError/);
    }
  });

  it('a request pipelined behind an answer that closes the connection is never run (no token minted for nobody)', async () => {
    const token = await signJwt(key, { scope: 'tokens:create' });
    const creates = () => fake.requests.filter((request) => request.path.endsWith('/auth/token/create')).length;
    const before = creates();
    const readOnly = await signJwt(key, { scope: 'tokens:read' });
    const minting = post(JSON.stringify({ query: CREATE, variables: { input: INPUT } }), { authorization: `Bearer ${token}` });
    // Refused before its body is read (401), and after (403: read, run, refused): each closes the connection.
    for (const [refused, status] of [
      [post(JSON.stringify({ query: '{ gatewayInfo { version } }' }), {}), 'HTTP/1.1 401'],
      [post(JSON.stringify({ query: CREATE, variables: { input: INPUT } }), { authorization: `Bearer ${readOnly}` }), 'HTTP/1.1 403'],
    ] as const) {
      const answer = await exchange(refused + minting);
      expect(answer.match(/HTTP\/1\.1 \d{3}/g)).toEqual([status]);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(creates()).toBe(before);
    // Pipelined behind an answer that keeps the connection, both run and both are answered, in order.
    const twice = await exchange(minting + minting);
    expect(twice.match(/HTTP\/1\.1 \d{3}/g)).toEqual(['HTTP/1.1 200', 'HTTP/1.1 200']);
    expect(creates()).toBe(before + 2);
  });

  it('a client that leaves mid-body is counted on the short road, and the gateway goes on serving', async () => {
    const token = await signJwt(key, { scope: 'tokens:read' });
    const before = await roads();
    const { port, hostname } = new URL(base);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), hostname, () => {
        socket.write(`POST /graphql HTTP/1.1\r\nhost: gateway.test\r\ncontent-type: application/json\r\nauthorization: Bearer ${token}\r\ncontent-length: 100\r\n\r\n{"query":`);
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 200);
      });
    });
    await expect.poll(async () => (await roads()).short - before.short).toBe(1);
    expect((await roads()).yoga).toBe(before.yoga);
    const { status } = await gw.postRaw(JSON.stringify({ query: '{ __typename }' }), { authorization: `Bearer ${token}` });
    expect(status).toBe(200);
  });

  it('a body the short road hands to Yoga still ends with its client: a read in flight is aborted', async () => {
    const token = await signJwt(key, { scope: 'tokens:read' });
    const release = deferred();
    fake.answer(() => ({ status: 200, body: { clientId: 1, clientName: 'slow' }, until: release.promise }));
    const abortedBefore = fake.abortedRequests;
    const reads = () => fake.requests.filter((request) => request.path.includes('/client/get/')).length;
    const readsBefore = reads();
    const leaving = new AbortController();
    const asked = fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { ...json, authorization: `Bearer ${token}` },
      // Not one plain GraphQL request (extensions): the short road gives it to Yoga.
      body: JSON.stringify({ query: '{ client(clientIdentifier: "1") { clientName } }', extensions: {} }),
      signal: leaving.signal,
    }).catch(() => undefined);
    await expect.poll(reads).toBe(readsBefore + 1);
    leaving.abort();
    await asked;
    await expect.poll(() => fake.abortedRequests - abortedBefore).toBe(1);
    release.resolve();
    fake.answer((request) => (request.path.endsWith('/auth/token/create') ? { status: 200, body: CREATED } : { status: 503 }));
  });
});
