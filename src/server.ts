/**
 * Builds the gateway's Yoga app (no listening here; see main.ts): GraphQL at /graphql, GraphiQL
 * there too outside production, liveness at /healthz, readiness at /readyz, Prometheus metrics at
 * /metrics, and the security layers in front.
 */
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createRequire } from 'node:module';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { createClientLoaders } from './resolvers/client.js';
import { createAccessTokenLoader } from './resolvers/token-node.js';
import { ClientCache, type ClientChangeChannel } from './resolvers/client-cache.js';
import type { GatewayContext } from './types.js';
import { passErrorsThrough, useErrorMasking } from './plugins/useErrorMasking.js';
import { DEFAULT_COMPILE_AFTER_RUNS, useCompiledExecution } from './plugins/useCompiledExecution.js';
import type { Logger } from './logger.js';
import { GatewayMetrics } from './observability/metrics.js';
import { useDraining } from './plugins/useDraining.js';
import { useMetrics } from './plugins/useMetrics.js';
import { useRequestId } from './plugins/useRequestId.js';
import { useTracing } from './plugins/useTracing.js';
import type { Readiness } from './observability/readiness.js';
import { useRequestBodies } from './plugins/useRequestBodies.js';
import { useReadiness } from './plugins/useReadiness.js';
import { schema } from './schema/index.js';
import { UNAUTHENTICATED_CALLER, type CallerAuthenticator } from './security/caller-auth.js';
import { useCallerAuth } from './plugins/useCallerAuth.js';
import { createRequestListener, type RequestListenerOptions } from './fast-path.js';
import { useGatewayContext } from './plugins/useGatewayContext.js';
import { usePostOnlyFields } from './plugins/usePostOnlyFields.js';
import { useMutationAuthorization } from './plugins/useMutationAuthorization.js';
import { useNoSuggestions } from './plugins/useNoSuggestions.js';
import { useNoEchoedValues } from './plugins/useNoEchoedValues.js';
import { REQUEST_LIMITS } from './security/limits.js';
import { useLimits } from './plugins/useLimits.js';
import { useOperationCost } from './plugins/useOperationCost.js';
import { useTrustedDocuments } from './plugins/useTrustedDocuments.js';
import type { TrustedDocumentsManifest } from './security/trusted-documents.js';
import type { RateLimiter, RateLimitStoreFailureMode } from './security/rate-limit.js';
import { useRateLimit } from './plugins/useRateLimit.js';
import type { AuthleteClient } from './upstream/authlete-client.js';
import { DEFAULT_UPSTREAM_CALLS_PER_REQUEST } from './upstream/budget.js';

export interface GatewayOptions {
  authlete: AuthleteClient;
  logger: Logger;
  /** True when the upstream is the embedded emulator. */
  emulated?: boolean;
  /** Production: no GraphiQL, no introspection, no field suggestions in errors. */
  production?: boolean;
  /** The operation GraphiQL opens with. */
  graphiqlDefaultQuery?: string;
  /** Verifies the caller; default: no caller authentication (every scope granted). */
  authenticate?: CallerAuthenticator;
  /** Limits mutations per caller; default: none. */
  rateLimiter?: RateLimiter | null;
  /** Limits query fields per caller, in a bucket of its own; default: none. */
  readRateLimiter?: RateLimiter | null;
  /** When a shared limiter's store cannot decide: serve mutations (`open`, default) or refuse them. */
  rateLimitStoreFailure?: RateLimitStoreFailureMode;
  /** Browser origins allowed by CORS; default: none. */
  corsOrigins?: string[];
  /** Prometheus metrics (shared with the Authlete client); default: a fresh registry. */
  metrics?: GatewayMetrics;
  /** Serve /metrics on the API too (METRICS_PORT equal to PORT); default: no, metrics have their own listener. */
  serveMetrics?: boolean;
  /** Answers /readyz; default: always ready. */
  readiness?: Readiness;
  /** Trusted documents: the manifest, and whether only its documents may run. */
  trustedDocuments?: { manifest: TrustedDocumentsManifest; only: boolean };
  /** How long client metadata is shared between requests (0: not at all, each request looks clients up). */
  clientCacheTtlMs?: number;
  /** Where copies tell each other that a client changed (Redis pub/sub); without it, only this copy's cache is updated. */
  clientChanges?: ClientChangeChannel & { subscribe(onChange: (clientId: string) => void): Promise<void> };
  /** Authlete calls one GraphQL request may make, shared by all its fields (UPSTREAM_CALLS_PER_REQUEST). */
  upstreamCallsPerRequest?: number;
  /** Runs of an operation on the standard executor before graphql-jit compiles it (COMPILE_AFTER_RUNS); default 3. */
  compileAfterRuns?: number;
  /** Headers GraphiQL's header editor opens with (a hint for the Bearer token). */
  graphiqlHeaders?: Record<string, string>;
}

export type Gateway = YogaServerInstance<Record<string, unknown>, GatewayContext>;

/** What each gateway's entry point needs of the options it was built with (set by createGateway). */
const entryPoints = new WeakMap<Gateway, RequestListenerOptions>();

/**
 * The Node request listener to serve `gateway` with (main.ts, and tests over HTTP): Yoga, with the
 * short road for the common request (fast-path.ts), which authenticates with the gateway's own
 * authenticator, counts into its metrics, stands aside while it drains, and leaves
 * trusted-document deployments to Yoga.
 */
export function createGatewayListener(gateway: Gateway) {
  const options = entryPoints.get(gateway);
  if (!options) throw new Error('createGatewayListener takes a gateway made by createGateway');
  return createRequestListener(gateway, options);
}

/** Without caller authentication, every request is the unauthenticated caller (every scope granted). */
const anyCaller: CallerAuthenticator = async () => UNAUTHENTICATED_CALLER;

/**
 * GraphiQL with its assets inline (no CDN). The bundle is tens of megabytes of JavaScript text, so
 * it is loaded on the first GraphiQL page, never in production.
 */
function renderGraphiQLInline(options?: Parameters<typeof import('@graphql-yoga/render-graphiql').renderGraphiQL>[0]): string {
  const { renderGraphiQL } = createRequire(import.meta.url)('@graphql-yoga/render-graphiql') as typeof import('@graphql-yoga/render-graphiql');
  return renderGraphiQL(options);
}

/** A browser may only send a GET (the one "simple" request left) with this header set. */
export const CSRF_HEADER = 'x-graphql-csrf';

/**
 * CORS for the listed origins only: an origin that is not listed (or `Origin: null`) gets no
 * Access-Control-Allow-Origin at all (Yoga's own answer to it, with several origins listed, is
 * `null`, which a sandboxed page's `Origin: null` matches).
 */
function corsFor(origins: readonly string[]) {
  if (origins.length === 0) return false;
  const allowed = new Set(origins);
  const options = { origin: [...origins], credentials: false, allowedHeaders: ['authorization', 'content-type', 'x-request-id', CSRF_HEADER] };
  return (request: Request) => {
    const origin = request.headers.get('origin');
    return origin !== null && allowed.has(origin) ? options : false;
  };
}

export function createGateway(options: GatewayOptions): Gateway {
  const { authlete, logger } = options;
  const production = options.production ?? false;
  const yogaLogger = logger.child({ component: 'yoga' });
  const log = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) =>
    yogaLogger[level](args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' '));

  const metrics = options.metrics ?? new GatewayMetrics({ defaultMetrics: false });
  const clientCache = options.clientCacheTtlMs ? new ClientCache(options.clientCacheTtlMs) : undefined;
  if (clientCache && options.clientChanges) {
    clientCache.channel = options.clientChanges;
    void options.clientChanges.subscribe((clientId) => clientCache.forget(clientId)).catch((error: unknown) => {
      logger.warn({ problem: error instanceof Error ? error.message : String(error) }, 'client cache: could not join the change channel');
    });
  }
  const { readiness } = options;
  const authenticate = options.authenticate ?? anyCaller;
  // The plugins, in the order their hooks run, and why that order:
  //  1. useTracing, useRequestId, useMetrics, useDraining: observe every request, including the
  //     ones the next plugins refuse (their spans, ids, counts and headers are always there).
  //  2. useReadiness: /readyz answers without parsing or authenticating anything.
  //  3. useRequestBodies: a body over the size limit is refused from its Content-Length (onRequest);
  //     it also sets the body parser, which runs only after every onRequestParse hook below.
  //  4. useCSRFPrevention, then useCallerAuth: both decide from the headers alone (onRequestParse),
  //     so an unauthenticated or forged request never has its body read or parsed. useCallerAuth
  //     adds the caller to the context (extendContext); useGatewayContext, right after it, builds
  //     the rest of the context from it (logger with the caller's sub, loaders).
  //  5. useLimits (Armor: depth, aliases, tokens), useOperationCost (the cost, counted with the
  //     variables) and useTrustedDocuments: refuse the operation itself before any field runs.
  //  6. useDisableIntrospection, useNoSuggestions and useNoEchoedValues in production.
  //  7. usePostOnlyFields: a field taking a secret (introspectToken) is refused over GET before anything runs.
  //     useMutationAuthorization before useRateLimit: a mutation the caller may not run is refused
  //     whole, before any call, and is not counted against the caller's rate limit.
  //  8. useErrorMasking: errors are masked as the very last step (onResultProcess), whatever raised them.
  //  9. useCompiledExecution: swaps the executor of an often-run operation for its compiled form
  //     (after every check above has let it through; its results pass the masking like any other).
  const plugins: Array<Plugin<GatewayContext> | Plugin> = [
    useTracing(),
    useRequestId(),
    useMetrics(metrics, { serve: options.serveMetrics ?? false }),
    useDraining(readiness),
    useReadiness({ endpoint: '/readyz', check: () => readiness?.check() ?? true }),
    useRequestBodies({ maxBytes: REQUEST_LIMITS.maxBodyBytes, maxDepth: REQUEST_LIMITS.maxBodyJsonDepth }),
    useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }),
    useCallerAuth(authenticate, logger),
    useGatewayContext({
      authlete,
      logger,
      emulated: options.emulated ?? false,
      metrics,
      upstreamCallsPerRequest: options.upstreamCallsPerRequest ?? DEFAULT_UPSTREAM_CALLS_PER_REQUEST,
      createLoaders: (upstream) => ({
        ...createClientLoaders(authlete, upstream, clientCache),
        accessToken: createAccessTokenLoader({ authlete, upstream, logger: upstream.logger }),
      }),
    }),
    useLimits({ production }),
    useOperationCost({ maxCost: REQUEST_LIMITS.maxCost }),
    ...(options.trustedDocuments ? [useTrustedDocuments(options.trustedDocuments)] : []),
    ...(production ? [useDisableIntrospection() as Plugin, useNoSuggestions(), useNoEchoedValues()] : []),
    usePostOnlyFields(),
    useMutationAuthorization(),
    ...(options.rateLimiter || options.readRateLimiter
      ? [useRateLimit({ mutation: options.rateLimiter, query: options.readRateLimiter }, { storeFailure: options.rateLimitStoreFailure })]
      : []),
    useErrorMasking(logger),
    useCompiledExecution({ afterRuns: options.compileAfterRuns ?? DEFAULT_COMPILE_AFTER_RUNS, metrics }),
  ];

  const gateway = createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    graphiql: production
      ? false
      : {
          title: 'Authlete GraphQL gateway',
          defaultQuery: options.graphiqlDefaultQuery,
          headers: JSON.stringify(options.graphiqlHeaders ?? {}, null, 2),
          defaultEditorToolsVisibility: 'headers',
        },
    // GraphiQL's assets are served inline: no CDN is needed (or reachable) to use it.
    renderGraphiQL: renderGraphiQLInline,
    // Masking is done by useErrorMasking, which knows the request id (see plugins/useErrorMasking.ts).
    maskedErrors: { maskError: passErrorsThrough },
    batching: false,
    // Our body reader (useRequestBodies) enforces the limit without Yoga's per-request stream
    // pipeline, which the profile showed costing more than the check is worth.
    maxRequestBodySize: false,
    cors: corsFor(options.corsOrigins ?? []),
    logging: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
    plugins: plugins as Array<Plugin<GatewayContext>>,
  });
  entryPoints.set(gateway, {
    authenticate,
    maxBodyBytes: REQUEST_LIMITS.maxBodyBytes,
    maxBodyDepth: REQUEST_LIMITS.maxBodyJsonDepth,
    serving: () => !readiness?.shuttingDown,
    enabled: options.trustedDocuments === undefined,
    logger,
    metrics,
  });
  return gateway;
}
