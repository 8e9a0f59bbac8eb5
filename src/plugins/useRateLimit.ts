/**
 * Applies the per-caller rate limit to mutations: each root mutation field (aliases included)
 * costs one token of the caller's bucket, checked before execution, so a refused request makes no
 * upstream call. Callers without a `sub` (the unauthenticated loopback demo) are not limited.
 * When a shared store (Redis) cannot decide, the failure mode decides: `open` serves the mutation,
 * `closed` refuses it with RATE_LIMIT_UNAVAILABLE (503); either way no request waits on the store
 * longer than its command timeout, and queries are never affected.
 */
import { GraphQLError, Kind, type SelectionSetNode, type FragmentDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../types.js';
import { mutationToRun } from './mutation-operation.js';
import { RateLimitStoreError, type RateLimitDecision, type RateLimiter, type RateLimitStoreFailureMode } from '../security/rate-limit.js';
import type { ErrorCode } from '../error-codes.js';

function rootFieldCount(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, seen = new Set<string>()): number {
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

/** A store failure is logged at most this often (a Redis outage must not flood the log). */
const STORE_WARNING_INTERVAL_MS = 30_000;

function refusal(message: string, extensions: Record<string, unknown>, status: number, retryAfterSeconds?: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      ...extensions,
      http: { status, ...(retryAfterSeconds === undefined ? {} : { headers: { 'retry-after': String(retryAfterSeconds) } }) },
    },
  });
}

export function useRateLimit(limiter: RateLimiter, options: { storeFailure?: RateLimitStoreFailureMode } = {}): Plugin<GatewayContext> {
  const storeFailure = options.storeFailure ?? 'open';
  let lastStoreWarning = -Infinity;
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as GatewayContext;
      const sub = context.caller.sub;
      if (sub === null) return;
      const mutation = mutationToRun(args.document, args.operationName);
      if (!mutation) return;
      const cost = rootFieldCount(mutation.operation.selectionSet, mutation.fragments);
      if (cost === 0) return;
      const { metrics, logger } = context;

      let decision: RateLimitDecision;
      try {
        decision = await limiter.take(sub, cost);
      } catch (error) {
        if (!(error instanceof RateLimitStoreError)) throw error;
        metrics.rateLimitStoreErrors.inc();
        metrics.rateLimitDecisions.inc({ outcome: storeFailure === 'open' ? 'store_error_allowed' : 'store_error_refused' });
        const now = performance.now();
        if (now - lastStoreWarning >= STORE_WARNING_INTERVAL_MS) {
          lastStoreWarning = now;
          logger.warn(
            { storeFailure, reason: error.message },
            storeFailure === 'open'
              ? 'rate limit store unavailable: serving mutations without a limit (RATE_LIMIT_STORE_FAILURE=open)'
              : 'rate limit store unavailable: refusing mutations (RATE_LIMIT_STORE_FAILURE=closed)',
          );
        }
        if (storeFailure === 'open') return;
        setResultAndStopExecution({
          errors: [
            refusal(
              'The rate limit cannot be checked right now, and this gateway refuses mutations until it can; retry shortly.',
              { code: 'RATE_LIMIT_UNAVAILABLE' satisfies ErrorCode, retryAfterSeconds: 1 },
              503,
              1,
            ),
          ],
        });
        return;
      }

      if (decision.allowed) {
        metrics.rateLimitDecisions.inc({ outcome: 'allowed' });
        return;
      }
      if ('exceedsBurst' in decision) {
        metrics.rateLimitDecisions.inc({ outcome: 'too_large' });
        logger.warn({ cost, burst: decision.burst }, 'rate limit: mutation refused, larger than the burst');
        setResultAndStopExecution({
          errors: [
            refusal(
              `This operation runs ${cost} mutations; the rate limit allows at most ${decision.burst} in one request. Split it into smaller operations.`,
              { code: 'RATE_LIMITED' satisfies ErrorCode, cost, burst: decision.burst },
              429,
            ),
          ],
        });
        return;
      }
      metrics.rateLimitDecisions.inc({ outcome: 'limited' });
      logger.warn({ cost, retryAfterSeconds: decision.retryAfterSeconds }, 'rate limit: mutation refused');
      setResultAndStopExecution({
        errors: [
          refusal(
            `Too many mutations; retry in ${decision.retryAfterSeconds} s.`,
            { code: 'RATE_LIMITED' satisfies ErrorCode, retryAfterSeconds: decision.retryAfterSeconds },
            429,
            decision.retryAfterSeconds,
          ),
        ],
      });
    },
  };
}
