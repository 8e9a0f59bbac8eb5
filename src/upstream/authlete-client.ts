/**
 * The Authlete REST client: the only code that speaks HTTP to Authlete.
 *
 * It knows the API v3 and v2 paths and authentication, keeps a keep-alive connection pool,
 * enforces a per-call timeout that really aborts the request, parses answers losslessly (int64),
 * and sorts every answer into either an `AuthleteAnswer` (a JSON object the resolvers map) or one
 * of the `UpstreamError`s.
 */
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { Pool, errors as undiciErrors } from 'undici';
import type { AuthleteConnection } from '../config.js';
import { isJsonObject, parseJson, stringifyJson } from '../json.js';
import type { Logger } from '../logger.js';
import { injectTraceHeaders, tracer, tracingOn } from '../observability/tracing.js';
import type { EndpointBody, EndpointTypes, ListRange, ResultAnswer } from './wire.js';
import { ENDPOINTS, endpointLabel, perEndpoint, type EndpointName } from './endpoints.js';
import type { UpstreamBudget } from './budget.js';
import {
  type UpstreamError,
  UpstreamBadResponseError,
  UpstreamBudgetExceededError,
  UpstreamTimeoutError,
  UpstreamUnauthorizedError,
  UpstreamUnavailableError,
} from './errors.js';

/**
 * An answer the resolvers can map: a success (200, or 204 for delete, whose body is then `{}`), or
 * an error status the endpoint documents (400/403/404/500) with Authlete's JSON result body. Its
 * body is typed by the spec's answer for the endpoint (see wire.ts for what that type promises).
 */
export interface AuthleteAnswer<Body extends ResultAnswer = ResultAnswer> {
  status: number;
  body: Body;
}

/** What `call` takes for an endpoint: its entry in EndpointTypes without the answer. */
export type EndpointInput<Name extends EndpointName> = Omit<EndpointTypes[Name], 'answer'>;

/** Each endpoint's label and result statuses, computed once. */
const ENDPOINT_LABELS = perEndpoint(endpointLabel);
const RESULT_STATUSES = perEndpoint((name): ReadonlySet<number> => new Set<number>(ENDPOINTS[name].resultStatuses));

/** Per-call context: the request-scoped logger (its lines carry the request id) and the request's budget of calls. */
export interface CallOptions {
  logger?: Logger;
  /** Each call takes one; reads (GET) are aborted when the request ends. */
  budget?: UpstreamBudget;
}

/** Told about every call to Authlete, e.g. to record metrics. `outcome`: the HTTP status, or the error code. */
export type UpstreamCallObserver = (endpoint: string, outcome: string, seconds: number) => void;

interface CallSpec {
  method: 'GET' | 'POST' | 'DELETE';
  /** The endpoint's name, for logs and errors; never holds a token value. */
  endpoint: string;
  /** The path below /api[/{serviceId}]/, already encoded. */
  path: string;
  body?: EndpointBody;
  /** Error statuses whose JSON result body is an answer to map, not a failure. */
  resultStatuses: ReadonlySet<number>;
  /** A read: retried once when the connection failed before any answer (never on a timeout), and aborted when its request ends. */
  read: boolean;
  options?: CallOptions;
}

/** Statuses that mean Authlete, or a proxy in front of it, is down. */
const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);
/** Errors raised before any byte of an answer arrived. */
const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_CLOSED',
]);
const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/**
 * One path segment. The schema already refuses such identifiers; this keeps the promise here too,
 * whatever called: a dot segment would name another Authlete path behind any URL-normalising hop,
 * and a lone surrogate cannot be encoded.
 */
function pathSegment(value: string): string {
  if (value === '' || value === '.' || value === '..' || !value.isWellFormed()) {
    throw new TypeError('refusing an identifier that cannot be a URL path segment');
  }
  return encodeURIComponent(value);
}

/**
 * Where an answer gets its endpoint's type: the one place the spec's types are attached to parsed
 * JSON. Only the envelope is checked (a JSON object); `Received` promises no member, and each
 * member is checked where the schema serialises it (see wire.ts).
 */
function isAnswerBody<Body extends ResultAnswer>(value: unknown): value is Body {
  return isJsonObject(value);
}

/** Any 2xx with a readable body is an answer (Authlete documents 200; a 201 or 202 that reads is not a failure). */
export function isSuccessStatus(status: number): boolean {
  return status >= 200 && status <= 299;
}

/** Authlete's result code in a body that did not parse (e.g. truncated): for the audit line, when it can be read. */
function resultCodeIn(text: string): string | undefined {
  return /"resultCode"\s*:\s*"([A-Z]\d{6})"/.exec(text.slice(0, 4096))?.[1];
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export class AuthleteClient {
  readonly #pool: Pool;
  readonly #pathPrefix: string;
  /** `{prefix}/api/{serviceId}` (v3) or `{prefix}/api` (v2): computed once, not per call. */
  readonly #apiRoot: string;
  readonly #authorization: string;
  /** The request headers of a call without a body and with one, while tracing is off (shared: undici only reads them). */
  readonly #headers: { read: Readonly<Record<string, string>>; write: Readonly<Record<string, string>> };
  readonly #timeoutMs: number;
  readonly #logger: Logger;
  readonly #connection: AuthleteConnection;
  readonly #observe: UpstreamCallObserver | undefined;
  /** The credentials as they could appear in text Authlete echoes. */
  readonly #secrets: readonly string[];

  constructor(connection: AuthleteConnection, logger: Logger, observe?: UpstreamCallObserver) {
    this.#observe = observe;
    const url = new URL(connection.baseUrl);
    this.#connection = connection;
    this.#pool = new Pool(url.origin, {
      connections: 128,
      keepAliveTimeout: 30_000,
      keepAliveMaxTimeout: 600_000,
      maxResponseSize: MAX_RESPONSE_BYTES,
    });
    this.#pathPrefix = url.pathname.replace(/\/+$/, '');
    const { credentials } = connection;
    // v3 paths carry the service id; v2 paths do not (the Basic credentials name the service).
    this.#apiRoot = `${this.#pathPrefix}/api${credentials.apiVersion === 'v3' ? `/${encodeURIComponent(credentials.serviceId)}` : ''}`;
    this.#authorization =
      credentials.apiVersion === 'v3'
        ? `Bearer ${credentials.serviceAccessToken}`
        : `Basic ${Buffer.from(`${credentials.apiKey}:${credentials.apiSecret}`).toString('base64')}`;
    this.#headers = {
      read: Object.freeze({ authorization: this.#authorization, accept: 'application/json' }),
      write: Object.freeze({ authorization: this.#authorization, accept: 'application/json', 'content-type': 'application/json' }),
    };
    this.#secrets = (
      credentials.apiVersion === 'v3'
        ? [credentials.serviceAccessToken]
        : [credentials.apiSecret, Buffer.from(`${credentials.apiKey}:${credentials.apiSecret}`).toString('base64')]
    ).filter((secret) => secret.length >= 4);
    this.#timeoutMs = connection.timeoutMs;
    this.#logger = logger.child({ component: 'authlete-client' });
  }

  /**
   * Text from Authlete without this gateway's credentials (the service access token, the API
   * secret, the Basic credentials) and without any `Bearer …` or `Basic …` credential it echoes.
   */
  #scrub(text: string): string {
    // Whatever stands between the scheme and the credential: spaces, `%20`, `:`, `=`, quotes.
    let scrubbed = text.replace(/(Bearer|Basic)(?:\s|%20|[:="'])+[A-Za-z0-9\-._~+/]+=*/gi, '$1 [redacted]');
    for (const secret of this.#secrets) if (scrubbed.includes(secret)) scrubbed = scrubbed.split(secret).join('[redacted]');
    return scrubbed;
  }

  get apiVersion() {
    return this.#connection.credentials.apiVersion;
  }

  /**
   * Calls one of Authlete's endpoints (endpoints.ts): the body, path parameters or list query its
   * entry in `EndpointTypes` (wire.ts) asks for, answered with the spec's answer type. Reads are
   * retried once after a connection failure (never after a timeout) and aborted when their request
   * ends; writes are neither: a retry of a create could mint a second token.
   */
  call<Name extends EndpointName>(name: Name, input: EndpointInput<Name>, options?: CallOptions): Promise<AuthleteAnswer<EndpointTypes[Name]['answer']>> {
    const endpoint = ENDPOINTS[name];
    const given = input as { body?: EndpointBody; params?: Record<string, string>; query?: Partial<ListRange> & Record<string, unknown> };
    let path = endpoint.path.slice(1).replace(/\{(\w+)\}/g, (_match, parameter: string) => pathSegment(given.params?.[parameter] ?? ''));
    if (given.query) {
      const search = new URLSearchParams();
      for (const parameter of 'query' in endpoint ? endpoint.query : []) {
        const value = given.query[parameter];
        if (typeof value === 'string') search.set(parameter, value);
      }
      if ('paged' in endpoint) {
        search.set('start', String(given.query.start));
        search.set('end', String(given.query.end));
      }
      path += `?${search}`;
    }
    return this.#call<EndpointTypes[Name]['answer']>({
      options,
      method: endpoint.method,
      endpoint: ENDPOINT_LABELS[name],
      path,
      body: given.body,
      resultStatuses: RESULT_STATUSES[name],
      read: endpoint.kind === 'read',
    });
  }

  /**
   * Whether Authlete answers HTTP at all within `timeoutMs` (any status counts: this checks the
   * network path, not the credentials). Sends no credentials.
   */
  async probe(timeoutMs: number): Promise<boolean> {
    try {
      const response = await this.#pool.request({
        method: 'GET',
        path: `${this.#pathPrefix}/`,
        signal: AbortSignal.timeout(timeoutMs),
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      await response.body.dump();
      return true;
    } catch {
      return false;
    }
  }

  /** Closes pooled connections; in-flight calls finish first. */
  async close(): Promise<void> {
    await this.#pool.close();
  }

  async #call<Body extends ResultAnswer>(spec: CallSpec): Promise<AuthleteAnswer<Body>> {
    try {
      return await this.#attempt<Body>(spec);
    } catch (error) {
      const retry = spec.read && error instanceof UpstreamUnavailableError && error.status === undefined;
      if (!retry) throw error;
      (spec.options?.logger ?? this.#logger).info({ endpoint: spec.endpoint }, 'retrying a read once after a connection failure');
      return this.#attempt<Body>(spec);
    }
  }

  #attempt<Body extends ResultAnswer>(spec: CallSpec): Promise<AuthleteAnswer<Body>> {
    if (!tracingOn()) return this.#send<Body>(spec);
    // The span names the endpoint, never the path: a delete's path holds a token.
    return tracer.startActiveSpan(
      `Authlete ${spec.method} ${spec.endpoint}`,
      { kind: SpanKind.CLIENT, attributes: { 'http.request.method': spec.method, 'authlete.endpoint': spec.endpoint } },
      async (span) => {
        try {
          const answer = await this.#send<Body>(spec);
          span.setAttribute('http.response.status_code', answer.status);
          return answer;
        } catch (error) {
          const failure = error as UpstreamError;
          if (failure.status !== undefined) span.setAttribute('http.response.status_code', failure.status);
          span.setAttribute('error.type', failure.code);
          span.setStatus({ code: SpanStatusCode.ERROR, message: failure.code });
          throw error;
        } finally {
          span.end();
        }
      },
    );
  }

  async #send<Body extends ResultAnswer>(spec: CallSpec): Promise<AuthleteAnswer<Body>> {
    const { endpoint, body } = spec;
    const logger = spec.options?.logger ?? this.#logger;
    const budget = spec.options?.budget;
    // Past the request's budget, or after the request ended, nothing is sent.
    budget?.take(endpoint);
    const started = performance.now();
    const timeout = AbortSignal.timeout(this.#timeoutMs);
    // A read is abandoned when its request ends; a write, once sent, is never abandoned.
    const signal = budget && spec.read ? AbortSignal.any([timeout, budget.signal]) : timeout;
    let status: number | undefined;
    try {
      const response = await this.#pool.request({
        method: spec.method,
        path: `${this.#apiRoot}/${spec.path}`,
        headers: this.#headersFor(body !== undefined),
        body: body === undefined ? undefined : stringifyJson(body),
        signal,
        // The abort signal bounds the whole call; undici's own timers must not fire first.
        headersTimeout: this.#timeoutMs + 1000,
        bodyTimeout: this.#timeoutMs + 1000,
      });
      status = response.statusCode;
      const text = await response.body.text();
      const answer = this.#classify<Body>(spec, status, text);
      const seconds = (performance.now() - started) / 1000;
      this.#observe?.(endpoint, String(status), seconds);
      logger.info({ endpoint, status, ms: Math.round(seconds * 1000) }, 'authlete call');
      return answer;
    } catch (error) {
      const failure = this.#toUpstreamError(error, endpoint, status, timeout, budget);
      const seconds = (performance.now() - started) / 1000;
      this.#observe?.(endpoint, status === undefined ? failure.code : String(status), seconds);
      logger.warn({ endpoint, status, code: failure.code, cause: errorCode(error), ms: Math.round(seconds * 1000) }, failure.message);
      throw failure;
    }
  }

  /** With tracing on, each call carries its span's `traceparent`; otherwise the shared headers. */
  #headersFor(withBody: boolean): Record<string, string> {
    const headers = withBody ? this.#headers.write : this.#headers.read;
    return tracingOn() ? injectTraceHeaders({ ...headers }) : headers;
  }

  #classify<Body extends ResultAnswer>(spec: CallSpec, status: number, text: string): AuthleteAnswer<Body> {
    const { endpoint } = spec;
    if (status === 401) throw new UpstreamUnauthorizedError(endpoint, status);
    if (UNAVAILABLE_STATUSES.has(status)) throw new UpstreamUnavailableError(endpoint, status);
    const empty = {};
    if (spec.method === 'DELETE' && (status === 204 || (status === 200 && text.trim() === '')) && isAnswerBody<Body>(empty)) {
      return { status, body: empty };
    }
    if (!isSuccessStatus(status) && !spec.resultStatuses.has(status)) {
      throw new UpstreamBadResponseError(endpoint, status, 'unexpected HTTP status');
    }
    let body: unknown;
    try {
      body = parseJson(text);
    } catch (error) {
      throw new UpstreamBadResponseError(endpoint, status, 'the body is not JSON', error, resultCodeIn(text));
    }
    if (!isAnswerBody<Body>(body)) throw new UpstreamBadResponseError(endpoint, status, 'the body is not a JSON object', undefined, resultCodeIn(text));
    if (!isSuccessStatus(status) && typeof body.resultCode !== 'string' && typeof body.resultMessage !== 'string') {
      throw new UpstreamBadResponseError(endpoint, status, 'the error body is not an Authlete result');
    }
    // Authlete's message is relayed to callers: whatever it echoes, it never carries a credential.
    if (typeof body.resultMessage === 'string') body.resultMessage = this.#scrub(body.resultMessage);
    return { status, body };
  }

  #toUpstreamError(error: unknown, endpoint: string, status: number | undefined, timeout: AbortSignal, budget: UpstreamBudget | undefined) {
    if (
      error instanceof UpstreamUnauthorizedError ||
      error instanceof UpstreamUnavailableError ||
      error instanceof UpstreamBadResponseError
    ) {
      return error;
    }
    if (timeout.aborted) return new UpstreamTimeoutError(endpoint, this.#timeoutMs);
    if (budget?.ended) return new UpstreamBudgetExceededError(endpoint, budget.limit, 'ended');
    if (error instanceof undiciErrors.ResponseExceededMaxSizeError) {
      return new UpstreamBadResponseError(endpoint, status, 'the body is too large', error);
    }
    const code = errorCode(error);
    if (status === undefined || (code !== undefined && CONNECTION_ERROR_CODES.has(code))) {
      return new UpstreamUnavailableError(endpoint, undefined, error);
    }
    return new UpstreamBadResponseError(endpoint, status, 'the answer could not be read', error);
  }
}
