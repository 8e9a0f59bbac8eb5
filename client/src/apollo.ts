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
import { clientGlobalId, typenameOfId } from './node-types.js';

export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      tokens: relayStylePagination(['clientIdentifier', 'subject']),
      clients: relayStylePagination(['developer']),
      authorizedClients: relayStylePagination(['subject']),
      // Cache redirects: a token or client already in the cache is read from it, not fetched again.
      node: {
        read(existing, { args, toReference }) {
          const typename = typenameOfId(args?.id);
          return existing ?? (typename ? toReference({ __typename: typename, id: args!.id as string }) : undefined);
        },
      },
      client: {
        read(existing, { args, toReference, cache }) {
          if (existing !== undefined) return existing;
          const identifier = args?.clientIdentifier as string | undefined;
          if (identifier === undefined) return undefined;
          if (/^\d+$/.test(identifier)) return toReference({ __typename: 'Client', id: clientGlobalId(identifier) });
          const objects = cache.extract() as Record<string, CachedObject & { clientIdAlias?: unknown; id?: unknown } | undefined>;
          const client = Object.values(objects).find((object) => object?.__typename === 'Client' && object.clientIdAlias === identifier);
          return client ? toReference({ __typename: 'Client', id: client.id as string }) : undefined;
        },
      },
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

type Variables = Record<string, unknown> | undefined;
type Entry = { readonly __ref: string };
type TokenList = { edges?: ReadonlyArray<{ node?: Entry | null } & Record<string, unknown>>; totalCount?: number | null; pageInfo?: Record<string, unknown> } & Record<string, unknown>;

/** The cached AccessTokens whose hash is one of these (a dashboard names tokens by the hash `tokens` gave it). */
function cachedTokensByHash(cache: ApolloCache, hash: unknown): string[] {
  if (typeof hash !== 'string') return [];
  const objects = cache.extract() as Record<string, CachedObject & { accessTokenHash?: unknown } | undefined>;
  return Object.entries(objects)
    .filter(([, object]) => object?.__typename === 'AccessToken' && object.accessTokenHash === hash)
    .map(([key]) => key);
}

/** The filters a cached `tokens` list was read with, from its store field name (`tokens:{"subject":"x"}`). */
function listFilters(storeFieldName: string): { clientIdentifier?: string; subject?: string } {
  const json = storeFieldName.slice(storeFieldName.indexOf(':') + 1);
  try {
    return json.startsWith('{') ? (JSON.parse(json) as { clientIdentifier?: string; subject?: string }) : {};
  } catch {
    return {};
  }
}

/** Whether a token of this client and subject belongs in a list read with these filters. */
function inList(filters: { clientIdentifier?: string; subject?: string }, token: { clientIds: ReadonlyArray<string | null | undefined>; subject: unknown }): boolean {
  if (filters.subject != null && filters.subject !== token.subject) return false;
  return filters.clientIdentifier == null || token.clientIds.includes(filters.clientIdentifier);
}

/** Every identifier of a client the cache holds (its numeric id and alias), from either. */
function clientIdentifiers(objects: Record<string, (CachedObject & { clientIdAlias?: unknown }) | undefined>, identifier: unknown): unknown[] {
  const client = Object.values(objects).find((object) => object?.__typename === 'Client' && (object.clientId === identifier || object.clientIdAlias === identifier));
  return client ? [client.clientId, client.clientIdAlias] : [identifier];
}

/**
 * Removes cached tokens (by cache id) from every cached `tokens` list, keeping the pages already
 * loaded, and forgets the tokens themselves, so that a detail pane or a `node` refetch of one goes
 * to the gateway (which answers null). A list's `totalCount` drops by `removedFrom(filters)`, or by
 * the removed tokens that belong in it (loaded or not).
 */
function removeTokens(cache: ApolloCache, ids: readonly string[], removedFrom?: (filters: { clientIdentifier?: string; subject?: string }) => number | 'all' | undefined): void {
  const objects = cache.extract() as Record<string, (CachedObject & { clientIdAlias?: unknown }) | undefined>;
  const removed = ids.map((id) => {
    const token = objects[id];
    const client = token?.client?.__ref ? objects[token.client.__ref] : undefined;
    return { id, subject: token?.subject, clientIds: [client?.clientId, client?.clientIdAlias as string | undefined] };
  });
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      tokens(value: any, { storeFieldName }) {
        const existing = value as TokenList;
        if (!existing || !Array.isArray(existing.edges)) return existing;
        const filters = listFilters(storeFieldName);
        const gone = removedFrom?.(filters) ?? removed.filter((token) => inList(filters, token)).length;
        if (gone === 'all') return { ...existing, edges: [], totalCount: 0, pageInfo: { ...existing.pageInfo, hasNextPage: false, hasPreviousPage: false } };
        const edges = existing.edges.filter((edge) => !ids.includes(edge.node?.__ref ?? ''));
        const totalCount = typeof existing.totalCount === 'number' ? Math.max(0, existing.totalCount - gone) : existing.totalCount;
        return { ...existing, edges, totalCount };
      },
    },
  });
  for (const id of ids) cache.evict({ id });
  cache.gc();
}

/**
 * A revoke of a client's, a user's, or a client's user's tokens: the matching cached tokens leave
 * every list and view. A list all of whose tokens were revoked is empty; a list holding every
 * revoked token loses Authlete's `count`; a list that overlaps the revoke only in part loses the
 * matching tokens it has loaded (its count may then be high until it is read again).
 */
function removeRevoked(cache: ApolloCache, selector: { clientIdentifier?: string | null; subject?: string | null }, count: number): void {
  const objects = cache.extract() as Record<string, (CachedObject & { clientIdAlias?: unknown }) | undefined>;
  const revokedClient = selector.clientIdentifier == null ? null : clientIdentifiers(objects, selector.clientIdentifier);
  const ids = Object.entries(objects)
    .filter(([, object]) => object?.__typename === 'AccessToken')
    .filter(([, object]) => selector.subject == null || object!.subject === selector.subject)
    .filter(([, object]) => {
      if (revokedClient === null) return true;
      const client = object!.client?.__ref ? objects[object!.client.__ref] : undefined;
      return revokedClient.includes(client?.clientId) || revokedClient.includes(client?.clientIdAlias);
    })
    .map(([id]) => id);
  const sameClient = (identifier: string) => revokedClient !== null && revokedClient.includes(identifier);
  removeTokens(cache, ids, (filters) => {
    const clientCovered = revokedClient === null || (filters.clientIdentifier != null && sameClient(filters.clientIdentifier));
    const subjectCovered = selector.subject == null || filters.subject === selector.subject;
    if (clientCovered && subjectCovered) return 'all';
    const listHoldsAll =
      (filters.clientIdentifier == null || sameClient(filters.clientIdentifier)) && (filters.subject == null || filters.subject === selector.subject);
    return listHoldsAll ? count : undefined;
  });
}

/**
 * After a write, what every cached view must show, for the kit's mutations; applied to every
 * mutation by `defaultOptions` (a mutation's own `update` replaces it). A write the cache cannot
 * place exactly (a token named by its value, not its hash, or by its refresh token) drops the
 * cached token lists, which are then read again.
 */
const UPDATES: Record<string, (cache: ApolloCache, answer: any, variables: Variables) => void> = {
  createToken(cache, answer) {
    if (answer?.action !== 'OK') return;
    // Oldest first: the new token is at the end of every list it belongs in, one more to page to.
    const clientId = answer.clientId == null ? null : String(answer.clientId);
    const objects = cache.extract() as Record<string, (CachedObject & { clientIdAlias?: string }) | undefined>;
    const alias = Object.values(objects).find((object) => object?.__typename === 'Client' && object.clientId === clientId)?.clientIdAlias;
    const token = { subject: answer.subject ?? null, clientIds: [clientId, alias] };
    cache.modify({
      id: 'ROOT_QUERY',
      fields: {
        tokens(value: any, { storeFieldName, DELETE }) {
          const existing = value as TokenList;
          const filters = listFilters(storeFieldName);
          // A list by an alias of a client not in the cache cannot tell: it is read again.
          if (filters.clientIdentifier != null && alias === undefined && !/^\d+$/.test(filters.clientIdentifier)) return DELETE;
          if (!existing || !inList(filters, token)) return existing;
          return {
            ...existing,
            totalCount: typeof existing.totalCount === 'number' ? existing.totalCount + 1 : existing.totalCount,
            pageInfo: { ...existing.pageInfo, hasNextPage: true },
          };
        },
      },
    });
  },
  updateToken(cache, answer, variables) {
    if (answer?.action !== 'OK') return;
    const input = (variables?.input ?? {}) as { accessTokenHash?: unknown; accessToken?: unknown; accessTokenValueUpdated?: unknown };
    const ids = input.accessToken == null && input.accessTokenValueUpdated !== true ? cachedTokensByHash(cache, input.accessTokenHash) : [];
    if (ids.length === 0) return evictTokens(cache);
    for (const id of ids) {
      cache.modify({
        id,
        fields: {
          scopes: (value) => (answer.scopes === undefined ? value : answer.scopes),
          accessTokenExpiresAt: (value) => answer.accessTokenExpiresAt ?? value,
          refreshTokenExpiresAt: (value) => answer.refreshTokenExpiresAt ?? value,
        },
      });
    }
  },
  deleteToken(cache, answer) {
    if (answer?.deleted !== true) return;
    const ids = cachedTokensByHash(cache, answer.accessTokenIdentifier);
    if (ids.length === 0) evictTokens(cache);
    else removeTokens(cache, ids);
  },
  revokeTokens(cache, answer, variables) {
    if (answer?.action !== 'OK') return;
    const input = (variables?.input ?? {}) as { accessTokenIdentifier?: unknown; refreshTokenIdentifier?: unknown; clientIdentifier?: string | null; subject?: string | null };
    if (input.accessTokenIdentifier == null && input.refreshTokenIdentifier == null) return removeRevoked(cache, input, answer.count ?? 0);
    const ids = cachedTokensByHash(cache, input.accessTokenIdentifier);
    if (ids.length === 0) evictTokens(cache);
    else removeTokens(cache, ids);
  },
  revokeClientAuthorization: (cache, answer) => incidentUpdates.revokeClientAuthorization(cache, { data: { revokeClientAuthorization: answer } }),
  deleteGrantedScopes: (cache, answer) => incidentUpdates.deleteGrantedScopes(cache, { data: { deleteGrantedScopes: answer } }),
};

/** Keeps every cached view right after any of the kit's mutations (see UPDATES). */
export function updateAfterWrite(cache: ApolloCache, result: { data?: unknown }, options: { variables?: Variables }): void {
  const data = result.data as Record<string, unknown> | null | undefined;
  for (const [field, answer] of Object.entries(data ?? {})) UPDATES[field]?.(cache, answer, options.variables);
}

/** `new ApolloClient({ …, defaultOptions })`: every mutation updates the cache as the kit's writes need, with no `update:` to forget. */
export const defaultOptions = { mutate: { update: updateAfterWrite } };
