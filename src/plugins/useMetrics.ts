/**
 * Prometheus: serves /metrics when asked to (METRICS_PORT equal to PORT; by default metrics have
 * their own listener, observability/metrics-server.ts, and the API answers 404 there), and counts requests in flight, operations and their duration by
 * root fields, and errors by `extensions.code` (bounded label sets; see observability/metrics.ts).
 */
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayMetrics } from '../observability/metrics.js';
import { operationLabel } from '../observability/operation-label.js';

export function useMetrics(metrics: GatewayMetrics, options: { serve: boolean }): Plugin {
  const counted = new WeakSet<Request>();
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (options.serve && url.pathname === '/metrics') {
        return metrics.registry.metrics().then((text) =>
          endResponse(new fetchAPI.Response(text, { headers: { 'content-type': metrics.registry.contentType } })),
        );
      }
      counted.add(request);
      metrics.requestsInFlight.inc();
      return undefined;
    },
    onResponse({ request }) {
      if (counted.delete(request)) metrics.requestsInFlight.dec();
    },
    onExecute({ args }) {
      const started = performance.now();
      const { label } = operationLabel(args.document, args.operationName);
      return {
        onExecuteDone({ result }) {
          const outcome = (result as ExecutionResult).errors?.length ? 'error' : 'ok';
          metrics.operationDuration.observe({ operation: label }, (performance.now() - started) / 1000);
          metrics.operations.inc({ operation: label, outcome });
        },
      };
    },
    onResultProcess({ result }) {
      for (const single of Array.isArray(result) ? result : [result]) {
        for (const error of (single as ExecutionResult).errors ?? []) metrics.countError(error.extensions?.code);
      }
    },
  };
}
