/**
 * Observability through the real pipeline: request ids on responses and log lines, Prometheus
 * metrics with bounded labels, OpenTelemetry spans with the right parents and traceparent sent to
 * Authlete, and /readyz following the upstream and shutdown.
 */
import { SpanKind, context, propagation, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayMetrics } from '../src/observability/metrics.js';
import { Readiness } from '../src/observability/readiness.js';
import { CreateTokenActionDocument } from './operations.js';
import { startFakeUpstream, type FakeUpstream } from './helpers/fake-upstream.js';
import { startTestGateway, type TestGateway } from './helpers/gateway.js';

const INPUT = { grantType: 'PASSWORD', clientId: '26888344961664', subject: 'john-doe-subject' } as const;
let fake: FakeUpstream;
let gw: TestGateway;
let metrics: GatewayMetrics;
const exporter = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });

beforeAll(async () => {
  provider.register();
  fake = await startFakeUpstream();
  metrics = new GatewayMetrics();
  gw = startTestGateway({ baseUrl: fake.url, metrics, gateway: { serveMetrics: true } });
});
afterAll(async () => {
  await gw.close();
  await fake.close();
  await provider.shutdown();
  trace.disable();
  context.disable();
  propagation.disable();
});

describe('request ids', () => {
  it('are echoed in x-request-id (given or generated) and carried by every log line of the request', async () => {
    fake.answer({ status: 200, body: { action: 'OK', accessToken: 'issued-token-value' } });
    const given = await gw.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-me-42' },
      body: JSON.stringify({ query: 'mutation Mint { createToken(input: {grantType: PASSWORD, clientId: 1, subject: "a"}) { action } }', operationName: 'Mint' }),
    });
    expect(given.headers.get('x-request-id')).toBe('trace-me-42');
    const lines = gw.logs.filter((line) => line.requestId === 'trace-me-42');
    expect(lines.map((line) => line.msg)).toEqual(expect.arrayContaining(['authlete call', 'token operation']));
    expect(lines.find((line) => line.msg === 'authlete call')).toMatchObject({ endpoint: 'auth/token/create', status: 200, operationName: 'Mint', ms: expect.any(Number) });
    expect(lines.find((line) => line.msg === 'token operation')).toMatchObject({ action: 'OK', operationName: 'Mint' });
    expect(gw.logText()).not.toContain('issued-token-value');

    const generated = await gw.gateway.fetch('http://gateway.test/graphql?query=%7B__typename%7D', { headers: { 'x-graphql-csrf': '1' } });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('/metrics', () => {
  it('serves Prometheus text that counts a createToken by action, its upstream call, and errors by code', async () => {
    fake.answer({ status: 200, body: { action: 'OK', accessToken: 'at' } });
    await gw.execute(CreateTokenActionDocument, { input: INPUT });
    fake.answer({ status: 403, body: { resultCode: 'A1', resultMessage: 'no' } });
    await gw.execute(CreateTokenActionDocument, { input: INPUT });
    fake.answer({ status: 503, body: 'down' });
    await gw.execute(CreateTokenActionDocument, { input: INPUT });

    const response = await gw.gateway.fetch('http://gateway.test/metrics');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    const sample = (name: string, labels: string) => {
      const line = text.split('\n').find((candidate) => candidate.startsWith(`${name}{${labels}}`));
      return line === undefined ? undefined : Number(line.split(' ').at(-1));
    };
    expect(sample('gateway_authlete_actions_total', 'operation="createToken",action="OK"')).toBeGreaterThanOrEqual(1);
    expect(sample('gateway_authlete_actions_total', 'operation="createToken",action="FORBIDDEN"')).toBe(1);
    expect(sample('gateway_upstream_request_duration_seconds_count', 'endpoint="auth/token/create",status="200"')).toBeGreaterThanOrEqual(1);
    expect(sample('gateway_upstream_request_duration_seconds_count', 'endpoint="auth/token/create",status="503"')).toBe(1);
    expect(sample('gateway_graphql_errors_total', 'code="UPSTREAM_UNAVAILABLE"')).toBe(1);
    expect(sample('gateway_graphql_operations_total', 'operation="createToken",outcome="ok"')).toBeGreaterThanOrEqual(2);
    expect(sample('gateway_graphql_operation_duration_seconds_count', 'operation="createToken"')).toBeGreaterThanOrEqual(3);
    expect(text).toMatch(/^gateway_http_requests_in_flight \d+$/m);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
    expect(text).toMatch(/^nodejs_eventloop_lag_p99_seconds /m);
    // Every line is a comment or "name{labels} value".
    for (const line of text.split('\n').filter(Boolean)) expect(line).toMatch(/^(# (HELP|TYPE) .+|[a-zA-Z_:][\w:]*(\{[^}]*\})? -?[\d.e+-]+|.+ (NaN|[+-]Inf))$/);
    // Labels are bounded: no subject, no token.
    expect(text).not.toContain('john-doe-subject');
    expect(text).not.toContain('"at"');
  });
});

describe('tracing', () => {
  it("a span per operation (child of the caller's traceparent) and per upstream call, whose context reaches Authlete", async () => {
    exporter.reset();
    fake.requests.length = 0;
    fake.answer({ status: 200, body: { action: 'OK', accessToken: 'at' } });
    const callerTraceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const callerSpanId = '00f067aa0ba902b7';
    await gw.execute(CreateTokenActionDocument, { input: INPUT }, { traceparent: `00-${callerTraceId}-${callerSpanId}-01` });

    const spans = exporter.getFinishedSpans();
    const operation = spans.find((span) => span.name === 'graphql mutation createToken');
    const upstream = spans.find((span) => span.name === 'Authlete POST auth/token/create');
    expect(operation).toBeDefined();
    expect(upstream).toBeDefined();
    expect(operation!.kind).toBe(SpanKind.SERVER);
    expect(operation!.spanContext().traceId).toBe(callerTraceId);
    expect(operation!.parentSpanContext?.spanId).toBe(callerSpanId);
    expect(upstream!.kind).toBe(SpanKind.CLIENT);
    expect(upstream!.spanContext().traceId).toBe(callerTraceId);
    expect(upstream!.parentSpanContext?.spanId).toBe(operation!.spanContext().spanId);
    expect(upstream!.attributes).toMatchObject({ 'http.response.status_code': 200, 'authlete.endpoint': 'auth/token/create' });

    const sent = fake.requests[0]?.headers.traceparent;
    expect(sent).toBe(`00-${callerTraceId}-${upstream!.spanContext().spanId}-01`);
  });

  it('without a caller traceparent, the operation starts a new trace', async () => {
    exporter.reset();
    fake.answer({ status: 200, body: { action: 'OK', accessToken: 'at' } });
    await gw.execute(CreateTokenActionDocument, { input: INPUT });
    const operation = exporter.getFinishedSpans().find((span) => span.name === 'graphql mutation createToken');
    expect(operation?.parentSpanContext).toBeUndefined();
  });
});

describe('/readyz', () => {
  it('ready while Authlete answers; not ready when it is down; not ready at once on shutdown; probes are cached', async () => {
    let now = 0;
    const target = await startFakeUpstream();
    const probing = startTestGateway({ baseUrl: target.url });
    let probes = 0;
    const readiness = new Readiness(
      async () => {
        probes += 1;
        return probing.authlete.probe(500);
      },
      3000,
      () => now,
    );
    const ready = startTestGateway({ baseUrl: target.url, gateway: { readiness } });
    const readyz = async () => (await ready.gateway.fetch('http://gateway.test/readyz')).status;
    try {
      target.answer({ status: 404, body: 'any HTTP answer means reachable' });
      expect(await readyz()).toBe(200);
      expect(await readyz()).toBe(200);
      expect(probes).toBe(1);

      await target.close();
      expect(await readyz()).toBe(200); // still cached
      now += 3001;
      expect(await readyz()).toBe(503);
      expect(probes).toBe(2);

      readiness.markShuttingDown();
      now += 3001;
      expect(await readyz()).toBe(503);
      expect(probes).toBe(2);
      expect((await ready.gateway.fetch('http://gateway.test/healthz')).status).toBe(200);
    } finally {
      await ready.close();
      await probing.close();
    }
  });
});
