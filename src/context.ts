/**
 * The per-request context every resolver receives (its type is in types.ts), built in one place
 * from what the plugins before useGatewayContext put in it: the request, its parameters, and the
 * caller useCallerAuth verified.
 */
import type { Caller } from './security/caller-auth.js';
import type { GatewayContext, GatewayLoaders } from './types.js';
import type { AuthleteClient, CallOptions } from './upstream/authlete-client.js';
import { UpstreamBudget } from './upstream/budget.js';
import type { Logger } from './logger.js';
import type { GatewayMetrics } from './observability/metrics.js';
import { requestIdOf } from './observability/request-id.js';

export interface ContextDependencies {
  authlete: AuthleteClient;
  logger: Logger;
  emulated: boolean;
  metrics: GatewayMetrics;
  /** Authlete calls one request may make (UPSTREAM_CALLS_PER_REQUEST). */
  upstreamCallsPerRequest: number;
  /** Makes one request's loaders (the server passes the resolvers' loader factories in). */
  createLoaders: (upstream: Required<CallOptions>) => GatewayLoaders;
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
    const budget = new UpstreamBudget(
      shared.upstreamCallsPerRequest,
      () => request.signal,
      (limit) => logger.warn({ limit }, 'upstream budget spent: further Authlete calls of this request are refused (UPSTREAM_CALLS_PER_REQUEST)'),
    );
    const upstream = { logger, budget };
    let loaders: GatewayLoaders | undefined;
    return {
      authlete: shared.authlete,
      emulated: shared.emulated,
      caller,
      requestId,
      logger,
      upstream,
      // Made on first use: a createToken reads no client or token through a loader.
      get loaders() {
        return (loaders ??= shared.createLoaders(upstream));
      },
      metrics: shared.metrics,
    };
  };
}
