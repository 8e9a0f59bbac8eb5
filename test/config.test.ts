/** Configuration: validated once at start-up; each refusal names the variable at fault. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('with no Authlete configured: the emulator, loopback, port 4000, 10 s timeout', () => {
    expect(loadConfig({})).toEqual({
      authlete: null,
      authleteTimeoutMs: 10_000,
      port: 4000,
      host: '127.0.0.1',
      logLevel: 'info',
      production: false,
      auth: { mode: 'disabled', reason: 'loopback' },
      corsOrigins: [],
      rateLimitPerMinute: 300,
      readRateLimitPerMinute: 1200,
      upstreamCallsPerRequest: 100,
      compileAfterRuns: 3,
      metrics: { port: 9464, host: '127.0.0.1' },
      rateLimitStore: { kind: 'memory' },
      shutdownTimeoutMs: 10_000,
      clientCacheTtlMs: 30_000,
      http: {
        headersTimeoutMs: 10_000,
        requestTimeoutMs: 30_000,
        keepAliveTimeoutMs: 5_000,
        maxConnections: 1024,
        maxConnectionsPerIp: 64,
        firstByteTimeoutMs: 2000,
      },
      trustedDocuments: null,
      tracing: false,
    });
  });

  it('API v3 by default: service id and service access token', () => {
    const config = loadConfig({
      AUTHLETE_BASE_URL: 'https://us.authlete.com/',
      AUTHLETE_SERVICE_ID: '21653835348762',
      AUTHLETE_SERVICE_ACCESS_TOKEN: 'secret-token',
      AUTHLETE_TIMEOUT_MS: '2500',
      PORT: '0',
      HOST: '0.0.0.0',
      NODE_ENV: 'production',
      AUTH_JWKS_URL: 'https://idp.example.com/.well-known/jwks.json',
      AUTH_ISSUER: 'https://idp.example.com/',
      AUTH_AUDIENCE: 'authlete-gateway',
    });
    expect(config).toMatchObject({
      authlete: {
        baseUrl: 'https://us.authlete.com',
        timeoutMs: 2500,
        credentials: { apiVersion: 'v3', serviceId: '21653835348762', serviceAccessToken: 'secret-token' },
      },
      port: 0,
      host: '0.0.0.0',
      production: true,
      auth: { mode: 'jwt', issuer: 'https://idp.example.com/', audience: 'authlete-gateway', clockSkewSeconds: 30 },
    });
  });

  it('API v2: API key and secret', () => {
    const config = loadConfig({
      AUTHLETE_BASE_URL: 'https://api.authlete.com',
      AUTHLETE_API_VERSION: 'v2',
      AUTHLETE_SERVICE_API_KEY: '21653835348762',
      AUTHLETE_SERVICE_API_SECRET: 'api-secret',
    });
    expect(config.authlete?.credentials).toEqual({ apiVersion: 'v2', apiKey: '21653835348762', apiSecret: 'api-secret' });
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['a base URL that is not http(s)', { AUTHLETE_BASE_URL: 'ftp://x' }, /^AUTHLETE_BASE_URL /],
    ['v3 without its credentials', { AUTHLETE_BASE_URL: 'https://us.authlete.com' }, /^AUTHLETE_SERVICE_ID is required/],
    ['v3 without the access token', { AUTHLETE_BASE_URL: 'https://us.authlete.com', AUTHLETE_SERVICE_ID: '1' }, /^AUTHLETE_SERVICE_ACCESS_TOKEN is required/],
    ['v2 without the secret', { AUTHLETE_BASE_URL: 'https://api.authlete.com', AUTHLETE_API_VERSION: 'v2', AUTHLETE_SERVICE_API_KEY: '1' }, /^AUTHLETE_SERVICE_API_SECRET is required/],
    ['an unknown API version', { AUTHLETE_API_VERSION: 'v4' }, /^AUTHLETE_API_VERSION /],
    ['a service id that is not numeric', { AUTHLETE_BASE_URL: 'https://us.authlete.com', AUTHLETE_SERVICE_ID: 'abc', AUTHLETE_SERVICE_ACCESS_TOKEN: 't' }, /^AUTHLETE_SERVICE_ID /],
    ['a timeout that is not a number', { AUTHLETE_TIMEOUT_MS: '10s' }, /^AUTHLETE_TIMEOUT_MS /],
    ['a zero timeout', { AUTHLETE_TIMEOUT_MS: '0' }, /^AUTHLETE_TIMEOUT_MS /],
    ['a port out of range', { PORT: '70000' }, /^PORT /],
    ['an unknown log level', { LOG_LEVEL: 'loud' }, /^LOG_LEVEL /],
    ['credentials without a base URL', { AUTHLETE_SERVICE_ACCESS_TOKEN: 't' }, /^AUTHLETE_BASE_URL is required when AUTHLETE_SERVICE_ACCESS_TOKEN is set/],
  ])('refuses %s, naming the variable', (_name, env, expected) => {
    const problems = problemsOf(env);
    expect(problems.some((problem) => expected.test(problem))).toBe(true);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['no caller authentication off loopback', { HOST: '0.0.0.0' }, /^HOST is not a loopback address and no caller authentication is configured/],
    ['a JWKS without issuer', { AUTH_JWKS_URL: 'https://idp.example.com/jwks', AUTH_AUDIENCE: 'a' }, /^AUTH_ISSUER is required with AUTH_JWKS_URL/],
    ['a JWKS without audience', { AUTH_JWKS_URL: 'https://idp.example.com/jwks', AUTH_ISSUER: 'i' }, /^AUTH_AUDIENCE is required with AUTH_JWKS_URL/],
    ['a JWKS URL that is neither http(s) nor file', { AUTH_JWKS_URL: 'ftp://idp/jwks' }, /^AUTH_JWKS_URL must be an https\/http URL/],
    ['an issuer without a JWKS', { AUTH_ISSUER: 'i' }, /^AUTH_ISSUER is set but AUTH_JWKS_URL is not/],
    ['AUTH_DISABLED with a JWKS', { AUTH_DISABLED: 'true', AUTH_JWKS_URL: 'file:///x.json', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' }, /^AUTH_DISABLED=true contradicts AUTH_JWKS_URL/],
    ['AUTH_DISABLED that is not a boolean', { AUTH_DISABLED: 'yes' }, /^AUTH_DISABLED must be true or false/],
    ['a CORS origin with a path', { CORS_ORIGINS: 'https://ok.example.com, https://bad.example.com/path' }, /^CORS_ORIGINS entry 2 is not an origin/],
    ['a rate limit that is not a number', { RATE_LIMIT_PER_MINUTE: 'many' }, /^RATE_LIMIT_PER_MINUTE /],
    ['trusted documents only, without a manifest', { PERSISTED_OPERATIONS_ONLY: 'true' }, /^PERSISTED_OPERATIONS_MANIFEST is required/],
    ['an OTLP endpoint that is not a URL', { OTEL_EXPORTER_OTLP_ENDPOINT: 'collector' }, /^OTEL_EXPORTER_OTLP_ENDPOINT /],
    ['a shutdown timeout that is not a number', { SHUTDOWN_TIMEOUT_MS: 'soon' }, /^SHUTDOWN_TIMEOUT_MS /],
    ['a base URL with credentials in it', { AUTHLETE_BASE_URL: 'https://user:pass@us.authlete.com' }, /^AUTHLETE_BASE_URL must not carry credentials/],
    ['a base URL with a query', { AUTHLETE_BASE_URL: 'https://us.authlete.com/?token=x' }, /^AUTHLETE_BASE_URL must not have a query/],
    ['a headers timeout above the request timeout', { HTTP_HEADERS_TIMEOUT_MS: '60000', HTTP_REQUEST_TIMEOUT_MS: '30000' }, /^HTTP_HEADERS_TIMEOUT_MS must not be larger/],
    ['a connection cap of 0', { HTTP_MAX_CONNECTIONS: '0' }, /^HTTP_MAX_CONNECTIONS /],
    ['a rate limit store that is not Redis', { RATE_LIMIT_REDIS_URL: 'http://127.0.0.1:6379' }, /^RATE_LIMIT_REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/],
    ['an unknown store failure mode', { RATE_LIMIT_STORE_FAILURE: 'maybe' }, /^RATE_LIMIT_STORE_FAILURE must be open \(default\) or closed/],
  ])('fails closed on %s', (_name, env, expected) => {
    const problems = problemsOf(env);
    expect(problems.some((problem) => expected.test(problem)), problems.join('\n')).toBe(true);
  });

  it.each(['127.0.0.1', '127.0.0.2', 'localhost', '::1', '[::1]'])('runs unauthenticated on loopback %s', (host) => {
    expect(loadConfig({ HOST: host }).auth).toEqual({ mode: 'disabled', reason: 'loopback' });
  });

  it('runs unauthenticated off loopback only with AUTH_DISABLED=true', () => {
    expect(loadConfig({ HOST: '0.0.0.0', AUTH_DISABLED: 'true' }).auth).toEqual({ mode: 'disabled', reason: 'explicit' });
  });

  it('takes a file: JWKS, CORS origins and a rate limit of 0 (off)', () => {
    const config = loadConfig({
      HOST: '0.0.0.0',
      AUTH_JWKS_URL: 'file:///etc/gateway/jwks.json',
      AUTH_ISSUER: 'https://idp.example.com/',
      AUTH_AUDIENCE: 'gw',
      AUTH_CLOCK_SKEW_SECONDS: '5',
      CORS_ORIGINS: 'https://admin.example.com,http://localhost:5173',
      RATE_LIMIT_PER_MINUTE: '0',
    });
    expect(config.auth).toMatchObject({ mode: 'jwt', issuer: 'https://idp.example.com/', audience: 'gw', clockSkewSeconds: 5 });
    expect(config.auth.mode === 'jwt' && config.auth.jwksUrl.href).toBe('file:///etc/gateway/jwks.json');
    expect(config.corsOrigins).toEqual(['https://admin.example.com', 'http://localhost:5173']);
    expect(config.rateLimitPerMinute).toBe(0);
  });

  it('takes trusted documents, tracing and a shutdown timeout', () => {
    const config = loadConfig({
      PERSISTED_OPERATIONS_ONLY: 'true',
      PERSISTED_OPERATIONS_MANIFEST: '/etc/gateway/persisted-documents.json',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      SHUTDOWN_TIMEOUT_MS: '2500',
    });
    expect(config).toMatchObject({
      trustedDocuments: { manifestPath: '/etc/gateway/persisted-documents.json', only: true },
      tracing: true,
      shutdownTimeoutMs: 2500,
    });
  });

  it('takes HTTP server limits, with defaults that cut slow clients off', () => {
    expect(loadConfig({}).http).toMatchObject({ headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, maxConnections: 1024 });
    expect(
      loadConfig({
        HTTP_HEADERS_TIMEOUT_MS: '2000',
        HTTP_REQUEST_TIMEOUT_MS: '4000',
        HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000',
        HTTP_MAX_CONNECTIONS: '10',
        HTTP_MAX_CONNECTIONS_PER_IP: '3',
        HTTP_FIRST_BYTE_TIMEOUT_MS: '500',
      }).http,
    ).toEqual({ headersTimeoutMs: 2000, requestTimeoutMs: 4000, keepAliveTimeoutMs: 1000, maxConnections: 10, maxConnectionsPerIp: 3, firstByteTimeoutMs: 500 });
  });

  it('NODE_ENV=production without AUTHLETE_BASE_URL refuses to start, naming the variable, unless AUTHLETE_EMULATOR=1 asks for the emulator', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTHLETE_BASE_URL is required with NODE_ENV=production/);
    expect(loadConfig({ NODE_ENV: 'production', AUTHLETE_EMULATOR: '1' }).authlete).toBeNull();
    expect(loadConfig({}).authlete).toBeNull();
    expect(() => loadConfig({ AUTHLETE_EMULATOR: '1', AUTHLETE_BASE_URL: 'https://us.authlete.com', AUTHLETE_SERVICE_ID: '1', AUTHLETE_SERVICE_ACCESS_TOKEN: 't' })).toThrow(
      /AUTHLETE_EMULATOR=1 contradicts AUTHLETE_BASE_URL/,
    );
  });

  // Every variable, given a bad value that is also a marker: the messages name the variable, never the value.
  it.each([
    'AUTHLETE_BASE_URL', 'AUTHLETE_API_VERSION', 'AUTHLETE_SERVICE_ID', 'AUTHLETE_TIMEOUT_MS', 'PORT', 'HOST', 'LOG_LEVEL',
    'AUTH_JWKS_URL', 'AUTH_CLOCK_SKEW_SECONDS', 'AUTH_DISABLED', 'CORS_ORIGINS', 'RATE_LIMIT_PER_MINUTE', 'SHUTDOWN_TIMEOUT_MS',
    'PERSISTED_OPERATIONS_ONLY', 'OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'HTTP_HEADERS_TIMEOUT_MS',
    'HTTP_REQUEST_TIMEOUT_MS', 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 'HTTP_MAX_CONNECTIONS', 'RATE_LIMIT_REDIS_URL',
    'RATE_LIMIT_REDIS_TIMEOUT_MS', 'RATE_LIMIT_STORE_FAILURE', 'CLIENT_CACHE_TTL_SECONDS',
  ])('a bad %s is named, and its value is not repeated', (name) => {
    const marker = 'marker-v4lue-9137';
    const problems = problemsOf({ [name]: marker, ...(name === 'AUTHLETE_SERVICE_ID' ? { AUTHLETE_BASE_URL: 'https://us.authlete.com' } : {}) });
    expect(problems.some((problem) => problem.startsWith(name))).toBe(true);
    expect(problems.join('\n')).not.toContain(marker);
  });

  it('takes a Redis store for the rate limit, with its timeout and failure mode', () => {
    expect(loadConfig({ RATE_LIMIT_REDIS_URL: 'rediss://:pw@redis.internal:6380/2' }).rateLimitStore).toEqual({
      kind: 'redis',
      url: 'rediss://:pw@redis.internal:6380/2',
      commandTimeoutMs: 250,
      failureMode: 'open',
    });
    expect(
      loadConfig({ RATE_LIMIT_REDIS_URL: 'redis://127.0.0.1:6379/0', RATE_LIMIT_REDIS_TIMEOUT_MS: '100', RATE_LIMIT_STORE_FAILURE: 'closed' }).rateLimitStore,
    ).toEqual({ kind: 'redis', url: 'redis://127.0.0.1:6379/0', commandTimeoutMs: 100, failureMode: 'closed' });
  });

  it('a base URL with credentials is refused without repeating them', () => {
    const problems = problemsOf({ AUTHLETE_BASE_URL: 'https://admin:hunter2@us.authlete.com' });
    expect(problems.join('\n')).not.toMatch(/hunter2|admin/);
  });

  it('never repeats a secret value in its message', () => {
    const problems = problemsOf({ AUTHLETE_BASE_URL: 'https://us.authlete.com', AUTHLETE_SERVICE_ACCESS_TOKEN: 'do-not-print-me' });
    expect(problems.join('\n')).not.toContain('do-not-print-me');
  });
});
