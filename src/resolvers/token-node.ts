/**
 * An AccessToken's global id, and its refetch through `node(id:)`. Authlete has no "get a token
 * by hash" endpoint, so the id carries what the refetch needs: the client and the subject (the
 * token list's filters) and the access token hash to find in that list. A refresh gives a token a
 * new hash, so a token's id lives as long as its access token value.
 */
import DataLoader from 'dataloader';
import pLimit from 'p-limit';
import type { AccessTokenLoader, GatewayContext } from '../types.js';
import { invalidGlobalId } from './input-errors.js';
import { asItemError } from './refusal.js';
import { readTokenList, type TokenListReader } from './list-tokens.js';
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

/** Token groups (one client and subject) one request looks through at once. */
const REFETCH_CONCURRENCY = 8;

/**
 * AccessTokens by key, for one request. Identical ids load once (the loader's cache), and ids of
 * one client and subject are looked for together: their client's token list of that subject is
 * read page by page (up to TOKEN_REFETCH_LIMIT tokens) until every hash asked for is found or the
 * list ends. A hundred ids of one user cost at most five reads, not five hundred.
 */
export function createAccessTokenLoader(reader: TokenListReader): AccessTokenLoader {
  let limit: ReturnType<typeof pLimit> | undefined;
  return new DataLoader<AccessTokenKey, AccessTokenShape | null, string>(
    async (keys) => {
      limit ??= pLimit(REFETCH_CONCURRENCY);
      /** One client's tokens of one subject: the hashes asked for, and what the look-up found. */
      const groups = new Map<string, { key: AccessTokenKey; hashes: Set<string>; found?: Map<string, AccessTokenShape>; failure?: Error }>();
      const groupOf = (key: AccessTokenKey) => JSON.stringify([key.clientId, key.subject]);
      for (const key of keys) {
        const group = groups.get(groupOf(key)) ?? { key, hashes: new Set<string>() };
        group.hashes.add(key.accessTokenHash);
        groups.set(groupOf(key), group);
      }
      await Promise.all(
        [...groups.values()].map((group) =>
          limit!(async () => {
            try {
              group.found = await tokensOf(group.key, group.hashes, reader);
            } catch (error) {
              group.failure = error instanceof Error ? error : new Error(String(error));
            }
          }),
        ),
      );
      return keys.map((key) => {
        const group = groups.get(groupOf(key))!;
        return group.failure ?? group.found?.get(key.accessTokenHash) ?? null;
      });
    },
    // Identical ids load once: the cache knows a key by the id's own text.
    { maxBatchSize: 100, cacheKeyFn: (key) => JSON.stringify([key.clientId, key.subject, key.accessTokenHash]) },
  );
}

/** The tokens, by hash, among one client's tokens of one subject whose hashes are asked for; stops once all are found. */
async function tokensOf(key: AccessTokenKey, hashes: ReadonlySet<string>, reader: TokenListReader): Promise<Map<string, AccessTokenShape>> {
  const filters = { clientIdentifier: key.clientId, subject: key.subject };
  const found = new Map<string, AccessTokenShape>();
  for (let start = 0; start < TOKEN_REFETCH_LIMIT; start += REFETCH_PAGE) {
    const page = await readTokenList(filters, start, start + REFETCH_PAGE, reader);
    for (const token of page.tokens) if (token.accessTokenHash && hashes.has(token.accessTokenHash)) found.set(token.accessTokenHash, token);
    if (found.size >= hashes.size || page.tokens.length < REFETCH_PAGE) break;
  }
  return found;
}

/**
 * The token the id names, looked for among its client's tokens of its subject; null when gone.
 * A failure comes back as the Error itself, not thrown: `nodes(ids:)` resolves its ids together,
 * and graphql-js turns an Error value into that one item's error (null, with the reason in
 * `errors`), where a thrown one would fail every id of the list.
 */
export function accessTokenByKey(key: AccessTokenKey, context: GatewayContext): Promise<AccessTokenShape | null> {
  return context.loaders.accessToken.load(key).catch(asItemError<AccessTokenShape>);
}
