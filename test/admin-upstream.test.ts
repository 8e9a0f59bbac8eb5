/**
 * The admin surface against a fake Authlete that counts calls: DataLoader bounds (exact call
 * counts), paging with no token lost or repeated, every action of update, revoke's request and
 * refusal of an empty input, delete's 204, and the exact requests sent.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ClientDocument,
  DeleteTokenDocument,
  RevokeTokensDocument,
  TokensDocument,
  TokensWithClientsDocument,
  TwoCreatesWithClientDocument,
  UpdateTokenDocument,
} from './operations.js';
import { deferred } from './helpers/deferred.js';
import { startFakeUpstream, type FakeAnswer, type FakeUpstream, type RecordedRequest } from './helpers/fake-upstream.js';
import { ClientCache } from '../src/resolvers/client-cache.js';
import { SERVICE_ACCESS_TOKEN, startTestGateway, type TestGateway } from './helpers/gateway.js';

const CLIENTS: Record<string, object> = {
  '26888344961664': { clientId: 26888344961664, clientIdAlias: 'demo-web', clientName: 'Demo Web App', clientSecret: 'never-show-1' },
  '9007199254740993': { clientId: 9007199254740993n, clientIdAlias: 'batch', clientName: 'Batch', clientSecret: 'never-show-2' },
  '17201124378391': { clientId: 17201124378391, clientIdAlias: 'tv', clientName: 'TV', clientSecret: 'never-show-3' },
};
const CLIENT_IDS = Object.keys(CLIENTS);

/** `count` tokens spread over the three clients (and one client that does not exist, if asked). */
function tokenRows(count: number, withMissingClient = false) {
  return Array.from({ length: count }, (_, index) => ({
    accessTokenHash: `hash-${String(index).padStart(3, '0')}`,
    refreshTokenHash: index % 2 ? null : `rhash-${index}`,
    accessTokenExpiresAt: 1_900_000_000_000 + index,
    refreshTokenExpiresAt: index % 2 ? 0 : 1_900_086_400_000,
    createdAt: 1_800_000_000_000 + index,
    lastRefreshedAt: 0,
    clientId: withMissingClient && index === 0 ? 11111 : BigInt(CLIENT_IDS[index % 3]!),
    subject: `user-${index % 5}`,
    grantType: 'AUTHORIZATION_CODE',
    scopes: ['history.read'],
    properties: [],
    refreshTokenScopes: index % 2 ? null : ['history.read'],
  }));
}

function bigintJson(value: unknown): string {
  return JSON.stringify(value, (_key, item) => (typeof item === 'bigint' ? `__big__${item}` : item)).replace(/"__big__(\d+)"/g, '$1');
}

/** A fake Authlete: token list over `rows`, client get over CLIENTS, anything else scripted. */
function authleteOver(rows: object[], other?: (request: RecordedRequest) => FakeAnswer) {
  return (request: RecordedRequest): FakeAnswer => {
    const url = new URL(request.path, 'http://fake');
    if (url.pathname.endsWith('/auth/token/get/list')) {
      const start = Number(url.searchParams.get('start'));
      const end = Number(url.searchParams.get('end'));
      return { status: 200, body: bigintJson({ start, end, totalCount: rows.length, accessTokens: rows.slice(start, end) }) };
    }
    const client = url.pathname.match(/\/client\/get\/(.+)$/);
    if (client) {
      const identifier = decodeURIComponent(client[1]!);
      const found = CLIENTS[identifier] ?? Object.values(CLIENTS).find((entry) => (entry as { clientIdAlias: string }).clientIdAlias === identifier);
      return found
        ? { status: 200, body: bigintJson(found) }
        : { status: 404, body: { resultCode: 'A030301', resultMessage: '[A030301] no such client' } };
    }
    return other?.(request) ?? { status: 500, body: { resultCode: 'X', resultMessage: 'unscripted' } };
  };
}

const calls = (fake: FakeUpstream, fragment: string) => fake.requests.filter((request) => request.path.includes(fragment)).length;

let fake: FakeUpstream;
let gw: TestGateway;

beforeAll(async () => {
  fake = await startFakeUpstream();
  gw = startTestGateway({ baseUrl: fake.url, timeoutMs: 1000 });
});
afterAll(async () => {
  await gw.close();
  await fake.close();
});
afterEach(() => {
  expect(gw.logText()).not.toContain(SERVICE_ACCESS_TOKEN);
  fake.requests.length = 0;
});

describe('clients are batched per request', () => {
  it('a page of 50 tokens of 3 clients, selected twice, plus the root client field: exactly 3 client look-ups', async () => {
    fake.answer(authleteOver(tokenRows(50)));
    const { body } = await gw.execute(TokensWithClientsDocument, { first: 50, clientIdentifier: '26888344961664' });
    expect(body.errors).toBeUndefined();
    expect(body.data?.tokens?.edges).toHaveLength(50);
    expect(body.data?.tokens?.edges?.[1]?.node?.client).toEqual({ clientId: '9007199254740993', clientName: 'Batch' });
    expect(body.data?.client?.clientName).toBe('Demo Web App');
    expect(calls(fake, '/auth/token/get/list')).toBe(2);
    expect(calls(fake, '/client/get/')).toBe(3);
    expect(JSON.stringify(body)).not.toContain('never-show');
  });

  it('two createToken calls for one client in one request: one client look-up', async () => {
    fake.answer(
      authleteOver([], () => ({
        status: 200,
        body: { action: 'OK', accessToken: `at-${fake.requests.length}`, clientId: 26888344961664 },
      })),
    );
    const { body } = await gw.execute(TwoCreatesWithClientDocument, {
      input: { grantType: 'PASSWORD', clientId: '26888344961664', subject: 'john' },
    });
    expect(body.data).toEqual({
      first: { action: 'OK', client: { clientName: 'Demo Web App' } },
      second: { action: 'OK', client: { clientName: 'Demo Web App' } },
    });
    expect(calls(fake, '/auth/token/create')).toBe(2);
    expect(calls(fake, '/client/get/')).toBe(1);
  });

  it('a client looked up by alias also serves its numeric id', async () => {
    const rows = tokenRows(3).map((row) => ({ ...row, clientId: 17201124378391 }));
    const over = authleteOver(rows);
    // The list is answered only once the alias look-up has been, so the numeric id is already known.
    const aliasAnswered = deferred();
    fake.answer((request) => {
      const answer = over(request);
      if (!('status' in answer)) return answer;
      if (request.path.includes('/get/list')) return { ...answer, until: aliasAnswered.promise };
      if (request.path.endsWith('/client/get/tv')) aliasAnswered.resolve();
      return answer;
    });
    const { text } = await gw.postRaw(
      JSON.stringify({ query: '{ client(clientIdentifier: "tv") { clientName } tokens { edges { node { client { clientName } } } } }' }),
    );
    const body = JSON.parse(text);
    expect(body.data.client.clientName).toBe('TV');
    expect(body.data.tokens.edges.map((edge: any) => edge.node.client.clientName)).toEqual(['TV', 'TV', 'TV']);
    expect(fake.requests.filter((request) => request.path.includes('/client/get/')).map((request) => request.path)).toEqual([
      '/api/21653835348762/client/get/tv',
    ]);
  });

  it('a client that no longer exists is null with the reason in errors; the page is intact', async () => {
    fake.answer(authleteOver(tokenRows(6, true)));
    const { body } = await gw.execute(TokensWithClientsDocument, { first: 6, clientIdentifier: '17201124378391' });
    const edges = body.data?.tokens?.edges ?? [];
    expect(edges).toHaveLength(6);
    expect(edges[0]?.node?.client).toBeNull();
    expect(edges.slice(1).every((edge) => edge?.node?.client?.clientName)).toBe(true);
    const missing = body.errors?.filter((error) => error.extensions?.code === 'NOT_FOUND') ?? [];
    expect(missing.length).toBeGreaterThanOrEqual(1);
    expect(missing[0]?.path).toEqual(['tokens', 'edges', 0, 'node', 'client']);
    expect(missing[0]?.extensions?.authlete).toMatchObject({ status: 404, resultCode: 'A030301' });
    expect(calls(fake, '/client/get/')).toBe(4);
  });

  it('client(clientIdentifier:) maps every dashboard field and never the secret', async () => {
    fake.answer(() => ({
      status: 200,
      body:
        '{"applicationType":"WEB","clientId":26478243745571,"clientIdAlias":"my-client","clientIdAliasEnabled":true,' +
        '"clientName":"My client","clientSecret":"gXz97ISgLs4HuXwOZWch8GEmgL4YMvUJwu3er","clientType":"CONFIDENTIAL",' +
        '"createdAt":1639468356000,"developer":"john","dynamicallyRegistered":false,"grantTypes":["AUTHORIZATION_CODE","REFRESH_TOKEN"],' +
        '"modifiedAt":9223372036854775807,"number":6164,"redirectUris":["https://my-client.example.com/cb1"],"responseTypes":["CODE","TOKEN"],' +
        '"tokenAuthMethod":"CLIENT_SECRET_BASIC","description":"d","logoUri":"https://l","clientUri":"https://c","locked":false,' +
        '"jwks":"{\\"keys\\":[]}"}',
    }));
    const { text, body } = await gw.execute(ClientDocument, { clientIdentifier: 'my-client' });
    expect(body.data?.client).toEqual({
      clientId: '26478243745571',
      clientIdAlias: 'my-client',
      clientName: 'My client',
      description: 'd',
      clientType: 'CONFIDENTIAL',
      applicationType: 'WEB',
      grantTypes: ['AUTHORIZATION_CODE', 'REFRESH_TOKEN'],
      responseTypes: ['CODE', 'TOKEN'],
      redirectUris: ['https://my-client.example.com/cb1'],
      tokenAuthMethod: 'CLIENT_SECRET_BASIC',
      developer: 'john',
      logoUri: 'https://l',
      clientUri: 'https://c',
      createdAt: '1639468356000',
      modifiedAt: '9223372036854775807',
      locked: false,
      dynamicallyRegistered: false,
    });
    expect(text).not.toContain('gXz97ISgLs4HuXwOZWch8GEmgL4YMvUJwu3er');
    expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/api/21653835348762/client/get/my-client' });
  });

  it('refuses an empty client identifier before any call', async () => {
    const { body } = await gw.execute(ClientDocument, { clientIdentifier: '' });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('tokens paging', () => {
  it("every edge's cursor continues right after its own token; startCursor and endCursor are the first and last edges'", async () => {
    const rows = tokenRows(7);
    fake.answer(authleteOver(rows));
    const variables = { first: 4, clientIdentifier: 'demo-web', subject: 'user-1' };
    const { body } = await gw.execute(TokensDocument, variables);
    const page = body.data!.tokens!;
    const cursors = (page.edges ?? []).map((edge) => edge!.cursor);
    expect(new Set(cursors).size).toBe(4);
    expect(page.pageInfo).toMatchObject({ startCursor: cursors[0], endCursor: cursors[3] });
    for (const [index, cursor] of cursors.entries()) {
      const { body: next } = await gw.execute(TokensDocument, { ...variables, first: 2, after: cursor });
      expect(next.errors).toBeUndefined();
      expect(next.data!.tokens!.edges?.map((edge) => edge!.node!.accessTokenHash)).toEqual(rows.slice(index + 1, index + 3).map((row) => row.accessTokenHash));
    }
  });

  it('pages through 7 tokens 3 at a time: none lost, none repeated, exact values', async () => {
    const rows = tokenRows(7);
    fake.answer(authleteOver(rows));
    const seen: string[] = [];
    let after: string | null | undefined;
    const pages: Array<{ hasNextPage: boolean; hasPreviousPage: boolean; totalCount: number | null | undefined }> = [];
    do {
      const { body } = await gw.execute(TokensDocument, { first: 3, after, clientIdentifier: 'demo-web', subject: 'user-1' });
      expect(body.errors).toBeUndefined();
      const page = body.data!.tokens!;
      for (const edge of page.edges ?? []) seen.push(edge!.node!.accessTokenHash!);
      pages.push({ hasNextPage: page.pageInfo.hasNextPage, hasPreviousPage: page.pageInfo.hasPreviousPage, totalCount: page.totalCount });
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    expect(seen).toEqual(rows.map((row) => row.accessTokenHash));
    expect(pages).toEqual([
      { hasNextPage: true, hasPreviousPage: false, totalCount: 7 },
      { hasNextPage: true, hasPreviousPage: true, totalCount: 7 },
      { hasNextPage: false, hasPreviousPage: true, totalCount: 7 },
    ]);
    expect(fake.requests.map((request) => request.path)).toEqual([
      '/api/21653835348762/auth/token/get/list?clientIdentifier=demo-web&subject=user-1&start=0&end=3',
      // Each next page reads from a little before its cursor, to re-align on the cursor's token.
      '/api/21653835348762/auth/token/get/list?clientIdentifier=demo-web&subject=user-1&start=0&end=6',
      '/api/21653835348762/auth/token/get/list?clientIdentifier=demo-web&subject=user-1&start=0&end=9',
    ]);
  });

  describe('pages that survive changes to the list', () => {
    type Row = ReturnType<typeof tokenRows>[number];

    /** Pages through `rows` (which the fake serves live) 3 at a time, calling `between` after each page. */
    async function pageThrough(rows: Row[], between: (pageIndex: number) => void): Promise<string[]> {
      fake.answer(authleteOver(rows));
      const seen: string[] = [];
      let after: string | null | undefined;
      for (let pageIndex = 0; pageIndex < 50; pageIndex += 1) {
        const { body } = await gw.execute(TokensDocument, { first: 3, after });
        expect(body.errors).toBeUndefined();
        const page = body.data!.tokens!;
        for (const edge of page.edges ?? []) seen.push(edge!.node!.accessTokenHash!);
        if (!page.pageInfo.hasNextPage) return seen;
        after = page.pageInfo.endCursor;
        between(pageIndex);
      }
      throw new Error('paging did not end');
    }

    // Every position of the list, deleted after each page in turn: the token at that position is
    // gone, and every token never deleted is shown exactly once.
    const positions = Array.from({ length: 9 }, (_, position) => position);
    it.each(positions)('deleting the token at position %i between two page loads hides no other token', async (position) => {
      for (const afterPage of [0, 1, 2]) {
        const rows = tokenRows(10);
        const all = rows.map((row) => row.accessTokenHash);
        let deleted: string | undefined;
        const seen = await pageThrough(rows, (pageIndex) => {
          if (pageIndex === afterPage) deleted = rows.splice(position, 1)[0]!.accessTokenHash;
        });
        const live = all.filter((hash) => hash !== deleted);
        const shown = seen.filter((hash) => hash !== deleted);
        expect(shown, `position ${position}, deleted after page ${afterPage}`).toEqual(live);
      }
    });

    it('more tokens vanish before the cursor than the look-back window: found again by bisecting on createdAt', async () => {
      const rows = tokenRows(30);
      const all = rows.map((row) => row.accessTokenHash);
      let gone: string[] = [];
      const seen = await pageThrough(rows, (pageIndex) => {
        // After page 5 (18 seen), 12 tokens before the cursor disappear at once.
        if (pageIndex === 5) gone = rows.splice(2, 12).map((row) => row.accessTokenHash);
      });
      expect(seen.filter((hash) => !gone.includes(hash))).toEqual(all.filter((hash) => !gone.includes(hash)));
    });

    it('the cursor\'s own token and its neighbours vanish together: nothing after them is skipped', async () => {
      const rows = tokenRows(12);
      const all = rows.map((row) => row.accessTokenHash);
      let gone: string[] = [];
      const seen = await pageThrough(rows, (pageIndex) => {
        if (pageIndex === 1) gone = rows.splice(4, 3).map((row) => row.accessTokenHash); // hash-004..006, the cursor is hash-005
      });
      expect(seen.filter((hash) => !gone.includes(hash))).toEqual(all.filter((hash) => !gone.includes(hash)));
    });

    it('tokens created in the same millisecond as a deleted cursor token may show twice, never not at all', async () => {
      const rows = tokenRows(9).map((row, index) => ({ ...row, createdAt: 1_800_000_000_000 + Math.floor(index / 3) }));
      const all = rows.map((row) => row.accessTokenHash);
      let deleted: string | undefined;
      const seen = await pageThrough(rows, (pageIndex) => {
        if (pageIndex === 0) deleted = rows.splice(2, 1)[0]!.accessTokenHash; // the cursor's own token
      });
      for (const hash of all.filter((candidate) => candidate !== deleted)) expect(seen).toContain(hash);
    });

    it('new tokens appended while paging are reached too', async () => {
      const rows = tokenRows(6);
      const extra = tokenRows(8).slice(6);
      const seen = await pageThrough(rows, (pageIndex) => {
        if (pageIndex === 0) rows.push(...extra);
      });
      expect(seen).toEqual([...rows.map((row) => row.accessTokenHash)]);
    });
  });

  it('first: 0 asks for no token (start = end) and answers totalCount and pageInfo only', async () => {
    fake.answer(authleteOver(tokenRows(4)));
    const { body } = await gw.execute(TokensDocument, { first: 0 });
    expect(body.errors).toBeUndefined();
    expect(body.data?.tokens).toMatchObject({ totalCount: 4, edges: [], pageInfo: { hasNextPage: true, hasPreviousPage: false, endCursor: null } });
    expect(fake.requests.map((request) => request.path)).toEqual(['/api/21653835348762/auth/token/get/list?start=0&end=0']);
  });

  it('a cursor from other filters is refused before any call', async () => {
    fake.answer(authleteOver(tokenRows(4)));
    const { body: firstPage } = await gw.execute(TokensDocument, { first: 2, clientIdentifier: 'demo-web' });
    const after = firstPage.data!.tokens!.pageInfo.endCursor;
    fake.requests.length = 0;
    for (const variables of [{ clientIdentifier: 'living-room-tv' }, { clientIdentifier: 'demo-web', subject: 'john' }, {}]) {
      const { body } = await gw.execute(TokensDocument, { first: 2, after, ...variables });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'] });
      expect(body.errors?.[0]?.message).toContain('other filters');
    }
    expect(fake.requests).toHaveLength(0);
  });

  it('maps every AccessToken field exactly, with hashes and int64 timestamps', async () => {
    fake.answer(authleteOver(tokenRows(1)));
    const { body } = await gw.execute(TokensDocument, {});
    expect(body.data?.tokens?.edges?.[0]?.node).toEqual({
      accessTokenHash: 'hash-000',
      refreshTokenHash: 'rhash-0',
      accessTokenExpiresAt: '1900000000000',
      refreshTokenExpiresAt: '1900086400000',
      createdAt: '1800000000000',
      lastRefreshedAt: '0',
      clientId: '26888344961664',
      subject: 'user-0',
      grantType: 'AUTHORIZATION_CODE',
      scopes: ['history.read'],
      properties: [],
      refreshTokenScopes: ['history.read'],
    });
    expect(fake.requests[0]?.path).toBe('/api/21653835348762/auth/token/get/list?start=0&end=20');
  });

  it.each([
    ['a negative first', { first: -1 }, 'first'],
    ['first above the maximum', { first: 201 }, 'first'],
    ['a cursor that is not one', { after: 'not-a-cursor' }, 'after'],
  ])('refuses %s before any call', async (_name, variables, field) => {
    const { body } = await gw.execute(TokensDocument, variables);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(body.errors?.[0]?.message).toContain(field);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('updateToken', () => {
  it('sends every field of the update request under its Authlete name', async () => {
    fake.answer({ status: 200, body: { resultCode: 'A135001', resultMessage: 'ok', action: 'OK' } });
    await gw.execute(UpdateTokenDocument, {
      input: {
        accessToken: 'at-1',
        accessTokenHash: 'h',
        accessTokenExpiresAt: '9007199254740993',
        refreshTokenExpiresAt: '1900000000000',
        scopes: ['a'],
        properties: [{ key: 'k', value: 'v' }],
        accessTokenExpiresAtUpdatedOnScopeUpdate: true,
        refreshTokenExpiresAtUpdatedOnScopeUpdate: false,
        accessTokenValueUpdated: false,
        accessTokenPersistent: false,
        certificateThumbprint: 'x5t',
        dpopKeyThumbprint: 'jkt',
        authorizationDetails: { elements: [{ type: 't' }] },
        forExternalAttachment: false,
        tokenId: 'tid',
      },
    });
    expect(fake.requests[0]?.path).toBe('/api/21653835348762/auth/token/update');
    expect(fake.requests[0]?.body).toBe(
      '{"accessToken":"at-1","accessTokenExpiresAt":9007199254740993,"scopes":["a"],"properties":[{"key":"k","value":"v"}],' +
        '"accessTokenExpiresAtUpdatedOnScopeUpdate":true,"accessTokenHash":"h","accessTokenValueUpdated":false,' +
        '"accessTokenPersistent":false,"certificateThumbprint":"x5t","dpopKeyThumbprint":"jkt",' +
        '"authorizationDetails":{"elements":[{"type":"t"}]},"forExternalAttachment":false,' +
        '"refreshTokenExpiresAt":1900000000000,"refreshTokenExpiresAtUpdatedOnScopeUpdate":false,"tokenId":"tid"}',
    );
  });

  it('maps every response field', async () => {
    fake.answer({
      status: 200,
      body:
        '{"resultCode":"A135001","resultMessage":"[A135001] Updated the access token successfully.","accessToken":"Z5a4",' +
        '"accessTokenExpiresAt":1642048149000,"refreshTokenExpiresAt":9223372036854775807,"action":"OK","scopes":["history.read"],' +
        '"properties":[{"key":"k","value":"v","hidden":true}],"authorizationDetails":{"elements":[{"type":"t","actions":["x"]}]},' +
        '"tokenType":"DPoP","forExternalAttachment":true,"tokenId":"tid"}',
    });
    const { body } = await gw.execute(UpdateTokenDocument, { input: { accessToken: 'Z5a4' } });
    expect(body.data?.updateToken).toEqual({
      resultCode: 'A135001',
      resultMessage: '[A135001] Updated the access token successfully.',
      action: 'OK',
      accessToken: 'Z5a4',
      accessTokenExpiresAt: '1642048149000',
      refreshTokenExpiresAt: '9223372036854775807',
      properties: [{ key: 'k', value: 'v', hidden: true }],
      scopes: ['history.read'],
      authorizationDetails: { elements: [{ type: 't', actions: ['x'] }] },
      tokenType: 'DPoP',
      forExternalAttachment: true,
      tokenId: 'tid',
    });
  });

  it.each([
    [200, { action: 'OK' }, 'OK'],
    [400, {}, 'BAD_REQUEST'],
    [403, {}, 'FORBIDDEN'],
    [404, {}, 'NOT_FOUND'],
    [404, { action: 'NOT_FOUND' }, 'NOT_FOUND'],
    [500, {}, 'INTERNAL_SERVER_ERROR'],
    [200, { action: 'TOKEN_FROZEN' }, 'UNKNOWN'],
  ])('HTTP %i %j: action %s', async (status, extra, action) => {
    fake.answer({ status, body: { resultCode: 'A135999', resultMessage: 'msg', ...extra } });
    const { body } = await gw.execute(UpdateTokenDocument, { input: { accessTokenHash: 'h' } });
    expect(body.errors).toBeUndefined();
    expect(body.data?.updateToken).toMatchObject({ action, resultCode: 'A135999', resultMessage: 'msg' });
  });

  it('refuses an input naming no token before any call', async () => {
    const { body } = await gw.execute(UpdateTokenDocument, { input: { scopes: ['a'] } });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.accessToken'] });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('revokeTokens', () => {
  it('sends the given selectors, in precedence order, and maps the count', async () => {
    fake.answer({ status: 200, body: { resultCode: 'A312001', resultMessage: 'Revoked 4 access token(s).', count: 4 } });
    const { body } = await gw.execute(RevokeTokensDocument, { input: { subject: 'john', clientIdentifier: 'demo-web' } });
    expect(body.data?.revokeTokens).toEqual({ resultCode: 'A312001', resultMessage: 'Revoked 4 access token(s).', action: 'OK', count: 4 });
    expect(fake.requests[0]).toMatchObject({
      method: 'POST',
      path: '/api/21653835348762/auth/token/revoke',
      body: '{"clientIdentifier":"demo-web","subject":"john"}',
    });
  });

  it.each([
    [400, 'BAD_REQUEST'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [500, 'INTERNAL_SERVER_ERROR'],
  ])('HTTP %i with a result body: action %s, count 0', async (status, action) => {
    fake.answer({ status, body: { resultCode: 'A312999', resultMessage: 'no' } });
    const { body } = await gw.execute(RevokeTokensDocument, { input: { accessTokenIdentifier: 'x' } });
    expect(body.data?.revokeTokens).toEqual({ resultCode: 'A312999', resultMessage: 'no', action, count: 0 });
  });

  it.each([
    ['an empty input', {}],
    ['only empty strings', { accessTokenIdentifier: '', subject: '' }],
  ])('refuses %s before any call', async (_name, input) => {
    const { body } = await gw.execute(RevokeTokensDocument, { input });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(fake.requests).toHaveLength(0);
  });

  it('never logs the token it revokes', async () => {
    fake.answer({ status: 200, body: { resultCode: 'A312001', resultMessage: 'Revoked 1 access token(s).', count: 1 } });
    await gw.execute(RevokeTokensDocument, { input: { accessTokenIdentifier: 'secret-access-token-to-revoke' } });
    expect(gw.logText()).toContain('"by":"accessTokenIdentifier"');
    expect(gw.logText()).not.toContain('secret-access-token-to-revoke');
  });
});

describe('deleteToken', () => {
  it('204 without a body: deleted, OK; the identifier travels URL-encoded in the path and never in a log', async () => {
    fake.answer({ status: 204 });
    const identifier = 'tok/en+with?odd=chars';
    const { body } = await gw.execute(DeleteTokenDocument, { accessTokenIdentifier: identifier });
    expect(body.data?.deleteToken).toEqual({
      deleted: true,
      accessTokenIdentifier: identifier,
      action: 'OK',
      resultCode: null,
      resultMessage: null,
    });
    expect(fake.requests[0]).toMatchObject({
      method: 'DELETE',
      path: `/api/21653835348762/auth/token/delete/${encodeURIComponent(identifier)}`,
      body: '',
    });
    expect(gw.logText()).not.toContain('tok/en');
    expect(gw.logText()).not.toContain(encodeURIComponent(identifier));
  });

  it.each([
    [400, 'BAD_REQUEST'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [500, 'INTERNAL_SERVER_ERROR'],
  ])('HTTP %i with a result body: not deleted, action %s', async (status, action) => {
    fake.answer({ status, body: { resultCode: 'A311999', resultMessage: 'no' } });
    const { body } = await gw.execute(DeleteTokenDocument, { accessTokenIdentifier: 'h' });
    expect(body.data?.deleteToken).toMatchObject({ deleted: false, action, resultCode: 'A311999', resultMessage: 'no' });
  });
});

describe('client metadata shared across requests (CLIENT_CACHE_TTL_SECONDS)', () => {
  it('a second tokens page within the TTL makes no client look-up; a missing client is asked for again', async () => {
    const cached = startTestGateway({ baseUrl: fake.url, timeoutMs: 1000, gateway: { clientCacheTtlMs: 60_000 } });
    try {
      fake.answer(authleteOver(tokenRows(6, true)));
      const first = await cached.execute(TokensWithClientsDocument, { first: 6, clientIdentifier: '26888344961664' });
      expect(first.body.data?.tokens?.edges).toHaveLength(6);
      const afterFirst = calls(fake, '/client/get/');
      expect(afterFirst).toBe(4); // three clients, one of them missing (11111), and the root client by alias

      const second = await cached.execute(TokensWithClientsDocument, { first: 6, clientIdentifier: '26888344961664' });
      expect(second.body.data).toEqual(first.body.data);
      // Only the missing client (never cached) is asked for again.
      expect(calls(fake, '/client/get/') - afterFirst).toBe(1);
      expect(fake.requests.filter((request) => request.path.includes('/client/get/')).at(-1)?.path).toContain('/client/get/11111');
    } finally {
      await cached.close();
    }
  });
});

describe('ClientCache', () => {
  it('keeps only the dashboard fields, never a secret or a key, under the identifier and the numeric id', () => {
    const cache = new ClientCache(60_000);
    cache.set('demo-web', { clientId: 26888344961664, clientIdAlias: 'demo-web', clientName: 'Demo', clientSecret: 'never-show', jwks: '{"keys":[]}' } as never);
    for (const key of ['demo-web', '26888344961664']) {
      expect(cache.get(key)).toEqual({ clientId: 26888344961664, clientIdAlias: 'demo-web', clientName: 'Demo' });
    }
  });

  it('forgets a client after the TTL', () => {
    let now = 1000;
    const cache = new ClientCache(30_000, () => now);
    cache.set('demo-web', { clientId: 1, clientName: 'Demo' });
    now += 29_999;
    expect(cache.get('demo-web')?.clientName).toBe('Demo');
    now += 2;
    expect(cache.get('demo-web')).toBeUndefined();
  });
});
