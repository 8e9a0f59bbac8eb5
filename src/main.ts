/**
 * Starts the gateway: validates the configuration, starts the embedded Authlete emulator when no
 * Authlete is configured, listens, and shuts down gracefully on SIGTERM/SIGINT.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig, type AuthleteConnection } from './config.js';
import { EMULATED_CLIENTS } from './emulator/clients.js';
import { startEmulator, type RunningEmulator } from './emulator/emulator.js';
import { GRAPHIQL_DEFAULT_QUERY } from './examples.js';
import { createLogger } from './logger.js';
import { createCallerAuthenticator } from './security/caller-auth.js';
import { InMemoryTokenBucket } from './security/rate-limit.js';
import { createGateway } from './server.js';
import { AuthleteClient } from './upstream/authlete-client.js';

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee the configuration table in README.md.\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);

  let emulator: RunningEmulator | undefined;
  let connection: AuthleteConnection;
  if (config.authlete) {
    connection = config.authlete;
    logger.info(
      { baseUrl: connection.baseUrl, apiVersion: connection.credentials.apiVersion },
      'using Authlete at AUTHLETE_BASE_URL',
    );
  } else {
    emulator = await startEmulator({ seedDemoTokens: true });
    connection = {
      baseUrl: emulator.url,
      credentials: { apiVersion: 'v3', serviceId: emulator.serviceId, serviceAccessToken: emulator.serviceAccessToken },
      timeoutMs: config.authleteTimeoutMs,
    };
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
  }

  if (config.auth.mode === 'jwt') {
    logger.info(
      { jwks: config.auth.jwksUrl.protocol === 'file:' ? 'file' : config.auth.jwksUrl.origin, issuer: config.auth.issuer, audience: config.auth.audience },
      'caller authentication: Bearer JWT required',
    );
  } else {
    logger.warn(
      { host: config.host, reason: config.auth.reason },
      config.auth.reason === 'loopback'
        ? 'CALLER AUTHENTICATION IS OFF: anyone who can reach this loopback address can mint, read and revoke tokens. ' +
            'Set AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE before exposing the gateway.'
        : 'CALLER AUTHENTICATION IS OFF (AUTH_DISABLED=true): anyone who can reach the gateway can mint, read and revoke tokens.',
    );
  }

  const authlete = new AuthleteClient(connection, logger);
  const gateway = createGateway({
    authlete,
    logger,
    emulated: emulator !== undefined,
    production: config.production,
    graphiqlDefaultQuery: GRAPHIQL_DEFAULT_QUERY,
    authenticate: createCallerAuthenticator(config.auth),
    rateLimiter: config.rateLimitPerMinute > 0 ? new InMemoryTokenBucket(config.rateLimitPerMinute) : null,
    corsOrigins: config.corsOrigins,
  });
  const server = createServer(gateway);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  logger.info({ url: `http://${host}:${address.port}/graphql` }, 'gateway listening (GraphQL and GraphiQL at /graphql, liveness at /healthz)');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new connections, finishing in-flight requests');
    const forced = setTimeout(() => {
      logger.warn('in-flight requests did not finish in time; closing connections');
      server.closeAllConnections();
    }, SHUTDOWN_GRACE_MS);
    forced.unref();
    server.close(async () => {
      clearTimeout(forced);
      await authlete.close();
      await emulator?.close();
      logger.info('stopped');
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
