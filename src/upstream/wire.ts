/**
 * Authlete's request and answer bodies, typed from its vendored API v3 spec: every type here is
 * derived from `generated/authlete-v3.ts` (made by `npm run codegen`), none is written by hand.
 *
 * Requests are the spec's types as they are: the gateway builds them, so the compiler checks every
 * field it sends. Answers are `Received<…>` of the spec's types: every member may be absent or
 * null, because the gateway relies on no member being present. A member of the wrong type is not
 * caught by these types (the client checks only that an answer is a JSON object); the schema's
 * scalars and enums check each member when they serialise it and fail only that field, so a
 * malformed member never loses the token beside it.
 */
import type { ENDPOINTS, EndpointName } from './endpoints.js';
import type { components, operations } from './generated/authlete-v3.js';

type Schemas = components['schemas'];

/** An answer's members as they may arrive: absent or null anywhere. */
export type Received<T> = T extends string | number | bigint | boolean
  ? T
  : T extends ReadonlyArray<infer Element>
    ? Array<Received<Element>>
    : T extends object
      ? { -readonly [K in keyof T]?: Received<T[K]> | null }
      : T;

/**
 * Every answer may carry Authlete's result members; a refusal's body (400, 403, 404, 500) has
 * only those, which every answer type below allows, all members being optional.
 */
type Answer<Body> = Received<Body> & ResultAnswer;

/** An operation's JSON request body, required or not (the lock update's is optional in the spec, and the gateway always sends it). */
type JsonRequest<Operation> = Operation extends { requestBody?: infer Request }
  ? [NonNullable<Request>] extends [never]
    ? never
    : NonNullable<Request> extends { content: { 'application/json': infer Body } }
      ? Body
      : never
  : never;
type JsonAnswer<Operation> = Operation extends { responses: { 200: { content: { 'application/json': infer Body } } } } ? Body : never;
type Query<Operation> = Operation extends { parameters: { query?: infer Parameters } } ? NonNullable<Parameters> : never;

export type TokenCreateRequest = JsonRequest<operations['auth_token_create_api']>;
export type TokenCreateAnswer = Answer<JsonAnswer<operations['auth_token_create_api']>>;
/**
 * What the gateway sends: the spec marks `clientId` required, yet Authlete (API v3) takes
 * `clientIdentifier` in its place, and the input requires one of the two.
 */
export type TokenCreateRequestSent = Omit<TokenCreateRequest, 'clientId'> & Partial<Pick<TokenCreateRequest, 'clientId'>>;
export type TokenUpdateRequest = JsonRequest<operations['auth_token_update_api']>;
export type TokenUpdateAnswer = Answer<JsonAnswer<operations['auth_token_update_api']>>;
/** What the gateway sends: the spec marks `accessToken` required, yet Authlete (API v3) takes `accessTokenHash` in its place. */
export type TokenUpdateRequestSent = Omit<TokenUpdateRequest, 'accessToken'> & Partial<Pick<TokenUpdateRequest, 'accessToken'>>;
export type TokenRevokeRequest = JsonRequest<operations['auth_token_revoke_api']>;
export type TokenRevokeAnswer = Answer<JsonAnswer<operations['auth_token_revoke_api']>>;
/** Delete answers 204 without a body on success, Authlete's result on a refusal. */
export type TokenDeleteAnswer = ResultAnswer;
export type TokenListQuery = Query<operations['auth_token_get_list_api']>;
export type TokenListAnswer = Answer<JsonAnswer<operations['auth_token_get_list_api']>>;
export type ClientListQuery = Query<operations['client_get_list_api']>;
export type ClientListAnswer = Answer<JsonAnswer<operations['client_get_list_api']>>;
export type ClientAnswer = Answer<JsonAnswer<operations['client_get_api']>>;
export type ClientLockUpdateRequest = JsonRequest<operations['client_flag_update_api']>;
export type ClientLockUpdateAnswer = Answer<JsonAnswer<operations['client_flag_update_api']>>;
export type ClientAuthorizationListAnswer = Answer<JsonAnswer<operations['client_authorization_get_list_api']>>;
export type ClientAuthorizationDeleteAnswer = Answer<JsonAnswer<operations['client_authorization_delete_api']>>;
/** The spec gives granted_scopes/get the schema client_authorization_delete_response, which holds the granted scopes. */
export type GrantedScopesAnswer = Answer<JsonAnswer<operations['client_granted_scopes_get_api']>>;
export type GrantedScopesDeleteAnswer = Answer<JsonAnswer<operations['client_granted_scopes_delete_api']>>;
export type IntrospectionRequest = JsonRequest<operations['auth_introspection_api']>;
export type IntrospectionAnswer = Answer<JsonAnswer<operations['auth_introspection_api']>>;
/** An entry of the authorized-clients list: a few of the client's fields. */
export type ClientLimitedEntry = Received<Schemas['client_limited']>;

/** Members shared by several bodies. */
export type GrantTypeName = Schemas['grant_type'];
export type ResponseTypeName = Schemas['response_type'];
export type ClientTypeName = Schemas['client_type'];
export type ClientAuthMethodName = Schemas['client_auth_method'];
export type ApplicationTypeName = Schemas['application_type'];
export type Property = Schemas['property'];
export type AuthzDetails = Schemas['authz_details'];
export type AuthzDetailsElement = Schemas['authorization_details_element'];
/** An entry of the token list, as received: hashes only, never token values. */
export type AccessTokenEntry = Received<Schemas['access_token']>;
/** A client, as `client/get` answers it. */
export type ClientEntry = Received<Schemas['client']>;
/** Authlete's result members, present in every answer and alone in a refusal's body. */
export type ResultAnswer = Received<Schemas['result']>;

/** A list read's range: `start` inclusive, `end` exclusive. */
export interface ListRange {
  start: number;
  end: number;
}

/** A list's filters (absent ones are left out) and its range. */
type ListQuery<Query> = { [K in Exclude<keyof Query, 'start' | 'end'>]?: Query[K] | null } & ListRange;
/** A paged read's query (filters and range), or another endpoint's query parameters as its spec has them. */
type QueryInput<Query> = 'start' extends keyof Query ? ListQuery<Query> : Query;

/** The spec's operation behind an endpoint of endpoints.ts, by its operation id. */
type OperationOf<Name extends EndpointName> = operations[(typeof ENDPOINTS)[Name]['operationId']];
/** An operation's path parameters, less the service id (the client adds it). */
type PathParameters<Operation> = Operation extends { parameters: { path: infer Path } } ? Omit<Path, 'serviceId'> : never;
/** What `call` takes for an operation, as its spec says: a JSON body, path parameters, a list query. */
type SpecInput<Operation> = ([JsonRequest<Operation>] extends [never] ? unknown : { body: JsonRequest<Operation> }) &
  (keyof PathParameters<Operation> extends never ? unknown : { params: { [K in keyof PathParameters<Operation>]: string } }) &
  ([Query<Operation>] extends [never] ? unknown : { query: QueryInput<Query<Operation>> });

/** Where the gateway knowingly departs from the spec's types (each explained where it is defined). */
interface Departures {
  tokenCreate: { body: TokenCreateRequestSent };
  tokenUpdate: { body: TokenUpdateRequestSent };
  tokenDelete: { answer: TokenDeleteAnswer };
}

/**
 * What each endpoint of endpoints.ts takes (a JSON `body`, path `params`, or a list `query`) and
 * answers, derived from the generated spec types by the endpoint's operation id: an endpoint added
 * to the table is typed with no line here, unless the gateway departs from the spec (Departures).
 */
export type EndpointTypes = {
  [Name in EndpointName]: Name extends keyof Departures
    ? Omit<SpecInput<OperationOf<Name>> & { answer: Answer<JsonAnswer<OperationOf<Name>>> }, keyof Departures[Name]> & Departures[Name]
    : SpecInput<OperationOf<Name>> & { answer: Answer<JsonAnswer<OperationOf<Name>>> };
};

/** A JSON request body; int64 fields are `number` when safe, `bigint` beyond 2^53. */
export type EndpointBody = { [Name in keyof EndpointTypes]: EndpointTypes[Name] extends { body: infer Body } ? Body : never }[keyof EndpointTypes];
