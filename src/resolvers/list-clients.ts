/**
 * clients: a Relay connection over Authlete's `client/get/list` (the first screen of a token
 * dashboard is "pick a client"). Clients change rarely and the list has no creation time to
 * re-align on, so cursors are offsets, bound to the `developer` filter they were issued for.
 */
import type { GatewayContext } from '../types.js';
import { MAX_LIST_INDEX, connectionPage, edgeOf, encodeCursor, filtersFingerprint, offsetPageStart } from './cursor.js';
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

export async function clientsResolver(args: ClientsArgs, context: GatewayContext): Promise<ClientConnectionResult> {
  const first = args.first ?? DEFAULT_CLIENT_PAGE_SIZE;
  const filters = filtersFingerprint([args.developer ?? null]);
  const start = offsetPageStart(CURSOR_PREFIX, args.after, filters, 'developer filter');
  const end = Math.min(start + first, MAX_LIST_INDEX);

  const answer = await context.authlete.call('clientList', { query: { developer: args.developer, start, end } }, context.upstream);
  const { entries, totalCount } = listEntries('The client list', 'client/get/list', answer, 'clients');
  const edges = entries.map((node, index) => edgeOf(node, () => encodeCursor(CURSOR_PREFIX, [start + index, filters])));
  return connectionPage(edges, start, first, totalCount);
}
