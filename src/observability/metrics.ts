/**
 * Prometheus metrics, served at /metrics. Every label value comes from a bounded set (schema
 * field names, error codes, endpoints, HTTP statuses, Authlete actions): never a token, a subject
 * or anything else a caller chooses freely.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { ERROR_CODES } from '../error-codes.js';

const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Error codes the gateway emits (one list, error-codes.ts); anything else is counted as OTHER. */
const KNOWN_ERROR_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

export class GatewayMetrics {
  readonly registry = new Registry();

  readonly requestsInFlight = new Gauge({
    name: 'gateway_http_requests_in_flight',
    help: 'HTTP requests the gateway is handling right now.',
    registers: [this.registry],
  });

  readonly operations = new Counter({
    name: 'gateway_graphql_operations_total',
    help: 'GraphQL operations executed, by operation (its root fields) and whether the result had errors.',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly operationDuration = new Histogram({
    name: 'gateway_graphql_operation_duration_seconds',
    help: 'Time to execute a GraphQL operation, by operation (its root fields).',
    labelNames: ['operation'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'gateway_graphql_errors_total',
    help: 'Errors in GraphQL responses, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly upstreamDuration = new Histogram({
    name: 'gateway_upstream_request_duration_seconds',
    help: 'Duration of calls to Authlete, by endpoint and HTTP status (or error kind).',
    labelNames: ['endpoint', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly authleteActions = new Counter({
    name: 'gateway_authlete_actions_total',
    help: "Authlete's outcomes (the mapped action), by GraphQL operation.",
    labelNames: ['operation', 'action'] as const,
    registers: [this.registry],
  });

  readonly rateLimitDecisions = new Counter({
    name: 'gateway_rate_limit_decisions_total',
    help:
      'Rate limit decisions on mutation operations: allowed, limited (over the rate), too_large (more than the burst), ' +
      'store_error_allowed / store_error_refused (the store failed; RATE_LIMIT_STORE_FAILURE decided).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly rateLimitStoreErrors = new Counter({
    name: 'gateway_rate_limit_store_errors_total',
    help: 'Times the rate limit store (Redis) failed to answer in time or at all.',
    registers: [this.registry],
  });

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  /** Records one call to Authlete; pass it to AuthleteClient as its observer. */
  readonly observeUpstreamCall = (endpoint: string, status: string, seconds: number): void => {
    this.upstreamDuration.observe({ endpoint, status }, seconds);
  };

  countError(code: unknown): void {
    this.errors.inc({ code: typeof code === 'string' && KNOWN_ERROR_CODES.has(code) ? code : 'OTHER' });
  }
}
