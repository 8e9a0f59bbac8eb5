/**
 * Starts the gateway: validates the configuration, starts the embedded Authlete emulator when no
 * Authlete is configured, listens, and shuts down gracefully on SIGTERM/SIGINT (not ready at
 * once, no new connections, in-flight requests finish within SHUTDOWN_TIMEOUT_MS, exit 0).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getHeapStatistics } from 'node:v8';
import { ConfigError, loadConfig, type AuthleteConnection, type GatewayConfig } from './config.js';
import type { RunningEmulator } from './emulator/emulator.js';
import { GRAPHIQL_DEFAULT_QUERY, graphiqlHeaders } from './examples.js';
import { createLogger, flushLogs, type Logger } from './logger.js';
import { GatewayMetrics } from './observability/metrics.js';
import { createMetricsServer } from './observability/metrics-server.js';
import { limitConnections } from './security/connection-limits.js';
import { Readiness } from './observability/readiness.js';
import { startTracing } from './observability/tracing.js';
import { GATEWAY_VERSION } from './version.js';
import { createCallerAuthenticator } from './security/caller-auth.js';
import { loadTrustedDocumentsManifest } from './security/trusted-documents.js';
import { InMemoryTokenBucket, type RateLimiter } from './security/rate-limit.js';
import { createGateway, createGatewayListener } from './server.js';
import { AuthleteClient } from './upstream/authlete-client.js';

const READINESS_PROBE_TIMEOUT_MS = 2000;

/** Listens; resolves with the base URL (http://host:port). */
async function listen(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
}

function configOrExit(): GatewayConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nSee the configuration table in README.md.\n`);
    process.exit(1);
  }
}

async function upstreamConnection(config: GatewayConfig, logger: Logger): Promise<{ connection: AuthleteConnection; emulator?: RunningEmulator }> {
  if (config.authlete) {
    const { baseUrl, credentials } = config.authlete;
    logger.info({ baseUrl, apiVersion: credentials.apiVersion }, 'using Authlete at AUTHLETE_BASE_URL');
    return { connection: config.authlete };
  }
  // Loaded only here: a gateway in front of a real Authlete never loads the emulator.
  const [{ startEmulator }, { EMULATED_CLIENTS }] = await Promise.all([import('./emulator/emulator.js'), import('./emulator/clients.js')]);
  const emulator = await startEmulator({ seedDemoTokens: true });
  logger.warn(
    {
      emulator: emulator.url,
      serviceId: emulator.serviceId,
      clients: EMULATED_CLIENTS.map((client) => ({
        clientId: client.clientId.toString(),
        alias: client.clientIdAlias,
        grantTypes: client.grantTypes,
        scopes: client.requestableScopes,
        locked: client.locked,
      })),
    },
    'AUTHLETE_BASE_URL is not set: using the embedded Authlete emulator (tokens live in memory only). ' +
      'To use real Authlete set AUTHLETE_BASE_URL, AUTHLETE_SERVICE_ID and AUTHLETE_SERVICE_ACCESS_TOKEN (see README).',
  );
  return {
    emulator,
    connection: {
      baseUrl: emulator.url,
      credentials: { apiVersion: 'v3', serviceId: emulator.serviceId, serviceAccessToken: emulator.serviceAccessToken },
      timeoutMs: config.authleteTimeoutMs,
    },
  };
}

function announceCallerAuthentication(config: GatewayConfig, logger: Logger): void {
  if (config.auth.mode === 'jwt') {
    const { jwksUrl, issuer, audience } = config.auth;
    logger.info({ jwks: jwksUrl.protocol === 'file:' ? 'file' : jwksUrl.origin, issuer, audience }, 'caller authentication: Bearer JWT required');
    return;
  }
  logger.warn(
    { host: config.host, reason: config.auth.reason },
    config.auth.reason === 'loopback'
      ? 'CALLER AUTHENTICATION IS OFF: anyone who can reach this loopback address can mint, read and revoke tokens. ' +
          'Set AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE before exposing the gateway.'
      : 'CALLER AUTHENTICATION IS OFF (AUTH_DISABLED=true): anyone who can reach the gateway can mint, read and revoke tokens.',
  );
}

/**
 * A rate limiter the configuration asks for (mutations, or reads with their own buckets); the
 * Redis client is loaded only when used.
 */
async function rateLimiterFor(config: GatewayConfig, logger: Logger, kind: 'mutations' | 'reads'): Promise<RateLimiter | null> {
  const perMinute = kind === 'mutations' ? config.rateLimitPerMinute : config.readRateLimitPerMinute;
  if (perMinute === 0) return null;
  const store = config.rateLimitStore;
  if (store.kind === 'memory') return new InMemoryTokenBucket(perMinute);
  const { RedisTokenBucket } = await import('./security/redis-rate-limit.js');
  const url = new URL(store.url);
  // Name the store, never its credentials.
  logger.info(
    { redis: `${url.protocol}//${url.host}${url.pathname}`, kind, commandTimeoutMs: store.commandTimeoutMs, storeFailure: store.failureMode },
    'rate limit: buckets in Redis, shared by every gateway copy that uses it',
  );
  return new RedisTokenBucket({
    url: store.url,
    perMinute,
    commandTimeoutMs: store.commandTimeoutMs,
    ...(kind === 'reads' ? { keyPrefix: 'authlete-gateway:read-rate-limit:' } : {}),
  });
}

/** The channel on which copies sharing the rate limit's Redis tell each other that a client changed; none without Redis or a client cache. */
async function clientChangesFor(config: GatewayConfig, logger: Logger) {
  const store = config.rateLimitStore;
  if (store.kind !== 'redis' || config.clientCacheTtlMs === 0) return undefined;
  const { RedisClientChanges } = await import('./resolvers/client-cache-redis.js');
  return new RedisClientChanges({ url: store.url, commandTimeoutMs: store.commandTimeoutMs, logger });
}

async function main(): Promise<void> {
  const config = configOrExit();
  const logger = createLogger(config.logLevel);
  const stopTracing = config.tracing ? await startTracing(GATEWAY_VERSION) : undefined;
  if (stopTracing) logger.info('tracing: exporting spans over OTLP (OTEL_* variables)');
  let trustedDocuments;
  if (config.trustedDocuments) {
    const manifest = loadTrustedDocumentsManifest(config.trustedDocuments.manifestPath);
    trustedDocuments = { manifest, only: config.trustedDocuments.only };
    logger.info({ documents: manifest.size, only: trustedDocuments.only }, 'trusted documents loaded');
  }

  const { connection, emulator } = await upstreamConnection(config, logger);
  announceCallerAuthentication(config, logger);
  const metrics = new GatewayMetrics();
  const authlete = new AuthleteClient(connection, logger, metrics.observeUpstreamCall);
  const readiness = new Readiness(() => authlete.probe(READINESS_PROBE_TIMEOUT_MS));
  const rateLimiter = await rateLimiterFor(config, logger, 'mutations');
  const readRateLimiter = await rateLimiterFor(config, logger, 'reads');
  const clientChanges = await clientChangesFor(config, logger);
  // /metrics on the API port only when asked for by giving it the API's port.
  const metricsOnApi = config.metrics.port !== 0 && config.metrics.port === config.port;
  const gateway = createGateway({
    authlete,
    logger,
    metrics,
    readiness,
    emulated: emulator !== undefined,
    production: config.production,
    graphiqlDefaultQuery: GRAPHIQL_DEFAULT_QUERY,
    graphiqlHeaders: graphiqlHeaders(config.auth.mode === 'jwt'),
    authenticate: createCallerAuthenticator(config.auth),
    rateLimiter,
    readRateLimiter,
    serveMetrics: metricsOnApi,
    upstreamCallsPerRequest: config.upstreamCallsPerRequest,
    compileAfterRuns: config.compileAfterRuns,
    clientCacheTtlMs: config.clientCacheTtlMs,
    clientChanges,
    rateLimitStoreFailure: config.rateLimitStore.kind === 'redis' ? config.rateLimitStore.failureMode : undefined,
    corsOrigins: config.corsOrigins,
    trustedDocuments,
  });
  const { http } = config;
  const listener = createGatewayListener(gateway);
  const server = createServer(
    {
      headersTimeout: http.headersTimeoutMs,
      requestTimeout: http.requestTimeoutMs,
      keepAliveTimeout: http.keepAliveTimeoutMs,
      // Node enforces the two timeouts above only when it sweeps its connections (every 30 s by
      // default), so a 10 s limit could fire at 40 s: sweep often enough for the limits to hold.
      connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(http.headersTimeoutMs / 4))),
    },
    listener,
  );
  server.maxConnections = http.maxConnections;
  limitConnections(server, { maxPerAddress: http.maxConnectionsPerIp, firstByteTimeoutMs: http.firstByteTimeoutMs }, (reason) =>
    metrics.connectionsRefused.inc({ reason }),
  );
  const url = await listen(server, config.port, config.host);
  const metricsServer = metricsOnApi ? undefined : createMetricsServer(metrics);
  const metricsUrl = metricsServer ? await listen(metricsServer, config.metrics.port, config.metrics.host) : url;
  logger.info(
    {
      url: `${url}/graphql`,
      metrics: `${metricsUrl}/metrics`,
      node: process.version,
      // The V8 heap limit in effect: `npm start` sets it (README: Memory); a bare `node dist/main.js` gets V8's default.
      heapLimitMiB: Math.round(getHeapStatistics().heap_size_limit / 2 ** 20),
    },
    'gateway listening (GraphQL and GraphiQL at /graphql, /healthz, /readyz; metrics at the metrics URL)',
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    readiness.markShuttingDown();
    logger.info({ signal, timeoutMs: config.shutdownTimeoutMs }, 'shutting down: not ready, no new connections, finishing in-flight requests');
    const forced = setTimeout(() => {
      logger.warn('in-flight requests did not finish in time; closing their connections');
      server.closeAllConnections();
    }, config.shutdownTimeoutMs);
    forced.unref();
    server.close(async () => {
      clearTimeout(forced);
      await authlete.close();
      await rateLimiter?.close?.();
      await readRateLimiter?.close?.();
      await clientChanges?.close();
      metricsServer?.close();
      await emulator?.close();
      await stopTracing?.();
      logger.info('stopped');
      await flushLogs(logger);
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`The gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
