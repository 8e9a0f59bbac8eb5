/**
 * Incident response through the gateway over HTTP: a user's authorized clients and granted scopes,
 * revoking one client's authorization, deleting a grant, locking a client, introspecting a token.
 * Against the emulator (v3 and v2, state shared with the token store) end to end, and against a
 * scripted fake for what exactly is sent (subjects byte for byte in the query string), Authlete's
 * refusals and broken answers, bad input (no call), scopes, and the token never reaching a log.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthorizedClientsDocument,
  ClientDocument,
  CreateTokenDocument,
  DeleteGrantedScopesDocument,
  GrantedScopesDocument,
  IntrospectTokenDocument,
  RevokeClientAuthorizationDocument,
  SetClientLockDocument,
  TokensPageDocument,
} from '../client/src/graphql/graphql.js';
import { startEmulator, type RunningEmulator } from '../src/emulator/emulator.js';
import { Redis } from 'ioredis';
import { createLogger } from '../src/logger.js';
import { RedisClientChanges } from '../src/resolvers/client-cache-redis.js';
import type { Caller } from '../src/security/caller-auth.js';
import { startFakeUpstream, type FakeUpstream } from './helpers/fake-upstream.js';
import { API_SECRET, SERVICE_ACCESS_TOKEN, SERVICE_ID, V2_CREDENTIALS, V3_CREDENTIALS, startTestGateway, type TestGateway } from './helpers/gateway.js';
import { redisAvailable, startRedis, type TestRedis } from './helpers/redis.js';

/** Characters a subject may hold that a path segment or a naive query string would mangle. */
const ODD_SUBJECT = 'a/b?c#d%e f+g&h=i';
const DEMO_WEB = 26888344961664n;

describe.each([
  ['v3', V3_CREDENTIALS],
  ['v2', V2_CREDENTIALS],
] as const)('the three stories against the emulator (%s)', (_version, credentials) => {
  let emulator: RunningEmulator;
  let gw: TestGateway;

  beforeAll(async () => {
    emulator = await startEmulator({ serviceId: SERVICE_ID, serviceAccessToken: SERVICE_ACCESS_TOKEN, apiSecret: API_SECRET });
    // With a shared client cache: setClientLock must show through it at once.
    gw = startTestGateway({ baseUrl: emulator.url, credentials, emulated: true, gateway: { clientCacheTtlMs: 60_000 } });
  });
  afterAll(async () => {
    await gw.close();
    await emulator.close();
  });

  async function mint(clientId: bigint, subject: string, scopes: string[]) {
    // The TV client uses the device flow only.
    const grantType = clientId === DEMO_WEB ? 'AUTHORIZATION_CODE' : 'DEVICE_CODE';
    const { body } = await gw.execute(CreateTokenDocument, { input: { grantType, clientId: String(clientId), subject, scopes } });
    expect(body.data?.createToken?.action).toBe('OK');
    return body.data!.createToken!.accessToken!;
  }

  it("a stolen laptop: the user's apps, one app's grant, revoking that app's tokens and grant", async () => {
    const webToken = await mint(DEMO_WEB, ODD_SUBJECT, ['history.read']);
    await mint(DEMO_WEB, ODD_SUBJECT, ['timeline.read']);
    await mint(17201124378391n, ODD_SUBJECT, ['history.read']);

    const apps = await gw.execute(AuthorizedClientsDocument, { subject: ODD_SUBJECT, first: 1 });
    expect(apps.body.errors).toBeUndefined();
    expect(apps.body.data?.authorizedClients?.totalCount).toBe(2);
    expect(apps.body.data?.authorizedClients?.edges?.map((edge) => edge?.node?.clientIdAlias)).toEqual(['demo-web']);
    const next = await gw.execute(AuthorizedClientsDocument, { subject: ODD_SUBJECT, first: 5, after: apps.body.data?.authorizedClients?.pageInfo.endCursor });
    expect(next.body.data?.authorizedClients?.edges?.map((edge) => edge?.node?.clientIdAlias)).toEqual(['living-room-tv']);
    // Full Clients, the same nodes `clients` returns.
    const client = await gw.execute(ClientDocument, { clientIdentifier: 'demo-web' });
    expect(apps.body.data?.authorizedClients?.edges?.[0]?.node).toEqual(client.body.data?.client);

    const granted = await gw.execute(GrantedScopesDocument, { clientId: String(DEMO_WEB), subject: ODD_SUBJECT });
    expect(granted.body.data?.grantedScopes).toMatchObject({
      clientId: String(DEMO_WEB),
      subject: ODD_SUBJECT,
      latestGrantedScopes: ['timeline.read'],
      mergedGrantedScopes: ['history.read', 'timeline.read'],
    });

    const revoked = await gw.execute(RevokeClientAuthorizationDocument, { input: { clientId: String(DEMO_WEB), subject: ODD_SUBJECT } });
    expect(revoked.body.data?.revokeClientAuthorization).toMatchObject({ action: 'OK', clientId: String(DEMO_WEB), subject: ODD_SUBJECT, resultCode: 'A137001' });
    expect(revoked.body.data?.revokeClientAuthorization?.resultMessage).toMatch(/Deleted 2 access token/);
    const left = await gw.execute(TokensPageDocument, { subject: ODD_SUBJECT, first: 50 });
    expect(left.body.data?.tokens?.edges?.map((edge) => edge?.node?.client?.clientIdAlias)).toEqual(['living-room-tv']);
    const gone = await gw.execute(IntrospectTokenDocument, { token: webToken });
    expect(gone.body.data?.introspectToken).toMatchObject({ action: 'UNAUTHORIZED', existent: false, usable: false, client: null });
    const appsAfter = await gw.execute(AuthorizedClientsDocument, { subject: ODD_SUBJECT });
    expect(appsAfter.body.data?.authorizedClients?.edges?.map((edge) => edge?.node?.clientIdAlias)).toEqual(['living-room-tv']);

    const forgotten = await gw.execute(DeleteGrantedScopesDocument, { input: { clientId: String(DEMO_WEB), subject: ODD_SUBJECT } });
    expect(forgotten.body.data?.deleteGrantedScopes).toMatchObject({ action: 'OK' });
    const none = await gw.execute(GrantedScopesDocument, { clientId: String(DEMO_WEB), subject: ODD_SUBJECT });
    expect(none.body).toEqual({ data: { grantedScopes: null } });
  });

  it('a leaked secret: lock the client, see it locked everywhere (through the client cache), minting refused, unlock', async () => {
    const before = await gw.execute(ClientDocument, { clientIdentifier: 'living-room-tv' });
    expect(before.body.data?.client?.locked).toBe(false);
    const locked = await gw.execute(SetClientLockDocument, { input: { clientIdentifier: 'living-room-tv', locked: true } });
    expect(locked.body.errors).toBeUndefined();
    expect(locked.body.data?.setClientLock).toMatchObject({ id: before.body.data?.client?.id, clientIdAlias: 'living-room-tv', locked: true });
    // By alias and by numeric id, though both were cached unlocked a moment ago.
    expect((await gw.execute(ClientDocument, { clientIdentifier: 'living-room-tv' })).body.data?.client?.locked).toBe(true);
    expect((await gw.execute(ClientDocument, { clientIdentifier: '17201124378391' })).body.data?.client?.locked).toBe(true);
    const refused = await gw.execute(CreateTokenDocument, { input: { grantType: 'DEVICE_CODE', clientId: '17201124378391', subject: 'x' } });
    expect(refused.body.data?.createToken).toMatchObject({ action: 'FORBIDDEN' });
    const unlocked = await gw.execute(SetClientLockDocument, { input: { clientIdentifier: '17201124378391', locked: false } });
    expect(unlocked.body.data?.setClientLock?.locked).toBe(false);
    expect((await gw.execute(ClientDocument, { clientIdentifier: 'living-room-tv' })).body.data?.client?.locked).toBe(false);
  });

  it('a pasted token: live, whose, which scopes, until when; a missing scope or another subject is FORBIDDEN', async () => {
    const token = await mint(DEMO_WEB, 'support-case', ['openid', 'profile']);
    const seen = await gw.execute(IntrospectTokenDocument, { token, scopes: ['openid'] });
    expect(seen.body.errors).toBeUndefined();
    expect(seen.body.data?.introspectToken).toMatchObject({
      action: 'OK',
      existent: true,
      usable: true,
      sufficient: true,
      clientId: String(DEMO_WEB),
      subject: 'support-case',
      scopes: ['openid', 'profile'],
      grantType: 'AUTHORIZATION_CODE',
      client: { clientIdAlias: 'demo-web', locked: false },
    });
    expect(Number(seen.body.data?.introspectToken?.expiresAt)).toBeGreaterThan(Date.now());
    expect((await gw.execute(IntrospectTokenDocument, { token, scopes: ['email'] })).body.data?.introspectToken).toMatchObject({ action: 'FORBIDDEN', sufficient: false });
    expect((await gw.execute(IntrospectTokenDocument, { token, subject: 'someone-else' })).body.data?.introspectToken).toMatchObject({ action: 'FORBIDDEN' });
    // The token is in no log line, and the audit line marks it by its hash's start.
    expect(gw.logText()).not.toContain(token);
    expect(gw.logs.find((line) => line.operation === 'introspectToken')).toMatchObject({ tokenSha256Prefix: expect.stringMatching(/^[0-9a-f]{8}$/) });
  });
});

describe('against a scripted Authlete', () => {
  let fake: FakeUpstream;
  let gw: TestGateway;
  let v2: TestGateway;
  let caller: Caller = { sub: 'ops', scopes: 'all', authenticated: true };

  beforeAll(async () => {
    fake = await startFakeUpstream();
    gw = startTestGateway({ baseUrl: fake.url, gateway: { authenticate: async () => caller } });
    v2 = startTestGateway({ baseUrl: fake.url, credentials: V2_CREDENTIALS });
  });
  afterEach(() => {
    fake.requests.length = 0;
    caller = { sub: 'ops', scopes: 'all', authenticated: true };
  });
  afterAll(async () => {
    await gw.close();
    await v2.close();
    await fake.close();
  });

  it('sends the subject byte for byte as a query parameter (never a path segment), on the v3 and v2 paths', async () => {
    const subject = 'ユーザー/1?x#y%20 z';
    fake.answer({ status: 200, body: { resultCode: 'A137001', resultMessage: 'Deleted 0 access token(s).' } });
    await gw.execute(RevokeClientAuthorizationDocument, { input: { clientId: '9007199254740993', subject } });
    await v2.execute(DeleteGrantedScopesDocument, { input: { clientId: '9007199254740993', subject } });
    fake.answer({ status: 200, body: { start: 0, end: 20, totalCount: 0, clients: [] } });
    await gw.execute(AuthorizedClientsDocument, { subject });
    const [revoke, forget, list] = fake.requests.map((request) => ({ method: request.method, url: new URL(request.path, 'http://fake') }));
    expect(revoke!.method).toBe('DELETE');
    expect(revoke!.url.pathname).toBe('/api/21653835348762/client/authorization/delete/9007199254740993');
    expect(revoke!.url.searchParams.get('subject')).toBe(subject);
    expect(forget!.url.pathname).toBe('/api/client/granted_scopes/delete/9007199254740993');
    expect(forget!.url.searchParams.get('subject')).toBe(subject);
    expect(list!.url.pathname).toBe('/api/21653835348762/client/authorization/get/list');
    expect(Object.fromEntries(list!.url.searchParams)).toEqual({ subject, start: '0', end: '20' });
  });

  it('sends the lock flag as JSON and reads the client back past the cache; introspection sends only what was given', async () => {
    fake.answer((request) =>
      request.path.includes('lock_flag')
        ? { status: 200, body: { resultCode: 'A137002', resultMessage: 'locked' } }
        : { status: 200, body: { clientId: 9007199254740993n.toString(), clientIdAlias: 'batch', locked: true, clientSecret: 'never-shown' } },
    );
    const locked = await gw.execute(SetClientLockDocument, { input: { clientIdentifier: 'batch', locked: true } });
    expect(locked.body.data?.setClientLock).toMatchObject({ clientIdAlias: 'batch', locked: true });
    expect(locked.text).not.toContain('never-shown');
    expect(fake.requests.map((request) => `${request.method} ${request.path} ${request.body}`)).toEqual([
      'POST /api/21653835348762/client/lock_flag/update/batch {"clientLocked":true}',
      'GET /api/21653835348762/client/get/batch ',
    ]);
    fake.requests.length = 0;
    fake.answer({ status: 200, body: { action: 'OK', existent: true, usable: true, responseContent: 'Bearer error="invalid_request"' } });
    await gw.execute(IntrospectTokenDocument, { token: 'secret-token-value', scopes: ['a'] });
    expect(JSON.parse(fake.requests[0]!.body)).toEqual({ token: 'secret-token-value', scopes: ['a'] });
  });

  it("maps Authlete's refusals: a removal's 404 is NOT_FOUND data, a read's 500 an error, a lock refused an error; the gateway keeps serving", async () => {
    fake.answer({ status: 404, body: { resultCode: 'A137301', resultMessage: 'no such client' } });
    const removal = await gw.execute(RevokeClientAuthorizationDocument, { input: { clientId: '1', subject: 'u' } });
    expect(removal.body.data?.revokeClientAuthorization).toMatchObject({ action: 'NOT_FOUND', resultCode: 'A137301' });
    const granted = await gw.execute(GrantedScopesDocument, { clientId: '1', subject: 'u' });
    expect(granted.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    fake.answer({ status: 500, body: { resultCode: 'A001101', resultMessage: 'Authlete Server error.' } });
    const list = await gw.execute(AuthorizedClientsDocument, { subject: 'u' });
    expect(list.body.errors?.[0]?.extensions).toMatchObject({ code: 'AUTHLETE_INTERNAL_SERVER_ERROR' });
    fake.answer({ status: 403, body: { resultCode: 'A001215', resultMessage: 'forbidden' } });
    const lock = await gw.execute(SetClientLockDocument, { input: { clientIdentifier: 'x', locked: true } });
    expect(lock.body).toMatchObject({ data: { setClientLock: null }, errors: [{ extensions: { code: 'AUTHLETE_FORBIDDEN' } }] });
    fake.answer({ status: 404, body: { resultCode: 'A137301', resultMessage: 'no such client' } });
    // A long identifier is named in the error cut short, not repeated whole.
    const long = await gw.execute(SetClientLockDocument, { input: { clientIdentifier: 'c'.repeat(2000), locked: true } });
    expect(long.body.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: `The client "${'c'.repeat(64)}…" was not found` });
    expect(fake.requests).toHaveLength(5);
  });

  it('an unknown introspection action is UNKNOWN with the rest passed on; a malformed answer or a dead Authlete is an error', async () => {
    fake.answer({ status: 200, body: { action: 'QUARANTINED', existent: true, subject: 'u', clientId: '9007199254740993' } });
    const unknown = await gw.execute(IntrospectTokenDocument, { token: 't' });
    expect(unknown.body.data?.introspectToken).toMatchObject({ action: 'UNKNOWN', existent: true, subject: 'u', clientId: '9007199254740993' });
    fake.answer({ status: 200, body: '{"action": "OK", ' });
    expect((await gw.execute(IntrospectTokenDocument, { token: 't' })).body.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE' });
    fake.answer({ reset: true });
    expect((await gw.execute(GrantedScopesDocument, { clientId: '5', subject: 'u' })).body.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    fake.answer({ status: 200, body: { latestGrantedScopes: ['a'], mergedGrantedScopes: ['a', 'b'], modifiedAt: 1 } });
    expect((await gw.execute(GrantedScopesDocument, { clientId: '5', subject: 'u' })).body.data?.grantedScopes?.mergedGrantedScopes).toEqual(['a', 'b']);
  });

  it.each([
    ['an empty subject', AuthorizedClientsDocument, { subject: '' }],
    ['a page over 50', AuthorizedClientsDocument, { subject: 'u', first: 51 }],
    ['a forged cursor', AuthorizedClientsDocument, { subject: 'u', after: 'ua1:nope' }],
    ['a client id of 0', GrantedScopesDocument, { clientId: '0', subject: 'u' }],
    ['a negative client id', RevokeClientAuthorizationDocument, { input: { clientId: '-5', subject: 'u' } }],
    ['a dot-segment client identifier', SetClientLockDocument, { input: { clientIdentifier: '..', locked: true } }],
    ['an empty token', IntrospectTokenDocument, { token: '' }],
  ] as const)('%s is BAD_USER_INPUT, with no call', async (_name, document, variables) => {
    const { body } = await gw.execute(document as never, variables as never);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(fake.requests).toHaveLength(0);
  });

  it("a cursor issued for one subject is refused for another, with no call", async () => {
    fake.answer({ status: 200, body: { start: 0, end: 1, totalCount: 2, clients: [{ clientId: 5 }] } });
    fake.answer((request) =>
      request.path.includes('/client/get/') ? { status: 200, body: { clientId: 5, clientIdAlias: 'five' } } : { status: 200, body: { start: 0, end: 1, totalCount: 2, clients: [{ clientId: 5 }] } },
    );
    const page = await gw.execute(AuthorizedClientsDocument, { subject: 'alice', first: 1 });
    const cursor = page.body.data?.authorizedClients?.pageInfo.endCursor;
    const calls = fake.requests.length;
    const other = await gw.execute(AuthorizedClientsDocument, { subject: 'bob', after: cursor });
    expect(other.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/another subject/) });
    expect(fake.requests).toHaveLength(calls);
  });

  it('introspectToken over GET is refused (405, Allow: POST) before any call, and the token is in no log line', async () => {
    const url = await gw.listen();
    const query = 'query($t: String!) { introspectToken(token: $t) { action } }';
    const response = await fetch(`${url}/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify({ t: 'get-secret-token' }))}`, {
      headers: { accept: 'application/graphql-response+json', 'x-graphql-csrf': '1' },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' }, message: expect.stringMatching(/POST/) });
    // Through a fragment too.
    const fragment = 'query($t: String!) { ...F } fragment F on Query { introspectToken(token: $t) { action } }';
    const viaFragment = await fetch(`${url}/graphql?query=${encodeURIComponent(fragment)}&variables=${encodeURIComponent(JSON.stringify({ t: 'get-secret-token' }))}`, {
      headers: { 'x-graphql-csrf': '1' },
    });
    expect(viaFragment.status).toBe(405);
    expect(fake.requests).toHaveLength(0);
    expect(JSON.stringify(body)).not.toContain('get-secret-token');
    expect(gw.logText()).not.toContain('get-secret-token');
  });

  it('scopes: reads need tokens:read, removals tokens:revoke, the lock clients:lock, introspection tokens:introspect', async () => {
    caller = { sub: 'dashboard', scopes: new Set(['tokens:read', 'tokens:revoke']), authenticated: true };
    const introspection = await gw.execute(IntrospectTokenDocument, { token: 'x' });
    expect(introspection.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScope: 'tokens:introspect' });
    const lock = await gw.execute(SetClientLockDocument, { input: { clientIdentifier: 'x', locked: true } });
    expect(lock.status).toBe(403);
    expect(lock.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScope: 'clients:lock' });
    caller = { sub: 'support', scopes: new Set(['tokens:introspect']), authenticated: true };
    const list = await gw.execute(AuthorizedClientsDocument, { subject: 'u' });
    expect(list.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScope: 'tokens:read' });
    const revoke = await gw.execute(RevokeClientAuthorizationDocument, { input: { clientId: '5', subject: 'u' } });
    expect(revoke.status).toBe(403);
    expect(fake.requests).toHaveLength(0);
  });
});

describe.skipIf(!redisAvailable())('setClientLock across gateway copies sharing a Redis', () => {
  let redis: TestRedis;
  let emulator: RunningEmulator;
  const copies: TestGateway[] = [];
  const channels: RedisClientChanges[] = [];
  const channelName = `test:client-changed:${process.pid}`;

  beforeAll(async () => {
    redis = await startRedis();
    emulator = await startEmulator({ serviceId: SERVICE_ID, serviceAccessToken: SERVICE_ACCESS_TOKEN });
    for (let index = 0; index < 2; index += 1) {
      const channel = new RedisClientChanges({ url: redis.url, commandTimeoutMs: 500, logger: createLogger('silent'), channel: channelName });
      channels.push(channel);
      // A long TTL: only the published change can make the other copy forget what it cached.
      copies.push(startTestGateway({ baseUrl: emulator.url, gateway: { clientCacheTtlMs: 600_000, clientChanges: channel } }));
    }
  });
  afterAll(async () => {
    for (const copy of copies) await copy.close();
    for (const channel of channels) await channel.close();
    await emulator.close();
    await redis.close();
  });

  it('the other copy, which had the client cached unlocked, shows it locked within a second', async () => {
    const [a, b] = copies as [TestGateway, TestGateway];
    // Both copies join the channel at start-up, in the background: wait until Redis counts them.
    const probe = new Redis(redis.url);
    try {
      for (let tries = 0; ; tries += 1) {
        const [, subscribers] = (await probe.pubsub('NUMSUB', channelName)) as [string, number];
        if (subscribers >= 2) break;
        if (tries > 200) throw new Error('the copies never joined the channel');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    } finally {
      probe.disconnect();
    }
    expect((await b.execute(ClientDocument, { clientIdentifier: 'living-room-tv' })).body.data?.client?.locked).toBe(false);
    expect((await b.execute(ClientDocument, { clientIdentifier: '17201124378391' })).body.data?.client?.locked).toBe(false);
    await a.execute(SetClientLockDocument, { input: { clientIdentifier: 'living-room-tv', locked: true } });
    const deadline = Date.now() + 1000;
    let seen: boolean | undefined;
    while (Date.now() < deadline) {
      const byAlias = (await b.execute(ClientDocument, { clientIdentifier: 'living-room-tv' })).body.data?.client?.locked;
      const byId = (await b.execute(ClientDocument, { clientIdentifier: '17201124378391' })).body.data?.client?.locked;
      if (byAlias && byId) {
        seen = true;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(seen).toBe(true);
  });
});
