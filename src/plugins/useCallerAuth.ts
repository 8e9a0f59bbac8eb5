/**
 * Authenticates the caller from the request's headers alone, in `onRequestParse`, before a byte
 * of the body is read or parsed (as `@graphql-yoga/plugin-jwt` does): an unauthenticated request
 * costs the gateway a header check, whatever its body holds or however slowly it arrives. A refusal
 * is 401 with UNAUTHENTICATED and a WWW-Authenticate challenge; when the request carries a body
 * the gateway did not read, the connection is closed after the answer rather than kept for it.
 * The verified caller joins the context through `extendContext` (as the JWT plugin's payload
 * does), where useGatewayContext, the next plugin to build it, finds it.
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import { requestIdOf } from '../observability/request-id.js';
import { CallerAuthError, type Caller, type CallerAuthenticator } from '../security/caller-auth.js';
import type { ErrorCode } from '../error-codes.js';

/** The caller verified in onRequestParse, until the context is built (Yoga's request object is the key). */
const callers = new WeakMap<Request, Caller>();

function carriesBody(request: Request): boolean {
  const length = request.headers.get('content-length');
  return (length !== null && length !== '0') || request.headers.has('transfer-encoding');
}

export function useCallerAuth(authenticate: CallerAuthenticator, logger: Logger): Plugin<{ request: Request; caller?: Caller }> {
  return {
    onContextBuilding({ context, extendContext }) {
      const caller = callers.get(context.request);
      if (!caller) throw new Error('the caller of this request was not authenticated');
      extendContext({ caller });
    },
    async onRequestParse({ request }) {
      try {
        callers.set(request, await authenticate(request.headers.get('authorization')));
      } catch (error) {
        if (!(error instanceof CallerAuthError)) throw error;
        logger.info({ requestId: requestIdOf(request), reason: error.message }, 'caller refused: not authenticated');
        throw createGraphQLError(`Not authenticated: ${error.message}.`, {
          extensions: {
            code: 'UNAUTHENTICATED' satisfies ErrorCode,
            http: {
              status: 401,
              headers: {
                'www-authenticate': 'Bearer error="invalid_token"',
                ...(carriesBody(request) ? { connection: 'close' } : {}),
              },
            },
          },
        });
      }
    },
  };
}
