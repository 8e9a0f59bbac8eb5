/**
 * urql Graphcache configuration: `cacheExchange(graphcacheOptions)`.
 * - AccessToken and Client are keyed by their global `id`; objects without an identity are
 *   embedded in their parent.
 * - Mutations that change tokens (create, update, revoke, delete) invalidate every cached token
 *   list, so the next `tokens` query (and its totalCount) comes fresh from the gateway; a deleted
 *   token is also evicted from the lists it was in.
 */
import type { CacheExchangeOpts, Cache } from '@urql/exchange-graphcache';

function invalidateTokenLists(cache: Cache): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === 'tokens') cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
}

export const graphcacheOptions: Pick<CacheExchangeOpts, 'keys' | 'updates'> = {
  keys: {
    AccessToken: (data) => (data.id as string | undefined) ?? null,
    Client: (data) => (data.id as string | undefined) ?? null,
    AccessTokenConnection: () => null,
    AccessTokenEdge: () => null,
    ClientConnection: () => null,
    ClientEdge: () => null,
    PageInfo: () => null,
    GatewayInfo: () => 'gateway',
    Property: () => null,
    AuthzDetails: () => null,
    AuthzDetailsElement: () => null,
    TokenCreateResponse: () => null,
    TokenUpdateResponse: () => null,
    TokenRevokeResponse: () => null,
    TokenDeleteResponse: () => null,
  },
  updates: {
    Mutation: {
      createToken: (_result, _args, cache) => invalidateTokenLists(cache),
      updateToken: (_result, _args, cache) => invalidateTokenLists(cache),
      revokeTokens: (_result, _args, cache) => invalidateTokenLists(cache),
      deleteToken: (_result, _args, cache) => invalidateTokenLists(cache),
    },
  },
};
