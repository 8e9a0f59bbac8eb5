/**
 * Apollo Client cache configuration: `new InMemoryCache({ typePolicies, possibleTypes })`.
 * - AccessToken and Client are normalised by their global `id` (Apollo's default key field; the
 *   kit's documents always select it).
 * - `tokens` and `clients` are Relay connections: one cached list per filter set, extended by
 *   `fetchMore({ variables: { after: pageInfo.endCursor } })`.
 * - GatewayInfo is a singleton.
 * After a token is deleted or revoked, call `evictTokens(cache)` (or evict the one token) so that
 * cached lists and counts are refetched.
 */
import type { ApolloCache, TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import generated from './possible-types.js';

/** Which types implement which interface (generated from the schema): Node is AccessToken or Client. */
export const possibleTypes: Record<string, string[]> = generated.possibleTypes;

export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      tokens: relayStylePagination(['clientIdentifier', 'subject']),
      clients: relayStylePagination(['developer']),
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
