/**
 * Prometheus metrics, served at /metrics on their own listener (METRICS_PORT). Every label value comes from a bounded set (schema
 * field names, error codes, endpoints, HTTP statuses, Authlete actions): never a token, a subject
 * or anything else a caller chooses freely.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { ERROR_CODES } from '../error-codes.js';

/** prom-client's event-loop gauges, by the infix of their names (nodejs_eventloop_lag_<infix>seconds). */
const EVENT_LOOP_GAUGES = ['min_', 'max_', 'mean_', 'stddev_', 'p50_', 'p90_', 'p99_'] as const;
/** The window the event-loop gauges describe. */
const EVENT_LOOP_WINDOW_MS = 5000;

/**
 * Event-loop delay over the last complete window of EVENT_LOOP_WINDOW_MS, under prom-client's
 * names: a scrape reads the window's figures and changes nothing.
 */
function trackEventLoopDelay(registry: Registry): void {
  const monitor = monitorEventLoopDelay({ resolution: 10 });
  monitor.enable();
  const last: Record<(typeof EVENT_LOOP_GAUGES)[number], number> = { min_: 0, max_: 0, mean_: 0, stddev_: 0, p50_: 0, p90_: 0, p99_: 0 };
  const seconds = (nanoseconds: number) => (Number.isFinite(nanoseconds) ? nanoseconds / 1e9 : 0);
  const window = setInterval(() => {
    Object.assign(last, {
      min_: seconds(monitor.min),
      max_: seconds(monitor.max),
      mean_: seconds(monitor.mean),
      stddev_: seconds(monitor.stddev),
      p50_: seconds(monitor.percentile(50)),
      p90_: seconds(monitor.percentile(90)),
      p99_: seconds(monitor.percentile(99)),
    });
    monitor.reset();
  }, EVENT_LOOP_WINDOW_MS);
  window.unref();
  for (const infix of EVENT_LOOP_GAUGES) {
    new Gauge({
      name: `nodejs_eventloop_lag_${infix}seconds`,
      help: `Event-loop delay over the last ${EVENT_LOOP_WINDOW_MS / 1000} s: ${infix.slice(0, -1)}.`,
      registers: [registry],
      collect() {
        this.set(last[infix]);
      },
    });
  }
}

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

  readonly httpRoads = new Counter({
    name: 'gateway_http_requests_total',
    help: 'HTTP requests, by the road they took: "short" (the common GraphQL POST, served by the entry point in fast-path.ts) or "yoga" (everything else).',
    labelNames: ['road'] as const,
    registers: [this.registry],
  });

  readonly compiledOperations = new Counter({
    name: 'gateway_graphql_compiled_operations_total',
    help: 'Operations handed to graphql-jit after their first runs: compiled, or not compilable (they stay on the standard executor).',
    labelNames: ['outcome'] as const,
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

  readonly readRateLimitDecisions = new Counter({
    name: 'gateway_read_rate_limit_decisions_total',
    help: 'Rate limit decisions on query operations (READ_RATE_LIMIT_PER_MINUTE), with the outcomes of gateway_rate_limit_decisions_total.',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly connectionsRefused = new Counter({
    name: 'gateway_http_connections_refused_total',
    help: 'Connections closed on arrival: per_address (HTTP_MAX_CONNECTIONS_PER_IP) or first_byte (nothing sent within HTTP_FIRST_BYTE_TIMEOUT_MS).',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  readonly rateLimitStoreErrors = new Counter({
    name: 'gateway_rate_limit_store_errors_total',
    help: 'Times the rate limit store (Redis) failed to answer in time or at all.',
    registers: [this.registry],
  });

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics ?? true) {
      collectDefaultMetrics({ register: this.registry });
      // prom-client's event-loop gauges reset their histogram on every scrape, so whoever scrapes
      // decides what the next scrape sees: replaced by gauges that a timer, not a scrape, renews.
      for (const name of EVENT_LOOP_GAUGES) this.registry.removeSingleMetric(`nodejs_eventloop_lag_${name}seconds`);
      this.registry.removeSingleMetric('nodejs_eventloop_lag_seconds');
      trackEventLoopDelay(this.registry);
    }
  }

  /** Records one call to Authlete; pass it to AuthleteClient as its observer. */
  readonly observeUpstreamCall = (endpoint: string, status: string, seconds: number): void => {
    this.upstreamDuration.observe({ endpoint, status }, seconds);
  };

  countError(code: unknown): void {
    this.errors.inc({ code: typeof code === 'string' && KNOWN_ERROR_CODES.has(code) ? code : 'OTHER' });
  }
}
