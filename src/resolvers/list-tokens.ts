/**
 * tokens: a Relay connection over Authlete's `auth/token/get/list`, whose `start`/`end` indexes
 * become opaque offset cursors. `totalCount` is Authlete's count of all matching tokens.
 */
import { cursorToOffset, offsetToCursor } from '@pothos/plugin-relay';
import type { GatewayContext } from '../context.js';
import { UpstreamBadResponseError } from '../upstream/errors.js';
import { logTokenOperation } from './audit.js';
import { AuthleteRefusalError } from './refusal.js';
import type { AccessTokenConnectionResult, AccessTokenShape } from './shapes.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;
/** Authlete's `start` and `end` are int32. */
const MAX_INDEX = 2_147_483_647;

export interface TokensArgs {
  clientIdentifier?: string | null;
  subject?: string | null;
  first?: number | null;
  after?: string | null;
}

/** The offset a cursor stands for, or null when the string is not one of this gateway's cursors. */
export function offsetOfCursor(cursor: string): number | null {
  try {
    const offset = cursorToOffset(cursor);
    return Number.isSafeInteger(offset) && offset >= 0 && offset < MAX_INDEX && offsetToCursor(offset) === cursor ? offset : null;
  } catch {
    return null;
  }
}

export async function tokensResolver(args: TokensArgs, context: GatewayContext): Promise<AccessTokenConnectionResult> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const start = args.after == null ? 0 : (offsetOfCursor(args.after) ?? 0) + 1;
  const end = Math.min(start + first, MAX_INDEX);
  const answer = await context.authlete.listTokens(
    { clientIdentifier: args.clientIdentifier, subject: args.subject, start, end },
    { logger: context.logger },
  );
  logTokenOperation(context, {
    operation: 'tokens',
    status: answer.status,
    action: answer.status === 200 ? 'OK' : 'REFUSED',
    resultCode: answer.body.resultCode,
    clientIdentifier: args.clientIdentifier,
    start,
    end,
  });
  if (answer.status !== 200) throw new AuthleteRefusalError('The token list', answer);

  const { accessTokens, totalCount } = answer.body;
  if (accessTokens != null && !Array.isArray(accessTokens)) {
    throw new UpstreamBadResponseError('auth/token/get/list', answer.status, '"accessTokens" is not an array');
  }
  const nodes = (accessTokens ?? []) as AccessTokenShape[];
  const edges = nodes.map((node, index) => ({ cursor: offsetToCursor(start + index), node }));
  const total = typeof totalCount === 'number' ? totalCount : null;
  return {
    edges,
    pageInfo: {
      hasNextPage: total === null ? nodes.length === first : start + nodes.length < total,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: total,
  };
}
