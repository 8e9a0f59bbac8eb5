/**
 * The token buckets of the rate limit in Redis, shared by every gateway copy that points at the
 * same Redis: one limit per caller however many copies serve it, kept across restarts.
 *
 * Same semantics as the in-memory bucket (rate-limit.ts): `perMinute` tokens refill evenly, at
 * most `burst` held, a refusal takes nothing and says when enough will have refilled. Each
 * decision is one atomic Lua script, so one round trip (EVALSHA) per mutation operation and no
 * race between copies. The script reads Redis's own clock (TIME), so copies whose clocks differ
 * still share one refill schedule. A bucket key expires once it would have refilled completely:
 * an idle caller costs nothing.
 *
 * Redis failures never hang a request: commands time out after `commandTimeoutMs`, and while the
 * connection is down commands fail at once (no offline queue) while the client reconnects in the
 * background. Any failure is thrown as a RateLimitStoreError; the plugin applies the configured
 * failure mode (serve or refuse).
 */
import { createHash } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import { RateLimitStoreError, type RateLimitDecision, type RateLimiter } from './rate-limit.js';

/**
 * KEYS[1]: the bucket. ARGV: burst, tokens per ms, cost.
 * Returns {1, 0} when the cost was taken, {0, ms until enough tokens} otherwise.
 */
const TAKE_SCRIPT = `
local burst = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local stored = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(stored[1])
local at = tonumber(stored[2])
if tokens == nil or at == nil then
  tokens = burst
  at = now
end
tokens = math.min(burst, tokens + math.max(0, now - at) * per_ms)
if tokens >= cost then
  redis.call('HSET', KEYS[1], 'tokens', tostring(tokens - cost), 'at', tostring(now))
  redis.call('PEXPIRE', KEYS[1], math.ceil(burst / per_ms))
  return {1, 0}
end
return {0, math.ceil((cost - tokens) / per_ms)}
`;

type RedisWithTake = Redis & { rateLimitTake(key: string, burst: string, perMs: string, cost: string): Promise<[number, number]> };

export interface RedisTokenBucketOptions {
  /** redis:// or rediss:// (TLS), with credentials and database if needed. */
  url: string;
  perMinute: number;
  burst?: number;
  /** A command that takes longer fails (and the failure mode applies). */
  commandTimeoutMs: number;
  /** Key prefix, so that one Redis can serve several gateways (or tests) apart. */
  keyPrefix?: string;
}

/**
 * How the gateway connects to Redis (the rate limit, the client-change channel): no command waits
 * longer than `commandTimeoutMs`, and while disconnected commands fail at once, rather than queue
 * behind a dead connection, while the client reconnects in the background, backing off to one
 * attempt every 2 s.
 */
export function redisConnectionOptions(commandTimeoutMs: number): RedisOptions {
  return {
    connectTimeout: Math.max(1000, commandTimeoutMs),
    commandTimeout: commandTimeoutMs,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2000),
  };
}

export class RedisTokenBucket implements RateLimiter {
  readonly burst: number;
  readonly #perMs: number;
  readonly #redis: RedisWithTake;
  readonly #keyPrefix: string;

  constructor(options: RedisTokenBucketOptions) {
    this.burst = options.burst ?? options.perMinute;
    this.#perMs = options.perMinute / 60_000;
    this.#keyPrefix = options.keyPrefix ?? 'authlete-gateway:rate-limit:';
    const redis = new Redis(options.url, redisConnectionOptions(options.commandTimeoutMs));
    // Connection errors surface as failed commands; without a listener ioredis would print them.
    redis.on('error', () => undefined);
    redis.defineCommand('rateLimitTake', { numberOfKeys: 1, lua: TAKE_SCRIPT });
    this.#redis = redis as RedisWithTake;
  }

  async take(key: string, cost: number): Promise<RateLimitDecision> {
    if (cost > this.burst) return { allowed: false, exceedsBurst: true, burst: this.burst };
    let answer: [number, number];
    try {
      answer = await this.#redis.rateLimitTake(this.#keyOf(key), String(this.burst), String(this.#perMs), String(cost));
    } catch (error) {
      throw new RateLimitStoreError(error);
    }
    const [allowed, waitMs] = answer;
    if (allowed === 1) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  /** The caller's `sub` is theirs to choose: hashed, every key has the same short, safe shape. */
  #keyOf(sub: string): string {
    return this.#keyPrefix + createHash('sha256').update(sub).digest('base64url');
  }

  /** Closes the connection (at shutdown). */
  async close(): Promise<void> {
    try {
      await this.#redis.quit();
    } catch {
      this.#redis.disconnect();
    }
  }
}
