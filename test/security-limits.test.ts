/**
 * Request limits, CSRF, CORS, production switches and the per-caller rate limit: each refusal is
 * made before any upstream call, and none breaks the standard introspection query.
 */
import { request as httpRequest } from 'node:http';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_LIMITS } from '../src/security/limits.js';
import { InMemoryTokenBucket } from '../src/security/rate-limit.js';
import { CSRF_HEADER } from '../src/server.js';
import { CreateTokenActionDocument } from './operations.js';
import { startFakeUpstream, type FakeUpstream } from './helpers/fake-upstream.js';
import { startTestGateway, type TestGateway } from './helpers/gateway.js';
import { jwtAuthenticator, newKey, signJwt, startJwksServer, type JwksServer, type TestKey } from './helpers/jwt.js';

let fake: FakeUpstream;
let dev: TestGateway;
let prod: TestGateway;

beforeAll(async () => {
  fake = await startFakeUpstream();
  dev = startTestGateway({ baseUrl: fake.url, gateway: { corsOrigins: ['https://admin.example.com'] } });
  prod = startTestGateway({ baseUrl: fake.url, gateway: { production: true } });
});
afterAll(async () => {
  await dev.close();
  await prod.close();
  await fake.close();
});
afterEach(() => {
  expect(fake.requests).toHaveLength(0);
  fake.requests.length = 0;
});

const post = (gw: TestGateway, query: string, variables?: object) => gw.postRaw(JSON.stringify({ query, variables }));

describe('introspection', () => {
  it.each([
    ['the plain introspection query', getIntrospectionQuery()],
    [
      'the one GraphiQL and GraphQL Code Generator send (descriptions, directive repeatability, spec URLs, deprecated inputs)',
      getIntrospectionQuery({ descriptions: true, directiveIsRepeatable: true, specifiedByUrl: true, inputValueDeprecation: true, schemaDescription: true }),
    ],
  ])('%s passes every limit in development', async (_name, query) => {
    const { status, text } = await post(dev, query);
    expect(status).toBe(200);
    const body = JSON.parse(text);
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.mutationType.name).toBe('Mutation');
  });

  it('is off in production', async () => {
    const { text } = await post(prod, getIntrospectionQuery());
    expect(JSON.parse(text).errors[0].message).toMatch(/introspection/i);
  });
});

describe('field suggestions', () => {
  // Production hides them; that is checked on the real process in main-process.test.ts, because
  // GraphQL Armor's masking relies on \`instanceof GraphQLError\`, which vitest's module loading
  // splits across two copies of graphql.
  it('development suggests', async () => {
    expect(JSON.parse((await post(dev, '{ gatewayInfo { versio } }')).text).errors[0].message).toMatch(/Did you mean "version"/);
  });
});

describe('GraphiQL', () => {
  it('served in development, not in production', async () => {
    const html = { headers: { accept: 'text/html' } };
    const devPage = await dev.gateway.fetch('http://gateway.test/graphql', html);
    expect(await devPage.text()).toContain('Authlete GraphQL gateway');
    const prodPage = await prod.gateway.fetch('http://gateway.test/graphql', html);
    expect(await prodPage.text()).not.toContain('Authlete GraphQL gateway');
  });
});

describe('limits', () => {
  const deep = `{ tokens { edges { node { client { clientName } } } } ${'a: gatewayInfo { version } '.repeat(0)} }`;

  it('a legitimate nested query passes', async () => {
    fake.answer({ status: 200, body: { totalCount: 0, accessTokens: [] } });
    const { text } = await post(dev, deep);
    expect(JSON.parse(text).errors).toBeUndefined();
    fake.requests.length = 0;
  });

  it.each([
    ['too deep', `{ tokens { edges { node { client { ${'clientName '.repeat(1)} } } } } ${'x: tokens { edges { node { properties { key } } } } '.repeat(0)}}`.replace('clientName', '__typename ... on Client { ... on Client { ... on Client { ... on Client { ... on Client { ... on Client { clientName } } } } } }'), /depth/i],
    ['too many aliases', `{ ${Array.from({ length: REQUEST_LIMITS.maxAliases + 1 }, (_, index) => `a${index}: gatewayInfo { version }`).join(' ')} }`, /alias/i],
    ['too many tokens', `{ gatewayInfo { ${'version '.repeat(REQUEST_LIMITS.maxTokens)} } }`, /token/i],
    ['too many directives', `{ gatewayInfo { version ${'@skip(if: false) '.repeat(REQUEST_LIMITS.maxDirectives + 1)} } }`, /directive/i],
  ])('%s: refused', async (_name, query, message) => {
    const { text } = await post(dev, query);
    const body = JSON.parse(text);
    expect(body.data ?? null).toBeNull();
    expect(body.errors[0].message).toMatch(message);
  });

  it('a body over the limit with Content-Length: 413 before it is read', async () => {
    const big = JSON.stringify({ query: '{ gatewayInfo { version } }', variables: { pad: 'x'.repeat(REQUEST_LIMITS.maxBodyBytes) } });
    const { status, text } = await dev.postRaw(big);
    expect(status).toBe(413);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a chunked body over the limit (no Content-Length): 413 once the limit is passed, over real HTTP', async () => {
    const base = await dev.listen();
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      request.write('{"query":"{ gatewayInfo { version } }","variables":{"pad":"');
      // Keep writing: the gateway answers 413 without waiting for the end.
      const chunk = 'x'.repeat(16 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < REQUEST_LIMITS.maxBodyBytes * 4) {
          sent += chunk.length;
          if (!request.write(chunk)) return request.once('drain', pump);
        }
        request.end('"}}');
      };
      pump();
    });
    expect(status).toBe(413);
  });

  it('batched operations are refused', async () => {
    const { status, text } = await dev.postRaw(JSON.stringify([{ query: '{ gatewayInfo { version } }' }, { query: '{ gatewayInfo { version } }' }]));
    expect(status).toBe(400);
    expect(JSON.parse(text).errors[0].message).toMatch(/Batched operations are not supported/);
  });

  it('a POST that is not JSON is refused: 403 from a browser form (CSRF), 415 otherwise', async () => {
    const form = (headers: Record<string, string>) =>
      dev.gateway.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: 'query=%7B%20gatewayInfo%20%7B%20version%20%7D%20%7D',
      });
    expect((await form({})).status).toBe(403);
    expect((await form({ [CSRF_HEADER]: '1' })).status).toBe(415);
  });
});

describe('CSRF', () => {
  it('a GET query without the CSRF header is refused; with it, it runs', async () => {
    const url = `http://gateway.test/graphql?query=${encodeURIComponent('{ gatewayInfo { version } }')}`;
    const refused = await dev.gateway.fetch(url, { headers: { accept: 'application/json' } });
    expect(refused.status).toBe(403);
    const allowed = await dev.gateway.fetch(url, { headers: { accept: 'application/json', [CSRF_HEADER]: '1' } });
    expect(allowed.status).toBe(200);
  });

  it('a GET cannot run a mutation', async () => {
    const url = `http://gateway.test/graphql?query=${encodeURIComponent('mutation { revokeTokens(input: {subject: "x"}) { count } }')}`;
    const response = await dev.gateway.fetch(url, { headers: { accept: 'application/json', [CSRF_HEADER]: '1' } });
    expect(response.status).toBe(405);
  });
});

describe('CORS', () => {
  const preflight = (gw: TestGateway, origin: string) =>
    gw.gateway.fetch('http://gateway.test/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });

  it('an allowed origin is let in', async () => {
    const response = await preflight(dev, 'https://admin.example.com');
    expect(response.headers.get('access-control-allow-origin')).toBe('https://admin.example.com');
  });

  it('another origin is not', async () => {
    const response = await preflight(dev, 'https://evil.example.com');
    // Yoga answers with the allowed origin, which the browser compares with its own and refuses.
    expect(response.headers.get('access-control-allow-origin')).not.toBe('https://evil.example.com');
    expect(response.headers.get('access-control-allow-origin')).not.toBe('*');
  });

  it('without CORS_ORIGINS no origin is', async () => {
    const response = await preflight(prod, 'https://admin.example.com');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('rate limit', () => {
  let key: TestKey;
  let jwks: JwksServer;
  let limited: TestGateway;
  let clock = 1_000_000;

  beforeAll(async () => {
    key = await newKey('rl');
    jwks = await startJwksServer([key]);
    limited = startTestGateway({
      baseUrl: fake.url,
      gateway: {
        authenticate: jwtAuthenticator(jwks.url),
        rateLimiter: new InMemoryTokenBucket(3, 3, () => clock),
      },
    });
  });
  afterAll(async () => {
    await limited.close();
    await jwks.close();
  });

  const input = { grantType: 'PASSWORD', clientId: '26888344961664', subject: 'john' } as const;

  it('allows the burst, then refuses with RATE_LIMITED, 429, Retry-After and no upstream call; refills with time', async () => {
    fake.answer({ status: 200, body: { action: 'OK', accessToken: 'at' } });
    const alice = { authorization: `Bearer ${await signJwt(key, { sub: 'alice', scope: 'tokens:create' })}` };
    for (let index = 0; index < 3; index += 1) {
      const { body } = await limited.execute(CreateTokenActionDocument, { input }, alice);
      expect(body.data?.createToken?.action).toBe('OK');
    }
    expect(fake.requests).toHaveLength(3);

    const response = await limited.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...alice },
      body: JSON.stringify({ query: 'mutation { createToken(input: {grantType: PASSWORD, clientId: 1, subject: "a"}) { action } }' }),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('20');
    const body = (await response.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 20 });
    expect(fake.requests).toHaveLength(3);

    // Another caller has its own bucket; queries are not limited.
    const bob = { authorization: `Bearer ${await signJwt(key, { sub: 'bob', scope: 'tokens:create' })}` };
    expect((await limited.execute(CreateTokenActionDocument, { input }, bob)).body.data?.createToken?.action).toBe('OK');
    expect((await limited.postRaw(JSON.stringify({ query: '{ gatewayInfo { version } }' }), alice)).status).toBe(200);

    clock += 20_000; // one token refilled
    expect((await limited.execute(CreateTokenActionDocument, { input }, alice)).body.data?.createToken?.action).toBe('OK');
    fake.requests.length = 0;
  });

  it('each aliased mutation costs one token', async () => {
    const carol = { authorization: `Bearer ${await signJwt(key, { sub: 'carol', scope: 'tokens:create' })}` };
    const four = `mutation { ${[1, 2, 3, 4].map((index) => `m${index}: createToken(input: {grantType: PASSWORD, clientId: 1, subject: "a"}) { action }`).join(' ')} }`;
    const { status, text } = await limited.postRaw(JSON.stringify({ query: four }), carol);
    expect(status).toBe(429);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('mutations inside fragments count too', async () => {
    const dave = { authorization: `Bearer ${await signJwt(key, { sub: 'dave', scope: 'tokens:create' })}` };
    const field = (index: number) => `m${index}: createToken(input: {grantType: PASSWORD, clientId: 1, subject: "a"}) { action }`;
    const four = `mutation { ...Two ... on Mutation { ${field(3)} ${field(4)} } } fragment Two on Mutation { ${field(1)} ${field(2)} }`;
    const sent = fake.requests.length;
    const { status, text } = await limited.postRaw(JSON.stringify({ query: four }), dave);
    expect(status).toBe(429);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(fake.requests).toHaveLength(sent);
  });

  it('the unauthenticated loopback demo caller is not limited', async () => {
    const demo = startTestGateway({ baseUrl: fake.url, gateway: { rateLimiter: new InMemoryTokenBucket(1, 1, () => clock) } });
    try {
      fake.answer({ status: 200, body: { action: 'OK', accessToken: 'at' } });
      for (let index = 0; index < 3; index += 1) {
        expect((await demo.execute(CreateTokenActionDocument, { input })).body.data?.createToken?.action).toBe('OK');
      }
      fake.requests.length = 0;
    } finally {
      await demo.close();
    }
  });
});

describe('the in-memory token bucket', () => {
  it('holds at most maxCallers buckets, however many callers come', async () => {
    const limiter = new InMemoryTokenBucket(60, 60, Date.now, 1000);
    for (let caller = 0; caller < 20_000; caller += 1) {
      expect(await limiter.take(`caller-${caller}`, 1)).toEqual({ allowed: true });
    }
    expect(limiter.size).toBe(1000);
  });

  it('forgets a bucket once it would have refilled: the caller starts full, nothing else changes', async () => {
    let clock = 1_000_000;
    const limiter = new InMemoryTokenBucket(60, 2, () => clock);
    expect(await limiter.take('dana', 2)).toEqual({ allowed: true });
    expect(await limiter.take('dana', 1)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock += 1000; // one token back
    expect(await limiter.take('dana', 2)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await limiter.take('dana', 1)).toEqual({ allowed: true });
    clock += 2000; // full again: the entry has expired
    expect(await limiter.take('dana', 2)).toEqual({ allowed: true });
  });

  it('an operation costing more than the burst is refused as such, never with a retry hint', async () => {
    const limiter = new InMemoryTokenBucket(300, 3);
    expect(await limiter.take('erin', 4)).toEqual({ allowed: false, exceedsBurst: true, burst: 3 });
    expect(await limiter.take('erin', 3)).toEqual({ allowed: true });
  });
});
