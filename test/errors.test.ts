/**
 * Error masking through the real Yoga pipeline: an unexpected error inside a resolver reaches
 * the caller as a masked INTERNAL_SERVER_ERROR with the request id, and only the log has the
 * detail. The caller's x-request-id is used when it is well formed.
 */
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import type { GatewayContext } from '../src/context.js';
import { useGatewayErrors } from '../src/errors.js';
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
    plugins: [useGatewayErrors(logger)],
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
