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
  return new DataLoader<string, AccessTokenShape | null>(
    async (keys) => {
      limit ??= pLimit(REFETCH_CONCURRENCY);
      const groups = new Map<string, { key: AccessTokenKey; hashes: Set<string> }>();
      const parsed = keys.map(parseAccessTokenKey);
      for (const key of parsed) {
        const group = JSON.stringify([key.clientId, key.subject]);
        const entry = groups.get(group) ?? { key, hashes: new Set<string>() };
        entry.hashes.add(key.accessTokenHash);
        groups.set(group, entry);
      }
      const found = new Map<string, AccessTokenShape>();
      const failed = new Map<string, Error>();
      await Promise.all(
        [...groups].map(([group, { key, hashes }]) =>
          limit!(async () => {
            try {
              for (const token of await tokensOf(key, hashes, reader)) found.set(JSON.stringify([group, token.accessTokenHash]), token);
            } catch (error) {
              failed.set(group, error instanceof Error ? error : new Error(String(error)));
            }
          }),
        ),
      );
      return parsed.map((key) => {
        const group = JSON.stringify([key.clientId, key.subject]);
        return failed.get(group) ?? found.get(JSON.stringify([group, key.accessTokenHash])) ?? null;
      });
    },
    { maxBatchSize: 100 },
  );
}

/** The tokens among one client's tokens of one subject whose hashes are asked for; stops once all are found. */
async function tokensOf(key: AccessTokenKey, hashes: ReadonlySet<string>, reader: TokenListReader): Promise<AccessTokenShape[]> {
  const filters = { clientIdentifier: key.clientId, subject: key.subject };
  const found: AccessTokenShape[] = [];
  for (let start = 0; start < TOKEN_REFETCH_LIMIT; start += REFETCH_PAGE) {
    const page = await readTokenList(filters, start, start + REFETCH_PAGE, reader);
    for (const token of page.tokens) if (token.accessTokenHash && hashes.has(token.accessTokenHash)) found.push(token);
    if (found.length >= hashes.size || page.tokens.length < REFETCH_PAGE) break;
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
  return context.loaders.accessToken.load(JSON.stringify([key.clientId, key.subject, key.accessTokenHash])).catch(asItemError<AccessTokenShape>);
}

/** An Error as a node's value (see accessTokenByKey), typed as the node it stands for. */
export function asItemError<Node>(error: unknown): Node {
  return (error instanceof Error ? error : new Error(String(error))) as Node;
}
