/**
 * The rate limit shared through a real Redis (Debian's redis-server on a loopback port), by
 * gateway processes as they ship (`node dist/main.js`, production, JWT auth on): one limit across
 * copies, buckets that survive a restart, one Redis round trip per mutation operation, and both
 * failure modes when Redis stops or hangs, with recovery when it is back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from './helpers/fake-upstream.js';
import { newKey, signJwt, startJwksServer, type JwksServer, type TestKey } from './helpers/jwt.js';
import { killGatewayProcesses, productionEnv, spawnGateway, type GatewayProcess } from './helpers/process.js';
import { redisAvailable, startRedis, type TestRedis } from './helpers/redis.js';

const LIMIT = 5;
/** Read fields per minute per caller: a bucket of its own, apart from the mutations'. */
const READ_LIMIT = 10;
const COMMAND_TIMEOUT_MS = 200;
const CREATE = 'createToken(input: {grantType: PASSWORD, clientId: 26888344961664, subject: "john"}) { action }';

describe.skipIf(!redisAvailable())('the rate limit in Redis', () => {
  let redis: TestRedis;
  let fake: FakeUpstream;
  let jwks: JwksServer;
  let key: TestKey;
  let callers = 0;

  beforeAll(async () => {
    redis = await startRedis();
    fake = await startFakeUpstream();
    fake.answer({ status: 200, body: { action: 'OK', resultCode: 'A109001', accessToken: 'at' } });
    key = await newKey('redis');
    jwks = await startJwksServer([key]);
  });

  afterAll(async () => {
    killGatewayProcesses();
    await redis?.close();
    await fake?.close();
    await jwks?.close();
  });

  async function gateway(env: Record<string, string> = {}): Promise<GatewayProcess & { base: string }> {
    const process = spawnGateway({
      ...productionEnv(fake.url, jwks.url),
      RATE_LIMIT_PER_MINUTE: String(LIMIT),
      READ_RATE_LIMIT_PER_MINUTE: String(READ_LIMIT),
      RATE_LIMIT_REDIS_URL: redis.url,
      RATE_LIMIT_REDIS_TIMEOUT_MS: String(COMMAND_TIMEOUT_MS),
      ...env,
    });
    return { ...process, base: await process.listening };
  }

  async function newCaller(): Promise<string> {
    callers += 1;
    return `Bearer ${await signJwt(key, { sub: `redis-caller-${callers}`, scope: 'tokens:create tokens:read' })}`;
  }

  async function send(base: string, authorization: string, query = `mutation { ${CREATE} }`) {
    const started = performance.now();
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions: Record<string, unknown> }> };
    return { status: response.status, body, code: body.errors?.[0]?.extensions.code, ms: performance.now() - started };
  }

  function creates(): number {
    return fake.requests.filter((request) => request.path.endsWith('/auth/token/create')).length;
  }

  it('two gateway processes sharing one Redis enforce one limit: of 2L attempts split across both, exactly L succeed', async () => {
    const [a, b] = await Promise.all([gateway(), gateway()]);
    try {
      const caller = await newCaller();
      const before = creates();
      const outcomes: string[] = [];
      for (let attempt = 0; attempt < 2 * LIMIT; attempt += 1) {
        const { status, code } = await send(attempt % 2 === 0 ? a.base : b.base, caller);
        outcomes.push(status === 200 ? 'ok' : String(code));
      }
      expect(outcomes.filter((outcome) => outcome === 'ok')).toHaveLength(LIMIT);
      expect(outcomes.filter((outcome) => outcome === 'RATE_LIMITED')).toHaveLength(LIMIT);
      expect(creates() - before).toBe(LIMIT);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it("reads too: of 2R read attempts split across two processes exactly R succeed, and they leave the caller's mutations alone", async () => {
    const [a, b] = await Promise.all([gateway(), gateway()]);
    try {
      const caller = await newCaller();
      const outcomes: string[] = [];
      for (let attempt = 0; attempt < 2 * READ_LIMIT; attempt += 1) {
        const { status, code } = await send(attempt % 2 === 0 ? a.base : b.base, caller, '{ gatewayInfo { version } }');
        outcomes.push(status === 200 ? 'ok' : String(code));
      }
      expect(outcomes.filter((outcome) => outcome === 'ok')).toHaveLength(READ_LIMIT);
      expect(outcomes.filter((outcome) => outcome === 'RATE_LIMITED')).toHaveLength(READ_LIMIT);
      expect((await send(a.base, caller)).status).toBe(200);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it('a restarted gateway keeps the buckets', async () => {
    const caller = await newCaller();
    const first = await gateway();
    for (let attempt = 0; attempt < LIMIT; attempt += 1) expect((await send(first.base, caller)).status).toBe(200);
    expect(await first.stop()).toBe(0);
    const second = await gateway();
    try {
      const { status, code, body } = await send(second.base, caller);
      expect(status).toBe(429);
      expect(code).toBe('RATE_LIMITED');
      expect(body.errors?.[0]?.extensions.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    } finally {
      await second.stop();
    }
  });

  it('costs one Redis round trip per operation, mutation or read, however many fields it has', async () => {
    const gw = await gateway();
    const admin = redis.admin();
    try {
      const caller = await newCaller();
      expect((await send(gw.base, caller)).status).toBe(200);
      expect((await send(gw.base, caller, '{ gatewayInfo { version } }')).status).toBe(200); // both scripts are loaded by now
      await admin.config('RESETSTAT');
      expect((await send(gw.base, caller)).status).toBe(200);
      expect((await send(gw.base, caller, `mutation { a: ${CREATE} b: ${CREATE} }`)).status).toBe(200);
      expect((await send(gw.base, caller, '{ gatewayInfo { version } }')).status).toBe(200);
      const stats = await admin.info('commandstats');
      const calls = Object.fromEntries(
        [...stats.matchAll(/^cmdstat_(\w+):calls=(\d+)/gm)].map(([, command, count]) => [command!, Number(count)]),
      );
      delete calls.config; // the test's own RESETSTAT
      delete calls.info; // and this INFO
      // One EVALSHA per operation from the gateway (the read in its own bucket); Redis also counts the
      // commands its script runs (inside that one round trip): TIME, HMGET, and HSET with PEXPIRE
      // when tokens are taken.
      expect(calls).toEqual({ evalsha: 3, time: 3, hmget: 3, hset: 3, pexpire: 3 });
    } finally {
      await gw.stop();
    }
  });

  it('Redis stopped: "open" serves mutations, "closed" refuses them, reads go on, nothing waits past the timeout; both recover', async () => {
    const [open, closed] = await Promise.all([gateway(), gateway({ RATE_LIMIT_STORE_FAILURE: 'closed' })]);
    try {
      const caller = await newCaller();
      await redis.stop();
      const before = creates();
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const { status, ms } = await send(open.base, caller);
        expect(status).toBe(200);
        expect(ms).toBeLessThan(COMMAND_TIMEOUT_MS + 1500);
      }
      expect(creates() - before).toBe(3);
      // Warned once for the outage (at most once per 30 s), counted every time.
      expect(open.output().stdout.match(/rate limit store unavailable/g)).toHaveLength(1);
      const metrics = await (await fetch(open.metricsUrl())).text();
      expect(metrics).toMatch(/^gateway_rate_limit_store_errors_total 3$/m);
      expect(metrics).toMatch(/^gateway_rate_limit_decisions_total\{outcome="store_error_allowed"\} 3$/m);

      const refused = await send(closed.base, caller);
      expect(refused.status).toBe(503);
      expect(refused.code).toBe('RATE_LIMIT_UNAVAILABLE');
      expect(refused.ms).toBeLessThan(COMMAND_TIMEOUT_MS + 1500);
      expect(creates() - before).toBe(3);
      expect((await send(closed.base, caller, '{ gatewayInfo { version } }')).status).toBe(200);
      expect((await fetch(`${closed.base}/readyz`)).status).toBe(200);

      await redis.start();
      // Both reconnect on their own (backing off to one attempt every 2 s).
      await expect.poll(async () => (await send(closed.base, await newCaller())).status, { timeout: 10_000, interval: 250 }).toBe(200);
      const fresh = await newCaller();
      const outcomes: number[] = [];
      // In "open" mode a 200 does not tell whether Redis decided: wait until a mutation adds no store error.
      const storeErrors = async () =>
        Number((await (await fetch(open.metricsUrl())).text()).match(/^gateway_rate_limit_store_errors_total (\d+)$/m)?.[1] ?? NaN);
      await expect
        .poll(
          async () => {
            const before = await storeErrors();
            await send(open.base, await newCaller());
            return (await storeErrors()) === before;
          },
          { timeout: 10_000, interval: 250 },
        )
        .toBe(true);
      for (let attempt = 0; attempt <= LIMIT; attempt += 1) outcomes.push((await send(open.base, fresh)).status);
      expect(outcomes).toEqual([200, 200, 200, 200, 200, 429]);
    } finally {
      if (!(await redis.admin().ping().catch(() => null))) await redis.start();
      await Promise.all([open.stop(), closed.stop()]);
    }
  });

  it('Redis that hangs: every mutation is answered within the command timeout, in both modes', async () => {
    const PAUSE_MS = 2000;
    const [open, closed] = await Promise.all([gateway(), gateway({ RATE_LIMIT_STORE_FAILURE: 'closed' })]);
    const admin = redis.admin();
    try {
      const caller = await newCaller();
      expect((await send(open.base, caller)).status).toBe(200);
      // Once CLIENT PAUSE is answered, Redis holds every other client's commands for 2 s: no
      // sleep is needed to know it hangs.
      await admin.call('CLIENT', 'PAUSE', String(PAUSE_MS), 'ALL');
      const paused = performance.now();
      const [served, refused] = await Promise.all([send(open.base, caller), send(closed.base, caller)]);
      expect(served.status).toBe(200);
      expect(served.ms).toBeLessThan(COMMAND_TIMEOUT_MS + 1000);
      expect(refused.code).toBe('RATE_LIMIT_UNAVAILABLE');
      expect(refused.ms).toBeLessThan(COMMAND_TIMEOUT_MS + 1000);
      // Both answered while Redis was still paused (so they did not wait for it).
      expect(performance.now() - paused).toBeLessThan(PAUSE_MS);
      await admin.call('CLIENT', 'UNPAUSE');
    } finally {
      await Promise.all([open.stop(), closed.stop()]);
    }
  });
});
