/**
 * Authenticates the caller from the request's headers alone, in `onRequestParse`, before a byte
 * of the body is read or parsed (as `@graphql-yoga/plugin-jwt` does): an unauthenticated request
 * costs the gateway a header check, whatever its body holds or however slowly it arrives. A refusal
 * is 401 with UNAUTHENTICATED and a WWW-Authenticate challenge; when the request carries a body
 * the gateway did not read, the connection is closed after the answer (useRequestBodies).
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

/** How many Authorization headers a Node request came with (Node keeps only the first in `headers`). */
export function authorizationHeaderCount(rawHeaders: readonly unknown[]): number {
  let count = 0;
  for (let index = 0; index < rawHeaders.length; index += 2) {
    const name = rawHeaders[index];
    if (typeof name === 'string' && name.length === 13 && name.toLowerCase() === 'authorization') count += 1;
  }
  return count;
}

/** The same, for the request Yoga's Node adapter was given (none outside Node: 0). */
function authorizationHeaders(serverContext: unknown): number {
  const raw = (serverContext as { req?: { rawHeaders?: unknown } } | undefined)?.req?.rawHeaders;
  return Array.isArray(raw) ? authorizationHeaderCount(raw) : 0;
}

export function useCallerAuth(authenticate: CallerAuthenticator, logger: Logger): Plugin<{ request: Request; caller?: Caller }> {
  return {
    // Two Authorization headers: Node would keep the first, a proxy in front might have checked the
    // last. Whose request it is cannot be told, so it is refused.
    onRequest({ serverContext, endResponse, fetchAPI }) {
      if (authorizationHeaders(serverContext) <= 1) return;
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({ errors: [{ message: 'The request has more than one Authorization header.', extensions: { code: 'BAD_REQUEST' satisfies ErrorCode } }] }),
          { status: 400, headers: { 'content-type': 'application/json', connection: 'close' } },
        ),
      );
    },
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
              // useRequestBodies adds Connection: close when the request carried a body (left unread).
              headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
            },
          },
        });
      }
    },
  };
}
