/**
 * Per-caller rate limiting of mutations: a token bucket per key (the caller's JWT `sub`).
 *
 * `RateLimiter` is the seam for running several gateway copies: a shared store (e.g. Redis with an
 * atomic script) implements the same `take`. The in-memory bucket below serves one process, with
 * O(1) work per request and bounded memory whatever the number of callers.
 */
import { LRUCache } from 'lru-cache';

export type RateLimitDecision =
  | { allowed: true }
  /** Not enough tokens now; enough will have refilled after `retryAfterSeconds`. */
  | { allowed: false; retryAfterSeconds: number }
  /** The cost is above the bucket's size: no wait will ever let this operation through. */
  | { allowed: false; exceedsBurst: true; burst: number };

export interface RateLimiter {
  /**
   * Takes `cost` tokens from `key`'s bucket, or refuses without taking any. A shared store that
   * cannot decide throws (RateLimitStoreError); the plugin then applies the failure mode.
   */
  take(key: string, cost: number): Promise<RateLimitDecision>;
  /** Releases connections, at shutdown. */
  close?(): Promise<void>;
}

/** A shared store could not decide (unreachable, too slow, or an error). Never holds its URL. */
export class RateLimitStoreError extends Error {
  constructor(cause: unknown) {
    super(`the rate limit store did not answer: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'RateLimitStoreError';
  }
}

/** What to do with a mutation when the shared store cannot decide (config.ts, RATE_LIMIT_STORE_FAILURE). */
export type { RateLimitStoreFailureMode } from '../config.js';

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Callers remembered at once; past it the least recently active caller's bucket is dropped. */
export const DEFAULT_MAX_TRACKED_CALLERS = 100_000;

/**
 * `perMinute` tokens refill evenly over a minute; a bucket holds at most `burst`.
 *
 * Buckets live in an LRU cache whose entries expire once they would have refilled completely:
 * an expired bucket equals a new one, so forgetting it changes no decision. Memory is bounded by
 * `maxCallers` (about 100 bytes each); should more callers than that be active within one refill
 * period, the least recently active lose their state and start again with a full bucket.
 */
export class InMemoryTokenBucket implements RateLimiter {
  readonly #buckets: LRUCache<string, Bucket>;
  readonly #perMs: number;

  constructor(
    perMinute: number,
    readonly burst: number = perMinute,
    readonly now: () => number = Date.now,
    maxCallers: number = DEFAULT_MAX_TRACKED_CALLERS,
  ) {
    this.#perMs = perMinute / 60_000;
    this.#buckets = new LRUCache<string, Bucket>({
      max: maxCallers,
      ttl: Math.ceil(burst / this.#perMs),
      ttlAutopurge: false,
      // Read the clock on every check (the default caches it for 1 ms, which a test clock would outrun).
      ttlResolution: 0,
      perf: { now },
    });
  }

  /** How many callers' buckets are held now (for tests and metrics). */
  get size(): number {
    return this.#buckets.size;
  }

  async take(key: string, cost: number): Promise<RateLimitDecision> {
    if (cost > this.burst) return { allowed: false, exceedsBurst: true, burst: this.burst };
    const now = this.now();
    const stored = this.#buckets.get(key);
    const tokens = stored ? Math.min(this.burst, stored.tokens + (now - stored.updatedAt) * this.#perMs) : this.burst;
    if (tokens >= cost) {
      this.#buckets.set(key, { tokens: tokens - cost, updatedAt: now });
      return { allowed: true };
    }
    this.#buckets.set(key, { tokens, updatedAt: now });
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((cost - tokens) / this.#perMs / 1000)) };
  }
}
