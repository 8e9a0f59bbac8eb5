/**
 * An AccessToken's global id, and its refetch through `node(id:)`. Authlete has no "get a token
 * by hash" endpoint, so the id carries what the refetch needs: the client and the subject (the
 * token list's filters) and the access token hash to find in that list. A refresh gives a token a
 * new hash, so a token's id lives as long as its access token value.
 */
import type { GatewayContext } from '../types.js';
import { invalidGlobalId } from './input-errors.js';
import { readTokenList } from './list-tokens.js';
import type { AccessTokenShape } from '../shapes.js';

export interface AccessTokenKey {
  clientId: string;
  subject: string | null;
  accessTokenHash: string;
}

/** How many tokens of one client and subject a refetch looks through (pages of 200). */
export const TOKEN_REFETCH_LIMIT = 1000;
const REFETCH_PAGE = 200;

export function accessTokenKeyOf(token: AccessTokenShape): string {
  if (token.clientId == null || !token.accessTokenHash) throw new Error('a token without clientId or accessTokenHash has no global id');
  return JSON.stringify([String(token.clientId), token.subject ?? null, token.accessTokenHash]);
}

export function parseAccessTokenKey(key: string): AccessTokenKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(key);
  } catch {
    throw invalidGlobalId();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalidGlobalId();
  const [clientId, subject, accessTokenHash]: unknown[] = parsed;
  if (typeof clientId !== 'string' || !/^\d{1,19}$/.test(clientId)) throw invalidGlobalId();
  if (subject !== null && (typeof subject !== 'string' || subject.length > 1024)) throw invalidGlobalId();
  if (typeof accessTokenHash !== 'string' || accessTokenHash.length === 0 || accessTokenHash.length > 4096) throw invalidGlobalId();
  return { clientId, subject, accessTokenHash };
}

/** The token the id names, looked for among its client's tokens of its subject; null when gone. */
export async function accessTokenByKey(key: AccessTokenKey, context: GatewayContext): Promise<AccessTokenShape | null> {
  const filters = { clientIdentifier: key.clientId, subject: key.subject };
  for (let start = 0; start < TOKEN_REFETCH_LIMIT; start += REFETCH_PAGE) {
    const page = await readTokenList(filters, start, start + REFETCH_PAGE, context);
    const found = page.tokens.find((token) => token.accessTokenHash === key.accessTokenHash);
    if (found) return found;
    if (page.tokens.length < REFETCH_PAGE) return null;
  }
  return null;
}
