/** The per-request context every resolver receives, built in one place. */
import { randomUUID } from 'node:crypto';
import { createClientLoader, type ClientLoader } from './resolvers/client.js';
import type { Caller } from './security/caller-auth.js';
import { callerOf } from './security/caller-plugin.js';
import type { AuthleteClient } from './upstream/authlete-client.js';
import type { Logger } from './logger.js';

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
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

function requestIdOf(request: Request): string {
  const given = request.headers.get('x-request-id');
  return given !== null && REQUEST_ID.test(given) ? given : randomUUID();
}

export interface ContextDependencies {
  authlete: AuthleteClient;
  logger: Logger;
  emulated: boolean;
}

export function createContextFactory(shared: ContextDependencies) {
  return ({ request }: { request: Request }): GatewayContext => {
    const requestId = requestIdOf(request);
    const caller = callerOf(request);
    return {
      authlete: shared.authlete,
      emulated: shared.emulated,
      caller,
      requestId,
      logger: shared.logger.child(caller.sub === null ? { requestId } : { requestId, sub: caller.sub }),
      loaders: { client: createClientLoader(shared.authlete) },
    };
  };
}
