/**
 * The Authlete endpoints the gateway calls, described once: the spec's operation id, the method,
 * the path below `/api/{serviceId}` (v3) or `/api` (v2, the same path), whether it is a read
 * (retried once after a connection failure, aborted when its request ends) or a write (never
 * retried, never aborted once sent), and the error statuses whose body is Authlete's result to map.
 *
 * Everything else is derived from this table: the client's one `call` (authlete-client.ts) and its
 * typed arguments and answer (wire.ts, `EndpointTypes`, from the generated spec types by operation id), the wire-type generator's endpoint list
 * (scripts/authlete-wire-types.ts), the emulator's routes (a handler for every endpoint, or it does
 * not compile) and the emulator spec test's coverage.
 */

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

export interface EndpointSpec {
  /** The operation id in spec/authlete/spec_next.yaml. */
  operationId: string;
  method: HttpMethod;
  /** Below /api/{serviceId} (v3) and /api (v2); `{name}` is a path parameter. */
  path: string;
  /** Reads are retried once after a connection failure and aborted when their request ends; writes neither. */
  kind: 'read' | 'write';
  /** Error statuses whose JSON result body is an answer to map, not a failure. */
  resultStatuses: readonly number[];
  /**
   * Query parameters, sent when given (a list read's filters, a subject): never a path segment,
   * since a subject may hold `/`, `?`, `#`, `%`, spaces or non-ASCII and must reach Authlete byte
   * for byte. A paged read sends `start` and `end` after them.
   */
  query?: readonly string[];
  /** A list read: `start` (inclusive) and `end` (exclusive) are sent after the query parameters. */
  paged?: true;
}

export const ENDPOINTS = {
  tokenCreate: { operationId: 'auth_token_create_api', method: 'POST', path: '/auth/token/create', kind: 'write', resultStatuses: [400, 403, 500] },
  tokenUpdate: { operationId: 'auth_token_update_api', method: 'POST', path: '/auth/token/update', kind: 'write', resultStatuses: [400, 403, 404, 500] },
  tokenRevoke: { operationId: 'auth_token_revoke_api', method: 'POST', path: '/auth/token/revoke', kind: 'write', resultStatuses: [400, 403, 404, 500] },
  tokenDelete: {
    operationId: 'auth_token_delete_api',
    method: 'DELETE',
    path: '/auth/token/delete/{accessTokenIdentifier}',
    kind: 'write',
    resultStatuses: [400, 403, 404, 500],
  },
  tokenList: {
    operationId: 'auth_token_get_list_api',
    method: 'GET',
    path: '/auth/token/get/list',
    kind: 'read',
    resultStatuses: [400, 403, 404, 500],
    query: ['clientIdentifier', 'subject'],
    paged: true,
  },
  clientGet: { operationId: 'client_get_api', method: 'GET', path: '/client/get/{clientId}', kind: 'read', resultStatuses: [400, 403, 404, 500] },
  clientList: {
    operationId: 'client_get_list_api',
    method: 'GET',
    path: '/client/get/list',
    kind: 'read',
    resultStatuses: [400, 403, 404, 500],
    query: ['developer'],
    paged: true,
  },
  clientLockUpdate: {
    operationId: 'client_flag_update_api',
    method: 'POST',
    path: '/client/lock_flag/update/{clientIdentifier}',
    kind: 'write',
    resultStatuses: [400, 403, 404, 500],
  },
  clientAuthorizationList: {
    operationId: 'client_authorization_get_list_api',
    method: 'GET',
    path: '/client/authorization/get/list',
    kind: 'read',
    resultStatuses: [400, 403, 404, 500],
    query: ['subject'],
    paged: true,
  },
  clientAuthorizationDelete: {
    operationId: 'client_authorization_delete_api',
    method: 'DELETE',
    path: '/client/authorization/delete/{clientId}',
    kind: 'write',
    resultStatuses: [400, 403, 404, 500],
    query: ['subject'],
  },
  grantedScopesGet: {
    operationId: 'client_granted_scopes_get_api',
    method: 'GET',
    path: '/client/granted_scopes/get/{clientId}',
    kind: 'read',
    resultStatuses: [400, 403, 404, 500],
    query: ['subject'],
  },
  grantedScopesDelete: {
    operationId: 'client_granted_scopes_delete_api',
    method: 'DELETE',
    path: '/client/granted_scopes/delete/{clientId}',
    kind: 'write',
    resultStatuses: [400, 403, 404, 500],
    query: ['subject'],
  },
  // A POST that changes nothing: read-kind, so retried once after a connection failure.
  introspection: { operationId: 'auth_introspection_api', method: 'POST', path: '/auth/introspection', kind: 'read', resultStatuses: [400, 403, 500] },
} as const satisfies Record<string, EndpointSpec>;

export type EndpointName = keyof typeof ENDPOINTS;

/** The endpoints, in the table's order. */
export const ENDPOINT_NAMES = Object.keys(ENDPOINTS) as EndpointName[];

/** An endpoint's name in logs, metrics, spans and errors: its path up to the first parameter (never a token). */
export function endpointLabel(name: EndpointName): string {
  return ENDPOINTS[name].path.replace(/\/\{.*$/, '').slice(1);
}

/** A value for every endpoint, computed once. */
export function perEndpoint<Value>(value: (name: EndpointName) => Value): Record<EndpointName, Value> {
  const values = {} as Record<EndpointName, Value>;
  for (const name of ENDPOINT_NAMES) values[name] = value(name);
  return values;
}
