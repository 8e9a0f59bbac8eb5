/**
 * OpenTelemetry tracing. The gateway creates its spans through the OTel API (a no-op until a
 * tracer provider is registered): one per GraphQL request, child of the caller's W3C
 * `traceparent` when given, and one per upstream call, whose context travels to Authlete in
 * `traceparent`. `startTracing` registers an OTLP exporter configured by the standard OTEL_*
 * variables; main.ts calls it when OTEL_EXPORTER_OTLP_ENDPOINT is set.
 */
import { ProxyTracerProvider, context, propagation, trace, type Context, type Span } from '@opentelemetry/api';

export const tracer = trace.getTracer('authlete-graphql-gateway');

/** What the global provider hands spans to while no tracer provider is registered (a fresh proxy's delegate). */
const NO_PROVIDER = new ProxyTracerProvider().getDelegate();

/**
 * True once a tracer provider is registered (startTracing, or an embedding application's own):
 * until then a request skips span and context work altogether, instead of making no-op spans.
 */
export function tracingOn(): boolean {
  const provider = trace.getTracerProvider();
  return !(provider instanceof ProxyTracerProvider) || provider.getDelegate() !== NO_PROVIDER;
}

/** The context carried by the caller's `traceparent`/`tracestate` headers. */
export function callerTraceContext(headers: Headers): Context {
  return propagation.extract(context.active(), headers, {
    keys: (carrier) => [...carrier.keys()],
    get: (carrier, key) => carrier.get(key) ?? undefined,
  });
}

/** Adds `traceparent` (and `tracestate`) for the active span to outgoing headers. */
export function injectTraceHeaders(headers: Record<string, string>): Record<string, string> {
  propagation.inject(context.active(), headers);
  return headers;
}

export function activeSpan(): Span | undefined {
  return trace.getActiveSpan();
}

/**
 * Registers an OTLP/HTTP exporter; returns a function that flushes and stops it. The SDK is loaded
 * only here, so a gateway without tracing neither loads nor pays for it.
 */
export async function startTracing(serviceVersion: string): Promise<() => Promise<void>> {
  const [{ OTLPTraceExporter }, { resourceFromAttributes }, { BatchSpanProcessor, NodeTracerProvider }] = await Promise.all([
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/sdk-trace-node'),
  ]);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      'service.name': process.env.OTEL_SERVICE_NAME ?? 'authlete-graphql-gateway',
      'service.version': serviceVersion,
    }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  return () => provider.shutdown();
}
