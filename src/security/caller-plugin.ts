/**
 * Authenticates the caller once per request, before the operation is parsed or validated, so
 * that an unauthenticated caller learns nothing about the schema: 401 with UNAUTHENTICATED and a
 * WWW-Authenticate challenge. The context factory then reads the verified caller with `callerOf`.
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import { requestIdOf } from '../observability/request-id.js';
import { CallerAuthError, type Caller, type CallerAuthenticator } from './caller-auth.js';

const callers = new WeakMap<Request, Caller>();

export function callerOf(request: Request): Caller {
  const caller = callers.get(request);
  if (!caller) throw new Error('the caller of this request was not authenticated');
  return caller;
}

export function useCallerAuthentication(authenticate: CallerAuthenticator, logger: Logger): Plugin {
  return {
    async onParams({ request }) {
      try {
        callers.set(request, await authenticate(request.headers.get('authorization')));
      } catch (error) {
        if (!(error instanceof CallerAuthError)) throw error;
        logger.info({ requestId: requestIdOf(request), reason: error.message }, 'caller refused: not authenticated');
        throw createGraphQLError(`Not authenticated: ${error.message}.`, {
          extensions: {
            code: 'UNAUTHENTICATED',
            http: { status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token"' } },
          },
        });
      }
    },
  };
}
