/**
 * The emulator's in-memory token store. Like Authlete, it keeps hashes of token values
 * (SHA-256, base64url), never the values themselves.
 */
import { createHash } from 'node:crypto';

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
  grantType: string;
  scopes: string[] | null;
  refreshTokenScopes: string[] | null;
  properties: StoredProperty[] | null;
  authorizationDetails: unknown;
  forExternalAttachment: boolean;
  certificateThumbprint: string | null;
  dpopKeyThumbprint: string | null;
  sessionId: string | null;
}

export function hashToken(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

export class TokenStore {
  readonly #byAccessTokenHash = new Map<string, StoredToken>();
  readonly #refreshTokenHashes = new Set<string>();

  /** True when a token with this value (access or refresh) already exists. */
  has(value: string): boolean {
    const hash = hashToken(value);
    return this.#byAccessTokenHash.has(hash) || this.#refreshTokenHashes.has(hash);
  }

  add(token: StoredToken): void {
    this.#byAccessTokenHash.set(token.accessTokenHash, token);
    if (token.refreshTokenHash) this.#refreshTokenHashes.add(token.refreshTokenHash);
  }

  get size(): number {
    return this.#byAccessTokenHash.size;
  }

  all(): StoredToken[] {
    return [...this.#byAccessTokenHash.values()];
  }
}
