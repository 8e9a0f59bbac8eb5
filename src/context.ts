/** The per-request context every resolver receives, built in one place. */
import { randomUUID } from 'node:crypto';
import { createClientLoader, type ClientLoader } from './resolvers/client.js';
import type { AuthleteClient } from './upstream/authlete-client.js';
import type { Logger } from './logger.js';

export interface GatewayContext {
  /** The Authlete REST client (shared, pooled). */
  authlete: AuthleteClient;
  /** True when the upstream is the embedded emulator. */
  emulated: boolean;
  /** A child logger carrying this request's id. */
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

export function createContextFactory(shared: { authlete: AuthleteClient; logger: Logger; emulated: boolean }) {
  return ({ request }: { request: Request }): GatewayContext => {
    const requestId = requestIdOf(request);
    return {
      authlete: shared.authlete,
      emulated: shared.emulated,
      requestId,
      logger: shared.logger.child({ requestId }),
      loaders: { client: createClientLoader(shared.authlete) },
    };
  };
}
