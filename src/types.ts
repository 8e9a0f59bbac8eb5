/**
 * The types shared across layers: the per-request context every resolver receives. It imports
 * nothing from resolvers/ (the context factory is handed its loaders by the server), so no
 * import cycle runs through it.
 */
import type DataLoader from 'dataloader';
import type { Logger } from './logger.js';
import type { GatewayMetrics } from './observability/metrics.js';
import type { Caller } from './security/caller-auth.js';
import type { AccessTokenShape, ClientShape } from './shapes.js';
import type { AuthleteClient, CallOptions } from './upstream/authlete-client.js';

/** Clients by id or alias: each distinct key costs one upstream call per request. */
export type ClientLoader = DataLoader<string, ClientShape>;

/**
 * Reads a client from Authlete past every cache (after the gateway changed it), and puts what it
 * read in them: this request's loader, the shared client cache, and the other copies' (told to forget it).
 */
export type FreshClientReader = (identifier: string) => Promise<ClientShape>;

/** The per-request loaders. */
export interface GatewayLoaders {
  client: ClientLoader;
  freshClient: FreshClientReader;
  /** AccessTokens by their global id's key: identical ids load once, ids of one client and subject share their list reads. */
  accessToken: AccessTokenLoader;
}

/** AccessTokens by the key their global id holds (see resolvers/token-node.ts); null when the token is gone. */
export type AccessTokenLoader = DataLoader<{ clientId: string; subject: string | null; accessTokenHash: string }, AccessTokenShape | null, string>;

export interface GatewayContext {
  /** The Authlete REST client (shared, pooled). */
  authlete: AuthleteClient;
  /** True when the upstream is the embedded emulator. */
  emulated: boolean;
  /** Who is calling: a verified JWT's subject and scopes, or the unauthenticated demo caller. */
  caller: Caller;
  /** A child logger carrying this request's id and the caller's `sub`. */
  logger: Logger;
  /** Taken from a well-formed `x-request-id` header, generated otherwise. */
  requestId: string;
  /** What every Authlete call of this request passes: its logger and its budget of calls (UPSTREAM_CALLS_PER_REQUEST). */
  upstream: Required<CallOptions>;
  /** Per-request loaders: each distinct key costs one upstream call per request. */
  loaders: GatewayLoaders;
  /** The gateway's Prometheus metrics. */
  metrics: GatewayMetrics;
}
