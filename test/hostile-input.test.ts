/**
 * Hostile input against the gateway as it ships: `node dist/main.js`, NODE_ENV=production, caller
 * authentication on, a scripted fake Authlete on loopback confirming what (if anything) reached it.
 * Each block is one way an attacker (or a careless client) tried to stall the gateway, make it
 * lose a minted token, reach another Authlete path, map the schema, or read a secret.
 */
import { createHash } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream, type RecordedRequest } from './helpers/fake-upstream.js';
import { SERVICE_ID } from './helpers/gateway.js';
import { AUDIENCE, ISSUER, newKey, signJwt, startJwksServer, type JwksServer, type TestKey } from './helpers/jwt.js';
import { deferred } from './helpers/deferred.js';
import { killGatewayProcesses, productionEnv, spawnGateway, type GatewayProcess } from './helpers/process.js';
import { SERVICE_ACCESS_TOKEN } from './helpers/gateway.js';
import { startEmulator } from '../src/emulator/emulator.js';

const ALL_SCOPES = 'tokens:create tokens:read tokens:update tokens:revoke';
/** The body that froze the process for 2.8 s before the scan became linear. */
const ADVERSARIAL_BODY = `1234567890123456"${'\\"'.repeat(50_000)}`;

let fake: FakeUpstream;
let jwks: JwksServer;
let key: TestKey;
let gateway: GatewayProcess;
let base: string;
let callers = 0;

/** A fresh caller (its own rate-limit bucket) with the given scopes. */
async function bearer(scope = ALL_SCOPES): Promise<Record<string, string>> {
  callers += 1;
  return { authorization: `Bearer ${await signJwt(key, { sub: `hostile-test-${callers}`, scope })}` };
}

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
}

function ask(query: string, variables?: unknown, headers?: Record<string, string>) {
  return post(JSON.stringify({ query, variables }), headers);
}

/** A request whose caller can go away: `controller.abort()` drops the connection; `asking` settles either way. */
function askAbortably(query: string, variables: unknown, headers: Record<string, string>) {
  const controller = new AbortController();
  const asking = fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  }).catch(() => undefined);
  return { asking, controller };
}

/** Requests that reached Authlete's token and client endpoints (not readiness probes). */
function upstreamCalls(): RecordedRequest[] {
  return fake.requests.filter((request) => request.path.startsWith('/api/'));
}

const CREATE = 'createToken(input: {grantType: PASSWORD, clientId: 26888344961664, subject: "john"}) { action accessToken }';
const MINTED = { status: 200, body: { action: 'OK', resultCode: 'A109001', accessToken: 'minted-token-value', clientId: 26888344961664 } };

beforeAll(async () => {
  fake = await startFakeUpstream();
  key = await newKey('hostile');
  jwks = await startJwksServer([key]);
  gateway = spawnGateway({
    ...productionEnv(fake.url, jwks.url),
    RATE_LIMIT_PER_MINUTE: '5',
    READ_RATE_LIMIT_PER_MINUTE: '40',
    UPSTREAM_CALLS_PER_REQUEST: '25',
    CORS_ORIGINS: 'https://admin.example.com,https://ops.example.com',
    HTTP_HEADERS_TIMEOUT_MS: '1000',
    HTTP_REQUEST_TIMEOUT_MS: '2000',
    HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000',
  });
  base = await gateway.listening;
});

afterAll(async () => {
  await gateway?.stop();
  killGatewayProcesses();
  await fake?.close();
  await jwks?.close();
});

beforeEach(() => {
  fake.requests.length = 0;
  fake.answer(MINTED);
});

async function healthzMs(): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${base}/healthz`);
  expect(response.status).toBe(200);
  return performance.now() - started;
}

describe('work before authentication is constant in the body', () => {
  it('an unauthenticated request is refused from its headers alone: 401 arrives while the body is still unsent', async () => {
    const { port } = new URL(base);
    const socket = connect(Number(port), '127.0.0.1');
    const answer = readUntil(socket, /\r\n\r\n/);
    socket.write('POST /graphql HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"query":');
    const head = await answer;
    expect(head).toMatch(/^HTTP\/1\.1 401 /);
    expect(head.toLowerCase()).toContain('www-authenticate: bearer');
    // The body the gateway did not read is not waited for: the connection is closed.
    expect(head.toLowerCase()).toContain('connection: close');
    socket.destroy();
    expect(upstreamCalls()).toHaveLength(0);
  });

  it('a Content-Length over the limit gets 413 from the headers alone, while the body is still unsent', async () => {
    const { port } = new URL(base);
    const socket = connect(Number(port), '127.0.0.1');
    const answer = readUntil(socket, /\r\n\r\n/);
    const { authorization } = await bearer();
    socket.write(`POST /graphql HTTP/1.1\r\nHost: gateway\r\nAuthorization: ${authorization}\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n{`);
    expect(await answer).toMatch(/^HTTP\/1\.1 413 /);
    socket.destroy();
    expect(upstreamCalls()).toHaveLength(0);
  });

  it('the adversarial 100 KB body: 401 without credentials, 400 with them, and /healthz stays fast during a burst', async () => {
    const unauthenticated = Array.from({ length: 8 }, () => post(ADVERSARIAL_BODY));
    const during = await healthzMs();
    for (const { status, body } of await Promise.all(unauthenticated)) {
      expect(status).toBe(401);
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    // Before the fix, four of these held /healthz for 11.5 s.
    expect(during).toBeLessThan(2000);
    const authenticated = await post(ADVERSARIAL_BODY, await bearer());
    expect(authenticated.status).toBe(400);
    expect(authenticated.body.errors[0].message).toBe('POST body sent invalid JSON.');
    expect(upstreamCalls()).toHaveLength(0);
  });

  it('a body nested 20,000 arrays deep is refused before parsing, with a message saying so', async () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const { status, body } = await post(
      `{"query":"mutation($c: JSONObject) { createToken(input: {grantType: PASSWORD, clientId: 1, subject: \\"a\\", jwtAtClaims: $c}) { action } }","variables":{"c":${deep}}}`,
      await bearer(),
    );
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({ message: 'POST body nests objects and arrays deeper than 64 levels.', extensions: { code: 'BAD_REQUEST' } });
    expect(upstreamCalls()).toHaveLength(0);
  });

  it('a JSONObject nested past 32 levels, in variables or as a string, is BAD_USER_INPUT before any call', async () => {
    let nested: unknown = { leaf: true };
    for (let level = 0; level < 40; level += 1) nested = { level: nested };
    const query = 'mutation($c: JSONObject) { createToken(input: {grantType: PASSWORD, clientId: 1, subject: "a", jwtAtClaims: $c}) { action } }';
    for (const claims of [nested, JSON.stringify(nested)]) {
      const { body } = await ask(query, { c: claims }, await bearer());
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toContain('deeper than 32 levels');
    }
    expect(upstreamCalls()).toHaveLength(0);
  });
});

describe('a minted token is never lost to a sibling field', () => {
  it('a sibling the caller may not run refuses the whole operation before anything is minted', async () => {
    const { status, body } = await ask(`mutation { a: ${CREATE} b: deleteToken(accessTokenIdentifier: "h") { action } }`, undefined, await bearer('tokens:create'));
    expect(status).toBe(403);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([expect.objectContaining({ path: ['b'], extensions: { code: 'FORBIDDEN', requiredScope: 'tokens:revoke' } })]);
    expect(upstreamCalls()).toHaveLength(0);
  });

  it('a sibling whose upstream call fails is null alone; the minted token comes back', async () => {
    fake.answer((request) => (request.path.includes('/auth/token/delete/') ? { status: 503, body: 'down' } : MINTED));
    const { status, body } = await ask(`mutation { a: ${CREATE} b: deleteToken(accessTokenIdentifier: "h") { action } }`, undefined, await bearer());
    expect(status).toBe(200);
    expect(body.data).toEqual({ a: { action: 'OK', accessToken: 'minted-token-value' }, b: null });
    expect(body.errors).toEqual([expect.objectContaining({ path: ['b'], extensions: expect.objectContaining({ code: 'UPSTREAM_UNAVAILABLE' }) })]);
  });

  it('a sibling with bad input is null alone; the minted token comes back', async () => {
    const { body } = await ask(`mutation { a: ${CREATE} b: deleteToken(accessTokenIdentifier: "..") { action } }`, undefined, await bearer());
    expect(body.data).toEqual({ a: { action: 'OK', accessToken: 'minted-token-value' }, b: null });
    expect(body.errors[0]).toMatchObject({ path: ['b'], extensions: { code: 'BAD_USER_INPUT' } });
    expect(upstreamCalls().map((request) => request.path)).toEqual([`/api/${SERVICE_ID}/auth/token/create`]);
  });

  it('a second createToken that fails leaves the first one minted and returned', async () => {
    let creates = 0;
    fake.answer(() => ((creates += 1) === 1 ? MINTED : { status: 502, body: 'bad gateway' }));
    const { body } = await ask(`mutation { a: ${CREATE} b: ${CREATE} }`, undefined, await bearer());
    expect(body.data).toEqual({ a: { action: 'OK', accessToken: 'minted-token-value' }, b: null });
    expect(body.errors[0]).toMatchObject({ path: ['b'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
  });
});

describe('identifiers cannot escape their path segment', () => {
  const refused = [
    ['..', '..'],
    ['.', '.'],
    ['%2e%2E', '%2e%2E'],
    ['.%2e', '.%2e'],
    ['%252e%252e', '%252e%252e'],
    ['an empty string', ''],
    ['a lone surrogate', '\ud800'],
    ['4097 characters', 'x'.repeat(4097)],
  ] as const;

  it.each(refused)('deleteToken(%s): BAD_USER_INPUT, nothing sent', async (_name, identifier) => {
    const { body } = await ask('mutation($id: String!) { deleteToken(accessTokenIdentifier: $id) { action } }', { id: identifier }, await bearer());
    expect(body.data).toEqual({ deleteToken: null });
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(upstreamCalls()).toHaveLength(0);
  });

  it.each(refused)('client(%s): BAD_USER_INPUT, nothing sent', async (_name, identifier) => {
    const { body } = await ask('query($id: String!) { client(clientIdentifier: $id) { clientName } }', { id: identifier }, await bearer());
    expect(body.data).toEqual({ client: null });
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(upstreamCalls()).toHaveLength(0);
  });

  it('an identifier that merely contains dots and slashes is sent, encoded, as one segment', async () => {
    fake.answer({ status: 204 });
    const { body } = await ask('mutation { deleteToken(accessTokenIdentifier: "a/../b.c") { action } }', undefined, await bearer());
    expect(body.data.deleteToken.action).toBe('OK');
    expect(upstreamCalls().map((request) => request.path)).toEqual([`/api/${SERVICE_ID}/auth/token/delete/a%2F..%2Fb.c`]);
  });
});

describe('no suggestions in production', () => {
  it.each([
    ['an enum value in the query text', 'mutation { createToken(input: {grantType: CLIENT_CREDENTIAL, clientId: 1}) { action } }', undefined],
    ['a misspelled field', '{ gatewayInfo { versio } }', undefined],
    ['a misspelled input field in variables', 'mutation($i: CreateTokenInput!) { createToken(input: $i) { action } }', { i: { grantTyp: 'PASSWORD', clientId: '1' } }],
    ['a misspelled enum value in variables', 'mutation($i: CreateTokenInput!) { createToken(input: $i) { action } }', { i: { grantType: 'PASWORD', clientId: '1' } }],
    ['a misspelled argument', '{ client(clientIdentifer: "x") { clientName } }', undefined],
  ])('%s', async (_name, query, variables) => {
    const { text, body } = await ask(query, variables, await bearer());
    expect(body.errors.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/did you mean/i);
    expect(upstreamCalls()).toHaveLength(0);
  });
});

describe('caller tokens', () => {
  async function unsigned(claims: Record<string, unknown>, configure: (jwt: SignJWT) => SignJWT) {
    const jwt = configure(new SignJWT({ sub: 'someone', scope: ALL_SCOPES, ...claims }).setProtectedHeader({ alg: 'ES256', kid: key.kid }));
    return { authorization: `Bearer ${await jwt.setIssuer(ISSUER).setAudience(AUDIENCE).sign(key.privateKey)}` };
  }

  it('a JWT without exp is refused', async () => {
    const { status, body } = await ask('{ gatewayInfo { version } }', undefined, await unsigned({}, (jwt) => jwt.setIssuedAt()));
    expect(status).toBe(401);
    expect(body.errors[0].message).toContain('no expiry');
  });

  it('a JWT issued in the future beyond the clock skew is refused', async () => {
    const future = Math.floor(Date.now() / 1000) + 3600;
    const { status, body } = await ask(
      '{ gatewayInfo { version } }',
      undefined,
      await unsigned({}, (jwt) => jwt.setIssuedAt(future).setExpirationTime(future + 600)),
    );
    expect(status).toBe(401);
    expect(body.errors[0].message).toContain('issued in the future');
  });
});

describe('slow clients', () => {
  it('a client trickling its body is cut off at the request timeout, and /healthz stays fast meanwhile', async () => {
    const { port } = new URL(base);
    const socket = connect(Number(port), '127.0.0.1');
    const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(performance.now())));
    socket.on('error', () => undefined);
    const started = performance.now();
    const auth = (await bearer()).authorization;
    socket.write(`POST /graphql HTTP/1.1\r\nHost: gateway\r\nAuthorization: ${auth}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`);
    const trickle = setInterval(() => socket.writable && socket.write(' '), 200);
    try {
      expect(await healthzMs()).toBeLessThan(1000);
      const at = await closed;
      // HTTP_REQUEST_TIMEOUT_MS=2000, checked every 250 ms: cut off well before Node's default 300 s.
      expect(at - started).toBeLessThan(6000);
      expect(at - started).toBeGreaterThan(1500);
    } finally {
      clearInterval(trickle);
      socket.destroy();
    }
  });

  it('a client trickling its headers is cut off at the headers timeout', async () => {
    const { port } = new URL(base);
    const socket = connect(Number(port), '127.0.0.1');
    socket.on('error', () => undefined);
    const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(performance.now())));
    const started = performance.now();
    socket.write('GET /healthz HTTP/1.1\r\n');
    const trickle = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 200);
    try {
      expect((await closed) - started).toBeLessThan(5000);
    } finally {
      clearInterval(trickle);
      socket.destroy();
    }
  });
});

describe('rate limits', () => {
  it('an operation larger than the burst is told so, with no retry hint that could never succeed', async () => {
    const six = Array.from({ length: 6 }, (_, index) => `m${index}: ${CREATE}`).join(' ');
    const { status, headers, body } = await ask(`mutation { ${six} }`, undefined, await bearer());
    expect(status).toBe(429);
    expect(headers.get('retry-after')).toBeNull();
    expect(body.errors[0].message).toBe('This operation runs 6 mutations; the rate limit allows at most 5 in one request. Split it into smaller operations.');
    expect(body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', cost: 6, burst: 5 });
    expect(upstreamCalls()).toHaveLength(0);
  });

  it('a tokens page of 20 clients looks them up at most 8 at a time', async () => {
    // Each client answer is held until the test releases it, one at a time: if the gateway had
    // more than 8 look-ups in flight, more than 8 would be held at once.
    let inFlight = 0;
    let most = 0;
    const held: Array<() => void> = [];
    const tokens = Array.from({ length: 20 }, (_, index) => ({ accessTokenHash: `h${index}`, clientId: 1000 + index }));
    fake.answer((request) => {
      if (request.path.includes('/auth/token/get/list')) return { status: 200, body: { start: 0, end: 20, totalCount: 20, accessTokens: tokens } };
      inFlight += 1;
      most = Math.max(most, inFlight);
      const release = deferred();
      held.push(() => {
        inFlight -= 1;
        release.resolve();
      });
      return { status: 200, body: { clientId: Number(request.path.split('/').at(-1)), clientName: 'c' }, until: release.promise };
    });
    const lookUps = () => upstreamCalls().filter((request) => request.path.includes('/client/get/')).length;
    const asking = bearer().then((jwt) => ask('{ tokens(first: 20) { edges { node { client { clientName } } } } }', undefined, jwt));
    for (let released = 0; released < 20; released += 1) {
      // As many look-ups as the limit allows beyond those answered, and no more.
      await expect.poll(lookUps).toBe(Math.min(20, released + 8));
      held.shift()!();
    }
    const { body } = await asking;
    expect(body.data.tokens.edges).toHaveLength(20);
    expect(body.data.tokens.edges.every((edge: { node: { client: unknown } }) => edge.node.client !== null)).toBe(true);
    expect(upstreamCalls().filter((request) => request.path.includes('/client/get/'))).toHaveLength(20);
    expect(most).toBe(8);
  });
});

describe('start-up output names variables, never values', () => {
  it('credentials in AUTHLETE_BASE_URL are refused without being printed', async () => {
    const refused = spawnGateway({ AUTHLETE_BASE_URL: 'https://admin:hunter2-password@us.authlete.com', AUTHLETE_SERVICE_ID: '1', AUTHLETE_SERVICE_ACCESS_TOKEN: 't' });
    await expect(refused.listening).rejects.toThrow();
    const { stdout, stderr } = refused.output();
    expect(stderr).toContain('AUTHLETE_BASE_URL must not carry credentials');
    expect(stdout + stderr).not.toMatch(/hunter2|admin:/);
  });

  it('a JWKS file that is not JSON is named, not quoted', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'jwks-'));
    try {
      const file = join(directory, 'jwks.json');
      writeFileSync(file, 'private-key-material-do-not-print');
      const refused = spawnGateway({ AUTH_JWKS_URL: pathToFileURL(file).href, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE });
      await expect(refused.listening).rejects.toThrow();
      const { stdout, stderr } = refused.output();
      expect(stderr).toContain('AUTH_JWKS_URL: the JWKS file is not JSON');
      expect(stdout + stderr).not.toContain('private-key-material');
    } finally {
      rmSync(directory, { recursive: true });
    }
  });
});

/** An AccessToken's global id, as the gateway makes it (base64 of `AccessToken:[clientId, subject, hash]`). */
function tokenId(clientId: string, subject: string, hash: string): string {
  return Buffer.from(`AccessToken:${JSON.stringify([clientId, subject, hash])}`).toString('base64');
}

/** The fake's token list: `perSubject` tokens for whichever client and subject the query names. */
function tokenList(perSubject: number) {
  return (request: RecordedRequest) => {
    const query = new URL(request.path, 'http://fake').searchParams;
    const subject = query.get('subject') ?? '';
    const clientId = Number(query.get('clientIdentifier'));
    const start = Number(query.get('start'));
    const end = Math.min(Number(query.get('end')), perSubject);
    const accessTokens = Array.from({ length: Math.max(0, end - start) }, (_, index) => ({
      accessTokenHash: `h-${subject}-${start + index}`,
      clientId,
      subject,
      createdAt: 1_700_000_000_000 + start + index,
    }));
    return { status: 200, body: { resultCode: 'A000001', start, end, totalCount: perSubject, accessTokens } };
  };
}

describe('a read-only caller cannot flood Authlete (issue 21)', () => {
  const NODES = 'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on AccessToken { subject } } }';

  it('the 20 × 100 nodes query is refused by the cost limit before any call, saying why; 2 s later still no call', async () => {
    const ids = Array.from({ length: 100 }, (_, index) => tokenId('1000', `user-${index}`, `h-user-${index}-0`));
    const aliases = Array.from({ length: 20 }, (_, index) => `a${index}: nodes(ids: $ids) { id }`).join(' ');
    fake.answer(tokenList(1));
    const { status, body } = await ask(`query($ids: [ID!]!) { ${aliases} }`, { ids }, await bearer('tokens:read'));
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', maxCost: 5000 });
    expect(body.errors[0].extensions.cost).toBeGreaterThan(5000);
    expect(body.errors[0].message).toContain('`nodes(ids:)` per id');
    // The ids as the variable's default in the document, or written in the query: counted the same.
    const defaulted = await ask(`query($ids: [ID!]! = ${JSON.stringify(ids.slice(0, 60))}) { ${aliases} }`, {}, await bearer('tokens:read'));
    expect(defaulted.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const written = Array.from({ length: 10 }, (_, index) => `a${index}: nodes(ids: ${JSON.stringify(ids.slice(0, 60))}) { id }`).join(' ');
    const literal = await ask(`{ ${written} }`, undefined, await bearer('tokens:read'));
    expect(literal.body.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', cost: 10 * (1 + 60 * 10) });
    // A variable named after an Object.prototype member is still counted as its default.
    for (const name of ['constructor', '__proto__', 'toString']) {
      const aliased = Array.from({ length: 10 }, (_, index) => `a${index}: nodes(ids: $${name}) { id }`).join(' ');
      const tricked = await ask(`query($${name}: [ID!]! = ${JSON.stringify(ids.slice(0, 60))}) { ${aliased} }`, {}, await bearer('tokens:read'));
      expect(tricked.body.errors[0].extensions, name).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(upstreamCalls()).toHaveLength(0);
  });

  it('one document is priced anew for each request\'s variables (a cheap run first does not let a costly one through)', async () => {
    const aliases = Array.from({ length: 20 }, (_, index) => `a${index}: nodes(ids: $ids) { id }`).join(' ');
    const document = `query($ids: [ID!]!) { ${aliases} }`;
    fake.answer(tokenList(1));
    const cheap = await ask(document, { ids: [] }, await bearer('tokens:read'));
    expect(cheap.body.errors).toBeUndefined();
    const ids = Array.from({ length: 100 }, (_, index) => tokenId('1000', `user-${index}`, `h-user-${index}-0`));
    const costly = await ask(document, { ids }, await bearer('tokens:read'));
    expect(costly.status).toBe(400);
    expect(costly.body.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', maxCost: 5000 });
    expect(upstreamCalls()).toHaveLength(0);
  });

  it('a backward page (last) is priced as a forward one (first): 20 pages of 200 are refused alike, before any call', async () => {
    const pages = (argument: string) => Array.from({ length: 20 }, (_, index) => `a${index}: tokens(${argument}: $n) { edges { node { id } } }`).join(' ');
    const forward = await ask(`query($n: Int) { ${pages('first')} }`, { n: 200 }, await bearer('tokens:read'));
    const backward = await ask(`query($n: Int) { ${pages('last')} }`, { n: 200 }, await bearer('tokens:read'));
    expect(backward.body.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', maxCost: 5000 });
    expect(backward.body.errors[0].extensions.cost).toBe(forward.body.errors[0].extensions.cost);
    expect(upstreamCalls()).toHaveLength(0);
  });

  it('a request that needs more calls than UPSTREAM_CALLS_PER_REQUEST makes exactly that many, and none after its answer', async () => {
    // 100 ids of 100 different users: each would need a list read of its own.
    const ids = Array.from({ length: 100 }, (_, index) => tokenId('1000', `user-${index}`, `h-user-${index}-0`));
    fake.answer(tokenList(1));
    const { body } = await ask(NODES, { ids }, await bearer('tokens:read'));
    expect(upstreamCalls()).toHaveLength(25);
    expect(body.data.nodes.filter(Boolean)).toHaveLength(25);
    const refused = body.errors.filter((error: { extensions: { code: string } }) => error.extensions.code === 'UPSTREAM_BUDGET_EXCEEDED');
    expect(refused).toHaveLength(75);
    expect(refused[0].message).toContain('UPSTREAM_CALLS_PER_REQUEST');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(upstreamCalls()).toHaveLength(25);
  });

  it('100 tokens of one user, and 100 copies of one id, cost one list read each', async () => {
    fake.answer(tokenList(150));
    const ids = Array.from({ length: 100 }, (_, index) => tokenId('1000', 'john', `h-john-${index}`));
    const { body } = await ask(NODES, { ids }, await bearer('tokens:read'));
    expect(body.errors).toBeUndefined();
    expect(body.data.nodes.map((node: { id: string }) => node.id)).toEqual(ids);
    expect(upstreamCalls()).toHaveLength(1);

    fake.requests.length = 0;
    const same = Array.from({ length: 100 }, () => tokenId('1000', 'john', 'h-john-149'));
    const again = await ask(NODES, { ids: same }, await bearer('tokens:read'));
    expect(again.body.data.nodes.every((node: { id: string }) => node.id === same[0])).toBe(true);
    expect(upstreamCalls()).toHaveLength(1);
  });

  it('when the caller goes away, its reads in flight are aborted and nothing more is sent', async () => {
    const held = deferred();
    fake.answer(() => ({ ...tokenList(1)(upstreamCalls().at(-1)!), until: held.promise }));
    const ids = Array.from({ length: 100 }, (_, index) => tokenId('1000', `user-${index}`, `h-user-${index}-0`));
    const { asking, controller } = askAbortably(NODES, { ids }, await bearer('tokens:read'));
    // Eight look-ups in flight at once (REFETCH_CONCURRENCY), all held by the fake.
    await expect.poll(() => upstreamCalls().length).toBe(8);
    const abortedBefore = fake.abortedRequests;
    controller.abort();
    await asking;
    await expect.poll(() => fake.abortedRequests - abortedBefore).toBe(8);
    held.resolve();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(upstreamCalls()).toHaveLength(8);
  });

  it("four floods in flight leave room for another caller's createToken: it is answered while their reads are still held", async () => {
    const held = deferred();
    fake.answer((request) => (request.path.includes('/auth/token/get/list') ? { ...tokenList(1)(request), until: held.promise } : MINTED));
    const floods = Array.from({ length: 4 }, async (_, flood) => {
      const ids = Array.from({ length: 100 }, (_, index) => tokenId('1000', `flood-${flood}-${index}`, 'h'));
      return ask(NODES, { ids }, await bearer('tokens:read'));
    });
    try {
      // Each flood has at most 8 reads in flight (and at most 25 in all): 32 held sockets of the pool's 128.
      await expect.poll(() => upstreamCalls().length).toBe(32);
      const created = ask(`mutation { ${CREATE} }`, undefined, await bearer('tokens:create'));
      // Answered while every flood's reads are still held: it never waits behind them.
      const first = await Promise.race([created.then(() => 'created'), new Promise((resolve) => setTimeout(() => resolve('waiting'), 5000))]);
      expect(first).toBe('created');
      expect((await created).body.data.createToken.accessToken).toBe('minted-token-value');
    } finally {
      held.resolve();
      await Promise.all(floods);
    }
  });

  it('when the caller of a mutation goes away, the write in flight completes and no further write starts', async () => {
    const held = deferred();
    fake.answer(() => ({ status: 200, body: { action: 'OK', resultCode: 'A135001' }, until: held.promise }));
    const updates = Array.from({ length: 5 }, (_, index) => `u${index}: updateToken(input: {accessTokenHash: "h${index}", scopes: ["a"]}) { action }`).join(' ');
    const { asking, controller } = askAbortably(`mutation { ${updates} }`, undefined, await bearer('tokens:update'));
    await expect.poll(() => upstreamCalls().length).toBe(1);
    const abortedBefore = fake.abortedRequests;
    controller.abort();
    await asking;
    await new Promise((resolve) => setTimeout(resolve, 200));
    held.resolve();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(upstreamCalls()).toHaveLength(1);
    // The write that was sent was answered, not abandoned.
    expect(fake.abortedRequests).toBe(abortedBefore);
  });

  it('a forged tokens cursor far past the list buys no more reads than the list is long (the bisect stays within totalCount)', async () => {
    // An Authlete whose every token is newer than the cursor's, wherever the window lands.
    fake.answer((request) => {
      const query = new URL(request.path, 'http://fake').searchParams;
      const start = Number(query.get('start'));
      const end = Number(query.get('end'));
      const accessTokens = Array.from({ length: end - start }, (_, index) => ({ accessTokenHash: `n${start + index}`, clientId: 1, createdAt: 1_700_000_000_000 }));
      return { status: 200, body: { resultCode: 'A000001', start, end, totalCount: 8, accessTokens } };
    });
    const filters = createHash('sha256').update(JSON.stringify([null, null])).digest('base64url').slice(0, 12);
    const forged = `tc1:${Buffer.from(JSON.stringify([2147483640, 'zz', '0', filters])).toString('base64url')}`;
    await ask('query($c: String) { tokens(first: 1, after: $c) { totalCount } }', { c: forged }, await bearer('tokens:read'));
    // One window, log2(8) = 3 one-token reads and the page: not the 31 steps of bisecting [0, 2^31).
    expect(upstreamCalls().length).toBeLessThanOrEqual(6);
  });

  it('a refusal of nodes as a whole nulls nodes alone; the rest of the query is answered', async () => {
    const noScope = await ask('{ nodes(ids: ["Q2xpZW50OjU="]) { id } gatewayInfo { version } }', undefined, await bearer(''));
    expect(noScope.body.data).toEqual({ nodes: null, gatewayInfo: { version: expect.any(String) } });
    expect(noScope.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const badId = await ask('{ nodes(ids: ["not-an-id"]) { id } gatewayInfo { version } }', undefined, await bearer('tokens:read'));
    expect(badId.body.data).toEqual({ nodes: null, gatewayInfo: { version: expect.any(String) } });
    expect(badId.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(upstreamCalls()).toHaveLength(0);
  });

  it('reads are rate limited per caller too: 429 with Retry-After past READ_RATE_LIMIT_PER_MINUTE', async () => {
    const caller = await bearer('tokens:read');
    const twenty = Array.from({ length: 20 }, (_, index) => `r${index}: gatewayInfo { version }`).join(' ');
    expect((await ask(`{ ${twenty} }`, undefined, caller)).status).toBe(200);
    expect((await ask(`{ ${twenty} }`, undefined, caller)).status).toBe(200);
    const refused = await ask('{ gatewayInfo { version } }', undefined, caller);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors[0]).toMatchObject({ message: expect.stringMatching(/^Too many read fields; retry in \d+ s\.$/), extensions: { code: 'RATE_LIMITED' } });
    // Another caller has a bucket of its own.
    expect((await ask('{ gatewayInfo { version } }', undefined, await bearer('tokens:read'))).status).toBe(200);
  });
});

describe('no scope mints by the back door (issue 21)', () => {
  const UPDATE = 'mutation($input: UpdateTokenInput!) { updateToken(input: $input) { action accessToken } }';
  const NEW_VALUE = { accessTokenHash: 'h-john-0', accessTokenValueUpdated: true, scopes: ['admin'], accessTokenPersistent: true };

  it('updateToken asking for a new token value needs tokens:create as well: refused whole, before any call', async () => {
    fake.answer({ status: 200, body: { action: 'OK', resultCode: 'A135001', accessToken: 'fresh-live-token-value' } });
    for (const [query, variables] of [
      [UPDATE, { input: NEW_VALUE }],
      ['mutation($v: Boolean) { updateToken(input: {accessTokenHash: "h", accessTokenValueUpdated: $v}) { accessToken } }', { v: true }],
      ['mutation { updateToken(input: {accessTokenHash: "h", accessTokenValueUpdated: true}) { accessToken } }', undefined],
    ] as const) {
      const { status, text, body } = await ask(query, variables, await bearer('tokens:read tokens:update'));
      expect(status).toBe(403);
      expect(body.errors[0].extensions).toEqual({ code: 'FORBIDDEN', requiredScope: 'tokens:create' });
      expect(text).not.toContain('fresh-live-token-value');
    }
    expect(upstreamCalls()).toHaveLength(0);
    // An edit that keeps the value is still tokens:update alone; a new value with tokens:create too is served.
    const edit = await ask(UPDATE, { input: { accessTokenHash: 'h', scopes: ['a'], accessTokenValueUpdated: false } }, await bearer('tokens:update'));
    expect(edit.body.data.updateToken.action).toBe('OK');
    const minted = await ask(UPDATE, { input: NEW_VALUE }, await bearer('tokens:update tokens:create'));
    expect(minted.body.data.updateToken.accessToken).toBe('fresh-live-token-value');
    expect(upstreamCalls()).toHaveLength(2);
  });
});

describe('one document, several operations', () => {
  it('the operation picked by operationName is the one authorised, limited and priced, however often the same document comes', async () => {
    const document = `query Read { gatewayInfo { version } } mutation Mint { ${CREATE} }`;
    const reader = await bearer('tokens:read');
    expect((await post(JSON.stringify({ query: document, operationName: 'Read' }), reader)).status).toBe(200);
    // The same text again (the parsed document is cached), now picking the mutation: refused whole.
    const minting = await post(JSON.stringify({ query: document, operationName: 'Mint' }), reader);
    expect(minting.status).toBe(403);
    expect(minting.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredScope: 'tokens:create' });
    expect(upstreamCalls()).toHaveLength(0);
  });
});

describe('nothing minted goes unrecorded (issue 21)', () => {
  it('a 201 with a readable body is a success', async () => {
    fake.answer({ ...MINTED, status: 201 });
    const { body } = await ask(`mutation { ${CREATE} }`, undefined, await bearer());
    expect(body.data.createToken).toEqual({ action: 'OK', accessToken: 'minted-token-value' });
  });

  it.each([
    ['trailing bytes', 200, `${JSON.stringify(MINTED.body)} trailing`],
    ['a truncated body', 202, '{"action":"OK","resultCode":"A109001","accessToken":"minted-tok'],
  ])('an unreadable 2xx (%s): the caller is told a token may exist, the log has an audit line without the token', async (_name, status, text) => {
    fake.answer({ status, body: text });
    const requestId = `minted-${status}`;
    const { body } = await ask(`mutation { ${CREATE} }`, undefined, { ...(await bearer()), 'x-request-id': requestId });
    expect(body.data).toEqual({ createToken: null });
    expect(body.errors[0].extensions).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', tokenMayHaveBeenIssued: true, requestId });
    expect(body.errors[0].message).toContain('A token may have been issued');
    const auditLine = () => gateway.output().stdout.split('\n').find((candidate) => candidate.includes(`"requestId":"${requestId}"`) && candidate.includes('a token may have been issued'));
    await expect.poll(auditLine).toBeDefined();
    const line = auditLine()!;
    expect(JSON.parse(line)).toMatchObject({
      level: 40,
      operation: 'createToken',
      clientIdentifier: '26888344961664',
      subject: 'john',
      grantType: 'PASSWORD',
      status,
      resultCode: 'A109001',
    });
    expect(line).not.toContain('minted-tok');
  });
});

describe('exact values or a clear refusal (issue 21)', () => {
  const CREATE_WITH = 'mutation($id: Int64, $c: JSONObject) { createToken(input: {grantType: PASSWORD, clientId: $id, subject: "a", jwtAtClaims: $c}) { action } }';

  it.each(['0.99999999999999999', '9007199254740991.4', '1.5', '1e400'])('Int64 from the JSON number %s is refused, never rounded', async (number) => {
    const { text } = await post(`{"query":${JSON.stringify(CREATE_WITH)},"variables":{"id":${number}}}`, await bearer());
    expect(JSON.parse(text).errors[0].extensions.code).toMatch(/^(BAD_USER_INPUT|BAD_REQUEST)$/);
    expect(upstreamCalls()).toHaveLength(0);
  });

  it('Int64 written as an integer with a fraction or exponent is that integer, in variables and in the query text', async () => {
    await post(`{"query":${JSON.stringify(CREATE_WITH)},"variables":{"id":26888344961664.0}}`, await bearer());
    expect(JSON.parse(upstreamCalls()[0]!.body).clientId).toBe(26888344961664);
    for (const [written, sent] of [['26888344961664.0', 26888344961664], ['1e3', 1000], ['1000e0', 1000]] as const) {
      fake.requests.length = 0;
      await ask(`mutation { createToken(input: {grantType: PASSWORD, clientId: ${written}, subject: "a"}) { action } }`, undefined, await bearer());
      expect(JSON.parse(upstreamCalls()[0]!.body).clientId).toBe(sent);
    }
    fake.requests.length = 0;
    const fraction = await ask('mutation { createToken(input: {grantType: PASSWORD, clientId: 1.5, subject: "a"}) { action } }', undefined, await bearer());
    expect(fraction.body.errors[0].message).toContain('must be an integer');
    expect(upstreamCalls()).toHaveLength(0);
  });

  it('a JSONObject with 1e400 is refused, in variables, as a string and in the query text; one with a long fraction reaches Authlete as written', async () => {
    const variables = await post(`{"query":${JSON.stringify(CREATE_WITH)},"variables":{"id":1,"c":{"n":1e400}}}`, await bearer());
    expect(variables.status).toBe(400);
    expect(variables.body.errors[0].message).toContain('outside the range of a double');
    const asString = await ask(CREATE_WITH, { id: 1, c: '{"n":1e400}' }, await bearer());
    expect(asString.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const literal = await ask('mutation { createToken(input: {grantType: PASSWORD, clientId: 1, jwtAtClaims: {n: 1e400}}) { action } }', undefined, await bearer());
    expect(literal.body.errors[0].message).toContain('outside the range of a double');
    expect(upstreamCalls()).toHaveLength(0);
    await post(`{"query":${JSON.stringify(CREATE_WITH)},"variables":{"id":1,"c":{"n":0.12345678901234567890}}}`, await bearer());
    expect(JSON.parse(upstreamCalls()[0]!.body).jwtAtClaims).toBe('{"n":0.12345678901234567890}');
  });
});

describe('no leaks, no footguns (issue 21)', () => {
  it("Authlete's message is relayed without the gateway's credentials or any Bearer/Basic credential", async () => {
    fake.answer({
      status: 400,
      body: {
        resultCode: 'A001201',
        resultMessage: `[A001201] Bad header "Authorization: Bearer ${SERVICE_ACCESS_TOKEN}" (Basic dXNlcjpwYXNz), token ${SERVICE_ACCESS_TOKEN}; Bearer "eyJabc.def.ghi" auth=Bearer:jkl.mno x_Bearer pqrstu Bearer%20vwxyz1.`,
      },
    });
    const { text } = await ask('{ client(clientIdentifier: "1") { clientName } }', undefined, await bearer());
    expect(text).not.toContain(SERVICE_ACCESS_TOKEN);
    expect(text).not.toContain('dXNlcjpwYXNz');
    for (const leaked of ['eyJabc', 'jkl.mno', 'pqrstu', 'vwxyz1']) expect(text).not.toContain(leaked);
    expect(JSON.parse(text).errors[0].extensions.authlete.resultMessage).toBe(
      '[A001201] Bad header "Authorization: Bearer [redacted]" (Basic [redacted]), token [redacted]; Bearer [redacted]" auth=Bearer [redacted] x_Bearer [redacted] Bearer [redacted]',
    );
  });

  it('a variable that does not coerce is named with its type, never its value', async () => {
    const secret = 'eyJhbGciOiJFUzI1NiJ9.pasted-by-mistake.signature';
    const { text, body } = await ask('query($n: Int) { tokens(first: $n) { totalCount } }', { n: secret }, await bearer());
    expect(text).not.toContain('pasted-by-mistake');
    expect(body.errors[0]).toMatchObject({ message: 'Variable "$n" got an invalid value; it must be of type "Int".', extensions: { code: 'BAD_USER_INPUT' } });
    const nested = await ask('mutation($i: CreateTokenInput!) { createToken(input: $i) { action } }', { i: { grantType: 'SECRET-ENUM-VALUE', clientId: '1' } }, await bearer());
    expect(nested.text).not.toContain('SECRET-ENUM-VALUE');
    expect(nested.body.errors[0].message).toBe('Variable "$i" got an invalid value at "i.grantType"; it must be of type "CreateTokenInput!".');
  });

  it('/metrics is not on the API port; its own listener serves it, and a scrape changes no metric', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
    const metricsUrl = gateway.metricsUrl();
    expect(new URL(metricsUrl).port).not.toBe(new URL(base).port);
    const scrape = async () => (await (await fetch(metricsUrl)).text()).split('\n').filter((line) => /^(gateway_|nodejs_eventloop_lag_)/.test(line));
    const first = await scrape();
    expect(first.some((line) => line.startsWith('nodejs_eventloop_lag_p99_seconds'))).toBe(true);
    const second = await scrape();
    const third = await scrape();
    // A five-second window may turn between two scrapes: then the next two agree.
    expect(second.join('\n') === first.join('\n') || third.join('\n') === second.join('\n')).toBe(true);
  });

  it('two Authorization headers are refused with 400, whichever comes first', async () => {
    const { port } = new URL(base);
    const { authorization } = await bearer();
    for (const headers of [`Authorization: ${authorization}\r\nAuthorization: Bearer forged`, `Authorization: Bearer forged\r\nauthorization: ${authorization}`]) {
      const socket = connect(Number(port), '127.0.0.1');
      const answer = readUntil(socket, /\r\n\r\n/);
      socket.write(`GET /graphql?query=%7BgatewayInfo%7Bversion%7D%7D HTTP/1.1\r\nHost: gateway\r\nx-graphql-csrf: 1\r\n${headers}\r\n\r\n`);
      expect(await answer).toMatch(/^HTTP\/1\.1 400 /);
      socket.destroy();
    }
  });

  it('CORS with two origins: a listed origin is allowed, an unlisted one and Origin: null get no Allow-Origin at all', async () => {
    const preflight = (origin: string) =>
      fetch(`${base}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect((await preflight('https://ops.example.com')).headers.get('access-control-allow-origin')).toBe('https://ops.example.com');
    expect((await preflight('https://evil.example.com')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight('null')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('NODE_ENV=production without AUTHLETE_BASE_URL refuses to start, naming the variable; AUTHLETE_EMULATOR=1 asks for the emulator', async () => {
    const refused = spawnGateway({ NODE_ENV: 'production', AUTH_DISABLED: 'true' });
    await expect(refused.listening).rejects.toThrow(/AUTHLETE_BASE_URL is required with NODE_ENV=production/);
    const emulated = spawnGateway({ NODE_ENV: 'production', AUTH_DISABLED: 'true', AUTHLETE_EMULATOR: '1' });
    try {
      await emulated.listening;
    } finally {
      await emulated.stop();
    }
  });

  it('a masked error keeps its request id, whatever stage raised it (a non-list where a list belongs)', async () => {
    fake.answer({ status: 200, body: { ...MINTED.body, properties: 'not-a-list' } });
    const { body } = await ask(`mutation { createToken(input: {grantType: PASSWORD, clientId: 1, subject: "a"}) { action properties { key } } }`, undefined, {
      ...(await bearer()),
      'x-request-id': 'masked-request-id',
    });
    expect(body.errors[0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'masked-request-id' } });
  });
});

/**
 * Sends the first part of a request; once it is answered, the rest of it and a pipelined
 * `GET /healthz` on the same connection. Says what the first answer was and what became of the
 * second request: answered, or the socket closed at once (within 1.5 s), or neither.
 */
async function pipelined(port: number, [head, rest]: readonly [string, string]): Promise<{ firstStatus: string; second: 'answered' | 'closed' | 'stalled' }> {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  let received = '';
  let closed = false;
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
  socket.on('close', () => (closed = true));
  const answers = () => (received.match(/HTTP\/1\.1 \d{3}/g) ?? []).length;
  const until = async (done: () => boolean, ms: number) => {
    const started = performance.now();
    while (!done() && performance.now() - started < ms) await new Promise((resolve) => setTimeout(resolve, 20));
  };
  socket.write(head);
  await until(() => answers() >= 1 || closed, 8000);
  const firstStatus = /^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 'none';
  if (!closed) socket.write(`${rest}GET /healthz HTTP/1.1\r\nHost: gateway\r\n\r\n`);
  await until(() => answers() >= 2 || closed, 1500);
  const second = answers() >= 2 ? 'answered' : closed ? 'closed' : 'stalled';
  socket.destroy();
  return { firstStatus, second };
}

describe('an early answer never leaves a connection hanging (issue 21)', () => {
  const big = 'x'.repeat(101 * 1024);
  /** 256 KiB more: what a client still sends after the answer (more than Node buffers for a paused request). */
  const more = 'y'.repeat(256 * 1024);
  /** A chunked request whose first chunk goes before the answer, and 256 KiB more and its end after it. */
  const chunked = (head: string, body: string) =>
    [`${head}Transfer-Encoding: chunked\r\n\r\n${body.length.toString(16)}\r\n${body}\r\n`, `${more.length.toString(16)}\r\n${more}\r\n0\r\n\r\n`] as const;
  /**
   * A request with a Content-Length: its body and `extra` bytes more (64 KiB: within the gateway's
   * 100 KiB, well past what Node buffers), all but its first part sent after the answer.
   */
  const sized = (head: string, body: string, extra = 64 * 1024) => {
    const whole = `${body}${more.slice(0, extra)}`;
    return [`${head}Content-Length: ${Buffer.byteLength(whole)}\r\n\r\n${whole.slice(0, body.length)}`, whole.slice(body.length)] as const;
  };

  it('the gateway: 413, 401, 415 and 403 with a body, chunked and by Content-Length: the next request is answered or the socket closed at once', async () => {
    const port = Number(new URL(base).port);
    const { authorization } = await bearer();
    const head = (type = 'application/json', auth = `Authorization: ${authorization}\r\n`) => `POST /graphql HTTP/1.1\r\nHost: gateway\r\n${auth}Content-Type: ${type}\r\n`;
    const query = '{"query":"{ gatewayInfo { version } }"}';
    const plain = 'text/plain\r\nx-graphql-csrf: 1';
    const cases = [
      ['413 chunked', chunked(head(), `{"query":"${big}"}`), '413'],
      ['413 by length', sized(head(), big), '413'],
      ['401 chunked', chunked(head('application/json', ''), query), '401'],
      ['401 by length', sized(head('application/json', ''), query), '401'],
      ['415 chunked', chunked(head(plain), 'query'), '415'],
      ['415 by length', sized(head(plain), 'query'), '415'],
      ['403 (CSRF) by length', sized(head('text/plain'), 'query'), '403'],
      [
        'a GET with a body (never read), answered 200',
        sized(`GET /graphql?query=%7BgatewayInfo%7Bversion%7D%7D HTTP/1.1\r\nHost: gateway\r\nAuthorization: ${authorization}\r\nx-graphql-csrf: 1\r\n`, '{}'),
        '200',
      ],
    ] as const;
    for (const [name, request, status] of cases) {
      const { firstStatus, second } = await pipelined(port, request);
      expect({ name, firstStatus, second }).toEqual({ name, firstStatus: status, second: expect.stringMatching(/^(answered|closed)$/) });
    }
  });

  it('the emulator: 413, 401, 404 and 415 with a body, chunked and by Content-Length: the next request is answered or the socket closed at once', async () => {
    const emulator = await startEmulator();
    try {
      const port = Number(new URL(emulator.url).port);
      const auth = `Authorization: Bearer ${emulator.serviceAccessToken}\r\n`;
      const huge = 'x'.repeat(1024 * 1024 + 10);
      const create = (headers: string) => `POST /api/${emulator.serviceId}/auth/token/create HTTP/1.1\r\nHost: e\r\n${headers}`;
      const cases = [
        ['413 chunked', chunked(create(`${auth}Content-Type: application/json\r\n`), huge), '413'],
        ['413 by length', sized(create(`${auth}Content-Type: application/json\r\n`), huge), '413'],
        ['401 chunked', chunked(create('Content-Type: application/json\r\n'), '{"grantType":"PASSWORD"}'), '401'],
        ['401 by length', sized(create('Content-Type: application/json\r\n'), '{"grantType":"PASSWORD"}'), '401'],
        ['404 chunked', chunked(`POST /api/${emulator.serviceId}/no/such HTTP/1.1\r\nHost: e\r\n${auth}`, '{}'), '404'],
        ['415 by length', sized(create(`${auth}Content-Type: text/plain\r\n`), 'grantType=PASSWORD'), '415'],
      ] as const;
      for (const [name, request, status] of cases) {
        const { firstStatus, second } = await pipelined(port, request);
        expect({ name, firstStatus, second }).toEqual({ name, firstStatus: status, second: expect.stringMatching(/^(answered|closed)$/) });
      }
    } finally {
      await emulator.close();
    }
  });
});

describe('one source cannot take every socket (issue 21)', () => {
  it('1,100 idle sockets from 127.0.0.1: /healthz from 127.0.0.2 answers 20 of 20, the flood is what is refused, and a silent socket is closed early', async () => {
    const guarded = spawnGateway({ ...productionEnv(fake.url, jwks.url), HOST: '127.0.0.1', HTTP_FIRST_BYTE_TIMEOUT_MS: '6000' });
    const sockets: Socket[] = [];
    try {
      const port = Number(new URL(await guarded.listening).port);
      let opened = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: 1100 }, () =>
          new Promise<void>((resolve) => {
            const socket = connect({ port, host: '127.0.0.1' });
            sockets.push(socket);
            socket.on('error', () => undefined);
            socket.once('connect', () => {
              opened += 1;
              resolve();
            });
            socket.once('close', () => resolve());
          }),
        ),
      );
      expect(opened).toBeGreaterThan(1000);
      // Well before the first-byte timeout (6 s), every socket past HTTP_MAX_CONNECTIONS_PER_IP (64)
      // has been closed on arrival.
      await expect.poll(() => sockets.filter((socket) => !socket.closed).length, { timeout: 4000 }).toBeLessThanOrEqual(64);
      expect(performance.now() - started).toBeLessThan(5500);
      let answered = 0;
      for (let probe = 0; probe < 20; probe += 1) {
        const socket = connect({ port, host: '127.0.0.1', localAddress: '127.0.0.2' });
        socket.on('error', () => undefined);
        const reading = readUntil(socket, /\r\n\r\n/).catch(() => '');
        socket.write('GET /healthz HTTP/1.1\r\nHost: gateway\r\nConnection: close\r\n\r\n');
        const answer = await reading;
        if (/^HTTP\/1\.1 200 /.test(answer)) answered += 1;
        socket.destroy();
      }
      expect(answered).toBe(20);
      // The flood's kept sockets sent nothing: each is closed at the first-byte timeout.
      const kept = sockets.filter((socket) => !socket.closed);
      expect(kept.length).toBeGreaterThan(0);
      await expect.poll(() => kept.filter((socket) => !socket.closed).length, { timeout: 9000 }).toBe(0);
    } finally {
      for (const socket of sockets) socket.destroy();
      await guarded.stop();
    }
  });
});

/** Collects what a socket receives until `pattern` matches; resolves with it. */
function readUntil(socket: Socket, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString();
      if (pattern.test(received)) resolve(received);
    });
    socket.once('error', reject);
    socket.once('close', () => resolve(received));
  });
}
