/**
 * Applies the per-caller rate limit to mutations: each root mutation field (aliases included)
 * costs one token of the caller's bucket, checked before execution, so a refused request makes no
 * upstream call. Callers without a `sub` (the unauthenticated loopback demo) are not limited.
 */
import { GraphQLError, Kind, getOperationAST, type SelectionSetNode, type FragmentDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import type { RateLimiter } from './rate-limit.js';

function rootFieldCount(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += selection.name.value === '__typename' ? 0 : 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += rootFieldCount(selection.selectionSet, fragments, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) count += rootFieldCount(fragment.selectionSet, fragments, seen);
    }
  }
  return count;
}

export function useMutationRateLimit(limiter: RateLimiter): Plugin<GatewayContext> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as GatewayContext;
      const sub = context.caller.sub;
      if (sub === null) return;
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation') return;
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const definition of args.document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      }
      const cost = rootFieldCount(operation.selectionSet, fragments);
      if (cost === 0) return;
      const decision = await limiter.take(sub, cost);
      if (decision.allowed) return;
      if ('exceedsBurst' in decision) {
        context.logger.warn({ cost, burst: decision.burst }, 'rate limit: mutation refused, larger than the burst');
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `This operation runs ${cost} mutations; the rate limit allows at most ${decision.burst} in one request. Split it into smaller operations.`,
              { extensions: { code: 'RATE_LIMITED', cost, burst: decision.burst, http: { status: 429 } } },
            ),
          ],
        });
        return;
      }
      context.logger.warn({ cost, retryAfterSeconds: decision.retryAfterSeconds }, 'rate limit: mutation refused');
      setResultAndStopExecution({
        errors: [
          new GraphQLError(`Too many mutations; retry in ${decision.retryAfterSeconds} s.`, {
            extensions: {
              code: 'RATE_LIMITED',
              retryAfterSeconds: decision.retryAfterSeconds,
              http: { status: 429, headers: { 'retry-after': String(decision.retryAfterSeconds) } },
            },
          }),
        ],
      });
    },
  };
}
