/**
 * Hostile input against the gateway as it ships: `node dist/main.js`, NODE_ENV=production, caller
 * authentication on, a scripted fake Authlete on loopback confirming what (if anything) reached it.
 * Each block is one way an attacker (or a careless client) tried to stall the gateway, make it
 * lose a minted token, reach another Authlete path, map the schema, or read a secret.
 */
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
