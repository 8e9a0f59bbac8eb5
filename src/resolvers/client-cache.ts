/**
 * A short-lived cache of client metadata shared by all requests (CLIENT_CACHE_TTL_SECONDS). A
 * tokens page names a handful of clients that change rarely, and against a real Authlete each
 * look-up is a round trip of tens of milliseconds: with the cache, a warm page costs one call.
 *
 * It holds only the fields the schema exposes (never a secret or a key, whatever Authlete sent),
 * by the identifier asked for and by the numeric client id, at most CLIENT_CACHE_MAX_ENTRIES of
 * them. The staleness it allows: a client renamed, locked or deleted in Authlete (not through this
 * gateway) may show its old fields for up to the TTL. A client changed through the gateway
 * (`setClientLock`) is replaced here at once, and forgotten by every other copy that shares the
 * invalidation channel (client-cache-redis.ts); without one, other copies may show the old state
 * for up to the TTL. Refusals (a missing client) are not cached.
 */
import { LRUCache } from 'lru-cache';
import { CLIENT_FIELDS, type ClientShape } from '../shapes.js';
import { pickGiven } from './request-body.js';

export const CLIENT_CACHE_MAX_ENTRIES = 1000;

/** Tells the other gateway copies that a client changed, so that they forget it. */
export interface ClientChangeChannel {
  publish(clientId: string): void;
}

export class ClientCache {
  readonly #entries: LRUCache<string, ClientShape>;
  /** Set once the process has joined a channel shared with the other copies. */
  channel: ClientChangeChannel | undefined;

  constructor(ttlMs: number, now: () => number = performance.now.bind(performance)) {
    this.#entries = new LRUCache<string, ClientShape>({ max: CLIENT_CACHE_MAX_ENTRIES, ttl: ttlMs, ttlResolution: 0, perf: { now } });
  }

  get(identifier: string): ClientShape | undefined {
    return this.#entries.get(identifier);
  }

  /** Forgets a client under every identifier it is kept by (numeric id and alias). */
  forget(clientId: string): void {
    for (const [identifier, client] of this.#entries.entries()) {
      if (String(client.clientId) === clientId) this.#entries.delete(identifier);
    }
  }

  /** A client changed through this copy: keep what was read now, and make every other copy forget it. */
  changed(identifier: string, client: ClientShape): void {
    if (client.clientId != null) this.forget(String(client.clientId));
    this.set(identifier, client);
    if (client.clientId != null) this.channel?.publish(String(client.clientId));
  }

  /** Keeps the client's dashboard fields under the identifier asked for and its numeric id. */
  set(identifier: string, client: ClientShape): void {
    const kept: ClientShape = pickGiven(client, CLIENT_FIELDS);
    this.#entries.set(identifier, kept);
    if (kept.clientId != null) this.#entries.set(String(kept.clientId), kept);
  }
}
