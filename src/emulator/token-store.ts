/**
 * The emulator's in-memory state: its tokens, the grants they came from (a user's granted scopes
 * per client) and its clients (per emulator: locking one never shows in another). Like Authlete,
 * it keeps hashes of token values
 * (SHA-256, base64url), never the values themselves, and it finds a token by its value or hash.
 *
 * Expiry: a token is alive while its access token is valid (or persistent) or its refresh token
 * is; once both have expired it is purged, and every operation behaves as if it never existed.
 */
import { createHash } from 'node:crypto';
import type { AuthzDetails, GrantTypeName } from '../upstream/wire.js';
import { ClientRegistry } from './clients.js';

export interface StoredProperty {
  key: string;
  value: string;
  hidden: boolean;
}

export interface StoredToken {
  tokenId: string;
  accessTokenHash: string;
  refreshTokenHash: string | null;
  /** Epoch ms; 0 for a persistent token. */
  accessTokenExpiresAt: number;
  /** Epoch ms; 0 when there is no refresh token. */
  refreshTokenExpiresAt: number;
  createdAt: number;
  lastRefreshedAt: number;
  clientId: bigint;
  subject: string | null;
  grantType: GrantTypeName;
  scopes: string[] | null;
  refreshTokenScopes: string[] | null;
  properties: StoredProperty[] | null;
  authorizationDetails: AuthzDetails | null;
  forExternalAttachment: boolean;
  certificateThumbprint: string | null;
  dpopKeyThumbprint: string | null;
  sessionId: string | null;
}

export function hashToken(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

function isAlive(token: StoredToken, now: number): boolean {
  return (
    token.accessTokenExpiresAt === 0 ||
    token.accessTokenExpiresAt > now ||
    (token.refreshTokenHash !== null && token.refreshTokenExpiresAt > now)
  );
}

/** What a user granted a client: the scopes of the last authorization, and of all of them. */
export interface StoredGrant {
  latestGrantedScopes: string[];
  mergedGrantedScopes: string[];
  /** Epoch ms. */
  modifiedAt: number;
}

export class TokenStore {
  readonly clients = new ClientRegistry();
  /** By `${clientId} ${subject}` (a client id has no space). */
  readonly #grants = new Map<string, StoredGrant>();
  /** Insertion order is creation order: the order the list API pages through. */
  readonly #byAccessTokenHash = new Map<string, StoredToken>();
  readonly #byRefreshTokenHash = new Map<string, StoredToken>();

  /** True when a token with this value (access or refresh) already exists. */
  has(value: string): boolean {
    const hash = hashToken(value);
    return this.#byAccessTokenHash.has(hash) || this.#byRefreshTokenHash.has(hash);
  }

  add(token: StoredToken): void {
    this.#byAccessTokenHash.set(token.accessTokenHash, token);
    if (token.refreshTokenHash) this.#byRefreshTokenHash.set(token.refreshTokenHash, token);
  }

  remove(token: StoredToken): void {
    this.#byAccessTokenHash.delete(token.accessTokenHash);
    if (token.refreshTokenHash) this.#byRefreshTokenHash.delete(token.refreshTokenHash);
  }

  /** Gives a token a new access token value (its hash), keeping its place in the order. */
  rekey(token: StoredToken, newAccessTokenHash: string): void {
    const entries = [...this.#byAccessTokenHash.entries()];
    this.#byAccessTokenHash.clear();
    for (const [hash, entry] of entries) {
      this.#byAccessTokenHash.set(entry === token ? newAccessTokenHash : hash, entry);
    }
    token.accessTokenHash = newAccessTokenHash;
  }

  /** Finds a live token by its access token value or hash. */
  findByAccessToken(identifier: string, now: number): StoredToken | undefined {
    const token = this.#byAccessTokenHash.get(hashToken(identifier)) ?? this.#byAccessTokenHash.get(identifier);
    return this.#alive(token, now);
  }

  /** Finds a live token by its access token value only (as introspection does), never by its hash. */
  findByAccessTokenValue(value: string, now: number): StoredToken | undefined {
    return this.#alive(this.#byAccessTokenHash.get(hashToken(value)), now);
  }

  /** Finds a live token by its refresh token value or hash. */
  findByRefreshToken(identifier: string, now: number): StoredToken | undefined {
    const token = this.#byRefreshTokenHash.get(hashToken(identifier)) ?? this.#byRefreshTokenHash.get(identifier);
    return this.#alive(token, now);
  }

  /** Every live token matching the filter, in creation order; purges dead ones. */
  list(filter: { clientId?: bigint; subject?: string }, now: number): StoredToken[] {
    const matches: StoredToken[] = [];
    for (const token of [...this.#byAccessTokenHash.values()]) {
      if (!this.#alive(token, now)) continue;
      if (filter.clientId !== undefined && token.clientId !== filter.clientId) continue;
      if (filter.subject !== undefined && token.subject !== filter.subject) continue;
      matches.push(token);
    }
    return matches;
  }

  /** Records that the user granted the client these scopes (a token was issued for the user). */
  recordGrant(clientId: bigint, subject: string, scopes: readonly string[], now: number): void {
    const key = `${clientId} ${subject}`;
    const merged = new Set([...(this.#grants.get(key)?.mergedGrantedScopes ?? []), ...scopes]);
    this.#grants.set(key, { latestGrantedScopes: [...scopes], mergedGrantedScopes: [...merged], modifiedAt: now });
  }

  grant(clientId: bigint, subject: string): StoredGrant | undefined {
    return this.#grants.get(`${clientId} ${subject}`);
  }

  /** Forgets the grant; true when there was one. */
  deleteGrant(clientId: bigint, subject: string): boolean {
    return this.#grants.delete(`${clientId} ${subject}`);
  }

  get size(): number {
    return this.#byAccessTokenHash.size;
  }

  all(): StoredToken[] {
    return [...this.#byAccessTokenHash.values()];
  }

  #alive(token: StoredToken | undefined, now: number): StoredToken | undefined {
    if (token === undefined) return undefined;
    if (isAlive(token, now)) return token;
    this.remove(token);
    return undefined;
  }
}
