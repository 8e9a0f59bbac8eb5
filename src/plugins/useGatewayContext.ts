/**
 * Builds the GatewayContext (context.ts) into Yoga's context, with `extendContext`, right after
 * useCallerAuth has added the verified caller: Yoga's own `context` option runs before every
 * plugin, so it could not see the caller.
 */
import type { Plugin } from 'graphql-yoga';
import { createContextFactory, type ContextDependencies } from '../context.js';
import type { Caller } from '../security/caller-auth.js';

interface BuildingContext {
  request: Request;
  params?: { operationName?: string | null };
  caller?: Caller;
}

export function useGatewayContext(dependencies: ContextDependencies): Plugin<BuildingContext> {
  const build = createContextFactory(dependencies);
  return {
    onContextBuilding({ context, extendContext }) {
      const { caller } = context;
      if (!caller) throw new Error('useGatewayContext must come after useCallerAuth');
      extendContext(build({ request: context.request, params: context.params, caller }));
    },
  };
}
