/**
 * createToken against a fake Authlete whose answers each test scripts: every row of the
 * upstream-answer table, the exact request the gateway sends (v3 and v2), int64 both ways,
 * no retry, the timeout, and that the gateway keeps serving after each failure.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CreateTokenActionDocument, CreateTokenDocument } from './operations.js';
import { startFakeUpstream, type FakeUpstream } from './helpers/fake-upstream.js';
import {
  API_KEY,
  API_SECRET,
  SERVICE_ACCESS_TOKEN,
  V2_CREDENTIALS,
  startTestGateway,
  type TestGateway,
} from './helpers/gateway.js';

const OK_BODY = `{
  "resultCode": "A109001",
  "resultMessage": "[A109001] An access token was created successfully: authorization_code, client = 9007199254740993",
  "accessToken": "Z5a40U6dWvw2gMoCOAFbZcM85q4HC0Z--0YKD9-Nf6Q",
  "action": "OK",
  "clientId": 9007199254740993,
  "expiresAt": 9223372036854775807,
  "expiresIn": 3600,
  "grantType": "AUTHORIZATION_CODE",
  "properties": [{"key": "region", "value": "eu", "hidden": true}, {"key": "plan", "value": "gold"}],
  "refreshToken": "9beh15GWkGLseBBO1tPobnsGpKLHV3mTkm0EWnNBa4g",
  "scopes": ["history.read", "timeline.read"],
  "subject": "john",
  "tokenType": "Bearer",
  "jwtAccessToken": "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJqb2huIn0.c2lnbmF0dXJl",
  "authorizationDetails": {"elements": [{"type": "payment_initiation", "locations": ["https://bank.example/"],
    "actions": ["initiate"], "dataTypes": ["account"], "identifier": "acct-1", "privileges": ["admin"],
    "otherFields": "{\\"instructedAmount\\":{\\"currency\\":\\"EUR\\",\\"amount\\":\\"123.50\\"}}"}]},
  "forExternalAttachment": false,
  "tokenId": "t-01",
  "refreshTokenScopes": ["history.read"],
  "clientIdentifier": "my-client",
  "sessionId": "s-9"
}`;

const MINIMAL_INPUT = { grantType: 'AUTHORIZATION_CODE', clientId: '26888344961664', subject: 'john' } as const;

let fake: FakeUpstream;
let gw: TestGateway;

beforeAll(async () => {
  fake = await startFakeUpstream();
  gw = startTestGateway({ baseUrl: fake.url, timeoutMs: 400 });
});
afterAll(async () => {
  await gw.close();
  await fake.close();
});
afterEach(async () => {
  // Whatever the previous answer was, the gateway still serves the next call.
  fake.answer({ status: 200, body: OK_BODY });
  const next = await gw.execute(CreateTokenActionDocument, { input: MINIMAL_INPUT });
  expect(next.body.data?.createToken?.action).toBe('OK');
  // Secrets never reach a response or a log line, whatever happened.
  for (const secret of [SERVICE_ACCESS_TOKEN, API_SECRET]) expect(gw.logText()).not.toContain(secret);
  fake.requests.length = 0;
});

describe('200 answers', () => {
  it('maps every field of a known action exactly, int64 values above 2^53 included', async () => {
    fake.answer({ status: 200, body: OK_BODY });
    const { status, body } = await gw.execute(CreateTokenDocument, { input: MINIMAL_INPUT });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.createToken).toEqual({
      resultCode: 'A109001',
      resultMessage: '[A109001] An access token was created successfully: authorization_code, client = 9007199254740993',
      action: 'OK',
      accessToken: 'Z5a40U6dWvw2gMoCOAFbZcM85q4HC0Z--0YKD9-Nf6Q',
      clientId: '9007199254740993',
      expiresAt: '9223372036854775807',
      expiresIn: '3600',
      grantType: 'AUTHORIZATION_CODE',
      properties: [
        { key: 'region', value: 'eu', hidden: true },
        { key: 'plan', value: 'gold', hidden: false },
      ],
      refreshToken: '9beh15GWkGLseBBO1tPobnsGpKLHV3mTkm0EWnNBa4g',
      scopes: ['history.read', 'timeline.read'],
      subject: 'john',
      tokenType: 'Bearer',
      jwtAccessToken: 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJqb2huIn0.c2lnbmF0dXJl',
      authorizationDetails: {
        elements: [
          {
            type: 'payment_initiation',
            locations: ['https://bank.example/'],
            actions: ['initiate'],
            dataTypes: ['account'],
            identifier: 'acct-1',
            privileges: ['admin'],
            otherFields: '{"instructedAmount":{"currency":"EUR","amount":"123.50"}}',
          },
        ],
      },
      forExternalAttachment: false,
      tokenId: 't-01',
      refreshTokenScopes: ['history.read'],
      clientIdentifier: 'my-client',
      sessionId: 's-9',
    });
  });

  it('fields Authlete left out come back as null', async () => {
    fake.answer({ status: 200, body: { resultCode: 'A109001', action: 'OK', accessToken: 'at' } });
    const { body } = await gw.execute(CreateTokenDocument, { input: MINIMAL_INPUT });
    expect(body.data?.createToken).toMatchObject({ accessToken: 'at', refreshToken: null, clientId: null, scopes: null, properties: null });
  });

  it('an unknown action becomes UNKNOWN, keeps every field, and logs a warning', async () => {
    fake.answer({ status: 200, body: OK_BODY.replace('"action": "OK"', '"action": "CALL_AGAIN_LATER"') });
    const { body } = await gw.execute(CreateTokenDocument, { input: MINIMAL_INPUT });
    expect(body.errors).toBeUndefined();
    expect(body.data?.createToken).toMatchObject({
      action: 'UNKNOWN',
      accessToken: 'Z5a40U6dWvw2gMoCOAFbZcM85q4HC0Z--0YKD9-Nf6Q',
      refreshToken: '9beh15GWkGLseBBO1tPobnsGpKLHV3mTkm0EWnNBa4g',
      clientId: '9007199254740993',
    });
    const warning = gw.logs.find((line) => line.action === 'CALL_AGAIN_LATER');
    expect(warning).toMatchObject({ level: 40, operation: 'createToken' });
  });

  it('a 200 without any action is UNKNOWN too, with its data: the minted token is there', async () => {
    fake.answer({ status: 200, body: '{"resultCode":"A109001","accessToken":"at-no-action","refreshToken":"rt-no-action","clientId":9007199254740993}' });
    const { body } = await gw.execute(CreateTokenDocument, { input: MINIMAL_INPUT });
    expect(body.errors).toBeUndefined();
    expect(body.data?.createToken).toMatchObject({
      action: 'UNKNOWN',
      resultCode: 'A109001',
      resultMessage: null,
      accessToken: 'at-no-action',
      refreshToken: 'rt-no-action',
      clientId: '9007199254740993',
    });
  });

  it('a field of the wrong type fails alone; the token still reaches the caller', async () => {
    fake.answer({ status: 200, body: { action: 'OK', accessToken: 'kept', expiresIn: 'soon' } });
    const { body } = await gw.execute(CreateTokenDocument, { input: MINIMAL_INPUT });
    expect(body.data?.createToken).toMatchObject({ accessToken: 'kept', expiresIn: null, action: 'OK' });
    expect(body.errors?.[0]?.path).toEqual(['createToken', 'expiresIn']);
  });
});

describe('400 / 403 / 500 with an Authlete result body', () => {
  it.each([
    [400, 'BAD_REQUEST', 'A109202'],
    [403, 'FORBIDDEN', 'A109301'],
    [500, 'INTERNAL_SERVER_ERROR', 'A109101'],
  ])('HTTP %i without action maps to %s and passes the result on', async (status, action, code) => {
    fake.answer({ status, body: { resultCode: code, resultMessage: `[${code}] refused` } });
    const { status: httpStatus, body } = await gw.execute(CreateTokenActionDocument, { input: MINIMAL_INPUT });
    expect(httpStatus).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.createToken).toEqual({ action, resultCode: code, resultMessage: `[${code}] refused` });
  });

  it('an action in the error body wins over the status', async () => {
    fake.answer({ status: 400, body: { resultCode: 'A1', resultMessage: 'm', action: 'FORBIDDEN' } });
    const { body } = await gw.execute(CreateTokenActionDocument, { input: MINIMAL_INPUT });
    expect(body.data?.createToken?.action).toBe('FORBIDDEN');
  });

  it('an unknown action in an error body is UNKNOWN with the result passed on', async () => {
    fake.answer({ status: 403, body: { resultCode: 'A2', resultMessage: 'm2', action: 'QUOTA_EXCEEDED' } });
    const { body } = await gw.execute(CreateTokenActionDocument, { input: MINIMAL_INPUT });
    expect(body.data?.createToken).toEqual({ action: 'UNKNOWN', resultCode: 'A2', resultMessage: 'm2' });
  });
});

describe('answers that are errors', () => {
  async function expectError(code: string, upstreamStatus: number | undefined) {
    const { status, text, body } = await gw.execute(CreateTokenActionDocument, { input: MINIMAL_INPUT });
    expect(status).toBe(200);
    expect(body.data).toEqual({ createToken: null });
    expect(body.errors).toHaveLength(1);
    const error = body.errors?.[0];
    expect(error?.extensions).toMatchObject({ code, upstream: { endpoint: 'auth/token/create' } });
    expect((error?.extensions?.upstream as { status?: number }).status).toBe(upstreamStatus);
    expect(error?.extensions?.requestId).toEqual(expect.any(String));
    expect(text).not.toContain(SERVICE_ACCESS_TOKEN);
    return error!;
  }

  it('401: the gateway\'s own credentials were refused', async () => {
    fake.answer({ status: 401, body: { resultCode: 'A001202', resultMessage: '[A001202] Authorization header is missing.' } });
    const error = await expectError('UPSTREAM_UNAUTHORIZED', 401);
    expect(error.message).not.toMatch(/A001202/);
  });

  it.each([502, 503, 504])('%i with any body: UPSTREAM_UNAVAILABLE', async (status) => {
    fake.answer({ status, body: '<html><body>Bad Gateway</body></html>', headers: { 'content-type': 'text/html' } });
    await expectError('UPSTREAM_UNAVAILABLE', status);
  });

  it('connection reset: UPSTREAM_UNAVAILABLE, and the create is not retried', async () => {
    fake.answer({ reset: true });
    await expectError('UPSTREAM_UNAVAILABLE', undefined);
    expect(fake.requests).toHaveLength(1);
  });

  it('connection refused (Authlete down): UPSTREAM_UNAVAILABLE, then the gateway serves again', async () => {
    const closed = await startFakeUpstream();
    await closed.close();
    const down = startTestGateway({ baseUrl: closed.url });
    try {
      const { body } = await down.execute(CreateTokenActionDocument, { input: MINIMAL_INPUT });
      expect(body.data).toEqual({ createToken: null });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstream: { endpoint: 'auth/token/create' } });
      expect(down.logs.some((line) => line.cause === 'ECONNREFUSED')).toBe(true);
    } finally {
      await down.close();
    }
  });

  it.each([
    ['a well-formed x-request-id is used', 'req-2026.11:abc', 'req-2026.11:abc'],
    ['a malformed one is replaced', 'bad id with spaces', /^[0-9a-f-]{36}$/],
  ])('%s as the request id', async (_name, given, expected) => {
    fake.answer({ status: 503, body: 'down' });
    const { text } = await gw.postRaw(
      JSON.stringify({ query: 'mutation { createToken(input: {grantType: PASSWORD, clientId: 1, subject: "a"}) { action } }' }),
      { 'x-request-id': given },
    );
    const requestId = JSON.parse(text).errors[0].extensions.requestId as string;
    if (typeof expected === 'string') expect(requestId).toBe(expected);
    else expect(requestId).toMatch(expected);
  });

  it.each([404, 302, 418, 429])('HTTP %i: UPSTREAM_BAD_RESPONSE', async (status) => {
    fake.answer({ status, body: { resultCode: 'A', resultMessage: 'm' } });
    await expectError('UPSTREAM_BAD_RESPONSE', status);
  });

  it.each([
    ['a 200 that is not JSON', 200, '<html>maintenance</html>'],
    ['a 200 that is a JSON array', 200, '[]'],
    ['a truncated 200', 200, '{"action":"OK","accessToken":"ab'],
    ['a 400 that is not JSON', 400, 'Bad Request'],
    ['a 500 JSON body that is not an Authlete result', 500, '{"error":"boom"}'],
  ])('%s: UPSTREAM_BAD_RESPONSE', async (_name, status, body) => {
    fake.answer({ status, body });
    await expectError('UPSTREAM_BAD_RESPONSE', status);
  });

  it('no answer within the timeout: UPSTREAM_TIMEOUT within timeout + 1 s, and the call is aborted', async () => {
    fake.answer({ hang: true });
    const started = performance.now();
    const error = await expectError('UPSTREAM_TIMEOUT', undefined);
    expect(performance.now() - started).toBeLessThan(400 + 1000);
    // The create was sent: Authlete may have minted a token no answer delivered. The caller is told,
    // and the audit line names the client and subject (never a token value).
    expect(error.extensions?.tokenMayHaveBeenIssued).toBe(true);
    expect(error.message).toContain('A token may have been issued');
    expect(gw.logs).toContainEqual(
      expect.objectContaining({ level: 40, operation: 'createToken', grantType: MINIMAL_INPUT.grantType, msg: expect.stringContaining('did not answer in time; a token may have been issued') }),
    );
    await expect.poll(() => fake.abortedRequests).toBeGreaterThanOrEqual(1);
    expect(fake.requests).toHaveLength(1);
  });

  it('a body that stalls after the headers also times out', async () => {
    fake.answer({ stallBody: true, status: 200 });
    await expectError('UPSTREAM_TIMEOUT', undefined);
  });
});

describe('the request the gateway sends', () => {
  it('v3: path with the service id, Bearer token, JSON with only the fields given, exact int64', async () => {
    fake.answer({ status: 200, body: OK_BODY });
    await gw.postRaw(
      JSON.stringify({ query: 'mutation($i: CreateTokenInput!) { createToken(input: $i) { action } }' }).replace(
        '}"}',
        '}", "variables": {"i": {"grantType": "CLIENT_CREDENTIALS", "clientId": 9007199254740993, "scopes": ["a"], "subject": null, "accessTokenDuration": "9223372036854775807"}}}',
      ),
    );
    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/api/21653835348762/auth/token/create');
    expect(request?.headers.authorization).toBe(`Bearer ${SERVICE_ACCESS_TOKEN}`);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.accept).toBe('application/json');
    expect(request?.body).toBe(
      '{"grantType":"CLIENT_CREDENTIALS","clientId":9007199254740993,"scopes":["a"],"accessTokenDuration":9223372036854775807}',
    );
  });

  it('sends every field of the token-create request under its Authlete name', async () => {
    fake.answer({ status: 200, body: OK_BODY });
    const { body } = await gw.execute(CreateTokenActionDocument, {
      input: {
        grantType: 'AUTHORIZATION_CODE',
        clientId: '26888344961664',
        clientIdentifier: 'demo-web',
        subject: 'john',
        scopes: ['history.read'],
        accessTokenDuration: '3600',
        refreshTokenDuration: '0',
        properties: [{ key: 'k', value: 'v', hidden: true }, { key: 'k2', value: 'v2' }],
        clientIdAliasUsed: true,
        clientEntityIdUsed: false,
        metadataDocumentUsed: false,
        accessToken: 'chosen-at',
        refreshToken: 'chosen-rt',
        accessTokenPersistent: false,
        certificateThumbprint: 'x5t',
        dpopKeyThumbprint: 'jkt',
        authorizationDetails: { elements: [{ type: 't', actions: ['read'], otherFields: { limit: 5 } }] },
        resources: ['https://api.example/'],
        forExternalAttachment: true,
        jwtAtClaims: { tenant: 'acme', level: 2 },
        acr: 'urn:acr:mfa',
        authTime: '1700000000',
        sessionId: 'sid-1',
      },
    });
    expect(body.errors).toBeUndefined();
    expect(JSON.parse(fake.requests[0]!.body)).toEqual({
      grantType: 'AUTHORIZATION_CODE',
      clientId: 26888344961664,
      clientIdentifier: 'demo-web',
      subject: 'john',
      scopes: ['history.read'],
      accessTokenDuration: 3600,
      refreshTokenDuration: 0,
      properties: [{ key: 'k', value: 'v', hidden: true }, { key: 'k2', value: 'v2' }],
      clientIdAliasUsed: true,
      clientEntityIdUsed: false,
      metadataDocumentUsed: false,
      accessToken: 'chosen-at',
      refreshToken: 'chosen-rt',
      accessTokenPersistent: false,
      certificateThumbprint: 'x5t',
      dpopKeyThumbprint: 'jkt',
      authorizationDetails: { elements: [{ type: 't', actions: ['read'], otherFields: '{"limit":5}' }] },
      resources: ['https://api.example/'],
      forExternalAttachment: true,
      jwtAtClaims: '{"tenant":"acme","level":2}',
      acr: 'urn:acr:mfa',
      authTime: 1700000000,
      sessionId: 'sid-1',
    });
  });

  it('jwtAtClaims given as a serialized string is sent unchanged', async () => {
    fake.answer({ status: 200, body: OK_BODY });
    const claims = '{ "tenant" : "acme", "id": 9007199254740993 }';
    await gw.execute(CreateTokenActionDocument, { input: { ...MINIMAL_INPUT, jwtAtClaims: claims } });
    expect(JSON.parse(fake.requests[0]!.body).jwtAtClaims).toBe(claims);
  });

  it('int64 literals and strings above 2^53 reach Authlete exactly', async () => {
    fake.answer({ status: 200, body: OK_BODY });
    await gw.postRaw(
      JSON.stringify({
        query:
          'mutation { createToken(input: {grantType: PASSWORD, clientId: 9007199254740993, subject: "a", authTime: "9007199254740995"}) { action } }',
      }),
    );
    expect(fake.requests[0]?.body).toBe('{"grantType":"PASSWORD","clientId":9007199254740993,"subject":"a","authTime":9007199254740995}');
  });

  it('v2: path without the service id, HTTP Basic with the API key and secret', async () => {
    const v2 = startTestGateway({ baseUrl: `${fake.url}/prefix/`, credentials: V2_CREDENTIALS });
    try {
      fake.answer({ status: 200, body: OK_BODY });
      const { body } = await v2.execute(CreateTokenActionDocument, { input: MINIMAL_INPUT });
      expect(body.data?.createToken?.action).toBe('OK');
      const [request] = fake.requests;
      expect(request?.path).toBe('/prefix/api/auth/token/create');
      expect(request?.headers.authorization).toBe(`Basic ${Buffer.from(`${API_KEY}:${API_SECRET}`).toString('base64')}`);
      expect(request?.body).toBe('{"grantType":"AUTHORIZATION_CODE","clientId":26888344961664,"subject":"john"}');
      expect(v2.logText()).not.toContain(API_SECRET);
    } finally {
      await v2.close();
    }
  });
});

describe('bad input is refused before any upstream call', () => {
  it.each([
    ['no client identifier', { grantType: 'PASSWORD', subject: 'john' }, 'input.clientId'],
    ['an empty client identifier', { grantType: 'PASSWORD', clientIdentifier: '', subject: 'john' }, 'input.clientIdentifier'],
    ['a negative access token duration', { ...MINIMAL_INPUT, accessTokenDuration: '-1' }, 'input.accessTokenDuration'],
    ['a negative refresh token duration', { ...MINIMAL_INPUT, refreshTokenDuration: '-5' }, 'input.refreshTokenDuration'],
    ['a negative authTime', { ...MINIMAL_INPUT, authTime: '-1' }, 'input.authTime'],
    ['a subject over 100 characters', { ...MINIMAL_INPUT, subject: 'x'.repeat(101) }, 'input.subject'],
    ['a non-ASCII subject', { ...MINIMAL_INPUT, subject: 'jöhn' }, 'input.subject'],
    ['an empty property key', { ...MINIMAL_INPUT, properties: [{ key: '', value: 'v' }] }, 'input.properties.0.key'],
  ])('%s', async (_name, input, field) => {
    const { body } = await gw.execute(CreateTokenActionDocument, { input: input as typeof MINIMAL_INPUT });
    expect(body.data).toEqual({ createToken: null });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(body.errors?.[0]?.extensions?.fields).toContain(field);
    expect(body.errors?.[0]?.message).toContain(field);
    expect(fake.requests).toHaveLength(0);
  });

  it.each([
    ['jwtAtClaims that is a JSON array', { jwtAtClaims: [1, 2] }, 'jwtAtClaims'],
    ['jwtAtClaims that is a string holding a number', { jwtAtClaims: '42' }, 'jwtAtClaims'],
    ['jwtAtClaims that is not JSON', { jwtAtClaims: '{oops' }, 'jwtAtClaims'],
    ['a clientId that is not an integer', { clientId: '12ab' }, 'clientId'],
    ['a clientId beyond int64', { clientId: '9223372036854775808' }, 'clientId'],
    ['a clientId given as an unsafe JSON float', { clientId: 1.5 }, 'clientId'],
  ])('%s', async (_name, override, field) => {
    const { status, body } = await gw.execute(CreateTokenActionDocument, {
      input: { ...MINIMAL_INPUT, ...override } as unknown as typeof MINIMAL_INPUT,
    });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(body.errors?.[0]?.message).toContain(field);
    expect(fake.requests).toHaveLength(0);
  });
});
