/**
 * tokens: a Relay connection over Authlete's `auth/token/get/list`, whose `start`/`end` indexes
 * are offsets into the list of matching tokens. `totalCount` is Authlete's count of all of them.
 *
 * Offsets alone skip tokens when the list changes between two page loads: delete (or revoke, or
 * let expire) the first token of page 1, and the offset of page 2 now points one token too far.
 * So a cursor carries, besides its offset, the token it stands for (its `accessTokenHash` and
 * `createdAt`) and the filters it was issued for. The next page reads a window that starts a
 * little before the offset and re-aligns on that token:
 * - found: the page starts right after it, wherever it has moved;
 * - gone (the cursor's own token was deleted): the page starts at the first token created at or
 *   after it (tokens created in the same millisecond may then show twice; none is skipped);
 * - more tokens vanished before the cursor than the window reaches back: the alignment point is
 *   found by bisecting the list on `createdAt` (one small read per step).
 * This assumes what the emulator does and Authlete's admin console shows: the list is ordered
 * oldest first, and new tokens are appended. Authlete does not document the order.
 */
import type { GatewayContext } from '../types.js';
import { isSuccessStatus } from '../upstream/authlete-client.js';
import { logTokenOperation } from './audit.js';
import { MAX_LIST_INDEX, connectionPage, decodeCursorFields, edgeOf, encodeCursor, filtersFingerprint, isListOffset } from './cursor.js';
import { badUserInput } from './input-errors.js';
import { listEntries } from './refusal.js';
import type { AccessTokenConnectionResult, AccessTokenShape, Int64Value } from '../shapes.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;
/** How far before a cursor's offset the next page looks for the cursor's token. */
const LOOK_BACK = 5;
const CURSOR_PREFIX = 'tc1:';

export interface TokensArgs {
  clientIdentifier?: string | null;
  subject?: string | null;
  first?: number | null;
  after?: string | null;
  /** Backward paging (newest first): the last tokens, or the ones before `before`. */
  last?: number | null;
  before?: string | null;
}

/** Where a cursor stands: the offset, the token there, and the filters it belongs to. */
export interface TokenCursor {
  offset: number;
  accessTokenHash: string | null;
  createdAt: string | null;
  filters: string;
}

/** A cursor is only valid with the filters it came from. */
function filtersOf(args: Pick<TokensArgs, 'clientIdentifier' | 'subject'>): string {
  return filtersFingerprint([args.clientIdentifier ?? null, args.subject ?? null]);
}

function encodeTokenCursor(cursor: TokenCursor): string {
  return encodeCursor(CURSOR_PREFIX, [cursor.offset, cursor.accessTokenHash, cursor.createdAt, cursor.filters]);
}

/** The position a cursor stands for, or null when the string is not one of this connection's cursors. */
export function decodeCursor(text: string): TokenCursor | null {
  const fields = decodeCursorFields(CURSOR_PREFIX, text, 4);
  if (fields === null) return null;
  const [offset, accessTokenHash, createdAt, filters] = fields;
  if (!isListOffset(offset) || !isNullableString(accessTokenHash) || !isNullableString(createdAt) || typeof filters !== 'string') return null;
  if (createdAt !== null && !/^-?\d{1,20}$/.test(createdAt)) return null;
  return { offset, accessTokenHash, createdAt, filters };
}

function isNullableString(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

function createdAtOf(token: AccessTokenShape): bigint | null {
  const value: Int64Value | null | undefined = token.createdAt;
  if (typeof value === 'bigint') return value;
  return typeof value === 'number' && Number.isInteger(value) ? BigInt(value) : null;
}

export interface ListPage {
  tokens: AccessTokenShape[];
  totalCount: number | null;
}

/** The cursor an argument holds, checked: one of this connection's, issued for these filters. */
function cursorArgument(name: 'after' | 'before', text: string | null | undefined, filters: string): TokenCursor | null {
  if (text == null) return null;
  const cursor = decodeCursor(text);
  if (cursor === null) throw badUserInput(name, 'is not a cursor of this connection');
  if (cursor.filters !== filters) throw badUserInput(name, `was issued for other filters (clientIdentifier, subject); start again without \`${name}\``);
  return cursor;
}

export async function tokensResolver(args: TokensArgs, context: GatewayContext): Promise<AccessTokenConnectionResult> {
  const backward = args.last != null || args.before != null;
  if (backward && (args.first != null || args.after != null)) {
    throw badUserInput(args.last != null ? 'last' : 'before', 'pages forward (first, after) or backward (last, before), not both at once');
  }
  const size = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  const filters = filtersOf(args);
  const cursor = cursorArgument(backward ? 'before' : 'after', backward ? args.before : args.after, filters);

  const read = (start: number, end: number) => readTokenList(args, start, end, context);
  let start: number;
  let page: ListPage;
  if (backward) {
    ({ start, page } = await pageBefore(cursor, size, read));
  } else if (cursor === null || size === 0) {
    start = cursor === null ? 0 : cursor.offset + 1;
    page = await read(start, Math.min(start + size, MAX_LIST_INDEX));
  } else {
    ({ start, page } = await pageAfter(cursor, size, read));
  }

  const edges = page.tokens.map((node, index) =>
    edgeOf(node, () =>
      encodeTokenCursor({ offset: start + index, accessTokenHash: node.accessTokenHash ?? null, createdAt: createdAtOf(node)?.toString() ?? null, filters }),
    ),
  );
  return connectionPage(edges, start, size, page.totalCount);
}

/**
 * Where the cursor's token stands in the list now, from a window read at and before its offset
 * (tokens only vanish before a position or are appended at the end, so it is at its offset or
 * before it): `found` when the token itself is there; otherwise where it would be, the first token
 * created at or after it, by bisection of the list when more vanished than the window reaches
 * (or the window lies past the list's shrunken end).
 */
async function cursorPlace(
  cursor: TokenCursor,
  windowStart: number,
  window: ListPage,
  read: (start: number, end: number) => Promise<ListPage>,
): Promise<{ position: number; found: boolean }> {
  const found = cursor.accessTokenHash === null ? -1 : window.tokens.findIndex((token) => token.accessTokenHash === cursor.accessTokenHash);
  if (found >= 0) return { position: windowStart + found, found: true };
  const windowEnd = windowStart + window.tokens.length;
  if (cursor.createdAt === null) return { position: Math.min(cursor.offset, windowEnd), found: true };
  const since = BigInt(cursor.createdAt);
  const firstNotOlder = window.tokens.findIndex((token) => (createdAtOf(token) ?? since) >= since);
  if (firstNotOlder > 0 || (firstNotOlder === 0 && windowStart === 0)) return { position: windowStart + firstNotOlder, found: false };
  if (firstNotOlder < 0 && (window.tokens.length > 0 || windowStart === 0)) return { position: windowEnd, found: false };
  // Every token of the window is at least as new as the cursor's, or the window lies past the
  // list's end: more vanished before it than the window reaches back. Bisect [0, windowStart],
  // within the list as Authlete counts it: a cursor is the caller's text, and a forged offset far
  // past the list's end must not buy more reads than the list's length would (log2 of it).
  const high = window.totalCount === null ? windowStart : Math.min(windowStart, window.totalCount);
  return { position: await firstCreatedSince(since, high, read), found: false };
}

/** The page of `first` tokens that follows the cursor's token, wherever it is now. */
async function pageAfter(
  cursor: TokenCursor,
  first: number,
  read: (start: number, end: number) => Promise<ListPage>,
): Promise<{ start: number; page: ListPage }> {
  const windowStart = Math.max(0, cursor.offset - LOOK_BACK);
  const windowEnd = Math.min(cursor.offset + 1 + first, MAX_LIST_INDEX);
  const window = await read(windowStart, windowEnd);
  const place = await cursorPlace(cursor, windowStart, window, read);
  const start = place.found ? place.position + 1 : place.position;
  const held = windowStart + window.tokens.length;
  // The window holds the page when it reaches `first` tokens past the start, or the list's end.
  if (start >= windowStart && (start + first <= held || held < windowEnd)) {
    return { start, page: { tokens: window.tokens.slice(start - windowStart, start - windowStart + first), totalCount: window.totalCount } };
  }
  // Read one more than a page: the cursor's own token may be there (created in the same
  // millisecond, past the window), then the page starts after it.
  const page = await read(start, Math.min(start + first + 1, MAX_LIST_INDEX));
  const own = place.found || cursor.accessTokenHash === null ? -1 : page.tokens.findIndex((token) => token.accessTokenHash === cursor.accessTokenHash);
  const from = own >= 0 ? own + 1 : 0;
  return { start: start + from, page: { tokens: page.tokens.slice(from, from + first), totalCount: page.totalCount } };
}

/**
 * The page of `last` tokens just before the cursor's token, wherever it is now (see cursorPlace),
 * or the list's last tokens without a cursor (the newest: the list is oldest first), after one read
 * of the count.
 */
async function pageBefore(
  cursor: TokenCursor | null,
  last: number,
  read: (start: number, end: number) => Promise<ListPage>,
): Promise<{ start: number; page: ListPage }> {
  if (cursor === null) {
    const total = (await read(0, 0)).totalCount ?? 0;
    const start = Math.max(0, total - last);
    return { start, page: await read(start, total) };
  }
  const windowStart = Math.max(0, cursor.offset - LOOK_BACK - last);
  const window = await read(windowStart, Math.min(cursor.offset + 1, MAX_LIST_INDEX));
  const { position } = await cursorPlace(cursor, windowStart, window, read);
  const start = Math.max(0, position - last);
  if (start >= windowStart && position <= windowStart + window.tokens.length) {
    return { start, page: { tokens: window.tokens.slice(start - windowStart, position - windowStart), totalCount: window.totalCount } };
  }
  return { start, page: await read(start, position) };
}

/**
 * The first position in [0, high] whose token was created at or after `since` (the list is oldest
 * first), by bisection: one one-token read per step, log2 of the list's length at most.
 */
async function firstCreatedSince(since: bigint, high: number, read: (start: number, end: number) => Promise<ListPage>): Promise<number> {
  let low = 0;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const [token] = (await read(middle, middle + 1)).tokens;
    if (!token || (createdAtOf(token) ?? since) >= since) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** What a token list read needs of a request: the client, the request's call options and its logger. */
export type TokenListReader = Pick<GatewayContext, 'authlete' | 'upstream' | 'logger'>;

/** One read of Authlete's token list, [start, end) of the tokens matching the filters. */
export async function readTokenList(
  args: Pick<TokensArgs, 'clientIdentifier' | 'subject'>,
  start: number,
  end: number,
  context: TokenListReader,
): Promise<ListPage> {
  const answer = await context.authlete.call(
    'tokenList',
    { query: { clientIdentifier: args.clientIdentifier, subject: args.subject, start, end } },
    context.upstream,
  );
  logTokenOperation(context, {
    operation: 'tokens',
    status: answer.status,
    action: isSuccessStatus(answer.status) ? 'OK' : 'REFUSED',
    resultCode: answer.body.resultCode,
    clientIdentifier: args.clientIdentifier,
    start,
    end,
  });
  const { entries, totalCount } = listEntries('The token list', 'auth/token/get/list', answer, 'accessTokens');
  return { tokens: entries, totalCount };
}
