/**
 * OpenTelemetry: one server span per request, a child of the caller's W3C `traceparent`, named
 * after its operation (`graphql mutation createToken`) and marked as an error when the result
 * has errors. Calls to Authlete are child spans (upstream/authlete-client.ts). While no tracer
 * provider is registered (tracing off), a request does no tracing work at all: no context, no span.
 */
import { SpanKind, SpanStatusCode, context as otelContext } from '@opentelemetry/api';
import type { ExecutionResult } from 'graphql';
import { isPromise, type Plugin } from 'graphql-yoga';
import { operationLabel } from '../observability/operation-label.js';
import { requestIdOf } from '../observability/request-id.js';
import { activeSpan, callerTraceContext, tracer, tracingOn } from '../observability/tracing.js';

export function useTracing(): Plugin {
  return {
    instrumentation: {
      request({ request }, wrapped) {
        if (!tracingOn()) return wrapped();
        return otelContext.with(callerTraceContext(request.headers), () =>
          tracer.startActiveSpan('graphql.request', { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method } }, (span) => {
            span.setAttribute('gateway.request_id', requestIdOf(request));
            const finish = () => span.end();
            const result = wrapped();
            if (isPromise(result)) return Promise.resolve(result).finally(finish);
            finish();
            return result;
          }),
        );
      },
    },
    onExecute({ args }) {
      const span = activeSpan();
      if (!span) return undefined;
      const { type, label } = operationLabel(args.document, args.operationName);
      span.updateName(`graphql ${type} ${label}`);
      span.setAttributes({ 'graphql.operation.type': type, 'graphql.operation.root_fields': label });
      if (args.operationName) span.setAttribute('graphql.operation.name', args.operationName.slice(0, 100));
      return {
        onExecuteDone({ result }) {
          if ((result as ExecutionResult).errors?.length) span.setStatus({ code: SpanStatusCode.ERROR });
        },
      };
    },
  };
}
