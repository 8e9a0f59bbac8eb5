/**
 * The upstream-answer table for every admin operation (createToken's rows are in
 * create-token-upstream.test.ts): each failure is a GraphQL error with a stable code, writes are
 * never retried, reads are retried once on a connection failure but never on a timeout, and the
 * gateway keeps serving after each.
 */
import { print } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ClientDocument, DeleteTokenDocument, RevokeTokensDocument, TokensDocument, UpdateTokenDocument } from './operations.js';
import { startFakeUpstream, type FakeAnswer, type FakeUpstream } from './helpers/fake-upstream.js';
import { startTestGateway, type TestGateway } from './helpers/gateway.js';

interface Operation {
  name: string;
  endpoint: string;
  kind: 'read' | 'write';
  body: string;
  /** A successful answer. */
  ok: FakeAnswer;
  /** Reads the operation's result from a successful response. */
  value: (data: Record<string, any>) => unknown;
}

const OPERATIONS: Operation[] = [
  {
    name: 'updateToken',
    endpoint: 'auth/token/update',
    kind: 'write',
    body: JSON.stringify({ query: print(UpdateTokenDocument), variables: { input: { accessToken: 'at' } } }),
    ok: { status: 200, body: { resultCode: 'A135001', resultMessage: 'm', action: 'OK' } },
    value: (data) => data.updateToken.action,
  },
  {
    name: 'revokeTokens',
    endpoint: 'auth/token/revoke',
    kind: 'write',
    body: JSON.stringify({ query: print(RevokeTokensDocument), variables: { input: { subject: 'john' } } }),
    ok: { status: 200, body: { resultCode: 'A312001', resultMessage: 'Revoked 2 access token(s).', count: 2 } },
    value: (data) => data.revokeTokens.count,
  },
  {
    name: 'deleteToken',
    endpoint: 'auth/token/delete',
    kind: 'write',
    body: JSON.stringify({ query: print(DeleteTokenDocument), variables: { accessTokenIdentifier: 'h' } }),
    ok: { status: 204 },
    value: (data) => data.deleteToken.deleted,
  },
  {
    name: 'tokens',
    endpoint: 'auth/token/get/list',
    kind: 'read',
    body: JSON.stringify({ query: print(TokensDocument), variables: {} }),
    ok: { status: 200, body: { start: 0, end: 20, totalCount: 3, accessTokens: [] } },
    value: (data) => data.tokens.totalCount,
  },
  {
    name: 'client',
    endpoint: 'client/get',
    kind: 'read',
    body: JSON.stringify({ query: print(ClientDocument), variables: { clientIdentifier: 'demo-web' } }),
    ok: { status: 200, body: { clientId: 26888344961664, clientName: 'Demo Web App' } },
    value: (data) => data.client.clientName,
  },
];

let fake: FakeUpstream;
let gw: TestGateway;

beforeAll(async () => {
  fake = await startFakeUpstream();
  gw = startTestGateway({ baseUrl: fake.url, timeoutMs: 300 });
});
afterAll(async () => {
  await gw.close();
  await fake.close();
});

async function run(operation: Operation) {
  const { status, text } = await gw.postRaw(operation.body);
  return { status, body: JSON.parse(text) as { data: Record<string, any> | null; errors?: any[] } };
}

describe.each(OPERATIONS)('$name', (operation) => {
  afterEach(async () => {
    fake.answer(operation.ok);
    const { body } = await run(operation);
    expect(body.errors).toBeUndefined();
    expect(operation.value(body.data!)).toBeTruthy();
    fake.requests.length = 0;
  });

  async function expectError(code: string, upstreamStatus?: number) {
    const { status, body } = await run(operation);
    expect(status).toBe(200);
    expect(body.data?.[operation.name] ?? null).toBeNull();
    expect(body.errors?.[0]?.path).toEqual([operation.name]);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code, upstream: { endpoint: operation.endpoint } });
    expect(body.errors?.[0]?.extensions?.upstream?.status).toBe(upstreamStatus);
  }

  it('401: UPSTREAM_UNAUTHORIZED', async () => {
    fake.answer({ status: 401, body: { resultCode: 'A001202', resultMessage: 'missing' } });
    await expectError('UPSTREAM_UNAUTHORIZED', 401);
  });

  it.each([502, 503, 504])('%i: UPSTREAM_UNAVAILABLE', async (status) => {
    fake.answer({ status, body: '<html>down</html>' });
    await expectError('UPSTREAM_UNAVAILABLE', status);
    expect(fake.requests).toHaveLength(1);
  });

  it.each([418, 301])('%i: UPSTREAM_BAD_RESPONSE', async (status) => {
    fake.answer({ status, body: { resultCode: 'x', resultMessage: 'y' } });
    await expectError('UPSTREAM_BAD_RESPONSE', status);
  });

  it('a 200 body that is not JSON: UPSTREAM_BAD_RESPONSE', async () => {
    fake.answer({ status: 200, body: '<html>ok?</html>' });
    await expectError('UPSTREAM_BAD_RESPONSE', 200);
  });

  it('no answer within the timeout: UPSTREAM_TIMEOUT, never retried', async () => {
    fake.answer({ hang: true });
    await expectError('UPSTREAM_TIMEOUT');
    expect(fake.requests).toHaveLength(1);
  });

  if (operation.kind === 'write') {
    it('connection reset: UPSTREAM_UNAVAILABLE, not retried', async () => {
      fake.answer({ reset: true });
      await expectError('UPSTREAM_UNAVAILABLE');
      expect(fake.requests).toHaveLength(1);
    });
  } else {
    it('connection reset twice: UPSTREAM_UNAVAILABLE after exactly one retry', async () => {
      fake.answer({ reset: true });
      await expectError('UPSTREAM_UNAVAILABLE');
      expect(fake.requests).toHaveLength(2);
    });

    it('connection reset once: the retry answers', async () => {
      fake.answer(() => (fake.requests.length === 1 ? { reset: true } : operation.ok));
      const { body } = await run(operation);
      expect(body.errors).toBeUndefined();
      expect(operation.value(body.data!)).toBeTruthy();
      expect(fake.requests).toHaveLength(2);
    });

    it.each([
      [400, 'AUTHLETE_BAD_REQUEST'],
      [403, 'AUTHLETE_FORBIDDEN'],
      [404, 'NOT_FOUND'],
      [500, 'AUTHLETE_INTERNAL_SERVER_ERROR'],
    ])('%i with a result body: null with %s and the result', async (status, code) => {
      fake.answer({ status, body: { resultCode: 'A999', resultMessage: '[A999] refused' } });
      const { body } = await run(operation);
      expect(body.data?.[operation.name]).toBeNull();
      expect(body.errors?.[0]?.extensions).toEqual({
        code,
        authlete: { status, resultCode: 'A999', resultMessage: '[A999] refused' },
      });
    });
  }
});

describe('Authlete down (connection refused)', () => {
  it.each(OPERATIONS)('$name: UPSTREAM_UNAVAILABLE', async (operation) => {
    const closed = await startFakeUpstream();
    await closed.close();
    const down = startTestGateway({ baseUrl: closed.url });
    try {
      const { text } = await down.postRaw(operation.body);
      expect(JSON.parse(text).errors[0].extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstream: { endpoint: operation.endpoint } });
    } finally {
      await down.close();
    }
  });
});

describe('a list answer whose entries are not an array', () => {
  it.each([
    ['tokens', 'auth/token/get/list', { start: 0, end: 20, totalCount: 1, accessTokens: 'not-a-list' }],
    ['clients', 'client/get/list', { start: 0, end: 20, totalCount: 1, clients: { clientId: 1 } }],
  ])('%s: UPSTREAM_BAD_RESPONSE, and the gateway keeps serving', async (field, endpoint, answer) => {
    fake.answer({ status: 200, body: answer });
    const { text } = await gw.postRaw(JSON.stringify({ query: `{ ${field} { totalCount } }` }));
    const body = JSON.parse(text) as { data: Record<string, unknown> | null; errors?: any[] };
    expect(body.data?.[field] ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', upstream: { endpoint, status: 200 } });
    fake.answer({ status: 200, body: { ...answer, accessTokens: [], clients: [] } });
    const again = JSON.parse((await gw.postRaw(JSON.stringify({ query: `{ ${field} { totalCount } }` }))).text) as { data: Record<string, any> };
    expect(again.data[field].totalCount).toBe(1);
  });
});
