/**
 * Observability for every request: a trace span (child of the caller's `traceparent`), the
 * request id echoed in `x-request-id`, Prometheus metrics (in-flight requests, operations and
 * their duration by root fields, errors by code) and /metrics.
 */
import { SpanKind, SpanStatusCode, context as otelContext } from '@opentelemetry/api';
import { Kind, getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../types.js';
import type { GatewayMetrics } from './metrics.js';
import { requestIdOf } from './request-id.js';
import { activeSpan, callerTraceContext, tracer } from './tracing.js';

/** A bounded label for an operation: its root fields (schema names), sorted; "multiple" beyond 3. */
function operationLabel(document: DocumentNode, operationName?: string | null): { type: string; label: string } {
  const operation = getOperationAST(document, operationName);
  if (!operation) return { type: 'unknown', label: 'unknown' };
  const fields = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) fields.add('fragment');
    else if (selection.name.value.startsWith('__')) fields.add('introspection');
    else fields.add(selection.name.value);
  }
  const sorted = [...fields].sort();
  return { type: operation.operation, label: sorted.length > 3 ? 'multiple' : sorted.join('+') || 'empty' };
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | undefined)?.then === 'function';
}

export function useObservability(options: { metrics: GatewayMetrics; onResponseHeaders?: (headers: Headers) => void }): Plugin<GatewayContext> {
  const { metrics } = options;
  const counted = new WeakSet<Request>();
  return {
    instrumentation: {
      request({ request }, wrapped) {
        return otelContext.with(callerTraceContext(request.headers), () =>
          tracer.startActiveSpan('graphql.request', { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method } }, (span) => {
            span.setAttribute('gateway.request_id', requestIdOf(request));
            const finish = () => span.end();
            const result = wrapped();
            if (isPromiseLike(result)) return Promise.resolve(result).finally(finish);
            finish();
            return result;
          }),
        );
      },
    },
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname === '/metrics') {
        return metrics.registry.metrics().then((text) =>
          endResponse(new fetchAPI.Response(text, { headers: { 'content-type': metrics.registry.contentType } })),
        );
      }
      counted.add(request);
      metrics.requestsInFlight.inc();
      return undefined;
    },
    onResponse({ request, response }) {
      if (counted.delete(request)) metrics.requestsInFlight.dec();
      response.headers.set('x-request-id', requestIdOf(request));
      options.onResponseHeaders?.(response.headers);
    },
    onExecute({ args }) {
      const started = performance.now();
      const { type, label } = operationLabel(args.document, args.operationName);
      const span = activeSpan();
      span?.updateName(`graphql ${type} ${label}`);
      span?.setAttributes({ 'graphql.operation.type': type, 'graphql.operation.root_fields': label });
      if (args.operationName) span?.setAttribute('graphql.operation.name', args.operationName.slice(0, 100));
      return {
        onExecuteDone({ result }) {
          const single = result as ExecutionResult;
          const outcome = single.errors?.length ? 'error' : 'ok';
          metrics.operationDuration.observe({ operation: label }, (performance.now() - started) / 1000);
          metrics.operations.inc({ operation: label, outcome });
          if (outcome === 'error') span?.setStatus({ code: SpanStatusCode.ERROR });
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
