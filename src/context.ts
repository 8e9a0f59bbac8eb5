/** The per-request context every resolver receives, built in one place. */
import { createClientLoader, type ClientLoader } from './resolvers/client.js';
import type { Caller } from './security/caller-auth.js';
import { callerOf } from './security/caller-plugin.js';
import type { AuthleteClient } from './upstream/authlete-client.js';
import type { Logger } from './logger.js';
import type { GatewayMetrics } from './observability/metrics.js';
import { requestIdOf } from './observability/request-id.js';

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
  /** Per-request loaders: each distinct key costs one upstream call per request. */
  loaders: { client: ClientLoader };
  /** The gateway's Prometheus metrics. */
  metrics: GatewayMetrics;
}

export interface ContextDependencies {
  authlete: AuthleteClient;
  logger: Logger;
  emulated: boolean;
  metrics: GatewayMetrics;
}

/** The operation name, as a log field: the caller's own string, so only its first 100 characters. */
function operationNameOf(params: { operationName?: string | null } | undefined): string | undefined {
  return params?.operationName ? params.operationName.slice(0, 100) : undefined;
}

export function createContextFactory(shared: ContextDependencies) {
  return ({ request, params }: { request: Request; params?: { operationName?: string | null } }): GatewayContext => {
    const requestId = requestIdOf(request);
    const caller = callerOf(request);
    const logger = shared.logger.child({
      requestId,
      ...(caller.sub === null ? {} : { sub: caller.sub }),
      ...(operationNameOf(params) === undefined ? {} : { operationName: operationNameOf(params) }),
    });
    return {
      authlete: shared.authlete,
      emulated: shared.emulated,
      caller,
      requestId,
      logger,
      loaders: { client: createClientLoader(shared.authlete, logger) },
      metrics: shared.metrics,
    };
  };
}
