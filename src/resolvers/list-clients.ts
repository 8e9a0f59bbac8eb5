/**
 * clients: a Relay connection over Authlete's `client/get/list` (the first screen of a token
 * dashboard is "pick a client"). Clients change rarely and the list has no creation time to
 * re-align on, so cursors are offsets, bound to the `developer` filter they were issued for.
 */
import type { GatewayContext } from '../types.js';
import { offsetConnectionPage } from './cursor.js';
import { listEntries } from './refusal.js';
import type { ClientConnectionResult } from '../shapes.js';

export const DEFAULT_CLIENT_PAGE_SIZE = 20;
export const MAX_CLIENT_PAGE_SIZE = 200;
const CURSOR_PREFIX = 'cc1:';

export interface ClientsArgs {
  developer?: string | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export function clientsResolver(args: ClientsArgs, context: GatewayContext): Promise<ClientConnectionResult> {
  const page = { ...args, prefix: CURSOR_PREFIX, defaultSize: DEFAULT_CLIENT_PAGE_SIZE, filters: [args.developer ?? null], filterNames: 'developer filter' };
  return offsetConnectionPage(page, async ({ start, end }) => {
    const answer = await context.authlete.call('clientList', { query: { developer: args.developer, start, end } }, context.upstream);
    return listEntries('The client list', 'client/get/list', answer, 'clients');
  });
}
