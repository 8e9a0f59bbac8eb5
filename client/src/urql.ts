/**
 * urql Graphcache configuration: `cacheExchange(graphcacheOptions)`.
 * - AccessToken and Client are keyed by their global `id`; objects without an identity are
 *   embedded in their parent.
 * - Mutations that change tokens (create, update, revoke, delete) invalidate every cached token
 *   list, so the next `tokens` query (and its totalCount) comes fresh from the gateway; a deleted
 *   or revoked token is also forgotten (a detail pane or a `node` refetch of it asks the gateway),
 *   and an updated one shows its new scopes and expiries wherever it is shown.
 * - revokeClientAuthorization invalidates every cached token of that client for that user (list
 *   rows, detail panes, refetches) and the user's authorized clients; deleteGrantedScopes the
 *   grant; setClientLock answers the Client, so every view of it shows `locked` at once.
 */
import type { CacheExchangeOpts, Cache } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { parse } from 'graphql';
import { clientGlobalId, typenameOfId } from './node-types.js';
import schema from './schema-introspection.js';

/** The cached AccessTokens reachable from the root (token lists, node and nodes refetches), by entity key. */
function cachedTokens(cache: Cache): string[] {
  const keys = new Set<string>();
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName !== 'tokens' && field.fieldName !== 'node' && field.fieldName !== 'nodes') continue;
    const found = cache.resolve('Query', field.fieldKey);
    const candidates: unknown[] =
      field.fieldName === 'tokens' ? ((cache.resolve(found as string, 'edges') as string[] | null) ?? []).map((edge) => cache.resolve(edge, 'node')) : [found].flat();
    for (const token of candidates) if (typeof token === 'string' && token.startsWith('AccessToken:')) keys.add(token);
  }
  return [...keys];
}

/** The cached tokens with this access token hash (a dashboard names tokens by the hash `tokens` gave it). */
const tokensByHash = (cache: Cache, hash: unknown) => cachedTokens(cache).filter((token) => typeof hash === 'string' && cache.resolve(token, 'accessTokenHash') === hash);

/** Whether a cached token is of this client (numeric id or alias). */
function ofClient(cache: Cache, token: string, clientIdentifier: unknown): boolean {
  const client = cache.resolve(token, 'client');
  return typeof client === 'string' && [cache.resolve(client, 'clientId'), cache.resolve(client, 'clientIdAlias')].includes(clientIdentifier as string);
}

/**
 * Forgets cached tokens (a detail pane or a `node` refetch of one goes to the gateway, which
 * answers null) and every token list (read again, with the new totalCount).
 */
function forgetTokens(cache: Cache, tokens: readonly string[]): void {
  for (const token of tokens) cache.invalidate(token);
  invalidateTokenLists(cache);
}

/** Every cached token of one client for one user (in lists and refetches), every token list, and the user's authorized clients. */
function invalidateClientAuthorization(cache: Cache, clientId: unknown, subject: unknown): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === 'authorizedClients' && field.arguments?.subject === subject) cache.invalidate('Query', field.fieldName, field.arguments);
  }
  forgetTokens(cache, cachedTokens(cache).filter((token) => cache.resolve(token, 'subject') === subject && ofClient(cache, token, clientId)));
}

/** The fields an update answers, written onto the token wherever it is shown. */
const UPDATED_FIELDS = parse('fragment UpdatedToken on AccessToken { id scopes accessTokenExpiresAt refreshTokenExpiresAt }');

function invalidateTokenLists(cache: Cache): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === 'tokens') cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
}

/** Where a field already read is: the link the cache holds, or undefined. */
const stored = (cache: Cache, parentKey: string, field: string, args: Parameters<Cache['resolve']>[2]) => cache.resolve(parentKey, field, args);

export const graphcacheOptions: Pick<CacheExchangeOpts, 'keys' | 'updates' | 'schema' | 'resolvers'> = {
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
  resolvers: {
    Query: {
      // One list per filter set, grown by each `after` page (what an infinite list shows).
      tokens: relayPagination(),
      clients: relayPagination(),
      authorizedClients: relayPagination(),
      // Cache redirects: a token or client already in the cache is read from it, not fetched again.
      node: (_parent, args, cache, info) => {
        const link = stored(cache, info.parentKey, info.fieldName, args);
        const typename = typenameOfId(args.id);
        return link !== undefined ? link : typename ? { __typename: typename, id: args.id as string } : undefined;
      },
      client: (_parent, args, cache, info) => {
        const link = stored(cache, info.parentKey, info.fieldName, args);
        if (link !== undefined) return link;
        const identifier = args.clientIdentifier as string;
        if (/^\d+$/.test(identifier)) return { __typename: 'Client', id: clientGlobalId(identifier) };
        // By alias: a client the cache already holds (from a list or a token), if any.
        for (const field of cache.inspectFields('Query')) {
          if (field.fieldName !== 'clients' && field.fieldName !== 'authorizedClients') continue;
          const edges = (cache.resolve(cache.resolve('Query', field.fieldKey) as string, 'edges') as string[] | null) ?? [];
          for (const edge of edges) {
            const client = cache.resolve(edge, 'node') as string | null;
            if (client && cache.resolve(client, 'clientIdAlias') === identifier) return client;
          }
        }
        return undefined;
      },
    },
  },
  updates: {
    Mutation: {
      createToken: (_result, _args, cache) => invalidateTokenLists(cache),
      updateToken: (result, args, cache) => {
        const answer = result.updateToken as { action?: unknown; scopes?: unknown; accessTokenExpiresAt?: unknown; refreshTokenExpiresAt?: unknown } | null;
        const input = (args.input ?? {}) as { accessTokenHash?: unknown; accessToken?: unknown; accessTokenValueUpdated?: unknown };
        const byHash = input.accessToken == null && input.accessTokenValueUpdated !== true;
        const tokens = answer?.action === 'OK' && byHash ? tokensByHash(cache, input.accessTokenHash) : [];
        for (const token of tokens) {
          const id = cache.resolve(token, 'id');
          const read = (field: string) => cache.resolve(token, field);
          cache.writeFragment(UPDATED_FIELDS, {
            __typename: 'AccessToken',
            id,
            scopes: answer?.scopes === undefined ? read('scopes') : answer.scopes,
            accessTokenExpiresAt: answer?.accessTokenExpiresAt ?? read('accessTokenExpiresAt'),
            refreshTokenExpiresAt: answer?.refreshTokenExpiresAt ?? read('refreshTokenExpiresAt'),
          });
        }
        // A token named by value (its hash unknown here), or given a new value: forget every cached token.
        forgetTokens(cache, answer?.action === 'OK' && !byHash ? cachedTokens(cache) : []);
      },
      revokeTokens: (result, args, cache) => {
        if ((result.revokeTokens as { action?: unknown } | null)?.action !== 'OK') return invalidateTokenLists(cache);
        const input = (args.input ?? {}) as { accessTokenIdentifier?: unknown; refreshTokenIdentifier?: unknown; clientIdentifier?: unknown; subject?: unknown };
        const revoked = (token: string) =>
          input.accessTokenIdentifier != null
            ? cache.resolve(token, 'accessTokenHash') === input.accessTokenIdentifier
            : input.refreshTokenIdentifier != null ||
              ((input.clientIdentifier == null || ofClient(cache, token, input.clientIdentifier)) && (input.subject == null || cache.resolve(token, 'subject') === input.subject));
        forgetTokens(cache, cachedTokens(cache).filter(revoked));
      },
      deleteToken: (result, _args, cache) => {
        const answer = result.deleteToken as { deleted?: unknown; accessTokenIdentifier?: unknown } | null;
        forgetTokens(cache, answer?.deleted === true ? tokensByHash(cache, answer.accessTokenIdentifier) : []);
      },
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
