/**
 * Configuration: read from the environment once, at start-up, validated into a typed object.
 * Every refusal names the variable at fault so that an operator can fix it without reading code.
 */
import { z } from 'zod';
import { DEFAULT_UPSTREAM_CALLS_PER_REQUEST } from './upstream/budget.js';
import { DEFAULT_COMPILE_AFTER_RUNS } from './plugins/useCompiledExecution.js';

export type AuthleteApiVersion = 'v2' | 'v3';

/** What to do with a mutation when the shared rate-limit store cannot decide: serve it, or refuse it. */
export type RateLimitStoreFailureMode = 'open' | 'closed';

/** How the gateway authenticates to Authlete: v3 Bearer service token, or v2 Basic key/secret. */
export type AuthleteCredentials =
  | { apiVersion: 'v3'; serviceId: string; serviceAccessToken: string }
  | { apiVersion: 'v2'; apiKey: string; apiSecret: string };

export interface AuthleteConnection {
  /** Origin plus optional path prefix, without a trailing slash, e.g. https://us.authlete.com */
  baseUrl: string;
  credentials: AuthleteCredentials;
  timeoutMs: number;
}

/**
 * How callers are authenticated. `jwt`: a Bearer JWT checked against a JWKS. `disabled`: no caller
 * authentication, allowed only on a loopback address (the npm start demo) or when the operator
 * says so explicitly (AUTH_DISABLED=true).
 */
export type CallerAuthConfig =
  | { mode: 'jwt'; jwksUrl: URL; issuer: string; audience: string; clockSkewSeconds: number }
  | { mode: 'disabled'; reason: 'loopback' | 'explicit' };

export interface GatewayConfig {
  /** null: no AUTHLETE_BASE_URL was set, so the embedded emulator is the upstream. */
  authlete: AuthleteConnection | null;
  /** Upstream timeout, also used for the emulator. */
  authleteTimeoutMs: number;
  port: number;
  host: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  production: boolean;
  auth: CallerAuthConfig;
  /** Browser origins allowed by CORS; empty: no cross-origin browser access. */
  corsOrigins: string[];
  /** Mutations per minute per caller (burst of the same); 0: no limit. */
  rateLimitPerMinute: number;
  /** Query root fields per minute per caller (burst of the same); 0: no limit. */
  readRateLimitPerMinute: number;
  /** Authlete calls one GraphQL request may make, shared by all its fields. */
  upstreamCallsPerRequest: number;
  /** Runs of an operation on the standard executor before it is compiled (COMPILE_AFTER_RUNS; 0: compiled on its first run). */
  compileAfterRuns: number;
  /** Where /metrics is served: its own listener, or the API's when the port is the API's. */
  metrics: { port: number; host: string };
  /** Where the buckets live: this process's memory, or a Redis shared by every copy. */
  rateLimitStore: { kind: 'memory' } | { kind: 'redis'; url: string; commandTimeoutMs: number; failureMode: RateLimitStoreFailureMode };
  /** How long in-flight requests may take to finish after SIGTERM/SIGINT. */
  shutdownTimeoutMs: number;
  /** Trusted documents: a manifest file, and whether only its documents may run. */
  trustedDocuments: { manifestPath: string; only: boolean } | null;
  /** OpenTelemetry tracing: on when an OTLP endpoint is configured (standard OTEL_* variables). */
  tracing: boolean;
  /** How long client metadata is shared between requests, in ms; 0: not at all. */
  clientCacheTtlMs: number;
  /** Limits on callers' connections, so that slow or idle clients cannot hold sockets for long. */
  http: HttpServerLimits;
}

export interface HttpServerLimits {
  /** A request's headers must arrive within this time (Node's `headersTimeout`). */
  headersTimeoutMs: number;
  /** A whole request, body included, must arrive within this time (Node's `requestTimeout`); 408 otherwise. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this time (Node's `keepAliveTimeout`). */
  keepAliveTimeoutMs: number;
  /** Connections accepted at once; further ones are closed at once (Node's `maxConnections`). */
  maxConnections: number;
  /** Connections one remote address may hold at once; further ones from it are closed on arrival. */
  maxConnectionsPerIp: number;
  /** A connection that has sent nothing within this time is closed. */
  firstByteTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const integerText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const environmentSchema = z.object({
  AUTHLETE_BASE_URL: optionalText.pipe(
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://us.authlete.com' })
      // Credentials belong in AUTHLETE_SERVICE_* (never logged), not in a URL that is logged and shown.
      .refine((value) => !URL.canParse(value) || (new URL(value).username === '' && new URL(value).password === ''), {
        message: 'must not carry credentials (user:password@); set AUTHLETE_SERVICE_ACCESS_TOKEN or the API key and secret instead',
      })
      .refine((value) => !URL.canParse(value) || (new URL(value).search === '' && new URL(value).hash === ''), {
        message: 'must not have a query or a fragment; give the origin and, if any, a path prefix',
      })
      .optional(),
  ),
  AUTHLETE_API_VERSION: optionalText.pipe(
    z.enum(['v2', 'v3'], { error: 'must be v3 (default) or v2' }).default('v3'),
  ),
  AUTHLETE_SERVICE_ID: optionalText.pipe(
    z.string().regex(/^\d+$/, 'must be the numeric service id, e.g. 21653835348762').optional(),
  ),
  AUTHLETE_SERVICE_ACCESS_TOKEN: optionalText,
  AUTHLETE_SERVICE_API_KEY: optionalText,
  AUTHLETE_SERVICE_API_SECRET: optionalText,
  AUTHLETE_TIMEOUT_MS: optionalText.pipe(integerText(1, 600_000).default(10_000)),
  PORT: optionalText.pipe(integerText(0, 65_535).default(4000)),
  HOST: optionalText.pipe(z.string().default('127.0.0.1')),
  LOG_LEVEL: optionalText.pipe(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  NODE_ENV: optionalText,
  AUTH_JWKS_URL: optionalText.pipe(
    z
      .string()
      .refine((value) => URL.canParse(value) && /^(https?|file):$/.test(new URL(value).protocol), {
        message: 'must be an https/http URL of a JWKS, or a file: URL of a JWKS file (e.g. file:///etc/gateway/jwks.json)',
      })
      .optional(),
  ),
  AUTH_ISSUER: optionalText,
  AUTH_AUDIENCE: optionalText,
  AUTH_CLOCK_SKEW_SECONDS: optionalText.pipe(integerText(0, 300).default(30)),
  AUTH_DISABLED: optionalText.pipe(z.enum(['true', 'false'], { error: 'must be true or false' }).default('false')),
  CORS_ORIGINS: optionalText,
  RATE_LIMIT_PER_MINUTE: optionalText.pipe(integerText(0, 1_000_000).default(300)),
  SHUTDOWN_TIMEOUT_MS: optionalText.pipe(integerText(0, 600_000).default(10_000)),
  RATE_LIMIT_REDIS_URL: optionalText.pipe(
    z
      .string()
      .refine((value) => URL.canParse(value) && /^rediss?:$/.test(new URL(value).protocol), {
        message: 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379/0',
      })
      .optional(),
  ),
  RATE_LIMIT_REDIS_TIMEOUT_MS: optionalText.pipe(integerText(10, 10_000).default(250)),
  RATE_LIMIT_STORE_FAILURE: optionalText.pipe(z.enum(['open', 'closed'], { error: 'must be open (default) or closed' }).default('open')),
  CLIENT_CACHE_TTL_SECONDS: optionalText.pipe(integerText(0, 3600).default(30)),
  HTTP_HEADERS_TIMEOUT_MS: optionalText.pipe(integerText(100, 600_000).default(10_000)),
  HTTP_REQUEST_TIMEOUT_MS: optionalText.pipe(integerText(100, 3_600_000).default(30_000)),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: optionalText.pipe(integerText(100, 600_000).default(5_000)),
  HTTP_MAX_CONNECTIONS: optionalText.pipe(integerText(1, 1_000_000).default(1024)),
  HTTP_MAX_CONNECTIONS_PER_IP: optionalText.pipe(integerText(1, 1_000_000).default(64)),
  HTTP_FIRST_BYTE_TIMEOUT_MS: optionalText.pipe(integerText(100, 600_000).default(2000)),
  UPSTREAM_CALLS_PER_REQUEST: optionalText.pipe(integerText(1, 100_000).default(DEFAULT_UPSTREAM_CALLS_PER_REQUEST)),
  COMPILE_AFTER_RUNS: optionalText.pipe(integerText(0, 1_000_000).default(DEFAULT_COMPILE_AFTER_RUNS)),
  READ_RATE_LIMIT_PER_MINUTE: optionalText.pipe(integerText(0, 1_000_000).default(1200)),
  METRICS_PORT: optionalText.pipe(integerText(0, 65_535).default(9464)),
  METRICS_HOST: optionalText.pipe(z.string().default('127.0.0.1')),
  AUTHLETE_EMULATOR: optionalText.pipe(z.enum(['0', '1'], { error: 'must be 1 (serve the embedded emulator) or 0' }).optional()),
  PERSISTED_OPERATIONS_ONLY: optionalText.pipe(z.enum(['true', 'false'], { error: 'must be true or false' }).default('false')),
  PERSISTED_OPERATIONS_MANIFEST: optionalText,
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalText.pipe(z.url({ error: 'must be a URL such as http://collector:4318' }).optional()),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: optionalText.pipe(z.url({ error: 'must be a URL such as http://collector:4318/v1/traces' }).optional()),
});

type Environment = z.infer<typeof environmentSchema>;

function credentialsFrom(env: Environment, problems: string[]): AuthleteCredentials | null {
  const missing = (name: string, why: string) => problems.push(`${name} is required ${why}`);
  if (env.AUTHLETE_API_VERSION === 'v2') {
    if (!env.AUTHLETE_SERVICE_API_KEY) missing('AUTHLETE_SERVICE_API_KEY', 'for AUTHLETE_API_VERSION=v2');
    if (!env.AUTHLETE_SERVICE_API_SECRET) missing('AUTHLETE_SERVICE_API_SECRET', 'for AUTHLETE_API_VERSION=v2');
    if (!env.AUTHLETE_SERVICE_API_KEY || !env.AUTHLETE_SERVICE_API_SECRET) return null;
    return { apiVersion: 'v2', apiKey: env.AUTHLETE_SERVICE_API_KEY, apiSecret: env.AUTHLETE_SERVICE_API_SECRET };
  }
  if (!env.AUTHLETE_SERVICE_ID) missing('AUTHLETE_SERVICE_ID', 'for API v3 (AUTHLETE_API_VERSION=v3)');
  if (!env.AUTHLETE_SERVICE_ACCESS_TOKEN) missing('AUTHLETE_SERVICE_ACCESS_TOKEN', 'for API v3 (AUTHLETE_API_VERSION=v3)');
  if (!env.AUTHLETE_SERVICE_ID || !env.AUTHLETE_SERVICE_ACCESS_TOKEN) return null;
  return { apiVersion: 'v3', serviceId: env.AUTHLETE_SERVICE_ID, serviceAccessToken: env.AUTHLETE_SERVICE_ACCESS_TOKEN };
}

const AUTHLETE_SETTINGS = [
  'AUTHLETE_SERVICE_ID',
  'AUTHLETE_SERVICE_ACCESS_TOKEN',
  'AUTHLETE_SERVICE_API_KEY',
  'AUTHLETE_SERVICE_API_SECRET',
] as const;

/** Loopback: the only place the gateway may listen without caller authentication by default. */
function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}

function callerAuthFrom(env: Environment, problems: string[]): CallerAuthConfig {
  if (env.AUTH_JWKS_URL) {
    if (env.AUTH_DISABLED === 'true') problems.push('AUTH_DISABLED=true contradicts AUTH_JWKS_URL; set only one');
    if (!env.AUTH_ISSUER) problems.push('AUTH_ISSUER is required with AUTH_JWKS_URL (the expected "iss" of callers\' tokens)');
    if (!env.AUTH_AUDIENCE) problems.push('AUTH_AUDIENCE is required with AUTH_JWKS_URL (the expected "aud" of callers\' tokens)');
    return {
      mode: 'jwt',
      jwksUrl: new URL(env.AUTH_JWKS_URL),
      issuer: env.AUTH_ISSUER ?? '',
      audience: env.AUTH_AUDIENCE ?? '',
      clockSkewSeconds: env.AUTH_CLOCK_SKEW_SECONDS,
    };
  }
  for (const name of ['AUTH_ISSUER', 'AUTH_AUDIENCE'] as const) {
    if (env[name]) problems.push(`${name} is set but AUTH_JWKS_URL is not: caller authentication needs AUTH_JWKS_URL`);
  }
  if (env.AUTH_DISABLED === 'true') return { mode: 'disabled', reason: 'explicit' };
  if (isLoopbackHost(env.HOST)) return { mode: 'disabled', reason: 'loopback' };
  problems.push(
    'HOST is not a loopback address and no caller authentication is configured: set AUTH_JWKS_URL, ' +
      'AUTH_ISSUER and AUTH_AUDIENCE, or AUTH_DISABLED=true to run unauthenticated on purpose',
  );
  return { mode: 'disabled', reason: 'explicit' };
}

/** Validates the environment; throws ConfigError listing every bad variable (never their values). */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  }
  const env = parsed.data;
  const problems: string[] = [];
  let authlete: AuthleteConnection | null = null;
  if (env.AUTHLETE_BASE_URL) {
    if (env.AUTHLETE_EMULATOR === '1') problems.push('AUTHLETE_EMULATOR=1 contradicts AUTHLETE_BASE_URL; set only one');
    const credentials = credentialsFrom(env, problems);
    if (credentials) {
      authlete = { baseUrl: env.AUTHLETE_BASE_URL.replace(/\/+$/, ''), credentials, timeoutMs: env.AUTHLETE_TIMEOUT_MS };
    }
  } else {
    // In production the emulator (fake tokens, kept in memory) is served only when asked for.
    if (env.NODE_ENV === 'production' && env.AUTHLETE_EMULATOR !== '1') {
      problems.push(
        'AUTHLETE_BASE_URL is required with NODE_ENV=production (with AUTHLETE_SERVICE_ID and AUTHLETE_SERVICE_ACCESS_TOKEN); ' +
          'set AUTHLETE_EMULATOR=1 to serve the embedded emulator on purpose',
      );
    }
    // Credentials without a base URL are a half-done setup: refuse rather than quietly
    // serve the emulator to someone who believes they are talking to Authlete.
    const given = AUTHLETE_SETTINGS.filter((name) => env[name] !== undefined);
    if (given.length > 0) {
      problems.push(`AUTHLETE_BASE_URL is required when ${given.join(', ')} ${given.length > 1 ? 'are' : 'is'} set`);
    }
  }
  const auth = callerAuthFrom(env, problems);
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  corsOrigins.forEach((origin, index) => {
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      problems.push(`CORS_ORIGINS entry ${index + 1} is not an origin such as https://admin.example.com (scheme, host and port only)`);
    }
  });
  if (env.HTTP_HEADERS_TIMEOUT_MS > env.HTTP_REQUEST_TIMEOUT_MS) {
    problems.push('HTTP_HEADERS_TIMEOUT_MS must not be larger than HTTP_REQUEST_TIMEOUT_MS (the headers are part of the request)');
  }
  if (env.PERSISTED_OPERATIONS_ONLY === 'true' && !env.PERSISTED_OPERATIONS_MANIFEST) {
    problems.push('PERSISTED_OPERATIONS_MANIFEST is required with PERSISTED_OPERATIONS_ONLY=true (the persisted-documents.json file)');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    clientCacheTtlMs: env.CLIENT_CACHE_TTL_SECONDS * 1000,
    http: {
      headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: env.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      maxConnections: env.HTTP_MAX_CONNECTIONS,
      maxConnectionsPerIp: env.HTTP_MAX_CONNECTIONS_PER_IP,
      firstByteTimeoutMs: env.HTTP_FIRST_BYTE_TIMEOUT_MS,
    },
    upstreamCallsPerRequest: env.UPSTREAM_CALLS_PER_REQUEST,
    compileAfterRuns: env.COMPILE_AFTER_RUNS,
    readRateLimitPerMinute: env.READ_RATE_LIMIT_PER_MINUTE,
    metrics: { port: env.METRICS_PORT, host: env.METRICS_HOST },
    trustedDocuments: env.PERSISTED_OPERATIONS_MANIFEST
      ? { manifestPath: env.PERSISTED_OPERATIONS_MANIFEST, only: env.PERSISTED_OPERATIONS_ONLY === 'true' }
      : null,
    tracing: Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT),
    auth,
    corsOrigins,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    rateLimitStore: env.RATE_LIMIT_REDIS_URL
      ? { kind: 'redis', url: env.RATE_LIMIT_REDIS_URL, commandTimeoutMs: env.RATE_LIMIT_REDIS_TIMEOUT_MS, failureMode: env.RATE_LIMIT_STORE_FAILURE }
      : { kind: 'memory' },
    authlete,
    authleteTimeoutMs: env.AUTHLETE_TIMEOUT_MS,
    port: env.PORT,
    host: env.HOST,
    logLevel: env.LOG_LEVEL,
    production: env.NODE_ENV === 'production',
  };
}
