/**
 * Applies the per-caller rate limits, each with its own bucket: mutations (RATE_LIMIT_PER_MINUTE)
 * and reads (READ_RATE_LIMIT_PER_MINUTE). Each root field of the operation (aliases included)
 * costs one token of the caller's bucket for its kind, checked before execution, so a refused
 * request makes no upstream call. Callers without a `sub` (the unauthenticated loopback demo) are
 * not limited. When a shared store (Redis) cannot decide, the failure mode decides: `open` serves
 * the operation, `closed` refuses it with RATE_LIMIT_UNAVAILABLE (503); either way no request
 * waits on the store longer than its command timeout.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../types.js';
import { operationToRun, rootFieldsOf } from './shared/operation.js';
import { RateLimitStoreError, type RateLimitDecision, type RateLimiter, type RateLimitStoreFailureMode } from '../security/rate-limit.js';
import type { ErrorCode } from '../error-codes.js';

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

/** The limiters, by operation type: null or absent, that type is not limited. */
export interface RateLimiters {
  mutation?: RateLimiter | null;
  query?: RateLimiter | null;
}

const WORDING = { mutation: { plural: 'mutations', label: 'mutation' }, query: { plural: 'read fields', label: 'read' } } as const;

export function useRateLimit(limiters: RateLimiters, options: { storeFailure?: RateLimitStoreFailureMode } = {}): Plugin<GatewayContext> {
  const storeFailure = options.storeFailure ?? 'open';
  let lastStoreWarning = -Infinity;
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as GatewayContext;
      const sub = context.caller.sub;
      if (sub === null) return;
      const toRun = operationToRun(args.document, args.operationName);
      const kind = toRun?.operation.operation;
      if (!toRun || (kind !== 'mutation' && kind !== 'query')) return;
      const limiter = limiters[kind];
      if (!limiter) return;
      const cost = rootFieldsOf(toRun).filter((field) => !field.name.value.startsWith('__')).length;
      if (cost === 0) return;
      const { metrics, logger } = context;
      const decisions = kind === 'mutation' ? metrics.rateLimitDecisions : metrics.readRateLimitDecisions;
      // Reads change nothing: a store outage never refuses them, whatever RATE_LIMIT_STORE_FAILURE says.
      const failureMode = kind === 'mutation' ? storeFailure : 'open';
      const { plural, label } = WORDING[kind];

      let decision: RateLimitDecision;
      try {
        decision = await limiter.take(sub, cost);
      } catch (error) {
        if (!(error instanceof RateLimitStoreError)) throw error;
        metrics.rateLimitStoreErrors.inc();
        decisions.inc({ outcome: failureMode === 'open' ? 'store_error_allowed' : 'store_error_refused' });
        const now = performance.now();
        if (now - lastStoreWarning >= STORE_WARNING_INTERVAL_MS) {
          lastStoreWarning = now;
          logger.warn(
            { storeFailure: failureMode, reason: error.message },
            failureMode === 'open'
              ? `rate limit store unavailable: serving ${plural} without a limit (RATE_LIMIT_STORE_FAILURE=open)`
              : `rate limit store unavailable: refusing ${plural} (RATE_LIMIT_STORE_FAILURE=closed)`,
          );
        }
        if (failureMode === 'open') return;
        setResultAndStopExecution({
          errors: [
            refusal(
              `The rate limit cannot be checked right now, and this gateway refuses ${plural} until it can; retry shortly.`,
              { code: 'RATE_LIMIT_UNAVAILABLE' satisfies ErrorCode, retryAfterSeconds: 1 },
              503,
              1,
            ),
          ],
        });
        return;
      }

      if (decision.allowed) {
        decisions.inc({ outcome: 'allowed' });
        return;
      }
      if ('exceedsBurst' in decision) {
        decisions.inc({ outcome: 'too_large' });
        logger.warn({ cost, burst: decision.burst }, `rate limit: ${label} refused, larger than the burst`);
        setResultAndStopExecution({
          errors: [
            refusal(
              `This operation runs ${cost} ${plural}; the rate limit allows at most ${decision.burst} in one request. Split it into smaller operations.`,
              { code: 'RATE_LIMITED' satisfies ErrorCode, cost, burst: decision.burst },
              429,
            ),
          ],
        });
        return;
      }
      decisions.inc({ outcome: 'limited' });
      logger.warn({ cost, retryAfterSeconds: decision.retryAfterSeconds }, `rate limit: ${label} refused`);
      setResultAndStopExecution({
        errors: [
          refusal(
            `Too many ${plural}; retry in ${decision.retryAfterSeconds} s.`,
            { code: 'RATE_LIMITED' satisfies ErrorCode, retryAfterSeconds: decision.retryAfterSeconds },
            429,
            decision.retryAfterSeconds,
          ),
        ],
      });
    },
  };
}
