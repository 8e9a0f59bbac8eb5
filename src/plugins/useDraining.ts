/**
 * While the gateway shuts down (SIGTERM), every response carries `Connection: close`, so that
 * clients stop reusing connections to a copy that is going away; /readyz answers 503 meanwhile.
 */
import type { Plugin } from 'graphql-yoga';
import type { Readiness } from '../observability/readiness.js';

export function useDraining(readiness: Readiness | undefined): Plugin {
  return {
    onResponse({ response }) {
      if (readiness?.shuttingDown) response.headers.set('connection', 'close');
    },
  };
}
