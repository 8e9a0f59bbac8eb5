/**
 * Apollo Client cache configuration: `new InMemoryCache({ typePolicies, possibleTypes })`.
 * - AccessToken and Client are normalised by their global `id` (Apollo's default key field; the
 *   kit's documents always select it).
 * - `tokens` and `clients` are Relay connections: one cached list per filter set, extended by
 *   `fetchMore({ variables: { after: pageInfo.endCursor } })`.
 * - GatewayInfo is a singleton.
 * After a token is deleted or revoked, call `evictTokens(cache)` (or evict the one token) so that
 * cached lists and counts are refetched. After the incident-response mutations, pass the matching
 * `update` of `incidentUpdates` (setClientLock needs none: it answers the Client, which the cache
 * normalises by id, so every view of that client shows `locked` at once).
 */
import type { ApolloCache, TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** Which types implement which interface (generated from the schema): Node is AccessToken or Client. */
export { possibleTypes } from './node-types.js';

export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      tokens: relayStylePagination(['clientIdentifier', 'subject']),
      clients: relayStylePagination(['developer']),
      authorizedClients: relayStylePagination(['subject']),
    },
  },
  GatewayInfo: { keyFields: [] },
};

/**
 * Forgets every cached token list (and, with `tokenId`, that token): the next read of a list
 * goes to the gateway. Use it in a mutation's `update` after deleteToken, revokeTokens or
 * createToken, whose answers do not say which lists changed.
 */
export function evictTokens(cache: ApolloCache, tokenId?: string): void {
  if (tokenId) cache.evict({ id: cache.identify({ __typename: 'AccessToken', id: tokenId }) });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'tokens' });
  cache.gc();
}

interface CachedObject {
  __typename?: string;
  subject?: string | null;
  clientId?: string | null;
  client?: { __ref?: string } | null;
}

/**
 * Forgets every cached token of one client for one user (wherever it is shown: a list row, a
 * detail pane, a `node` refetch), every token list and every authorized-clients list.
 */
export function evictClientAuthorization(cache: ApolloCache, removed: { clientId: string; subject: string }): void {
  const objects = cache.extract() as Record<string, CachedObject | undefined>;
  for (const [key, object] of Object.entries(objects)) {
    if (object?.__typename !== 'AccessToken' || object.subject !== removed.subject) continue;
    const clientRef = object.client?.__ref;
    if (clientRef && objects[clientRef]?.clientId === removed.clientId) cache.evict({ id: key });
  }
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'tokens' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'authorizedClients' });
  cache.gc();
}

/** The `update` option of each incident-response mutation (the answers name the client and user). */
export const incidentUpdates = {
  revokeClientAuthorization(cache: ApolloCache, result: { data?: { revokeClientAuthorization?: { clientId: string; subject: string; action: string } | null } | null }) {
    const removed = result.data?.revokeClientAuthorization;
    if (removed?.action === 'OK') evictClientAuthorization(cache, removed);
  },
  deleteGrantedScopes(cache: ApolloCache, result: { data?: { deleteGrantedScopes?: { clientId: string; subject: string; action: string } | null } | null }) {
    const removed = result.data?.deleteGrantedScopes;
    if (removed?.action === 'OK') cache.evict({ id: 'ROOT_QUERY', fieldName: 'grantedScopes', args: { clientId: removed.clientId, subject: removed.subject } });
  },
};
