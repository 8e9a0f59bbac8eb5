/**
 * A short-lived cache of client metadata shared by all requests (CLIENT_CACHE_TTL_SECONDS). A
 * tokens page names a handful of clients that change rarely, and against a real Authlete each
 * look-up is a round trip of tens of milliseconds: with the cache, a warm page costs one call.
 *
 * It holds only the fields the schema exposes (never a secret or a key, whatever Authlete sent),
 * by the identifier asked for and by the numeric client id, at most CLIENT_CACHE_MAX_ENTRIES of
 * them. The staleness it allows: a client renamed, locked or deleted in Authlete may show its old
 * fields for up to the TTL. Refusals (a missing client) are not cached.
 */
import { LRUCache } from 'lru-cache';
import type { ClientShape } from '../shapes.js';
import type { SameKeys } from '../types.js';

export const CLIENT_CACHE_MAX_ENTRIES = 1000;

/** The fields the schema's Client exposes: the only ones the cache keeps. */
const CLIENT_FIELDS = [
  'clientId',
  'clientIdAlias',
  'clientName',
  'description',
  'clientType',
  'applicationType',
  'grantTypes',
  'responseTypes',
  'redirectUris',
  'tokenAuthMethod',
  'developer',
  'logoUri',
  'clientUri',
  'createdAt',
  'modifiedAt',
  'locked',
  'dynamicallyRegistered',
] as const satisfies ReadonlyArray<keyof ClientShape>;

/** Every ClientShape field is kept (a compile error here means CLIENT_FIELDS is missing one). */
const everyClientFieldKept: SameKeys<keyof ClientShape, (typeof CLIENT_FIELDS)[number]> = true;
void everyClientFieldKept;

function dashboardFieldsOf(client: ClientShape): ClientShape {
  const kept: Record<string, unknown> = {};
  for (const field of CLIENT_FIELDS) if (client[field] !== undefined) kept[field] = client[field];
  return kept as ClientShape;
}

export class ClientCache {
  readonly #entries: LRUCache<string, ClientShape>;

  constructor(ttlMs: number, now: () => number = performance.now.bind(performance)) {
    this.#entries = new LRUCache<string, ClientShape>({ max: CLIENT_CACHE_MAX_ENTRIES, ttl: ttlMs, ttlResolution: 0, perf: { now } });
  }

  get(identifier: string): ClientShape | undefined {
    return this.#entries.get(identifier);
  }

  /** Keeps the client's dashboard fields under the identifier asked for and its numeric id. */
  set(identifier: string, client: ClientShape): void {
    const kept = dashboardFieldsOf(client);
    this.#entries.set(identifier, kept);
    if (kept.clientId != null) this.#entries.set(String(kept.clientId), kept);
  }
}
