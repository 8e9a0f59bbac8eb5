/**
 * Builds the GatewayContext (context.ts) into Yoga's context, with `extendContext`, right after
 * useCallerAuth has added the verified caller: Yoga's own `context` option runs before every
 * plugin, so it could not see the caller. When the answer is ready, the request's budget of
 * Authlete calls ends: a field still running (a sibling of a failed non-null field, a refetch
 * looking through pages) makes no further call, and its reads in flight are aborted.
 */
import type { Plugin } from 'graphql-yoga';
import { createContextFactory, type ContextDependencies } from '../context.js';
import type { Caller } from '../security/caller-auth.js';
import type { UpstreamBudget } from '../upstream/budget.js';

interface BuildingContext {
  request: Request;
  params?: { operationName?: string | null };
  caller?: Caller;
}

export function useGatewayContext(dependencies: ContextDependencies): Plugin<BuildingContext> {
  const build = createContextFactory(dependencies);
  const budgets = new WeakMap<Request, UpstreamBudget>();
  return {
    onContextBuilding({ context, extendContext }) {
      const { caller } = context;
      if (!caller) throw new Error('useGatewayContext must come after useCallerAuth');
      const built = build({ request: context.request, params: context.params, caller });
      budgets.set(context.request, built.upstream.budget);
      extendContext(built);
    },
    onResponse({ request }) {
      budgets.get(request)?.end();
    },
  };
}
