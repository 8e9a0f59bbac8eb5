/**
 * Per-caller rate limiting of mutations: a token bucket per key (the caller's JWT `sub`).
 *
 * `RateLimiter` is the seam for running several gateway copies: a shared store (e.g. Redis with an
 * atomic script) implements the same `take`. The in-memory bucket below serves one process.
 */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes `cost` tokens from `key`'s bucket, or refuses without taking any. */
  take(key: string, cost: number): Promise<RateLimitDecision>;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** `perMinute` tokens refill evenly over a minute; a bucket holds at most `burst`. */
export class InMemoryTokenBucket implements RateLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #perMs: number;

  constructor(
    perMinute: number,
    readonly burst: number = perMinute,
    readonly now: () => number = Date.now,
  ) {
    this.#perMs = perMinute / 60_000;
  }

  async take(key: string, cost: number): Promise<RateLimitDecision> {
    const now = this.now();
    const bucket = this.#refilled(this.#buckets.get(key), now);
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      this.#buckets.set(key, bucket);
      this.#sweep(now);
      return { allowed: true };
    }
    this.#buckets.set(key, bucket);
    const missing = Math.min(cost, this.burst) - bucket.tokens;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(missing / this.#perMs / 1000)) };
  }

  #refilled(bucket: Bucket | undefined, now: number): Bucket {
    if (!bucket) return { tokens: this.burst, updatedAt: now };
    return { tokens: Math.min(this.burst, bucket.tokens + (now - bucket.updatedAt) * this.#perMs), updatedAt: now };
  }

  /** Forgets buckets that have refilled completely (they equal a new bucket), keeping memory bounded. */
  #sweep(now: number): void {
    if (this.#buckets.size < 10_000) return;
    for (const [key, bucket] of this.#buckets) {
      if (this.#refilled(bucket, now).tokens >= this.burst) this.#buckets.delete(key);
    }
  }
}
