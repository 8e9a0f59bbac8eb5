/**
 * The shapes the resolvers hand to the schema: Authlete's answers as wire.ts types them from the
 * spec (names unchanged, int64 values as number or bigint, every member possibly absent or null),
 * with `action` mapped to the gateway's enum. Field values are passed through as Authlete sent
 * them; a value of the wrong type fails only its own field in GraphQL, so the rest of an answer
 * (above all a token Authlete created) is never lost.
 *
 * The action lists below are the one list per enum: the schema's enums are built from them, the
 * resolvers map against them, and the compiler checks each against the spec's enum.
 */
import type { SameKeys } from './type-checks.js';
import type {
  AccessTokenEntry,
  AuthzDetails,
  AuthzDetailsElement,
  ClientEntry,
  GrantedScopesAnswer,
  IntrospectionAnswer,
  Property,
  Received,
  TokenCreateAnswer,
  TokenRevokeAnswer,
  TokenUpdateAnswer,
} from './upstream/wire.js';

export type Int64Value = number | bigint;

export type PropertyShape = Received<Property>;
export type AuthzDetailsElementShape = Received<AuthzDetailsElement>;
export type AuthzDetailsShape = Received<AuthzDetails>;

export const TOKEN_CREATE_ACTIONS = ['INTERNAL_SERVER_ERROR', 'BAD_REQUEST', 'FORBIDDEN', 'OK'] as const;
export type TokenCreateAction = (typeof TOKEN_CREATE_ACTIONS)[number] | 'UNKNOWN';
const createActionsAreTheSpecs: SameKeys<(typeof TOKEN_CREATE_ACTIONS)[number], NonNullable<TokenCreateAnswer['action']>> = true;

export type TokenCreateResult = Omit<TokenCreateAnswer, 'action'> & { action: TokenCreateAction };

export const TOKEN_UPDATE_ACTIONS = ['INTERNAL_SERVER_ERROR', 'BAD_REQUEST', 'FORBIDDEN', 'NOT_FOUND', 'OK'] as const;
export type TokenUpdateAction = (typeof TOKEN_UPDATE_ACTIONS)[number] | 'UNKNOWN';
const updateActionsAreTheSpecs: SameKeys<(typeof TOKEN_UPDATE_ACTIONS)[number], NonNullable<TokenUpdateAnswer['action']>> = true;
void [createActionsAreTheSpecs, updateActionsAreTheSpecs];

/** Revoke and delete answers carry no `action`; the gateway derives one (see mapAction). */
export const TOKEN_REMOVAL_ACTIONS = TOKEN_UPDATE_ACTIONS;
export type TokenRemovalAction = TokenUpdateAction;

export type TokenUpdateResult = Omit<TokenUpdateAnswer, 'action'> & { action: TokenUpdateAction };

export type TokenRevokeResult = TokenRevokeAnswer & { action: TokenRemovalAction };

/** The gateway's own answer to a delete: Authlete answers 204 with no body on success. */
export interface TokenDeleteResult {
  deleted: boolean;
  accessTokenIdentifier: string;
  action: TokenRemovalAction;
  resultCode?: string | null;
  resultMessage?: string | null;
}

export const INTROSPECTION_ACTIONS = ['INTERNAL_SERVER_ERROR', 'BAD_REQUEST', 'UNAUTHORIZED', 'FORBIDDEN', 'OK'] as const;
export type IntrospectionAction = (typeof INTROSPECTION_ACTIONS)[number] | 'UNKNOWN';
const introspectionActionsAreTheSpecs: SameKeys<(typeof INTROSPECTION_ACTIONS)[number], NonNullable<IntrospectionAnswer['action']>> = true;
void introspectionActionsAreTheSpecs;

/** Authlete's introspection answer with `action` mapped; `responseContent` is not passed on (it may quote the token). */
export type TokenIntrospectionResult = Omit<IntrospectionAnswer, 'action' | 'responseContent'> & { action: IntrospectionAction };

/** What a user granted a client (`client/granted_scopes/get`). */
export type GrantedScopesShape = GrantedScopesAnswer;

/**
 * The gateway's answer to removing what a user granted a client (its tokens, or its granted
 * scopes): Authlete answers only a result; the client and subject are the request's, so that a
 * cache can drop what they name.
 */
export interface ClientGrantRemovalResult {
  clientId: Int64Value;
  subject: string;
  action: TokenRemovalAction;
  resultCode?: string | null;
  resultMessage?: string | null;
}

/** An entry of Authlete's token list: hashes only, never token values. */
export type AccessTokenShape = AccessTokenEntry;

/** A Relay connection page: its edges, pageInfo and Authlete's totalCount. */
export interface ConnectionPage<Node> {
  edges: Array<{ cursor: string; node: Node }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number | null;
}

export type AccessTokenConnectionResult = ConnectionPage<AccessTokenShape>;

/**
 * The client fields the schema's Client exposes, of the ~100 `client/get` returns: the only ones
 * the schema can read and the only ones the client cache keeps (never a secret or a key).
 */
export const CLIENT_FIELDS = [
  'clientId',
  'clientIdAlias',
  'clientName',
  'description',
  'clientType',
  'applicationType',
  'grantTypes',
  'responseTypes',
  'redirectUris',
  'tokenAuthMethod',
  'developer',
  'logoUri',
  'clientUri',
  'createdAt',
  'modifiedAt',
  'locked',
  'dynamicallyRegistered',
] as const satisfies ReadonlyArray<keyof ClientEntry>;

/** Authlete's client, as `client/get` returns it, narrowed to CLIENT_FIELDS. */
export type ClientShape = Pick<ClientEntry, (typeof CLIENT_FIELDS)[number]>;

export type ClientConnectionResult = ConnectionPage<ClientShape>;
