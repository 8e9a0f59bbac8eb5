/**
 * The shapes the resolvers hand to the schema: Authlete's JSON as parsed (names unchanged, int64
 * values as number or bigint), with `action` mapped to the gateway's enum. Field values are passed
 * through as Authlete sent them; a value of the wrong type fails only its own field in GraphQL,
 * so the rest of an answer (above all a token Authlete created) is never lost.
 */
export type Int64Value = number | bigint;

export interface PropertyShape {
  key?: string | null;
  value?: string | null;
  hidden?: boolean | null;
}

export interface AuthzDetailsElementShape {
  type?: string | null;
  locations?: string[] | null;
  actions?: string[] | null;
  dataTypes?: string[] | null;
  identifier?: string | null;
  privileges?: string[] | null;
  otherFields?: string | null;
}

export interface AuthzDetailsShape {
  elements?: AuthzDetailsElementShape[] | null;
}

export const TOKEN_CREATE_ACTIONS = ['INTERNAL_SERVER_ERROR', 'BAD_REQUEST', 'FORBIDDEN', 'OK'] as const;
export type TokenCreateAction = (typeof TOKEN_CREATE_ACTIONS)[number] | 'UNKNOWN';

export interface TokenCreateResult {
  resultCode?: string | null;
  resultMessage?: string | null;
  action: TokenCreateAction;
  accessToken?: string | null;
  clientId?: Int64Value | null;
  expiresAt?: Int64Value | null;
  expiresIn?: Int64Value | null;
  grantType?: string | null;
  properties?: PropertyShape[] | null;
  refreshToken?: string | null;
  scopes?: string[] | null;
  subject?: string | null;
  tokenType?: string | null;
  jwtAccessToken?: string | null;
  authorizationDetails?: AuthzDetailsShape | null;
  forExternalAttachment?: boolean | null;
  tokenId?: string | null;
  refreshTokenScopes?: string[] | null;
  clientIdentifier?: string | null;
  sessionId?: string | null;
}

export const TOKEN_UPDATE_ACTIONS = ['INTERNAL_SERVER_ERROR', 'BAD_REQUEST', 'FORBIDDEN', 'NOT_FOUND', 'OK'] as const;
export type TokenUpdateAction = (typeof TOKEN_UPDATE_ACTIONS)[number] | 'UNKNOWN';
/** Revoke and delete answers carry no `action`; the gateway derives one (see mapAction). */
export const TOKEN_REMOVAL_ACTIONS = TOKEN_UPDATE_ACTIONS;
export type TokenRemovalAction = TokenUpdateAction;

export interface TokenUpdateResult {
  resultCode?: string | null;
  resultMessage?: string | null;
  action: TokenUpdateAction;
  accessToken?: string | null;
  accessTokenExpiresAt?: Int64Value | null;
  refreshTokenExpiresAt?: Int64Value | null;
  properties?: PropertyShape[] | null;
  scopes?: string[] | null;
  authorizationDetails?: AuthzDetailsShape | null;
  tokenType?: string | null;
  forExternalAttachment?: boolean | null;
  tokenId?: string | null;
}

export interface TokenRevokeResult {
  resultCode?: string | null;
  resultMessage?: string | null;
  action: TokenRemovalAction;
  count?: number | null;
}

export interface TokenDeleteResult {
  deleted: boolean;
  accessTokenIdentifier: string;
  action: TokenRemovalAction;
  resultCode?: string | null;
  resultMessage?: string | null;
}

/** An entry of Authlete's token list: hashes only, never token values. */
export interface AccessTokenShape {
  accessTokenHash?: string | null;
  refreshTokenHash?: string | null;
  accessTokenExpiresAt?: Int64Value | null;
  refreshTokenExpiresAt?: Int64Value | null;
  createdAt?: Int64Value | null;
  lastRefreshedAt?: Int64Value | null;
  clientId?: Int64Value | null;
  subject?: string | null;
  grantType?: string | null;
  scopes?: string[] | null;
  properties?: PropertyShape[] | null;
  refreshTokenScopes?: string[] | null;
}

/** A Relay connection page: its edges, pageInfo and Authlete's totalCount. */
export interface ConnectionPage<Node> {
  edges: Array<{ cursor: string; node: Node }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number | null;
}

export type AccessTokenConnectionResult = ConnectionPage<AccessTokenShape>;

/** Authlete's client, as `client/get` returns it. Only the fields the schema names are exposed. */
export interface ClientShape {
  clientId?: Int64Value | null;
  clientIdAlias?: string | null;
  clientName?: string | null;
  description?: string | null;
  clientType?: string | null;
  applicationType?: string | null;
  grantTypes?: string[] | null;
  responseTypes?: string[] | null;
  redirectUris?: string[] | null;
  tokenAuthMethod?: string | null;
  developer?: string | null;
  logoUri?: string | null;
  clientUri?: string | null;
  createdAt?: Int64Value | null;
  modifiedAt?: Int64Value | null;
  locked?: boolean | null;
  dynamicallyRegistered?: boolean | null;
}

export type ClientConnectionResult = ConnectionPage<ClientShape>;
