/**
 * The per-request context every resolver receives (its type is in types.ts), built in one place
 * from what the plugins before useGatewayContext put in it: the request, its parameters, and the
 * caller useCallerAuth verified.
 */
import type { Caller } from './security/caller-auth.js';
import type { GatewayContext, GatewayLoaders } from './types.js';
import type { AuthleteClient } from './upstream/authlete-client.js';
import type { Logger } from './logger.js';
import type { GatewayMetrics } from './observability/metrics.js';
import { requestIdOf } from './observability/request-id.js';

export interface ContextDependencies {
  authlete: AuthleteClient;
  logger: Logger;
  emulated: boolean;
  metrics: GatewayMetrics;
  /** Makes one request's loaders (the server passes the resolvers' loader factories in). */
  createLoaders: (logger: Logger) => GatewayLoaders;
}

/** The operation name, as a log field: the caller's own string, so only its first 100 characters. */
function operationNameOf(params: { operationName?: string | null } | undefined): string | undefined {
  return params?.operationName ? params.operationName.slice(0, 100) : undefined;
}

export function createContextFactory(shared: ContextDependencies) {
  return ({ request, params, caller }: { request: Request; params?: { operationName?: string | null }; caller: Caller }): GatewayContext => {
    const requestId = requestIdOf(request);
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
      loaders: shared.createLoaders(logger),
      metrics: shared.metrics,
    };
  };
}
