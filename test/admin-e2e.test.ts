/**
 * The admin surface end to end over real HTTP against the emulator: create → list → update →
 * revoke → list shows it gone; delete by hash; revoke's precedence; expiry; client details.
 */
import { print, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../src/emulator/emulator.js';
import type { CreateTokenInput } from './graphql/graphql.js';
import {
  ClientDocument,
  CreateTokenDocument,
  DeleteTokenDocument,
  RevokeTokensDocument,
  TokensDocument,
  UpdateTokenDocument,
} from './operations.js';
import { startTestGateway, type TestGateway } from './helpers/gateway.js';

let emulator: RunningEmulator;
let gw: TestGateway;
let url: string;
let now = 1_800_000_000_000;

async function call(document: DocumentNode, variables: object): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data: any; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const create = async (input: CreateTokenInput) => (await call(CreateTokenDocument, { input })).createToken;
const list = async (variables: object = {}) => (await call(TokensDocument, { first: 200, ...variables })).tokens;

beforeAll(async () => {
  emulator = await startEmulator({ now: () => now });
  gw = startTestGateway({
    baseUrl: emulator.url,
    credentials: { apiVersion: 'v3', serviceId: emulator.serviceId, serviceAccessToken: emulator.serviceAccessToken },
  });
  url = await gw.listen();
});
afterAll(async () => {
  await gw.close();
  await emulator.close();
});

describe('token lifecycle', () => {
  it('create → list → update → revoke → list shows it gone', async () => {
    const token = await create({ grantType: 'AUTHORIZATION_CODE', clientId: '26888344961664', subject: 'erin', scopes: ['openid', 'profile'] });
    const other = await create({ grantType: 'AUTHORIZATION_CODE', clientIdentifier: 'demo-web', subject: 'erin', scopes: ['email'] });

    const listed = await list({ clientIdentifier: 'demo-web', subject: 'erin' });
    expect(listed.totalCount).toBe(2);
    const mine = listed.edges.find((edge: any) => edge.node.scopes.includes('profile')).node;
    expect(mine).toMatchObject({
      clientId: '26888344961664',
      subject: 'erin',
      grantType: 'AUTHORIZATION_CODE',
      accessTokenExpiresAt: token.expiresAt,
      createdAt: String(now),
      lastRefreshedAt: '0',
      refreshTokenScopes: ['openid', 'profile'],
    });
    expect(JSON.stringify(listed)).not.toContain(token.accessToken);

    const updated = (
      await call(UpdateTokenDocument, {
        input: { accessToken: token.accessToken, scopes: ['openid'], accessTokenExpiresAt: String(now + 60_000), properties: [{ key: 'k', value: 'v' }] },
      })
    ).updateToken;
    expect(updated).toMatchObject({
      action: 'OK',
      resultCode: 'A135001',
      accessToken: token.accessToken,
      scopes: ['openid'],
      accessTokenExpiresAt: String(now + 60_000),
      properties: [{ key: 'k', value: 'v', hidden: false }],
      tokenType: 'Bearer',
      tokenId: token.tokenId,
    });
    const afterUpdate = (await list({ subject: 'erin' })).edges.map((edge: any) => edge.node);
    expect(afterUpdate.find((node: any) => node.accessTokenHash === mine.accessTokenHash)).toMatchObject({
      scopes: ['openid'],
      accessTokenExpiresAt: String(now + 60_000),
    });

    const revoked = (await call(RevokeTokensDocument, { input: { accessTokenIdentifier: token.accessToken } })).revokeTokens;
    expect(revoked).toEqual({ action: 'OK', count: 1, resultCode: 'A312001', resultMessage: 'Revoked 1 access token(s).' });
    const afterRevoke = await list({ subject: 'erin' });
    expect(afterRevoke.totalCount).toBe(1);
    expect(afterRevoke.edges.map((edge: any) => edge.node.accessTokenHash)).not.toContain(mine.accessTokenHash);
    expect(afterRevoke.edges[0].node.scopes).toEqual(other.scopes);

    const again = (await call(UpdateTokenDocument, { input: { accessToken: token.accessToken, scopes: ['openid'] } })).updateToken;
    expect(again).toMatchObject({ action: 'NOT_FOUND', accessToken: null });
  });

  it('update by hash, with a new token value; delete by hash', async () => {
    const token = await create({ grantType: 'DEVICE_CODE', clientIdentifier: 'living-room-tv', subject: 'frank' });
    const [node] = (await list({ subject: 'frank' })).edges.map((edge: any) => edge.node);
    const updated = (await call(UpdateTokenDocument, { input: { accessTokenHash: node.accessTokenHash, accessTokenValueUpdated: true } })).updateToken;
    expect(updated.action).toBe('OK');
    expect(updated.accessToken).toMatch(/^[\w-]{43}$/);
    expect(updated.accessToken).not.toBe(token.accessToken);
    const [renewed] = (await list({ subject: 'frank' })).edges.map((edge: any) => edge.node);
    expect(renewed.accessTokenHash).not.toBe(node.accessTokenHash);

    const deleted = (await call(DeleteTokenDocument, { accessTokenIdentifier: renewed.accessTokenHash })).deleteToken;
    expect(deleted).toEqual({ deleted: true, accessTokenIdentifier: renewed.accessTokenHash, action: 'OK', resultCode: null, resultMessage: null });
    expect((await list({ subject: 'frank' })).totalCount).toBe(0);
    const twice = (await call(DeleteTokenDocument, { accessTokenIdentifier: renewed.accessTokenHash })).deleteToken;
    expect(twice).toMatchObject({ deleted: false, action: 'NOT_FOUND', resultCode: 'A311301' });
  });

  it("revoke's precedence: a token beats the client and subject; client + subject beats client alone", async () => {
    const a = await create({ grantType: 'PASSWORD', clientIdentifier: 'demo-web', subject: 'gina' });
    await create({ grantType: 'PASSWORD', clientIdentifier: 'demo-web', subject: 'gina' });
    await create({ grantType: 'PASSWORD', clientIdentifier: 'demo-web', subject: 'hank' });
    await create({ grantType: 'DEVICE_CODE', clientIdentifier: 'living-room-tv', subject: 'gina' });

    const byToken = await call(RevokeTokensDocument, { input: { accessTokenIdentifier: a.accessToken, clientIdentifier: 'demo-web', subject: 'gina' } });
    expect(byToken.revokeTokens.count).toBe(1);
    const byRefresh = await call(RevokeTokensDocument, { input: { refreshTokenIdentifier: 'no-such-refresh-token', subject: 'gina' } });
    expect(byRefresh.revokeTokens.count).toBe(0);
    const byClientAndSubject = await call(RevokeTokensDocument, { input: { clientIdentifier: 'demo-web', subject: 'gina' } });
    expect(byClientAndSubject.revokeTokens.count).toBe(1);
    expect((await list({ subject: 'gina' })).totalCount).toBe(1);
    expect((await list({ subject: 'hank' })).totalCount).toBe(1);
    const bySubject = await call(RevokeTokensDocument, { input: { subject: 'gina' } });
    expect(bySubject.revokeTokens.count).toBe(1);
    const byClient = await call(RevokeTokensDocument, { input: { clientIdentifier: 'demo-web' } });
    expect(byClient.revokeTokens.count).toBeGreaterThanOrEqual(1);
    expect((await list({ clientIdentifier: 'demo-web' })).totalCount).toBe(0);
    const unknownClient = await call(RevokeTokensDocument, { input: { clientIdentifier: 'no-such-client' } });
    expect(unknownClient.revokeTokens).toMatchObject({ action: 'NOT_FOUND', count: 0 });
  });

  it('expired tokens drop out of the list and cannot be updated; a live refresh token keeps a token', async () => {
    const m2m = await create({ grantType: 'CLIENT_CREDENTIALS', clientId: '9007199254740993', accessTokenDuration: '60' });
    const user = await create({ grantType: 'AUTHORIZATION_CODE', clientIdentifier: 'demo-web', subject: 'ivy', accessTokenDuration: '60' });
    now += 61_000;
    try {
      const listed = await list({ clientIdentifier: '9007199254740993' });
      expect(listed.totalCount).toBe(0);
      const expired = (await call(UpdateTokenDocument, { input: { accessToken: m2m.accessToken, scopes: ['reports.read'] } })).updateToken;
      expect(expired.action).toBe('NOT_FOUND');
      // The user's access token expired, but its refresh token is valid for a day: the token stays.
      expect((await list({ subject: 'ivy' })).edges[0].node.accessTokenExpiresAt).toBe(user.expiresAt);
    } finally {
      now -= 61_000;
    }
  });

  it('pages through the service\'s tokens with no loss or repeat', async () => {
    for (let index = 0; index < 7; index += 1) await create({ grantType: 'PASSWORD', clientIdentifier: 'demo-web', subject: `pager-${index}` });
    const all = await list();
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await list({ first: 4, after });
      seen.push(...page.edges.map((edge: any) => edge.node.accessTokenHash));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    expect(seen).toEqual(all.edges.map((edge: any) => edge.node.accessTokenHash));
    expect(new Set(seen).size).toBe(all.totalCount);
  });
});

describe('API v2', () => {
  it('lists, reads a client, updates, revokes and deletes on the v2 paths with Basic credentials', async () => {
    const v2 = startTestGateway({
      baseUrl: emulator.url,
      credentials: { apiVersion: 'v2', apiKey: emulator.apiKey, apiSecret: emulator.apiSecret },
    });
    try {
      const token = await create({ grantType: 'PASSWORD', clientIdentifier: 'demo-web', subject: 'v2-user' });
      const page = (await v2.execute(TokensDocument, { subject: 'v2-user' })).body.data!.tokens!;
      expect(page.totalCount).toBe(1);
      const hash = page.edges![0]!.node!.accessTokenHash!;
      expect((await v2.execute(ClientDocument, { clientIdentifier: 'demo-web' })).body.data?.client?.clientName).toBe('Demo Web App');
      const updated = (await v2.execute(UpdateTokenDocument, { input: { accessToken: token.accessToken, scopes: ['openid'] } })).body.data?.updateToken;
      expect(updated).toMatchObject({ action: 'OK', scopes: ['openid'] });
      expect((await v2.execute(DeleteTokenDocument, { accessTokenIdentifier: hash })).body.data?.deleteToken?.deleted).toBe(true);
      const revoked = (await v2.execute(RevokeTokensDocument, { input: { subject: 'v2-user' } })).body.data?.revokeTokens;
      expect(revoked).toMatchObject({ action: 'OK', count: 0 });
      const { text } = await v2.postRaw(JSON.stringify({ query: '{ clients(first: 10) { totalCount edges { node { clientIdAlias } } } }' }));
      expect(JSON.parse(text).data.clients.totalCount).toBe(4);
      expect(v2.logs.some((line) => line.msg === 'authlete call' && line.endpoint === 'client/get/list' && line.status === 200)).toBe(true);
    } finally {
      await v2.close();
    }
  });
});

describe('clients', () => {
  const CLIENTS = `query($first: Int, $after: String, $developer: String) {
    clients(first: $first, after: $after, developer: $developer) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id clientId clientIdAlias clientName developer } }
    }
  }`;
  const page = async (variables: object) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: CLIENTS, variables }),
    });
    const text = await response.text();
    return { text, body: JSON.parse(text) as { data: any; errors?: Array<{ extensions: Record<string, unknown> }> } };
  };

  it('pages through every client, each with its global id, never a secret', async () => {
    const aliases: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { text, body } = await page({ first: 3, after });
      expect(body.errors).toBeUndefined();
      expect(text).not.toContain('emulator-secret');
      expect(body.data.clients.totalCount).toBe(4);
      aliases.push(...body.data.clients.edges.map((edge: any) => edge.node.clientIdAlias));
      if (!body.data.clients.pageInfo.hasNextPage) break;
      after = body.data.clients.pageInfo.endCursor;
    }
    expect(aliases).toEqual(['demo-web', 'reporting-batch', 'living-room-tv', 'retired-partner']);
    const { body } = await page({ first: 1 });
    const node = body.data.clients.edges[0].node;
    const refetched = await call(ClientDocument, { clientIdentifier: node.clientIdAlias });
    expect(refetched.client.clientName).toBe(node.clientName);
  });

  it("filters by developer, and refuses a cursor from another filter", async () => {
    const { body } = await page({ developer: 'john', first: 5 });
    expect(body.data.clients.edges.map((edge: any) => edge.node.clientIdAlias)).toEqual(['demo-web']);
    const { body: all } = await page({ first: 1 });
    const { body: refused } = await page({ developer: 'john', after: all.data.clients.pageInfo.endCursor });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'] });
  });
});

describe('clients', () => {
  it('client() shows the dashboard fields, never the secret', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(ClientDocument), variables: { clientIdentifier: 'demo-web' } }),
    });
    const text = await response.text();
    expect(JSON.parse(text).data.client).toMatchObject({
      clientId: '26888344961664',
      clientIdAlias: 'demo-web',
      clientName: 'Demo Web App',
      clientType: 'CONFIDENTIAL',
      applicationType: 'WEB',
      grantTypes: ['AUTHORIZATION_CODE', 'REFRESH_TOKEN', 'PASSWORD', 'TOKEN_EXCHANGE'],
      tokenAuthMethod: 'CLIENT_SECRET_BASIC',
      createdAt: '1639468356000',
      locked: false,
    });
    expect(text).not.toContain('emulator-secret');
  });
});

describe('pages that survive changes, against the emulator', () => {
  it('a token deleted between two page loads hides no other token', async () => {
    const hashes: string[] = [];
    for (let index = 0; index < 6; index += 1) {
      now += 1;
      await create({ grantType: 'AUTHORIZATION_CODE', clientIdentifier: 'demo-web', subject: 'paula', scopes: ['openid'] });
    }
    for (const edge of (await list({ clientIdentifier: 'demo-web', subject: 'paula' })).edges) hashes.push(edge.node.accessTokenHash);
    expect(hashes).toHaveLength(6);

    const seen: string[] = [];
    let page = await list({ clientIdentifier: 'demo-web', subject: 'paula', first: 2 });
    seen.push(...page.edges.map((edge: any) => edge.node.accessTokenHash));
    // Delete the first token of the page just shown, then load the next pages.
    expect((await call(DeleteTokenDocument, { accessTokenIdentifier: hashes[0] })).deleteToken.deleted).toBe(true);
    while (page.pageInfo.hasNextPage) {
      page = await list({ clientIdentifier: 'demo-web', subject: 'paula', first: 2, after: page.pageInfo.endCursor });
      seen.push(...page.edges.map((edge: any) => edge.node.accessTokenHash));
    }
    expect(seen).toEqual(hashes);
  });
});
