/**
 * clients: a Relay connection over Authlete's `client/get/list` (the first screen of a token
 * dashboard is "pick a client"). Clients change rarely and the list has no creation time to
 * re-align on, so cursors are offsets, bound to the `developer` filter they were issued for.
 */
import type { GatewayContext } from '../types.js';
import { MAX_LIST_INDEX, connectionPage, decodeCursorFields, edgeOf, encodeCursor, filtersFingerprint, isListOffset } from './cursor.js';
import { badUserInput } from './input-errors.js';
import { listEntries } from './refusal.js';
import type { ClientConnectionResult } from '../shapes.js';

export const DEFAULT_CLIENT_PAGE_SIZE = 20;
export const MAX_CLIENT_PAGE_SIZE = 200;
const CURSOR_PREFIX = 'cc1:';

export interface ClientsArgs {
  developer?: string | null;
  first?: number | null;
  after?: string | null;
}

/** The offset and filters a clients cursor holds, or null when the text is not one. */
export function decodeClientCursor(text: string): { offset: number; filters: string } | null {
  const fields = decodeCursorFields(CURSOR_PREFIX, text, 2);
  if (fields === null) return null;
  const [offset, filters] = fields;
  return isListOffset(offset) && typeof filters === 'string' ? { offset, filters } : null;
}

export async function clientsResolver(args: ClientsArgs, context: GatewayContext): Promise<ClientConnectionResult> {
  const first = args.first ?? DEFAULT_CLIENT_PAGE_SIZE;
  const filters = filtersFingerprint([args.developer ?? null]);
  const cursor = args.after == null ? null : decodeClientCursor(args.after);
  if (args.after != null && cursor === null) throw badUserInput('after', 'is not a cursor of this connection');
  if (cursor && cursor.filters !== filters) throw badUserInput('after', 'was issued for another developer filter; start again without `after`');
  const start = cursor === null ? 0 : cursor.offset + 1;
  const end = Math.min(start + first, MAX_LIST_INDEX);

  const answer = await context.authlete.call('clientList', { query: { developer: args.developer, start, end } }, context.upstream);
  const { entries, totalCount } = listEntries('The client list', 'client/get/list', answer, 'clients');
  const edges = entries.map((node, index) => edgeOf(node, () => encodeCursor(CURSOR_PREFIX, [start + index, filters])));
  return connectionPage(edges, start, first, totalCount);
}
