/**
 * urql Graphcache configuration: `cacheExchange(graphcacheOptions)`.
 * - AccessToken and Client are keyed by their global `id`; objects without an identity are
 *   embedded in their parent.
 * - Mutations that change tokens (create, update, revoke, delete) invalidate every cached token
 *   list, so the next `tokens` query (and its totalCount) comes fresh from the gateway; a deleted
 *   token is also evicted from the lists it was in.
 * - revokeClientAuthorization invalidates every cached token of that client for that user (list
 *   rows, detail panes, refetches) and the user's authorized clients; deleteGrantedScopes the
 *   grant; setClientLock answers the Client, so every view of it shows `locked` at once.
 */
import type { CacheExchangeOpts, Cache } from '@urql/exchange-graphcache';
import schema from './schema-introspection.js';

/** Every cached token of one client for one user (in lists and refetches), every token list, and the user's authorized clients. */
function invalidateClientAuthorization(cache: Cache, clientId: unknown, subject: unknown): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === 'authorizedClients' && field.arguments?.subject === subject) cache.invalidate('Query', field.fieldName, field.arguments);
    if (field.fieldName !== 'tokens' && field.fieldName !== 'node' && field.fieldName !== 'nodes') continue;
    const found = cache.resolve('Query', field.fieldKey);
    const candidates: unknown[] = field.fieldName === 'tokens' ? ((cache.resolve(found as string, 'edges') as string[] | null) ?? []).map((edge) => cache.resolve(edge, 'node')) : [found].flat();
    for (const token of candidates) {
      if (typeof token !== 'string' || !token.startsWith('AccessToken:') || cache.resolve(token, 'subject') !== subject) continue;
      const client = cache.resolve(token, 'client');
      if (typeof client === 'string' && cache.resolve(client, 'clientId') === clientId) cache.invalidate(token);
    }
  }
  invalidateTokenLists(cache);
}

function invalidateTokenLists(cache: Cache): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === 'tokens') cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
}

export const graphcacheOptions: Pick<CacheExchangeOpts, 'keys' | 'updates' | 'schema'> = {
  // The schema (generated, minified): fragments on Node match exactly, and a refetch writes only the
  // fields of the type it got (no heuristic matching, no "Invalid undefined" warnings).
  schema,
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
    GrantedScopes: () => null,
    RevokeClientAuthorizationResponse: () => null,
    DeleteGrantedScopesResponse: () => null,
    TokenIntrospection: () => null,
  },
  updates: {
    Mutation: {
      createToken: (_result, _args, cache) => invalidateTokenLists(cache),
      updateToken: (_result, _args, cache) => invalidateTokenLists(cache),
      revokeTokens: (_result, _args, cache) => invalidateTokenLists(cache),
      deleteToken: (_result, _args, cache) => invalidateTokenLists(cache),
      revokeClientAuthorization: (result, _args, cache) => {
        const removed = result.revokeClientAuthorization as { clientId?: unknown; subject?: unknown; action?: unknown } | null;
        if (removed?.action === 'OK') invalidateClientAuthorization(cache, removed.clientId, removed.subject);
      },
      deleteGrantedScopes: (result, _args, cache) => {
        const removed = result.deleteGrantedScopes as { clientId?: unknown; subject?: unknown; action?: unknown } | null;
        if (removed?.action === 'OK') cache.invalidate('Query', 'grantedScopes', { clientId: removed.clientId as string, subject: removed.subject as string });
      },
      // setClientLock answers the Client: Graphcache updates it by its id everywhere it is shown.
    },
  },
};
