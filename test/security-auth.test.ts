/**
 * Caller authentication and scopes: every refusal is made before any upstream call (the fake
 * Authlete counts calls), and no refusal echoes the caller's token.
 */
import { SignJWT, UnsecuredJWT, base64url } from 'jose';
import { createPublicKey } from 'node:crypto';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ClientDocument,
  CreateTokenActionDocument,
  DeleteTokenDocument,
  GatewayInfoDocument,
  RevokeTokensDocument,
  TokensDocument,
  UpdateTokenDocument,
} from './operations.js';
import { startFakeUpstream, type FakeUpstream } from './helpers/fake-upstream.js';
import { startTestGateway, type TestGateway } from './helpers/gateway.js';
import { AUDIENCE, ISSUER, jwtAuthenticator, newKey, signJwt, startJwksServer, type JwksServer, type TestKey } from './helpers/jwt.js';

const ALL_SCOPES = 'tokens:create tokens:read tokens:update tokens:revoke';
const CREATE_INPUT = { grantType: 'PASSWORD', clientId: '26888344961664', subject: 'john' } as const;

let fake: FakeUpstream;
let jwks: JwksServer;
let key: TestKey;
let gw: TestGateway;

beforeAll(async () => {
  fake = await startFakeUpstream();
  key = await newKey('key-1');
  jwks = await startJwksServer([key]);
  gw = startTestGateway({
    baseUrl: fake.url,
    gateway: {
      authenticate: jwtAuthenticator(jwks.url),
    },
  });
});
afterAll(async () => {
  await gw.close();
  await jwks.close();
  await fake.close();
});
afterEach(() => {
  fake.requests.length = 0;
});

const bearer = (jwt: string) => ({ authorization: `Bearer ${jwt}` });

async function expectUnauthenticated(headers: Record<string, string>, reason: RegExp) {
  const { status, text } = await gw.postRaw(JSON.stringify({ query: '{ gatewayInfo { version } }' }), headers);
  expect(status).toBe(401);
  const body = JSON.parse(text);
  expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  expect(body.errors[0].message).toMatch(reason);
  expect(body.data).toBeUndefined();
  const jwt = headers.authorization?.split(' ')[1];
  if (jwt) expect(text).not.toContain(jwt);
  expect(fake.requests).toHaveLength(0);
}

describe('caller authentication', () => {
  it('a valid token is accepted', async () => {
    const { status, body } = await gw.execute(GatewayInfoDocument, {}, bearer(await signJwt(key)));
    expect(status).toBe(200);
    expect(body.data?.gatewayInfo.authleteApiVersion).toBe('V3');
  });

  it('no Authorization header: 401 with a Bearer challenge', async () => {
    const response = await gw.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ gatewayInfo { version } }' }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    await expectUnauthenticated({}, /Authorization: Bearer/);
  });

  it('a schema typo is not revealed to an unauthenticated caller', async () => {
    const { status, text } = await gw.postRaw(JSON.stringify({ query: '{ tokenz { totalCount } }' }));
    expect(status).toBe(401);
    expect(text).not.toMatch(/Did you mean|tokens/);
  });

  it('the refusal is logged with the request id and the reason, never the token', async () => {
    const jwt = await signJwt(key, {}, { audience: 'another-api' });
    await gw.postRaw(JSON.stringify({ query: '{ gatewayInfo { version } }' }), { ...bearer(jwt), 'x-request-id': 'refused-7' });
    const line = gw.logs.find((entry) => entry.requestId === 'refused-7');
    expect(line).toMatchObject({ msg: 'caller refused: not authenticated', reason: expect.stringMatching(/audience/) });
    expect(gw.logText()).not.toContain(jwt);
  });

  it('not a Bearer token', async () => {
    await expectUnauthenticated({ authorization: 'Basic dXNlcjpwYXNz' }, /must be "Bearer <JWT>"/);
  });

  it('expired (beyond the clock skew)', async () => {
    await expectUnauthenticated(bearer(await signJwt(key, {}, { expiresIn: Math.floor(Date.now() / 1000) - 60 })), /expired/);
  });

  it('expired within the clock skew is still accepted', async () => {
    const { status } = await gw.execute(GatewayInfoDocument, {}, bearer(await signJwt(key, {}, { expiresIn: Math.floor(Date.now() / 1000) - 10 })));
    expect(status).toBe(200);
  });

  it('not yet valid', async () => {
    await expectUnauthenticated(bearer(await signJwt(key, {}, { notBefore: Math.floor(Date.now() / 1000) + 120 })), /not valid yet/);
  });

  it('wrong issuer', async () => {
    await expectUnauthenticated(bearer(await signJwt(key, {}, { issuer: 'https://evil.test/' })), /issuer/);
  });

  it('wrong audience', async () => {
    await expectUnauthenticated(bearer(await signJwt(key, {}, { audience: 'another-api' })), /audience/);
  });

  it('bad signature (another key under the same kid)', async () => {
    const impostor = await newKey('key-1');
    await expectUnauthenticated(bearer(await signJwt(impostor)), /signature/);
  });

  it('a tampered payload', async () => {
    const [header, , signature] = (await signJwt(key, { scope: 'tokens:read' })).split('.');
    const payload = base64url.encode(JSON.stringify({ sub: 'x', scope: ALL_SCOPES, iss: ISSUER, aud: AUDIENCE, exp: 9999999999 }));
    await expectUnauthenticated(bearer(`${header}.${payload}.${signature}`), /signature/);
  });

  it('alg: none', async () => {
    const unsecured = new UnsecuredJWT({ sub: 'x', scope: ALL_SCOPES }).setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('5m').encode();
    await expectUnauthenticated(bearer(unsecured), /not a valid JWT|algorithm/);
  });

  it('HMAC signed with the public key as the secret', async () => {
    const rsa = await newKey('rsa-1', 'RS256');
    const rsaJwks = await startJwksServer([rsa]);
    const rsaGateway = startTestGateway({
      baseUrl: fake.url,
      gateway: {
        authenticate: jwtAuthenticator(rsaJwks.url),
      },
    });
    try {
      const pem = createPublicKey({ key: rsa.publicJwk as never, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
      const forged = await new SignJWT({ sub: 'x', scope: ALL_SCOPES })
        .setProtectedHeader({ alg: 'HS256', kid: 'rsa-1' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(String(pem)));
      const { status, text } = await rsaGateway.execute(GatewayInfoDocument, {}, bearer(forged));
      expect(status).toBe(401);
      expect(JSON.parse(text).errors[0].message).toMatch(/algorithm/);
      // and the real RSA key works
      expect((await rsaGateway.execute(GatewayInfoDocument, {}, bearer(await signJwt(rsa)))).status).toBe(200);
    } finally {
      await rsaGateway.close();
      await rsaJwks.close();
    }
  });

  it('a token without sub', async () => {
    await expectUnauthenticated(bearer(await signJwt(key, { sub: undefined })), /sub/);
  });

  it('an unknown kid is refused; refetches for unknown kids are rate-limited', async () => {
    const stranger = await newKey('key-unknown');
    await expectUnauthenticated(bearer(await signJwt(stranger)), /key this gateway does not know/);

    // Within the cooldown, another unknown kid does not refetch.
    const afterFirst = jwks.fetches;
    await expectUnauthenticated(bearer(await signJwt(await newKey('key-unknown-2'))), /key this gateway does not know/);
    expect(jwks.fetches).toBe(afterFirst);
  });

  it('a key rotated in is picked up on first use, once the refetch cooldown allows', async () => {
    const rotated = await newKey('key-2');
    const local = await startJwksServer([key]);
    const rotatingGateway = startTestGateway({
      baseUrl: fake.url,
      gateway: {
        authenticate: jwtAuthenticator(local.url, { cooldownMs: 200, maxAgeMs: 60_000 }),
      },
    });
    try {
      expect((await rotatingGateway.execute(GatewayInfoDocument, {}, bearer(await signJwt(key)))).status).toBe(200);
      expect((await rotatingGateway.execute(GatewayInfoDocument, {}, bearer(await signJwt(key)))).status).toBe(200);
      expect(local.fetches).toBe(1); // fetched once, then cached
      local.keys.push(rotated.publicJwk);
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect((await rotatingGateway.execute(GatewayInfoDocument, {}, bearer(await signJwt(rotated)))).status).toBe(200);
      expect(local.fetches).toBe(2);
    } finally {
      await rotatingGateway.close();
      await local.close();
    }
  });

  it('a verified token is remembered but still expires on time', async () => {
    let clock = Date.now();
    const authenticate = jwtAuthenticator(jwks.url, { cooldownMs: 30_000, maxAgeMs: 600_000 }, () => clock);
    const jwt = await signJwt(key, { sub: 'cached-caller', scope: 'tokens:read' }, { expiresIn: Math.floor(clock / 1000) + 60 });
    const first = await authenticate(`Bearer ${jwt}`);
    const second = await authenticate(`Bearer ${jwt}`);
    expect(second).toBe(first); // the same verified caller, not a second verification
    clock += 60_000 + 29_000; // within exp + skew
    expect((await authenticate(`Bearer ${jwt}`)).sub).toBe('cached-caller');
    clock += 2_000; // beyond exp + skew
    await expect(authenticate(`Bearer ${jwt}`)).rejects.toThrow(/expired/);
  });

  it('a file: JWKS works the same', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'jwks-'));
    const file = join(directory, 'jwks.json');
    writeFileSync(file, JSON.stringify({ keys: [key.publicJwk] }));
    const fileGateway = startTestGateway({
      baseUrl: fake.url,
      gateway: {
        authenticate: jwtAuthenticator(pathToFileURL(file)),
      },
    });
    try {
      expect((await fileGateway.execute(GatewayInfoDocument, {}, bearer(await signJwt(key)))).status).toBe(200);
      expect((await fileGateway.execute(GatewayInfoDocument, {}, bearer(await signJwt(await newKey('other'))))).status).toBe(401);
    } finally {
      await fileGateway.close();
      rmSync(directory, { recursive: true });
    }
  });
});

describe('scopes', () => {
  const cases = [
    ['createToken', 'tokens:create', CreateTokenActionDocument, { input: CREATE_INPUT }],
    ['tokens', 'tokens:read', TokensDocument, {}],
    ['client', 'tokens:read', ClientDocument, { clientIdentifier: 'demo-web' }],
    ['updateToken', 'tokens:update', UpdateTokenDocument, { input: { accessToken: 'at' } }],
    ['revokeTokens', 'tokens:revoke', RevokeTokensDocument, { input: { subject: 'john' } }],
    ['deleteToken', 'tokens:revoke', DeleteTokenDocument, { accessTokenIdentifier: 'h' }],
  ] as const;

  it.each(cases)('%s without %s: FORBIDDEN naming the scope, no upstream call', async (field, scope, document, variables) => {
    const others = ALL_SCOPES.split(' ').filter((granted) => granted !== scope).join(' ');
    const { status, body } = await gw.execute(document as never, variables as never, bearer(await signJwt(key, { scope: others })));
    // A query's forbidden field is just null (HTTP 200); a mutation is refused as a whole (403).
    expect(status).toBe(field === 'tokens' || field === 'client' ? 200 : 403);
    expect(body.errors?.[0]).toMatchObject({
      message: `Forbidden: this needs the scope "${scope}".`,
      path: [field],
      extensions: { code: 'FORBIDDEN', requiredScope: scope },
    });
    expect(fake.requests).toHaveLength(0);
  });

  it.each(cases)('%s with %s (as an scp array): reaches Authlete', async (_field, scope, document, variables) => {
    fake.answer({ status: 404, body: { resultCode: 'A1', resultMessage: 'refused' } });
    await gw.execute(document as never, variables as never, bearer(await signJwt(key, { scp: [scope] })));
    expect(fake.requests.length).toBeGreaterThanOrEqual(1);
  });

  it('each token operation writes an audit line: who, what, which client and subject, outcome, request id', async () => {
    fake.answer({ status: 200, body: { action: 'OK', accessToken: 'issued-secret-value', clientId: 26888344961664 } });
    const jwt = await signJwt(key, { sub: 'auditor-7', scope: 'tokens:create' });
    await gw.execute(CreateTokenActionDocument, { input: CREATE_INPUT }, { ...bearer(jwt), 'x-request-id': 'audit-1' });
    const line = gw.logs.find((entry) => entry.msg === 'token operation' && entry.requestId === 'audit-1');
    expect(line).toMatchObject({
      sub: 'auditor-7',
      operation: 'createToken',
      clientIdentifier: '26888344961664',
      subject: 'john',
      grantType: 'PASSWORD',
      action: 'OK',
      status: 200,
    });
    expect(gw.logText()).not.toContain('issued-secret-value');
    expect(gw.logText()).not.toContain(jwt);
  });

  it("a token's client needs tokens:read: a mutation selecting it without that scope is refused whole, before any call", async () => {
    fake.answer({ status: 200, body: { action: 'OK', accessToken: 'at', clientId: 26888344961664 } });
    const { status, text } = await gw.postRaw(
      JSON.stringify({ query: 'mutation { createToken(input: {grantType: PASSWORD, clientId: 1, subject: "a"}) { action client { clientName } } }' }),
      bearer(await signJwt(key, { scope: 'tokens:create' })),
    );
    const body = JSON.parse(text);
    expect(status).toBe(403);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([expect.objectContaining({ path: ['createToken', 'client'], extensions: { code: 'FORBIDDEN', requiredScope: 'tokens:read' } })]);
    expect(fake.requests).toHaveLength(0);
  });

  it("a query's forbidden field is null alone, and the rest of the query is answered", async () => {
    fake.answer({ status: 200, body: { accessTokens: [{ accessTokenHash: 'h1', clientId: 26888344961664 }], start: 0, end: 1, totalCount: 1 } });
    const { status, text } = await gw.postRaw(
      JSON.stringify({ query: '{ tokens { edges { node { accessTokenHash } } } info: gatewayInfo { emulated } }' }),
      bearer(await signJwt(key, { scope: 'tokens:create' })),
    );
    const body = JSON.parse(text);
    expect(status).toBe(200);
    expect(body.data).toEqual({ tokens: null, info: { emulated: false } });
    expect(body.errors[0]).toMatchObject({ path: ['tokens'], extensions: { code: 'FORBIDDEN', requiredScope: 'tokens:read' } });
    expect(fake.requests).toHaveLength(0);
  });
});
