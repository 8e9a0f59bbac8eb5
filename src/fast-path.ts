/**
 * The gateway's HTTP entry point: the Yoga app, with a shorter road for the common request.
 *
 * The common request is `POST /graphql` with a JSON body of known length (up to 16 KB), one Authorization header
 * and no Origin (a server or a dashboard's backend, not a browser). For it, the listener does what
 * Yoga's Node adapter and body parser would, more cheaply: it authenticates the caller from the
 * header before reading a byte of the body, reads the body in one step and parses it losslessly.
 * Everything else is Yoga's own code, in Yoga's order: every plugin's onRequest hook, every
 * onRequestParse hook (authentication, CSRF, introspection's switch; only the parser they pick is
 * unused), onRequestParseDone, `getResultForParams` (onParams, then envelop: parse and validation
 * caches, Armor, cost, scopes, rate limit, compiled execution), every onResultProcess hook
 * (masking, error metrics, content negotiation, status codes) and every onResponse hook. What it
 * skips is turning Node's request into a fetch Request with a body stream, and that stream's reading.
 *
 * Anything else goes to Yoga unchanged: other paths and methods, other content types, chunked
 * bodies or bodies over 16 KB, browsers (Origin: CORS), a second Authorization header, tracing on, a gateway
 * shutting down, trusted-document deployments. So does any request the short road would answer
 * differently: a caller that does not authenticate (Yoga answers the 401, without reading the
 * body), and a body that is not one plain GraphQL request (Yoga answers it from the bytes read).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendNodeResponse } from '@whatwg-node/server';
import type { ExecutionResult, GraphQLError } from 'graphql';
import type { Logger } from './logger.js';
import type { GatewayMetrics } from './observability/metrics.js';
import { parseJson } from './json.js';
import { tracingOn } from './observability/tracing.js';
import type { CallerAuthenticator } from './security/caller-auth.js';
import { isPromise, type YogaServerInstance } from 'graphql-yoga';
import { authorizationHeaderCount } from './plugins/useCallerAuth.js';
import type { GatewayContext } from './types.js';

type Gateway = YogaServerInstance<Record<string, unknown>, GatewayContext>;

export interface RequestListenerOptions {
  /** The same authenticator the gateway's useCallerAuth runs. */
  authenticate: CallerAuthenticator;
  /** The body limit of the gateway (REQUEST_LIMITS); the short road reads at most SHORT_ROAD_MAX_BYTES of it. */
  maxBodyBytes: number;
  maxBodyDepth: number;
  /** False while shutting down (the draining answers are Yoga's). */
  serving: () => boolean;
  /** Off when trusted documents are configured: their parameters are Yoga's to read. */
  enabled: boolean;
  logger: Logger;
  /** Counts the requests each road takes. */
  metrics?: GatewayMetrics;
}

/** A Yoga or server-adapter hook, as this module calls it. */
type Hook = (payload: Record<string, unknown>) => unknown;

/** The parts of Yoga's server the short road runs (public at runtime, private in Yoga's typings). */
interface YogaInternals {
  getResultForParams(payload: { params: Record<string, unknown>; request: Request }, context: Record<string, unknown>): unknown;
  onRequestParseHooks: Hook[];
  onResultProcessHooks: Hook[];
  plugins: Array<{ onRequest?: Hook; onResponse?: Hook } | undefined | false>;
}

const GRAPHQL_PARAMS = new Set(['query', 'variables', 'operationName']);
/**
 * The largest body the short road reads (a dashboard's operations are a few hundred bytes to a few
 * KB): a larger one goes to Yoga, which reads it as a stream within the body limit, so the short
 * road never holds a large body twice (its bytes and Yoga's copy, if it is not plain GraphQL).
 */
const SHORT_ROAD_MAX_BYTES = 16 * 1024;

/** True when the short road answers this request exactly as Yoga would (decided from the headers). */
function eligible(request: IncomingMessage, options: RequestListenerOptions): boolean {
  if (request.method !== 'POST' || request.url !== '/graphql') return false;
  const { headers } = request;
  const type = headers['content-type'];
  if (type !== 'application/json' && type !== 'application/json; charset=utf-8') return false;
  const length = headers['content-length'];
  if (length === undefined || !/^\d{1,9}$/.test(length) || Number(length) > options.maxBodyBytes) return false;
  if (headers['transfer-encoding'] !== undefined || headers.origin !== undefined || headers['content-encoding'] !== undefined) return false;
  return authorizationHeaderCount(request.rawHeaders) <= 1 && !tracingOn() && options.serving();
}

/** One plain GraphQL request: a query, and variables and an operation name if any; nothing Yoga would refuse or read otherwise. */
function plainParams(body: unknown): body is Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const params = body as Record<string, unknown>;
  for (const key in params) if (!GRAPHQL_PARAMS.has(key)) return false;
  if (typeof params.query !== 'string') return false;
  const { variables, operationName } = params;
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return false;
  return operationName === undefined || operationName === null || typeof operationName === 'string';
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // Gone already (while its caller was being authenticated): 'close' has been and will not come again.
    if (request.destroyed && !request.complete) {
      reject(new Error('the connection closed before the request body ended'));
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    request.once('error', reject);
    // A connection closed before the body's end (the client left, or HTTP_REQUEST_TIMEOUT_MS cut it off).
    request.once('close', () => {
      if (!request.complete) reject(new Error('the connection closed before the request body ended'));
    });
  });
}

export function createRequestListener(gateway: Gateway, given: RequestListenerOptions): (request: IncomingMessage, response: ServerResponse) => void {
  const options = { ...given, maxBodyBytes: Math.min(given.maxBodyBytes, SHORT_ROAD_MAX_BYTES) };
  const yoga = gateway as unknown as YogaInternals;
  const fetchAPI = gateway.fetchAPI;
  const plugins = yoga.plugins.flatMap((plugin) => (plugin ? [plugin] : []));
  const onRequestHooks = plugins.flatMap((plugin) => (plugin.onRequest ? [plugin.onRequest] : []));
  const onResponseHooks = plugins.flatMap((plugin) => (plugin.onResponse ? [plugin.onResponse] : []));
  const roads = { short: options.metrics?.httpRoads.labels('short'), yoga: options.metrics?.httpRoads.labels('yoga') };

  /** Yoga, from the bytes already read. */
  async function toYoga(request: IncomingMessage, response: ServerResponse, body: Buffer): Promise<void> {
    const answer = await gateway.fetch(
      `http://${request.headers.host ?? 'localhost'}/graphql`,
      // The request ends when its client leaves, as on Yoga's own road: reads in flight are aborted.
      { method: 'POST', headers: request.headers as Record<string, string>, body, signal: signalOf(response) },
      { req: request, res: response },
    );
    await sendNodeResponse(answer, response, request, false);
  }

  /** Yoga's `handle` for parameters already read: every hook of every stage, in Yoga's order; only the body parser is this module's. */
  async function answerFor(fetchRequest: Request, url: URL, params: Record<string, unknown>, serverContext: Record<string, unknown>): Promise<Response> {
    let early: Response | undefined;
    const endResponse = (answer: Response) => {
      early = answer;
    };
    for (const hook of onRequestHooks) {
      const pending = hook({ request: fetchRequest, url, serverContext, fetchAPI, requestHandler: undefined, setRequestHandler() {}, endResponse });
      if (isPromise(pending)) await pending;
      if (early) return early;
    }
    let result: ExecutionResult;
    try {
      // Request parsing: every hook runs (the caller's authentication, CSRF, introspection's switch);
      // the parser they choose is not needed, the body is parsed already.
      const parsed: Hook[] = [];
      for (const hook of yoga.onRequestParseHooks) {
        const pending = hook({ request: fetchRequest, url, serverContext, fetchAPI, requestParser: undefined, setRequestParser() {}, endResponse });
        const done = (isPromise(pending) ? await pending : pending) as { onRequestParseDone?: Hook } | undefined;
        if (early) return early;
        if (done?.onRequestParseDone) parsed.push(done.onRequestParseDone);
      }
      for (const hook of parsed) {
        const pending = hook({
          requestParserResult: params,
          setRequestParserResult(next: Record<string, unknown>) {
            params = next;
          },
        });
        if (isPromise(pending)) await pending;
      }
      const pending = yoga.getResultForParams({ params, request: fetchRequest }, serverContext);
      result = (isPromise(pending) ? await pending : pending) as ExecutionResult;
    } catch (error) {
      // As Yoga's own handler does: the failure (a 401 from authentication, say) becomes the result.
      result = { errors: [error as GraphQLError] };
    }
    let processor: ((result: ExecutionResult, fetchAPI: unknown, mediaType: string) => Response | Promise<Response>) | undefined;
    let mediaType = '*/*';
    const acceptableMediaTypes: string[] = [];
    for (const hook of yoga.onResultProcessHooks) {
      const pending = hook({
        request: fetchRequest,
        acceptableMediaTypes,
        result,
        setResult(next: ExecutionResult) {
          result = next;
        },
        resultProcessor: processor,
        setResultProcessor(next: typeof processor, nextMediaType: string) {
          processor = next;
          mediaType = nextMediaType;
        },
        serverContext,
      });
      if (isPromise(pending)) await pending;
    }
    if (!processor) {
      return new fetchAPI.Response(null, { status: 406, statusText: 'Not Acceptable', headers: { accept: acceptableMediaTypes.join('; charset=utf-8, ') } });
    }
    return processor(result, fetchAPI, mediaType);
  }

  async function shortRoad(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      // Before a byte of the body is read, as useCallerAuth does (which authenticates again, from its cache).
      await options.authenticate(request.headers.authorization ?? null);
    } catch {
      // Yoga authenticates again and answers the refusal (401, or 500 for a failure), without reading the body.
      roads.yoga?.inc();
      gateway(request, response);
      return;
    }
    let body: Buffer;
    try {
      body = await readBody(request);
    } catch (error) {
      // The client left (or was cut off) on the short road: counted there, nothing to answer.
      roads.short?.inc();
      throw error;
    }
    let params: unknown;
    try {
      params = parseJson(body.toString('utf8'), { maxDepth: options.maxBodyDepth });
    } catch {
      params = undefined;
    }
    if (!plainParams(params)) {
      roads.yoga?.inc();
      await toYoga(request, response, body);
      return;
    }
    roads.short?.inc();
    const url = new fetchAPI.URL(`http://${request.headers.host ?? 'localhost'}/graphql`);
    const fetchRequest = new fetchAPI.Request(url, { method: 'POST', headers: request.headers as Record<string, string>, signal: signalOf(response) });
    const serverContext: Record<string, unknown> = { req: request, res: response };
    let answer: Response;
    try {
      answer = await answerFor(fetchRequest, url, params, serverContext);
    } catch (error) {
      // A fault past Yoga's own error handling: answered 500 like any unexpected error, and the
      // onResponse hooks still run (the in-flight gauge, the request's budget of Authlete calls).
      options.logger.error({ err: error }, 'unexpected error while handling a request');
      answer = new fetchAPI.Response(UNEXPECTED, { status: 500, headers: { 'content-type': 'application/json' } });
    }
    for (const hook of onResponseHooks) {
      const pending = hook({ request: fetchRequest, response: answer, serverContext, fetchAPI });
      if (isPromise(pending)) await pending;
    }
    await sendNodeResponse(answer, response, request, false);
  }

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    // Yoga's adapter builds a URL from the Host header, and answered one it cannot parse with a
    // stack trace: such a request is refused here, on either road.
    if (request.headers.host !== undefined && !URL.canParse(`http://${request.headers.host}/`)) {
      response.writeHead(400, { 'content-type': 'application/json', connection: 'close' });
      response.end(INVALID_HOST);
      return;
    }
    if (!options.enabled || !eligible(request, options)) {
      roads.yoga?.inc();
      gateway(request, response);
      return;
    }
    shortRoad(request, response).catch((error: unknown) => {
      // A connection gone mid-body (nothing to answer), or a fault of this module: logged, answered 500.
      if (response.writableEnded || response.destroyed || request.socket.destroyed) return;
      options.logger.error({ err: error }, 'unexpected error while handling a request');
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json', connection: 'close' });
      response.end(UNEXPECTED);
    });
  };

  // Requests pipelined on one connection are handled one after another: a request behind an answer
  // that closes the connection (a 401 or a 413 whose body was not read, a draining gateway) is
  // never run, for its answer could not be sent (a createToken run then would mint a token nobody
  // receives, and a client retrying it would mint another).
  const lastResponse = new WeakMap<object, ServerResponse>();
  return (request, response) => {
    const { socket } = request;
    const previous = lastResponse.get(socket);
    lastResponse.set(socket, response);
    const run = () => (previous && closesConnection(previous, socket) ? response.destroy() : handle(request, response));
    if (!previous || previous.writableFinished) {
      run();
      return;
    }
    let started = false;
    const once = () => {
      if (started) return;
      started = true;
      run();
    };
    previous.once('finish', once);
    previous.once('close', once);
  };
}

const UNEXPECTED = '{"errors":[{"message":"Unexpected error.","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}';
const INVALID_HOST = '{"errors":[{"message":"The Host header is invalid.","extensions":{"code":"BAD_REQUEST"}}]}';

/** True when an answer closes its connection (it said so, or the connection is gone already). */
function closesConnection(response: ServerResponse, socket: { destroyed: boolean }): boolean {
  const connection = response.getHeader('connection');
  return socket.destroyed || !response.shouldKeepAlive || (typeof connection === 'string' && connection.toLowerCase() === 'close');
}

/** Aborted when the client goes away before its answer is written (as Yoga's adapter does for its requests). */
function signalOf(response: ServerResponse): AbortSignal {
  const controller = new AbortController();
  response.once('close', () => {
    if (!response.writableFinished) controller.abort();
  });
  return controller.signal;
}
