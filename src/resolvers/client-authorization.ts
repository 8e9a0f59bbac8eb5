/**
 * What a user granted a client, for incident response: the clients a user has authorized (a
 * connection of full Clients), the scopes a user granted one client, and removing either the
 * client's tokens for the user or the grant itself. The subject always travels as a query
 * parameter (endpoints.ts), never in a path segment.
 */
import type { GatewayContext } from '../types.js';
import { isSuccessStatus } from '../upstream/authlete-client.js';
import { mapAction } from './action.js';
import { logTokenOperation } from './audit.js';
import { offsetConnectionPage } from './cursor.js';
import { AuthleteRefusalError, listEntries } from './refusal.js';
import {
  TOKEN_REMOVAL_ACTIONS,
  type ClientConnectionResult,
  type ClientGrantRemovalResult,
  type ClientShape,
  type GrantedScopesShape,
  type Int64Value,
  type TokenRemovalAction,
} from '../shapes.js';
import type { ClientLimitedEntry } from '../upstream/wire.js';

export const DEFAULT_AUTHORIZED_CLIENT_PAGE_SIZE = 20;
export const MAX_AUTHORIZED_CLIENT_PAGE_SIZE = 50;
const CURSOR_PREFIX = 'ua1:';
const KNOWN_REMOVAL_ACTIONS = new Set(TOKEN_REMOVAL_ACTIONS);

export interface AuthorizedClientsArgs {
  subject: string;
  first?: number | null;
  after?: string | null;
}

/** A client of the list as a full Client (from the client loader: cached, one call per client per request). */
async function fullClient(entry: ClientLimitedEntry, context: GatewayContext): Promise<ClientShape> {
  if (entry.clientId == null) return entry;
  try {
    return await context.loaders.client.load(String(entry.clientId));
  } catch (error) {
    // Deleted since the list was read: the list's own fields are all there is.
    if (error instanceof AuthleteRefusalError && error.extensions.code === 'NOT_FOUND') return entry;
    throw error;
  }
}

/**
 * `authorizedClients(subject:)`: Authlete's list of the clients the user has authorized, a page at
 * a time. Its entries hold a few of a client's fields, so each is read in full through the client
 * loader. Cursors are offsets, bound to the subject they were issued for.
 */
export function authorizedClientsResolver(args: AuthorizedClientsArgs, context: GatewayContext): Promise<ClientConnectionResult> {
  const page = { ...args, prefix: CURSOR_PREFIX, defaultSize: DEFAULT_AUTHORIZED_CLIENT_PAGE_SIZE, filters: [args.subject], filterNames: 'subject' };
  return offsetConnectionPage(page, async ({ start, end }) => {
    const answer = await context.authlete.call('clientAuthorizationList', { query: { subject: args.subject, start, end } }, context.upstream);
    const { entries, totalCount } = listEntries('The authorized clients', 'client/authorization/get/list', answer, 'clients');
    return { entries: await Promise.all(entries.map((entry) => fullClient(entry, context))), totalCount };
  });
}

/** `grantedScopes(clientId:, subject:)`: null when the user granted the client nothing (Authlete's null scopes). */
export async function grantedScopesResolver(args: { clientId: Int64Value; subject: string }, context: GatewayContext): Promise<GrantedScopesShape | null> {
  const answer = await context.authlete.call(
    'grantedScopesGet',
    { params: { clientId: String(args.clientId) }, query: { subject: args.subject } },
    context.upstream,
  );
  if (!isSuccessStatus(answer.status)) throw new AuthleteRefusalError('The granted scopes', answer);
  const grant = answer.body;
  return grant.latestGrantedScopes == null && grant.mergedGrantedScopes == null ? null : grant;
}

export interface ClientGrantInput {
  clientId: Int64Value;
  subject: string;
}

/** The two removals: the client's tokens for the user, or what the user granted the client. */
const REMOVALS = {
  revokeClientAuthorization: 'clientAuthorizationDelete',
  deleteGrantedScopes: 'grantedScopesDelete',
} as const;

/**
 * `revokeClientAuthorization` (every token the client holds for the user) and
 * `deleteGrantedScopes` (the grant, so the user is asked again; tokens stay): Authlete answers a
 * result without an action; the gateway derives it from the status.
 */
export async function removeClientGrantResolver(
  operation: keyof typeof REMOVALS,
  input: ClientGrantInput,
  context: GatewayContext,
): Promise<ClientGrantRemovalResult> {
  const clientId = String(input.clientId);
  const answer = await context.authlete.call(REMOVALS[operation], { params: { clientId }, query: { subject: input.subject } }, context.upstream);
  const action = mapAction<TokenRemovalAction>(answer, { known: KNOWN_REMOVAL_ACTIONS, operation, successMeansOk: true }, context);
  const { resultCode, resultMessage } = answer.body;
  logTokenOperation(context, { operation, status: answer.status, action, resultCode, clientId, subject: input.subject });
  return { clientId: input.clientId, subject: input.subject, action, resultCode, resultMessage };
}
