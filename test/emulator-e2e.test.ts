/**
 * End to end over real HTTP: a GraphQL client → the gateway (listening on loopback) → the
 * embedded Authlete emulator (listening on loopback), for each outcome the emulator emulates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { startEmulator, type RunningEmulator } from '../src/emulator/emulator.js';
import { hashToken } from '../src/emulator/token-store.js';
import type { CreateTokenInput } from './graphql/graphql.js';
import { CreateTokenDocument, GatewayInfoDocument } from './operations.js';
import { startTestGateway, type TestGateway } from './helpers/gateway.js';

let emulator: RunningEmulator;
let gw: TestGateway;
let url: string;
const NOW = 1_800_000_000_000;

async function post(target: string, query: string, variables?: object) {
  const response = await fetch(`${target}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}

const createToken = async (input: CreateTokenInput, target = url) => {
  const { body } = await post(target, print(CreateTokenDocument), { input });
  expect(body.errors).toBeUndefined();
  for (const value of [body.data.createToken.accessToken, body.data.createToken.refreshToken]) if (value) issuedTokens.push(value);
  return body.data.createToken;
};

beforeAll(async () => {
  emulator = await startEmulator({ now: () => NOW });
  gw = startTestGateway({
    baseUrl: emulator.url,
    emulated: true,
    credentials: { apiVersion: 'v3', serviceId: emulator.serviceId, serviceAccessToken: emulator.serviceAccessToken },
  });
  url = await gw.listen();
});
const issuedTokens: string[] = [];

afterAll(async () => {
  // No issued token value and no service credential ever reached a log line.
  expect(issuedTokens.length).toBeGreaterThan(0);
  for (const secret of [...issuedTokens, emulator.serviceAccessToken]) expect(gw.logText()).not.toContain(secret);
  await gw.close();
  await emulator.close();
});

describe('tokens Authlete issues', () => {
  it('AUTHORIZATION_CODE: access and refresh token, expiry from the service default, stored as hashes', async () => {
    const token = await createToken({
      grantType: 'AUTHORIZATION_CODE',
      clientId: '26888344961664',
      subject: 'john',
      scopes: ['history.read', 'timeline.read'],
      properties: [{ key: 'tenant', value: 'acme' }],
    });
    expect(token).toMatchObject({
      action: 'OK',
      resultCode: 'A109001',
      resultMessage: '[A109001] An access token was created successfully: authorization_code, client = 26888344961664',
      clientId: '26888344961664',
      expiresIn: '3600',
      expiresAt: String(NOW + 3_600_000),
      grantType: 'AUTHORIZATION_CODE',
      subject: 'john',
      tokenType: 'Bearer',
      scopes: ['history.read', 'timeline.read'],
      refreshTokenScopes: ['history.read', 'timeline.read'],
      properties: [{ key: 'tenant', value: 'acme', hidden: false }],
      clientIdentifier: '26888344961664',
      jwtAccessToken: null,
    });
    expect(token.accessToken).toMatch(/^[\w-]{43}$/);
    expect(token.refreshToken).toMatch(/^[\w-]{43}$/);
    expect(token.tokenId).toEqual(expect.any(String));
    const stored = emulator.store.all().find((entry) => entry.accessTokenHash === hashToken(token.accessToken));
    expect(stored?.refreshTokenHash).toBe(hashToken(token.refreshToken));
  });

  it('CLIENT_CREDENTIALS for a client id above 2^53: exact id, no subject, no refresh token', async () => {
    const token = await createToken({ grantType: 'CLIENT_CREDENTIALS', clientId: '9007199254740993', scopes: ['reports.read'] });
    expect(token).toMatchObject({
      action: 'OK',
      clientId: '9007199254740993',
      subject: null,
      refreshToken: null,
      expiresIn: '600',
      clientIdentifier: '9007199254740993',
    });
  });

  it('a client by alias, a chosen duration, a DPoP binding and a session id', async () => {
    const token = await createToken({
      grantType: 'DEVICE_CODE',
      clientIdentifier: 'living-room-tv',
      subject: 'alice',
      accessTokenDuration: '60',
      dpopKeyThumbprint: 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs',
      sessionId: 'session-1',
    });
    expect(token).toMatchObject({
      action: 'OK',
      clientId: '17201124378391',
      clientIdentifier: 'living-room-tv',
      expiresIn: '60',
      expiresAt: String(NOW + 60_000),
      tokenType: 'DPoP',
      sessionId: 'session-1',
    });
  });

  it('a persistent token and caller-chosen token values', async () => {
    const token = await createToken({
      grantType: 'PASSWORD',
      clientIdentifier: 'demo-web',
      subject: 'bob',
      accessTokenPersistent: true,
      accessToken: 'migrated-access-token-0001',
      refreshToken: 'migrated-refresh-token-0001',
    });
    expect(token).toMatchObject({
      action: 'OK',
      accessToken: 'migrated-access-token-0001',
      refreshToken: 'migrated-refresh-token-0001',
      expiresAt: '0',
    });
  });
});

describe('requests Authlete refuses', () => {
  it.each<[string, CreateTokenInput, string, string]>([
    ['an unknown client', { grantType: 'PASSWORD', clientId: '123', subject: 'x' }, 'BAD_REQUEST', 'A109205'],
    ['REFRESH_TOKEN as the grant type', { grantType: 'REFRESH_TOKEN', clientId: '26888344961664', subject: 'x' }, 'BAD_REQUEST', 'A109203'],
    ['a missing subject', { grantType: 'AUTHORIZATION_CODE', clientId: '26888344961664' }, 'BAD_REQUEST', 'A109206'],
    ['a scope the service does not support', { grantType: 'PASSWORD', clientId: '26888344961664', subject: 'x', scopes: ['write:all'] }, 'BAD_REQUEST', 'A109207'],
    ['a duplicate token value', { grantType: 'PASSWORD', clientIdentifier: 'demo-web', subject: 'x', accessToken: 'migrated-access-token-0001' }, 'BAD_REQUEST', 'A109210'],
    ['a grant type the client lacks', { grantType: 'CLIENT_CREDENTIALS', clientId: '26888344961664' }, 'FORBIDDEN', 'A109301'],
    ['a scope the client may not request', { grantType: 'CLIENT_CREDENTIALS', clientId: '9007199254740993', scopes: ['openid'] }, 'FORBIDDEN', 'A109303'],
    ['a locked client', { grantType: 'AUTHORIZATION_CODE', clientIdentifier: 'retired-partner', subject: 'x' }, 'FORBIDDEN', 'A109302'],
  ])('%s', async (_name, input, action, resultCode) => {
    const before = emulator.store.size;
    const token = await createToken(input);
    expect(token).toMatchObject({ action, resultCode, accessToken: null });
    expect(token.resultMessage).toMatch(new RegExp(`^\\[${resultCode}\\] /auth/token/create, `));
    expect(emulator.store.size).toBe(before);
  });
});

describe('credentials and API versions', () => {
  it('API v2: Basic credentials on /api/auth/token/create, without the v3-only fields', async () => {
    const v2 = startTestGateway({
      baseUrl: emulator.url,
      credentials: { apiVersion: 'v2', apiKey: emulator.apiKey, apiSecret: emulator.apiSecret },
    });
    try {
      const v2url = await v2.listen();
      const token = await createToken({ grantType: 'PASSWORD', clientId: '26888344961664', subject: 'carol' }, v2url);
      expect(token).toMatchObject({ action: 'OK', subject: 'carol', tokenId: null, clientIdentifier: null });
      const info = await post(v2url, print(GatewayInfoDocument));
      expect(info.body.data.gatewayInfo).toMatchObject({ authleteApiVersion: 'V2', emulated: false });
    } finally {
      await v2.close();
    }
  });

  it('a wrong service access token is UPSTREAM_UNAUTHORIZED, and the token never shows', async () => {
    const wrong = startTestGateway({
      baseUrl: emulator.url,
      credentials: { apiVersion: 'v3', serviceId: emulator.serviceId, serviceAccessToken: 'not-the-token' },
    });
    try {
      const wrongUrl = await wrong.listen();
      const { status, body } = await post(wrongUrl, print(CreateTokenDocument), {
        input: { grantType: 'PASSWORD', clientId: '26888344961664', subject: 'x' },
      });
      expect(status).toBe(200);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED', upstream: { status: 401 } });
      expect(JSON.stringify(body)).not.toContain('not-the-token');
    } finally {
      await wrong.close();
    }
  });

  it('gatewayInfo says the upstream is the emulator', async () => {
    const { body } = await post(url, print(GatewayInfoDocument));
    expect(body.data.gatewayInfo).toEqual({ version: expect.any(String), authleteApiVersion: 'V3', emulated: true });
  });
});
