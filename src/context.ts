/** The per-request context every resolver receives; built in one place by `src/server.ts`. */
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
}
