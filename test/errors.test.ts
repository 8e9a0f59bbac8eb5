/**
 * Error masking through the real Yoga pipeline: an unexpected error inside a resolver reaches
 * the caller as a masked INTERNAL_SERVER_ERROR with the request id, and only the log has the
 * detail. The caller's x-request-id is used when it is well formed.
 */
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import type { GatewayContext } from '../src/types.js';
import { useErrorMasking } from '../src/plugins/useErrorMasking.js';
import { createLogger } from '../src/logger.js';
import { startFakeUpstream } from './helpers/fake-upstream.js';
import { startTestGateway } from './helpers/gateway.js';

function buildYoga() {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
  const yoga = createYoga<Record<string, unknown>, GatewayContext>({
    schema: createSchema({
      typeDefs: 'type Query { broken: String, fine: String }',
      resolvers: {
        Query: {
          broken: () => {
            throw new TypeError('internal detail: Bearer sekret-service-token');
          },
          fine: () => 'ok',
        },
      },
    }),
    plugins: [useErrorMasking(logger)],
    context: ({ request }) => {
      const requestId = request.headers.get('x-request-id') ?? 'generated-id';
      return { requestId, logger: logger.child({ requestId }), emulated: true } as unknown as GatewayContext;
    },
  });
  return { yoga, lines };
}

describe('unexpected errors', () => {
  it('are masked for the caller, logged with the request id, and leave the rest of the data', async () => {
    const { yoga, lines } = buildYoga();
    const response = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-42' },
      body: JSON.stringify({ query: '{ broken fine }' }),
    });
    const text = await response.text();
    expect(text).not.toContain('sekret');
    expect(JSON.parse(text)).toEqual({
      data: { broken: null, fine: 'ok' },
      errors: [
        {
          message: 'Unexpected error.',
          locations: [{ line: 1, column: 3 }],
          path: ['broken'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' },
        },
      ],
    });
    const logged = lines.map((line) => JSON.parse(line)).find((line) => line.requestId === 'req-42');
    expect(logged).toMatchObject({ level: 50, path: 'broken', err: { type: 'TypeError' } });
  });
});

describe('unexpected errors outside execution', () => {
  it('are masked with the request id in the response and in their log line, whichever stage raised them', async () => {
    const fake = await startFakeUpstream();
    const gw = startTestGateway({
      baseUrl: fake.url,
      gateway: {
        // Authentication runs while the request is parsed, long before any field executes.
        authenticate: async () => {
          throw new Error('key store exploded: Bearer sekret-in-detail');
        },
      },
    });
    try {
      const { status, text } = await gw.postRaw(JSON.stringify({ query: '{ gatewayInfo { version } }' }), { 'x-request-id': 'req-parse-7' });
      expect(text).not.toContain('sekret');
      expect(status).toBe(500);
      expect(JSON.parse(text)).toEqual({
        errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-parse-7' } }],
      });
      const logged = gw.logs.filter((line) => line.level === 50);
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ requestId: 'req-parse-7', msg: 'unexpected error while handling a request' });
      expect(fake.requests).toHaveLength(0);
    } finally {
      await gw.close();
      await fake.close();
    }
  });
});

describe('every error has an extensions.code', () => {
  it.each([
    ['a misspelled enum value in variables', { query: 'mutation($i: CreateTokenInput!) { createToken(input: $i) { action } }', variables: { i: { grantType: 'NOPE', clientId: '1' } } }, 'BAD_USER_INPUT'],
    ['a missing required variable', { query: 'mutation($i: CreateTokenInput!) { createToken(input: $i) { action } }', variables: {} }, 'BAD_USER_INPUT'],
    ['a misspelled input field in variables', { query: 'mutation($i: CreateTokenInput!) { createToken(input: $i) { action } }', variables: { i: { grantTyp: 'PASSWORD', clientId: '1' } } }, 'BAD_USER_INPUT'],
    ['an unknown field', { query: '{ nope }' }, 'GRAPHQL_VALIDATION_FAILED'],
    ['a syntax error', { query: '{ gatewayInfo { ' }, 'GRAPHQL_PARSE_FAILED'],
    ['no query', {}, 'BAD_REQUEST'],
    ['a subscription', { query: 'subscription { gatewayInfo { version } }' }, 'BAD_REQUEST'],
  ])('%s: %s', async (_name, body, code) => {
    const fake = await startFakeUpstream();
    const gw = startTestGateway({ baseUrl: fake.url });
    try {
      const { text } = await gw.postRaw(JSON.stringify(body));
      const errors = (JSON.parse(text) as { errors: Array<{ extensions?: { code?: string } }> }).errors;
      expect(errors.length).toBeGreaterThan(0);
      expect(errors[0]?.extensions?.code).toBe(code);
      for (const error of errors) expect(error.extensions?.code).toEqual(expect.any(String));
    } finally {
      await gw.close();
      await fake.close();
    }
  });

  it('in development too, a non-list where a list belongs is masked with the request id and logged', async () => {
    const fake = await startFakeUpstream();
    fake.answer({ status: 200, body: { action: 'OK', accessToken: 'kept', properties: 'not-a-list' } });
    const gw = startTestGateway({ baseUrl: fake.url });
    try {
      const { text } = await gw.postRaw(
        JSON.stringify({ query: 'mutation { createToken(input: {grantType: PASSWORD, clientId: 1, subject: "a"}) { accessToken properties { key } } }' }),
        { 'x-request-id': 'dev-mode-id' },
      );
      const body = JSON.parse(text);
      expect(body.data.createToken).toEqual({ accessToken: 'kept', properties: null });
      expect(body.errors[0]).toEqual({
        message: 'Unexpected error.',
        path: ['createToken', 'properties'],
        locations: expect.any(Array),
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'dev-mode-id' },
      });
      expect(gw.logs.some((line) => line.requestId === 'dev-mode-id' && String(JSON.stringify(line)).includes('Expected Iterable'))).toBe(true);
    } finally {
      await gw.close();
      await fake.close();
    }
  });

  it('a value Authlete sent that cannot be serialised fails its field alone, masked with the request id', async () => {
    const fake = await startFakeUpstream();
    fake.answer({ status: 200, body: { action: 'OK', accessToken: 'kept', expiresIn: 'soon' } });
    const gw = startTestGateway({ baseUrl: fake.url });
    try {
      const { text } = await gw.postRaw(
        JSON.stringify({ query: 'mutation { createToken(input: {grantType: PASSWORD, clientId: 1, subject: "a"}) { accessToken expiresIn } }' }),
      );
      const body = JSON.parse(text);
      expect(body.data.createToken).toEqual({ accessToken: 'kept', expiresIn: null });
      expect(body.errors[0]).toMatchObject({
        path: ['createToken', 'expiresIn'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) },
      });
    } finally {
      await gw.close();
      await fake.close();
    }
  });
});
