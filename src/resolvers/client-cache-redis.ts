/**
 * The channel on which gateway copies tell each other that a client changed (`setClientLock`), so
 * that each forgets it from its client cache within a second rather than after
 * CLIENT_CACHE_TTL_SECONDS: Redis pub/sub on the Redis the rate limit uses (RATE_LIMIT_REDIS_URL).
 * A message carries only the numeric client id. A lost message (Redis down) costs what the cache
 * allows anyway: the old state for at most the TTL; it never fails the change itself.
 */
import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import { redisConnectionOptions } from '../security/redis-rate-limit.js';
import type { ClientChangeChannel } from './client-cache.js';

export const CLIENT_CHANGES_CHANNEL = 'authlete-gateway:client-changed';

export interface RedisClientChangesOptions {
  url: string;
  commandTimeoutMs: number;
  logger: Logger;
  /** The channel's name (tests keep theirs apart). */
  channel?: string;
}

export class RedisClientChanges implements ClientChangeChannel {
  readonly #publisher: Redis;
  readonly #subscriber: Redis;
  readonly #channel: string;
  readonly #logger: Logger;

  constructor(options: RedisClientChangesOptions) {
    this.#channel = options.channel ?? CLIENT_CHANGES_CHANNEL;
    this.#logger = options.logger;
    const connection = redisConnectionOptions(options.commandTimeoutMs);
    this.#publisher = new Redis(options.url, connection);
    // A subscriber re-subscribes by itself after a reconnection; it needs its offline queue for that.
    this.#subscriber = new Redis(options.url, { ...connection, enableOfflineQueue: true, commandTimeout: undefined });
    this.#publisher.on('error', () => undefined);
    this.#subscriber.on('error', () => undefined);
  }

  /** Calls `onChange` with the client id of every change any copy publishes (this one's too). */
  async subscribe(onChange: (clientId: string) => void): Promise<void> {
    this.#subscriber.on('message', (channel: string, message: string) => {
      if (channel === this.#channel && /^\d{1,19}$/.test(message)) onChange(message);
    });
    await this.#subscriber.subscribe(this.#channel);
  }

  publish(clientId: string): void {
    this.#publisher.publish(this.#channel, clientId).catch((error: unknown) => {
      this.#logger.warn(
        { clientId, problem: error instanceof Error ? error.message : String(error) },
        'client cache: could not tell the other copies that a client changed; they may show its old state for up to CLIENT_CACHE_TTL_SECONDS',
      );
    });
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.#publisher.quit(), this.#subscriber.quit()]);
    this.#publisher.disconnect();
    this.#subscriber.disconnect();
  }
}
