/**
 * Builds the real gateway (Yoga app, Authlete client) for a test, pointed at a loopback upstream,
 * with its log lines captured so that tests can assert on them.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { print, type ExecutionResult } from 'graphql';
import type { AuthleteCredentials } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { GatewayMetrics } from '../../src/observability/metrics.js';
import { createGateway, createGatewayListener, type Gateway, type GatewayOptions } from '../../src/server.js';
import { AuthleteClient } from '../../src/upstream/authlete-client.js';

export const SERVICE_ID = '21653835348762';
export const SERVICE_ACCESS_TOKEN = 'V5a40R6dWvw2gMkCOBFdZcM95q4HC0Z-T0YKD9-nR6F';
export const API_KEY = '21653835348762';
export const API_SECRET = 'uE4NgqeIpuSV_XejQ7Ds3jsgA1yXhjR1MXJ1LbPuyls';

export const V3_CREDENTIALS: AuthleteCredentials = {
  apiVersion: 'v3',
  serviceId: SERVICE_ID,
  serviceAccessToken: SERVICE_ACCESS_TOKEN,
};
export const V2_CREDENTIALS: AuthleteCredentials = { apiVersion: 'v2', apiKey: API_KEY, apiSecret: API_SECRET };

export interface TestGateway {
  gateway: Gateway;
  /** Every log line the gateway wrote, parsed. */
  logs: Array<Record<string, unknown>>;
  /** Every log line, as written. */
  logText: () => string;
  execute<Result, Variables>(
    document: TypedDocumentNode<Result, Variables>,
    variables?: Variables,
    headers?: Record<string, string>,
  ): Promise<{ status: number; text: string; body: ExecutionResult<Result> }>;
  /** Posts a raw body over HTTP (for lossless-JSON tests); returns the raw response text. */
  postRaw(body: string, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  /** Serves the gateway over real HTTP on a loopback ephemeral port; returns its base URL. */
  listen(): Promise<string>;
  authlete: AuthleteClient;
  close(): Promise<void>;
}

export function startTestGateway(options: {
  baseUrl: string;
  credentials?: AuthleteCredentials;
  timeoutMs?: number;
  emulated?: boolean;
  /** Security and mode options passed through to createGateway. */
  gateway?: Pick<
    GatewayOptions,
    | 'authenticate'
    | 'rateLimiter'
    | 'readRateLimiter'
    | 'corsOrigins'
    | 'production'
    | 'readiness'
    | 'trustedDocuments'
    | 'clientCacheTtlMs'
    | 'clientChanges'
    | 'serveMetrics'
    | 'upstreamCallsPerRequest'
    | 'compileAfterRuns'
  >;
  /** Metrics shared by the gateway and its Authlete client, as main.ts wires them. */
  metrics?: GatewayMetrics;
}): TestGateway {
  const lines: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => void lines.push(line) });
  const metrics = options.metrics ?? new GatewayMetrics({ defaultMetrics: false });
  const authlete = new AuthleteClient(
    { baseUrl: options.baseUrl, credentials: options.credentials ?? V3_CREDENTIALS, timeoutMs: options.timeoutMs ?? 2000 },
    logger,
    metrics.observeUpstreamCall,
  );
  const gateway = createGateway({
    authlete,
    logger,
    metrics,
    emulated: options.emulated ?? false,
    // As main.ts reads it: CI runs the suite once with COMPILE_AFTER_RUNS=0, every operation compiled.
    ...(process.env.COMPILE_AFTER_RUNS ? { compileAfterRuns: Number(process.env.COMPILE_AFTER_RUNS) } : {}),
    ...options.gateway,
  });
  let server: Server | undefined;
  let base: Promise<string> | undefined;

  /** Over HTTP on loopback, through the listener main.ts serves with (the common request takes its short road). */
  function listen(): Promise<string> {
    base ??= (async () => {
      server = createServer(createGatewayListener(gateway));
      await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    })();
    return base;
  }

  async function postRaw(body: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${await listen()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body,
    });
    return { status: response.status, text: await response.text() };
  }

  return {
    gateway,
    get logs() {
      return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    logText: () => lines.join(''),
    async execute(document, variables, headers) {
      const { status, text } = await postRaw(JSON.stringify({ query: print(document), variables }), headers);
      return { status, text, body: JSON.parse(text) };
    },
    postRaw,
    authlete,
    listen,
    async close() {
      if (server) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server!.close(() => resolve()));
      }
      await authlete.close();
    },
  };
}
