/**
 * Echoes the request id (a well-formed `x-request-id` from the caller, or a generated one) in the
 * `x-request-id` response header; log lines and masked errors carry the same id.
 */
import type { Plugin } from 'graphql-yoga';
import { requestIdOf } from '../observability/request-id.js';

export function useRequestId(): Plugin {
  return {
    onResponse({ request, response }) {
      response.headers.set('x-request-id', requestIdOf(request));
    },
  };
}
