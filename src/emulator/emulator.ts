/**
 * The embedded Authlete emulator: an Authlete-compatible HTTP server on loopback for `npm start`,
 * the tests and the benchmarks. It serves the token API on the v3 paths (Bearer service access
 * token) and the v2 paths (Basic API key and secret), with Authlete's status codes and bodies.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isJsonObject, parseJson, stringifyJson } from '../json.js';
import { result, type EmulatorAnswer } from './answers.js';
import { deleteClientAuthorization, deleteGrantedScopes, getGrantedScopes, listAuthorizedClients, updateClientLock } from './client-authorization.js';
import { createToken } from './token-create.js';
import { introspectToken } from './token-introspection.js';
import { deleteToken, getClient, listClients, listTokens, revokeTokens, updateToken } from './token-lifecycle.js';
import { TokenStore } from './token-store.js';
import { ENDPOINTS, ENDPOINT_NAMES, type EndpointName, type HttpMethod } from '../upstream/endpoints.js';

export interface EmulatorOptions {
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  serviceId?: string;
  /** Issue a few tokens at start, so that a dashboard has something to list (the npm start demo). */
  seedDemoTokens?: boolean;
  serviceAccessToken?: string;
  apiSecret?: string;
  /** The clock, in epoch ms; tests may pin it. */
  now?: () => number;
}

/**
 * Authlete serialises its answers without null members (its DTOs go through Gson, which drops
 * them), and its spec marks none of these fields nullable: a field the emulator has no value for
 * is left out, as Authlete leaves it out. Nulls inside arrays stay (there are none in practice).
 */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  const kept: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) if (member !== null) kept[key] = withoutNulls(member);
  return kept;
}

export interface RunningEmulator {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  serviceId: string;
  /** API v3 credential. */
  serviceAccessToken: string;
  /** API v2 credentials: the API key is the service id, as in Authlete. */
  apiKey: string;
  apiSecret: string;
  store: TokenStore;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_SERVICE_ID = '715948317';
const SERVICE_NUMBER = 5041;

interface Route {
  method: HttpMethod;
  /** Matches the path below /api[/{serviceId}]; a capture group is the path parameter. */
  pattern: RegExp;
  handle(request: { body: Record<string, unknown>; parameter: string; query: URLSearchParams; version: 'v2' | 'v3' }): EmulatorAnswer<object>;
}

/**
 * The routes, from the endpoint table: a `{parameter}` matches one path segment, and paths without
 * parameters are tried first ("client/get/list" is not a client id).
 */
function routesFor(handlers: Record<EndpointName, Route['handle']>): Route[] {
  const routes = ENDPOINT_NAMES.map((name) => {
    const { method, path } = ENDPOINTS[name];
    const pattern = new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '([^/]+)')}$`);
    return { method, pattern, handle: handlers[name], literal: !path.includes('{') };
  });
  return [...routes.filter((route) => route.literal), ...routes.filter((route) => !route.literal)];
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function carriesBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined;
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const DEMO_TOKENS: ReadonlyArray<Record<string, unknown>> = [
  { grantType: 'AUTHORIZATION_CODE', clientId: 26888344961664n, subject: 'john', scopes: ['history.read', 'timeline.read'] },
  { grantType: 'AUTHORIZATION_CODE', clientId: 26888344961664n, subject: 'jane', scopes: ['openid', 'profile'] },
  { grantType: 'PASSWORD', clientId: 26888344961664n, subject: 'john', scopes: ['email'] },
  { grantType: 'CLIENT_CREDENTIALS', clientId: 9007199254740993n, scopes: ['reports.read'] },
  { grantType: 'DEVICE_CODE', clientId: 17201124378391n, subject: 'john', scopes: ['history.read'] },
];

function seedDemoTokens(store: TokenStore, now: number): void {
  for (const request of DEMO_TOKENS) createToken(request, store, 'v3', now);
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const serviceId = options.serviceId ?? DEFAULT_SERVICE_ID;
  const serviceAccessToken = options.serviceAccessToken ?? randomBytes(24).toString('base64url');
  const apiSecret = options.apiSecret ?? randomBytes(24).toString('base64url');
  const now = options.now ?? Date.now;
  const store = new TokenStore();
  if (options.seedDemoTokens) seedDemoTokens(store, now());
  const basicCredentials = `${serviceId}:${apiSecret}`;

  /** Returns the API version the caller authenticated for, or the 401 answer. */
  function authenticate(request: IncomingMessage, apiPath: string, version: 'v2' | 'v3'): EmulatorAnswer | null {
    const header = request.headers.authorization;
    if (!header) return result(401, 'A001202', `${apiPath}, Authorization header is missing.`);
    const [scheme, value = ''] = header.split(' ', 2);
    const accepted =
      version === 'v3'
        ? scheme?.toLowerCase() === 'bearer' && sameSecret(value, serviceAccessToken)
        : scheme?.toLowerCase() === 'basic' && sameSecret(Buffer.from(value, 'base64').toString('utf8'), basicCredentials);
    return accepted ? null : result(401, 'A001203', `${apiPath}, Authorization failed.`);
  }

  /** One handler for every endpoint the gateway calls (endpoints.ts): a missing one does not compile. */
  const handlers: Record<EndpointName, Route['handle']> = {
    tokenCreate: (r) => createToken(r.body, store, r.version, now()),
    tokenUpdate: (r) => updateToken(r.body, store, r.version, now()),
    tokenRevoke: (r) => revokeTokens(r.body, store, now()),
    tokenDelete: (r) => deleteToken(r.parameter, store, now()),
    tokenList: (r) => listTokens(r.query, store, r.version, now()),
    clientList: (r) => listClients(r.query, store, SERVICE_NUMBER),
    clientGet: (r) => getClient(r.parameter, store, SERVICE_NUMBER),
    clientLockUpdate: (r) => updateClientLock(r.parameter, r.body, store, now()),
    clientAuthorizationList: (r) => listAuthorizedClients(r.query, store, now()),
    clientAuthorizationDelete: (r) => deleteClientAuthorization(r.parameter, r.query, store, now()),
    grantedScopesGet: (r) => getGrantedScopes(r.parameter, r.query, store, serviceId),
    grantedScopesDelete: (r) => deleteGrantedScopes(r.parameter, r.query, store),
    introspection: (r) => introspectToken(r.body, store, now()),
  };
  const routes = routesFor(handlers);

  /** Splits /api/{serviceId}/x (v3) or /api/x (v2) into the version, the service id and x. */
  function locate(path: string): { version: 'v2' | 'v3'; serviceId?: string; apiPath: string; route: Route; parameter: string } | null {
    for (const [version, prefix] of [['v3', /^\/api\/(\d+)(\/.*)$/], ['v2', /^\/api(\/.*)$/]] as const) {
      const match = path.match(prefix);
      if (!match) continue;
      const apiPath = (version === 'v3' ? match[2] : match[1]) ?? '';
      for (const route of routes) {
        const found = apiPath.match(route.pattern);
        if (found) return { version, serviceId: version === 'v3' ? match[1] : undefined, apiPath, route, parameter: decodeURIComponent(found[1] ?? '') };
      }
    }
    return null;
  }

  async function handle(request: IncomingMessage): Promise<EmulatorAnswer<object>> {
    const url = new URL(request.url ?? '/', 'http://emulator');
    const path = url.pathname.replace(/\/+$/, '');
    const located = locate(path);
    if (!located) return result(404, 'A000404', `${path}, No such API.`);
    const { version, apiPath, route } = located;
    const refused = authenticate(request, apiPath, version);
    if (refused) return refused;
    if (version === 'v3' && located.serviceId !== serviceId) {
      return result(403, 'A001204', `${apiPath}, The service (ID = ${located.serviceId}) is not accessible with the access token.`);
    }
    if (request.method !== route.method) return result(405, 'A000405', `${apiPath}, Method not allowed.`);
    let body: Record<string, unknown> = {};
    if (route.method === 'POST') {
      // Deliberate difference: the spec also allows form-encoded bodies; the gateway sends JSON,
      // and the spec does not say how arrays and objects are form-encoded, so the emulator refuses them.
      const type = request.headers['content-type']?.split(';', 1)[0]?.trim().toLowerCase();
      if (type !== undefined && type !== 'application/json') {
        return result(415, 'A000415', `${apiPath}, The emulator takes JSON request bodies only (Content-Type: application/json).`);
      }
      const text = await readBody(request);
      if (text === null) return result(413, 'A000413', `${apiPath}, The request body is too large.`);
      let parsed: unknown;
      try {
        parsed = parseJson(text);
      } catch {
        return result(400, 'A000400', `${apiPath}, The request body is not valid JSON.`);
      }
      if (!isJsonObject(parsed)) return result(400, 'A000400', `${apiPath}, The request body is not a JSON object.`);
      body = parsed;
    }
    return route.handle({ body, parameter: located.parameter, query: url.searchParams, version });
  }

  function respond(request: IncomingMessage, response: ServerResponse, answer: EmulatorAnswer<object>): void {
    // An answer given before the request's body was read in full (404, 401, 413, 415, …) closes the
    // connection: the unread rest would otherwise be parsed as the next request, which never comes.
    const close = carriesBody(request) && !request.complete ? { connection: 'close' } : {};
    if (answer.status === 204) {
      response.writeHead(204, close).end();
      return;
    }
    const text = stringifyJson(withoutNulls(answer.body));
    response.writeHead(answer.status, {
      'content-type': 'application/json;charset=UTF-8',
      'content-length': Buffer.byteLength(text),
      ...close,
    });
    response.end(text);
  }

  const server = createServer((request, response) => {
    handle(request).then(
      (answer) => respond(request, response, answer),
      () => respond(request, response, result(500, 'A001101', 'Authlete Server error.')),
    );
  });
  server.keepAliveTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    serviceId,
    serviceAccessToken,
    apiKey: serviceId,
    apiSecret,
    store,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
