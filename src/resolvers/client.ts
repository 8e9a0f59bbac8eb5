/**
 * Clients, loaded through a per-request DataLoader: however a query nests, each distinct client
 * costs one `client/get` call per request. Authlete has no batch client API, so a batch is
 * fetched as single look-ups, at most CLIENT_LOOKUP_CONCURRENCY of them at once per request (a page
 * of 200 tokens of 200 clients must not open 200 connections to Authlete at once); a client fetched
 * by alias also answers for its numeric id. Across requests, a ClientCache (client-cache.ts) may
 * answer first.
 */
import DataLoader from 'dataloader';
import pLimit from 'p-limit';
import type { ClientLoader, FreshClientReader, GatewayContext } from '../types.js';
import { isSuccessStatus, type AuthleteClient, type CallOptions } from '../upstream/authlete-client.js';
import type { ClientCache } from './client-cache.js';
import { AuthleteRefusalError, asItemError, quoted } from './refusal.js';
import type { ClientShape, Int64Value } from '../shapes.js';

/** Client look-ups one request may have in flight at once. */
export const CLIENT_LOOKUP_CONCURRENCY = 8;

/** This request's client loader, and a reader that bypasses every cache (after a change). */
export function createClientLoaders(authlete: AuthleteClient, upstream: CallOptions, cache?: ClientCache): { client: ClientLoader; freshClient: FreshClientReader } {
  const client = createClientLoader(authlete, upstream, cache);
  const freshClient: FreshClientReader = async (identifier) => {
    const answer = await authlete.call('clientGet', { params: { clientId: identifier } }, upstream);
    if (!isSuccessStatus(answer.status)) throw new AuthleteRefusalError(`The client ${quoted(identifier)}`, answer);
    const read: ClientShape = answer.body;
    cache?.changed(identifier, read);
    for (const key of new Set([identifier, ...(read.clientId == null ? [] : [String(read.clientId)]), ...(read.clientIdAlias ? [read.clientIdAlias] : [])])) {
      client.clear(key).prime(key, read);
    }
    return read;
  };
  return { client, freshClient };
}

function createClientLoader(authlete: AuthleteClient, upstream: CallOptions, cache?: ClientCache): ClientLoader {
  // Made on the first batch: most requests (every createToken) never look a client up.
  let limit: ReturnType<typeof pLimit> | undefined;
  const lookUp = async (identifier: string): Promise<ClientShape | Error> => {
    const cached = cache?.get(identifier);
    if (cached) return cached;
    try {
      const answer = await authlete.call('clientGet', { params: { clientId: identifier } }, upstream);
      if (!isSuccessStatus(answer.status)) return new AuthleteRefusalError(`The client ${quoted(identifier)}`, answer);
      const client: ClientShape = answer.body;
      cache?.set(identifier, client);
      if (client.clientId != null && String(client.clientId) !== identifier) {
        loader.prime(String(client.clientId), client);
      }
      return client;
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  };
  const loader: ClientLoader = new DataLoader(
    (identifiers) => {
      limit ??= pLimit(CLIENT_LOOKUP_CONCURRENCY);
      return Promise.all(identifiers.map((identifier) => limit!(() => lookUp(identifier))));
    },
    { maxBatchSize: 100 },
  );
  return loader;
}

/** `client(clientIdentifier:)`: a client id or alias. */
export function clientResolver(clientIdentifier: string, context: GatewayContext): Promise<ClientShape> {
  return context.loaders.client.load(clientIdentifier);
}

/**
 * A client refetched by its global id (its numeric client id); null when Authlete no longer has
 * it. Another failure is that item's error, returned as its value (see token-node.ts).
 */
export async function clientByKey(clientId: string, context: GatewayContext): Promise<ClientShape | null> {
  try {
    return await context.loaders.client.load(clientId);
  } catch (error) {
    if (error instanceof AuthleteRefusalError && error.extensions.code === 'NOT_FOUND') return null;
    return asItemError<ClientShape>(error);
  }
}

/** The `client` of a token: by its numeric client id, else by its client identifier. */
export function clientOfToken(
  token: { clientId?: Int64Value | null; clientIdentifier?: string | null },
  context: GatewayContext,
): Promise<ClientShape> | null {
  const identifier = token.clientId != null ? String(token.clientId) : token.clientIdentifier;
  return identifier ? context.loaders.client.load(identifier) : null;
}
