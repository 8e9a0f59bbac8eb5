/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The generation of the Authlete API the gateway calls. */
export type AuthleteApiVersion =
  /** Authlete 2.x: paths /api/…, HTTP Basic with the service API key and secret. */
  | 'V2'
  /** Authlete 3.0: paths /api/{serviceId}/…, Bearer service access token. */
  | 'V3';

/** One element of RFC 9396 `authorization_details` to attach to a token. */
export type AuthzDetailsElementInput = {
  /** Actions to be taken at the resource. */
  actions?: Array<string> | null | undefined;
  /** Kinds of data requested (RFC 9396 `datatypes`). */
  dataTypes?: Array<string> | null | undefined;
  /** A specific resource at the API. */
  identifier?: string | null | undefined;
  /** Where the resource or API is. */
  locations?: Array<string> | null | undefined;
  /** Any further fields of the element, as a JSON object (or a string holding one). */
  otherFields?: Record<string, unknown> | string | null | undefined;
  /** Types or levels of privilege. */
  privileges?: Array<string> | null | undefined;
  /** The type of this authorization detail. */
  type: string;
};

/** RFC 9396 authorization details to attach to a token. */
export type AuthzDetailsInput = {
  /** The authorization detail elements. */
  elements: Array<AuthzDetailsElementInput>;
};

/** The fields of Authlete's token-create request (`POST /api/{serviceId}/auth/token/create`), same names. Fields left out are not sent. Either `clientId` or `clientIdentifier` is required. */
export type CreateTokenInput = {
  /** A caller-chosen access token value (e.g. when migrating); Authlete refuses a duplicate. */
  accessToken?: string | null | undefined;
  /** Lifetime of the access token in seconds; 0 or absent means the service's default. */
  accessTokenDuration?: string | null | undefined;
  /** The access token never expires (it must be revoked or deleted); `accessTokenDuration` is then ignored. */
  accessTokenPersistent?: boolean | null | undefined;
  /** The ACR of the user authentication (RFC 9470). Ignored without a subject. */
  acr?: string | null | undefined;
  /** When the user authenticated, in seconds since the Unix epoch. Ignored without a subject. */
  authTime?: string | null | undefined;
  /** RFC 9396 authorization details to attach to the token. */
  authorizationDetails?: AuthzDetailsInput | null | undefined;
  /** Bind the token to a client certificate (RFC 8705): the base64url SHA-256 thumbprint. */
  certificateThumbprint?: string | null | undefined;
  /** Emulate use of the client's entity id (OpenID Federation; affects only `aud` in UserInfo). */
  clientEntityIdUsed?: boolean | null | undefined;
  /** The numeric id of the client the token is issued to. */
  clientId?: string | null | undefined;
  /** Emulate use of the client id alias (affects only `aud` in the UserInfo response). */
  clientIdAliasUsed?: boolean | null | undefined;
  /** The client the token is issued to, by client id or client id alias (API v3). */
  clientIdentifier?: string | null | undefined;
  /** Bind the token to a DPoP key (RFC 9449): the key thumbprint. The token type becomes DPoP. */
  dpopKeyThumbprint?: string | null | undefined;
  /** The token is for OIDC4IDA external attachments. */
  forExternalAttachment?: boolean | null | undefined;
  /** The grant type recorded on the new token. Authlete refuses REFRESH_TOKEN here. */
  grantType: GrantType;
  /** Extra claims for the payload of a JWT access token, as a JSON object (or a string holding one); sent to Authlete serialized. Used only when the service issues JWT access tokens. */
  jwtAtClaims?: Record<string, unknown> | string | null | undefined;
  /** The client was resolved through its Client ID Metadata Document (API v3, Authlete 3.0.22+). */
  metadataDocumentUsed?: boolean | null | undefined;
  /** Extra properties to attach to the token. */
  properties?: Array<PropertyInput> | null | undefined;
  /** A caller-chosen refresh token value; Authlete refuses a duplicate. */
  refreshToken?: string | null | undefined;
  /** Lifetime of the refresh token in seconds; 0 or absent means the service's default. */
  refreshTokenDuration?: string | null | undefined;
  /** RFC 8707 resource indicators (URIs) the token is meant for. */
  resources?: Array<string> | null | undefined;
  /** Scopes to grant; each must be supported by the service and the client. */
  scopes?: Array<string> | null | undefined;
  /** The user's authentication session id, for Native SSO (API v3). */
  sessionId?: string | null | undefined;
  /** The resource owner's unique id: ASCII, at most 100 characters. Required unless the grant type is CLIENT_CREDENTIALS (ignored then) or JWT_BEARER (optional). */
  subject?: string | null | undefined;
};

/** The client and user whose grant to a client (the scopes the user granted it), so that the user is asked again; existing tokens are kept. */
export type DeleteGrantedScopesInput = {
  /** The client's numeric id. */
  clientId: string;
  /** The user's unique id. Sent to Authlete as a query parameter, byte for byte, whatever characters it holds. */
  subject: string;
};

/** The outcome. Authlete's answer has no `action`; the gateway derives it from the HTTP status (200: OK, 400: BAD_REQUEST, 403: FORBIDDEN, 404: NOT_FOUND, 500: INTERNAL_SERVER_ERROR). */
export type DeleteGrantedScopesResponseAction =
  /** The request was wrong, e.g. a missing or invalid parameter. */
  | 'BAD_REQUEST'
  /** The request is not allowed, e.g. the token or client does not belong to the service. */
  | 'FORBIDDEN'
  /** An error occurred on Authlete's side. */
  | 'INTERNAL_SERVER_ERROR'
  /** The client does not exist. */
  | 'NOT_FOUND'
  /** The grant was deleted (or there was none). */
  | 'OK'
  /** Authlete answered with an action this gateway version does not know. The rest of the response is passed on unchanged; check `resultCode` and `resultMessage`. */
  | 'UNKNOWN';

/** An OAuth grant type, by the name Authlete's API uses for it. */
export type GrantType =
  /** The authorization code flow (`authorization_code`). */
  | 'AUTHORIZATION_CODE'
  /** Client-Initiated Backchannel Authentication (`urn:openid:params:grant-type:ciba`). */
  | 'CIBA'
  /** The client credentials flow. No subject and no refresh token. */
  | 'CLIENT_CREDENTIALS'
  /** The device authorization flow (`urn:ietf:params:oauth:grant-type:device_code`). */
  | 'DEVICE_CODE'
  /** The implicit flow. No refresh token is issued. */
  | 'IMPLICIT'
  /** JWT bearer assertion, RFC 7523 (`urn:ietf:params:oauth:grant-type:jwt-bearer`). */
  | 'JWT_BEARER'
  /** The resource owner password credentials flow (`password`). */
  | 'PASSWORD'
  /** OpenID4VCI pre-authorized code (`urn:ietf:params:oauth:grant-type:pre-authorized_code`); API v3 only. */
  | 'PRE_AUTHORIZED_CODE'
  /** The refresh token flow. Authlete refuses it as the grant type of a new token. */
  | 'REFRESH_TOKEN'
  /** Token exchange, RFC 8693 (`urn:ietf:params:oauth:grant-type:token-exchange`). */
  | 'TOKEN_EXCHANGE';

/** An extra property to attach to a token. */
export type PropertyInput = {
  /** Hide the property from the client (it stays visible to Authlete's introspection). Defaults to false. */
  hidden?: boolean | null | undefined;
  /** The property name. */
  key: string;
  /** The property value. */
  value: string;
};

/** The client and user whose authorization of a client: every access token (and refresh token) the client holds for the user. */
export type RevokeClientAuthorizationInput = {
  /** The client's numeric id. */
  clientId: string;
  /** The user's unique id. Sent to Authlete as a query parameter, byte for byte, whatever characters it holds. */
  subject: string;
};

/** The outcome. Authlete's answer has no `action`; the gateway derives it from the HTTP status (200: OK, 400: BAD_REQUEST, 403: FORBIDDEN, 404: NOT_FOUND, 500: INTERNAL_SERVER_ERROR). */
export type RevokeClientAuthorizationResponseAction =
  /** The request was wrong, e.g. a missing or invalid parameter. */
  | 'BAD_REQUEST'
  /** The request is not allowed, e.g. the token or client does not belong to the service. */
  | 'FORBIDDEN'
  /** An error occurred on Authlete's side. */
  | 'INTERNAL_SERVER_ERROR'
  /** The client does not exist. */
  | 'NOT_FOUND'
  /** The client's tokens for the user were deleted (possibly none); `resultMessage` says how many. */
  | 'OK'
  /** Authlete answered with an action this gateway version does not know. The rest of the response is passed on unchanged; check `resultCode` and `resultMessage`. */
  | 'UNKNOWN';

/** The fields of Authlete's token-revoke request (`POST /api/{serviceId}/auth/token/revoke`). Authlete applies the first that applies: `accessTokenIdentifier` (that token and its refresh token; the rest is ignored), else `refreshTokenIdentifier` (likewise), else `clientIdentifier` with `subject` (that user's tokens of that client), else `clientIdentifier` (all of the client's tokens), else `subject` (all of the user's tokens). At least one is required. */
export type RevokeTokensInput = {
  /** An access token, by value or hash. */
  accessTokenIdentifier?: string | null | undefined;
  /** A client, by numeric id or alias. */
  clientIdentifier?: string | null | undefined;
  /** A refresh token, by value or hash. */
  refreshTokenIdentifier?: string | null | undefined;
  /** A user's unique id. */
  subject?: string | null | undefined;
};

/** The client to lock or unlock. */
export type SetClientLockInput = {
  /** The client, by numeric id or alias. */
  clientIdentifier: string;
  /** True to lock the client, false to unlock it. */
  locked: boolean;
};

/** What Authlete did with a token-create request (its `action`). */
export type TokenCreateResponseAction =
  /** The request was wrong, e.g. a missing or invalid parameter. */
  | 'BAD_REQUEST'
  /** The request is not allowed, e.g. the client does not belong to the service. */
  | 'FORBIDDEN'
  /** An error occurred on Authlete's side. */
  | 'INTERNAL_SERVER_ERROR'
  /** An access token, and maybe a refresh token, was issued. */
  | 'OK'
  /** Authlete answered with an action this gateway version does not know. The rest of the response is passed on unchanged; check `resultCode` and `resultMessage`. */
  | 'UNKNOWN';

/** The outcome of a token-delete request. Authlete's delete answers 204 without a body; the gateway derives the outcome from the HTTP status (204: OK, 400: BAD_REQUEST, 403: FORBIDDEN, 404: NOT_FOUND, 500: INTERNAL_SERVER_ERROR). */
export type TokenDeleteResponseAction =
  /** The request was wrong, e.g. a missing or invalid parameter. */
  | 'BAD_REQUEST'
  /** The request is not allowed, e.g. the token or client does not belong to the service. */
  | 'FORBIDDEN'
  /** An error occurred on Authlete's side. */
  | 'INTERNAL_SERVER_ERROR'
  /** The token does not exist (or has expired). */
  | 'NOT_FOUND'
  /** The token was deleted. */
  | 'OK'
  /** Authlete answered with an action this gateway version does not know. The rest of the response is passed on unchanged; check `resultCode` and `resultMessage`. */
  | 'UNKNOWN';

/** Authlete's verdict on an introspected access token (what a resource server would do with it). */
export type TokenIntrospectionAction =
  /** No token was given. */
  | 'BAD_REQUEST'
  /** The token is live, but lacks a scope asked about, or belongs to another subject than the one asked about. */
  | 'FORBIDDEN'
  /** An error occurred on Authlete's side. */
  | 'INTERNAL_SERVER_ERROR'
  /** The token is live and covers the scopes (and subject) asked about. */
  | 'OK'
  /** The access token does not exist or has expired. */
  | 'UNAUTHORIZED'
  /** Authlete answered with an action this gateway version does not know. The rest of the response is passed on unchanged; check `resultCode` and `resultMessage`. */
  | 'UNKNOWN';

/** The outcome of a token-revoke request. Authlete's revoke answer has no `action`; the gateway derives it from the HTTP status (200: OK, 400: BAD_REQUEST, 403: FORBIDDEN, 404: NOT_FOUND, 500: INTERNAL_SERVER_ERROR). */
export type TokenRevokeResponseAction =
  /** The request was wrong, e.g. a missing or invalid parameter. */
  | 'BAD_REQUEST'
  /** The request is not allowed, e.g. the token or client does not belong to the service. */
  | 'FORBIDDEN'
  /** An error occurred on Authlete's side. */
  | 'INTERNAL_SERVER_ERROR'
  /** What the request names (e.g. the client) does not exist. */
  | 'NOT_FOUND'
  /** The matching tokens were revoked; `count` says how many (possibly 0). */
  | 'OK'
  /** Authlete answered with an action this gateway version does not know. The rest of the response is passed on unchanged; check `resultCode` and `resultMessage`. */
  | 'UNKNOWN';

/** What Authlete did with a token-update request (its `action`). */
export type TokenUpdateResponseAction =
  /** The request was wrong, e.g. a missing or invalid parameter. */
  | 'BAD_REQUEST'
  /** The request is not allowed, e.g. the token or client does not belong to the service. */
  | 'FORBIDDEN'
  /** An error occurred on Authlete's side. */
  | 'INTERNAL_SERVER_ERROR'
  /** The token does not exist (or has expired). */
  | 'NOT_FOUND'
  /** The token was updated. */
  | 'OK'
  /** Authlete answered with an action this gateway version does not know. The rest of the response is passed on unchanged; check `resultCode` and `resultMessage`. */
  | 'UNKNOWN';

/** The fields of Authlete's token-update request (`POST /api/{serviceId}/auth/token/update`), same names. Fields left out are not sent and leave the token unchanged. `accessToken` or `accessTokenHash` is required. */
export type UpdateTokenInput = {
  /** The access token to update (its value). */
  accessToken?: string | null | undefined;
  /** A new expiry for the access token; 0 or negative leaves it unchanged. */
  accessTokenExpiresAt?: string | null | undefined;
  /** Recompute the access token's expiry when this request changes its scopes. */
  accessTokenExpiresAtUpdatedOnScopeUpdate?: boolean | null | undefined;
  /** The hash of the access token to update, e.g. from `tokens`; `accessToken` takes precedence. */
  accessTokenHash?: string | null | undefined;
  /** Make the access token never expire (`accessTokenExpiresAt` is then ignored). */
  accessTokenPersistent?: boolean | null | undefined;
  /** Give the token a new value, generated by Authlete and returned in `accessToken`. */
  accessTokenValueUpdated?: boolean | null | undefined;
  /** New RFC 9396 authorization details (replace the old ones entirely). */
  authorizationDetails?: AuthzDetailsInput | null | undefined;
  /** Bind the token to a client certificate (RFC 8705 thumbprint). */
  certificateThumbprint?: string | null | undefined;
  /** Bind the token to a DPoP key (RFC 9449); the token type becomes DPoP. */
  dpopKeyThumbprint?: string | null | undefined;
  /** Whether the token is for OIDC4IDA external attachments. */
  forExternalAttachment?: boolean | null | undefined;
  /** A new set of extra properties (replaces the old set). */
  properties?: Array<PropertyInput> | null | undefined;
  /** A new expiry for the refresh token; 0 or negative leaves it unchanged. */
  refreshTokenExpiresAt?: string | null | undefined;
  /** Recompute the refresh token's expiry when this request changes its scopes. */
  refreshTokenExpiresAtUpdatedOnScopeUpdate?: boolean | null | undefined;
  /** A new set of scopes. Scopes the service does not support or the client may not request are ignored by Authlete. */
  scopes?: Array<string> | null | undefined;
  /** The token identifier. */
  tokenId?: string | null | undefined;
};

export type TokenFieldsFragment = { id: string, accessTokenHash: string | null, subject: string | null, grantType: string | null, scopes: Array<string> | null, createdAt: string | null, accessTokenExpiresAt: string | null, refreshTokenExpiresAt: string | null, client: { __typename: 'Client', id: string, clientId: string | null, clientIdAlias: string | null, clientName: string | null } | null };

export type ClientFieldsFragment = { id: string, clientId: string | null, clientIdAlias: string | null, clientName: string | null, clientType: string | null, applicationType: string | null, developer: string | null, grantTypes: Array<string> | null, redirectUris: Array<string> | null, tokenAuthMethod: string | null, createdAt: string | null, locked: boolean };

export type TokensPageQueryVariables = Exact<{
  clientIdentifier?: string | null | undefined;
  subject?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TokensPageQuery = { tokens: { __typename: 'AccessTokenConnection', totalCount: number | null, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'AccessTokenEdge', cursor: string, node: { __typename: 'AccessToken', id: string, accessTokenHash: string | null, subject: string | null, grantType: string | null, scopes: Array<string> | null, createdAt: string | null, accessTokenExpiresAt: string | null, refreshTokenExpiresAt: string | null, client: { __typename: 'Client', id: string, clientId: string | null, clientIdAlias: string | null, clientName: string | null } | null } | null } | null> | null } | null };

export type TokensNewestPageQueryVariables = Exact<{
  clientIdentifier?: string | null | undefined;
  subject?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type TokensNewestPageQuery = { tokens: { __typename: 'AccessTokenConnection', totalCount: number | null, pageInfo: { __typename: 'PageInfo', hasPreviousPage: boolean, startCursor: string | null }, edges: Array<{ __typename: 'AccessTokenEdge', cursor: string, node: { __typename: 'AccessToken', id: string, accessTokenHash: string | null, subject: string | null, grantType: string | null, scopes: Array<string> | null, createdAt: string | null, accessTokenExpiresAt: string | null, refreshTokenExpiresAt: string | null, client: { __typename: 'Client', id: string, clientId: string | null, clientIdAlias: string | null, clientName: string | null } | null } | null } | null> | null } | null };

export type ClientPageFieldsFragment = { __typename: 'ClientConnection', totalCount: number | null, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, edges: Array<{ __typename: 'ClientEdge', cursor: string, node: { __typename: 'Client', id: string, clientId: string | null, clientIdAlias: string | null, clientName: string | null, clientType: string | null, applicationType: string | null, developer: string | null, grantTypes: Array<string> | null, redirectUris: Array<string> | null, tokenAuthMethod: string | null, createdAt: string | null, locked: boolean } | null } | null> | null };

export type ClientsNewestPageQueryVariables = Exact<{
  developer?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ClientsNewestPageQuery = { clients: { __typename: 'ClientConnection', totalCount: number | null, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, edges: Array<{ __typename: 'ClientEdge', cursor: string, node: { __typename: 'Client', id: string, clientId: string | null, clientIdAlias: string | null, clientName: string | null, clientType: string | null, applicationType: string | null, developer: string | null, grantTypes: Array<string> | null, redirectUris: Array<string> | null, tokenAuthMethod: string | null, createdAt: string | null, locked: boolean } | null } | null> | null } | null };

export type ClientsPageQueryVariables = Exact<{
  developer?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClientsPageQuery = { clients: { __typename: 'ClientConnection', totalCount: number | null, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, edges: Array<{ __typename: 'ClientEdge', cursor: string, node: { __typename: 'Client', id: string, clientId: string | null, clientIdAlias: string | null, clientName: string | null, clientType: string | null, applicationType: string | null, developer: string | null, grantTypes: Array<string> | null, redirectUris: Array<string> | null, tokenAuthMethod: string | null, createdAt: string | null, locked: boolean } | null } | null> | null } | null };

export type ClientQueryVariables = Exact<{
  clientIdentifier: string;
}>;


export type ClientQuery = { client: { __typename: 'Client', id: string, clientId: string | null, clientIdAlias: string | null, clientName: string | null, clientType: string | null, applicationType: string | null, developer: string | null, grantTypes: Array<string> | null, redirectUris: Array<string> | null, tokenAuthMethod: string | null, createdAt: string | null, locked: boolean } | null };

type NodeFields_AccessToken_Fragment = { __typename: 'AccessToken', id: string, accessTokenHash: string | null, subject: string | null, grantType: string | null, scopes: Array<string> | null, createdAt: string | null, accessTokenExpiresAt: string | null, refreshTokenExpiresAt: string | null, client: { __typename: 'Client', id: string, clientId: string | null, clientIdAlias: string | null, clientName: string | null } | null };

type NodeFields_Client_Fragment = { __typename: 'Client', id: string, clientId: string | null, clientIdAlias: string | null, clientName: string | null, clientType: string | null, applicationType: string | null, developer: string | null, grantTypes: Array<string> | null, redirectUris: Array<string> | null, tokenAuthMethod: string | null, createdAt: string | null, locked: boolean };

export type NodeFieldsFragment =
  | NodeFields_AccessToken_Fragment
  | NodeFields_Client_Fragment
;

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'AccessToken', id: string, accessTokenHash: string | null, subject: string | null, grantType: string | null, scopes: Array<string> | null, createdAt: string | null, accessTokenExpiresAt: string | null, refreshTokenExpiresAt: string | null, client: { __typename: 'Client', id: string, clientId: string | null, clientIdAlias: string | null, clientName: string | null } | null }
    | { __typename: 'Client', id: string, clientId: string | null, clientIdAlias: string | null, clientName: string | null, clientType: string | null, applicationType: string | null, developer: string | null, grantTypes: Array<string> | null, redirectUris: Array<string> | null, tokenAuthMethod: string | null, createdAt: string | null, locked: boolean }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'AccessToken', id: string, accessTokenHash: string | null, subject: string | null, grantType: string | null, scopes: Array<string> | null, createdAt: string | null, accessTokenExpiresAt: string | null, refreshTokenExpiresAt: string | null, client: { __typename: 'Client', id: string, clientId: string | null, clientIdAlias: string | null, clientName: string | null } | null }
    | { __typename: 'Client', id: string, clientId: string | null, clientIdAlias: string | null, clientName: string | null, clientType: string | null, applicationType: string | null, developer: string | null, grantTypes: Array<string> | null, redirectUris: Array<string> | null, tokenAuthMethod: string | null, createdAt: string | null, locked: boolean }
   | null> | null };

export type CreateTokenMutationVariables = Exact<{
  input: CreateTokenInput;
}>;


export type CreateTokenMutation = { createToken: { __typename: 'TokenCreateResponse', action: TokenCreateResponseAction, resultCode: string | null, resultMessage: string | null, accessToken: string | null, refreshToken: string | null, tokenType: string | null, clientId: string | null, subject: string | null, scopes: Array<string> | null, expiresAt: string | null, expiresIn: string | null } | null };

export type UpdateTokenMutationVariables = Exact<{
  input: UpdateTokenInput;
}>;


export type UpdateTokenMutation = { updateToken: { __typename: 'TokenUpdateResponse', action: TokenUpdateResponseAction, resultCode: string | null, resultMessage: string | null, scopes: Array<string> | null, accessTokenExpiresAt: string | null, refreshTokenExpiresAt: string | null } | null };

export type RevokeTokensMutationVariables = Exact<{
  input: RevokeTokensInput;
}>;


export type RevokeTokensMutation = { revokeTokens: { __typename: 'TokenRevokeResponse', action: TokenRevokeResponseAction, count: number | null, resultCode: string | null, resultMessage: string | null } | null };

export type DeleteTokenMutationVariables = Exact<{
  accessTokenIdentifier: string;
}>;


export type DeleteTokenMutation = { deleteToken: { __typename: 'TokenDeleteResponse', deleted: boolean, accessTokenIdentifier: string, action: TokenDeleteResponseAction, resultCode: string | null } | null };

export type GatewayInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type GatewayInfoQuery = { gatewayInfo: { __typename: 'GatewayInfo', version: string, authleteApiVersion: AuthleteApiVersion, emulated: boolean } };

export type AuthorizedClientsQueryVariables = Exact<{
  subject: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuthorizedClientsQuery = { authorizedClients: { __typename: 'ClientConnection', totalCount: number | null, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, edges: Array<{ __typename: 'ClientEdge', cursor: string, node: { __typename: 'Client', id: string, clientId: string | null, clientIdAlias: string | null, clientName: string | null, clientType: string | null, applicationType: string | null, developer: string | null, grantTypes: Array<string> | null, redirectUris: Array<string> | null, tokenAuthMethod: string | null, createdAt: string | null, locked: boolean } | null } | null> | null } | null };

export type GrantedScopesQueryVariables = Exact<{
  clientId: string;
  subject: string;
}>;


export type GrantedScopesQuery = { grantedScopes: { __typename: 'GrantedScopes', clientId: string | null, subject: string | null, latestGrantedScopes: Array<string> | null, mergedGrantedScopes: Array<string> | null, modifiedAt: string | null } | null };

export type RevokeClientAuthorizationMutationVariables = Exact<{
  input: RevokeClientAuthorizationInput;
}>;


export type RevokeClientAuthorizationMutation = { revokeClientAuthorization: { __typename: 'RevokeClientAuthorizationResponse', clientId: string, subject: string, action: RevokeClientAuthorizationResponseAction, resultCode: string | null, resultMessage: string | null } | null };

export type DeleteGrantedScopesMutationVariables = Exact<{
  input: DeleteGrantedScopesInput;
}>;


export type DeleteGrantedScopesMutation = { deleteGrantedScopes: { __typename: 'DeleteGrantedScopesResponse', clientId: string, subject: string, action: DeleteGrantedScopesResponseAction, resultCode: string | null, resultMessage: string | null } | null };

export type SetClientLockMutationVariables = Exact<{
  input: SetClientLockInput;
}>;


export type SetClientLockMutation = { setClientLock: { __typename: 'Client', id: string, clientId: string | null, clientIdAlias: string | null, clientName: string | null, clientType: string | null, applicationType: string | null, developer: string | null, grantTypes: Array<string> | null, redirectUris: Array<string> | null, tokenAuthMethod: string | null, createdAt: string | null, locked: boolean } | null };

export type IntrospectTokenQueryVariables = Exact<{
  token: string;
  scopes?: Array<string> | string | null | undefined;
  subject?: string | null | undefined;
}>;


export type IntrospectTokenQuery = { introspectToken: { __typename: 'TokenIntrospection', action: TokenIntrospectionAction, resultCode: string | null, existent: boolean | null, usable: boolean | null, sufficient: boolean | null, refreshable: boolean | null, clientId: string | null, subject: string | null, scopes: Array<string> | null, expiresAt: string | null, grantType: string | null, client: { __typename: 'Client', id: string, clientId: string | null, clientIdAlias: string | null, clientName: string | null, locked: boolean } | null } | null };

export const ClientFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdAlias"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientType"}},{"kind":"Field","name":{"kind":"Name","value":"applicationType"}},{"kind":"Field","name":{"kind":"Name","value":"developer"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"tokenAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}}]} as unknown as DocumentNode<ClientFieldsFragment, unknown>;
export const ClientPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdAlias"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientType"}},{"kind":"Field","name":{"kind":"Name","value":"applicationType"}},{"kind":"Field","name":{"kind":"Name","value":"developer"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"tokenAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}}]} as unknown as DocumentNode<ClientPageFieldsFragment, unknown>;
export const TokenFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenHash"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"grantType"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdAlias"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}}]}}]}}]} as unknown as DocumentNode<TokenFieldsFragment, unknown>;
export const NodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenHash"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"grantType"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdAlias"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdAlias"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientType"}},{"kind":"Field","name":{"kind":"Name","value":"applicationType"}},{"kind":"Field","name":{"kind":"Name","value":"developer"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"tokenAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}}]} as unknown as DocumentNode<NodeFieldsFragment, unknown>;
export const TokensPageDocument = {"__meta__":{"hash":"sha256:66624d76603d7a20396acdfc400784176281ec3f3929c25c33f4021369eedc07"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TokensPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientIdentifier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientIdentifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientIdentifier"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenHash"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"grantType"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdAlias"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}}]}}]}}]} as unknown as DocumentNode<TokensPageQuery, TokensPageQueryVariables>;
export const TokensNewestPageDocument = {"__meta__":{"hash":"sha256:f6c86450be4c089b6f567054b89e764eb903848b3ab6663196d887c3ae5a2ada"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TokensNewestPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientIdentifier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientIdentifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientIdentifier"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenHash"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"grantType"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdAlias"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}}]}}]}}]} as unknown as DocumentNode<TokensNewestPageQuery, TokensNewestPageQueryVariables>;
export const ClientsNewestPageDocument = {"__meta__":{"hash":"sha256:254d2263b6c56d196ea1caabe66a88a74c2a301ab9d17a3a1e7b3caace0dfedd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientsNewestPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"developer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"developer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"developer"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdAlias"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientType"}},{"kind":"Field","name":{"kind":"Name","value":"applicationType"}},{"kind":"Field","name":{"kind":"Name","value":"developer"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"tokenAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientFields"}}]}}]}}]}}]} as unknown as DocumentNode<ClientsNewestPageQuery, ClientsNewestPageQueryVariables>;
export const ClientsPageDocument = {"__meta__":{"hash":"sha256:39240f3610e371ee1cdd85013f2f304d3950462c83e7b4b9369e2e9f1c22b78c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"developer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"developer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"developer"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdAlias"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientType"}},{"kind":"Field","name":{"kind":"Name","value":"applicationType"}},{"kind":"Field","name":{"kind":"Name","value":"developer"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"tokenAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientFields"}}]}}]}}]}}]} as unknown as DocumentNode<ClientsPageQuery, ClientsPageQueryVariables>;
export const ClientDocument = {"__meta__":{"hash":"sha256:7555094701a918e06947fe253cc2813459c96c867ba7c8b12a373a93081124aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Client"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientIdentifier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientIdentifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientIdentifier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdAlias"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientType"}},{"kind":"Field","name":{"kind":"Name","value":"applicationType"}},{"kind":"Field","name":{"kind":"Name","value":"developer"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"tokenAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}}]} as unknown as DocumentNode<ClientQuery, ClientQueryVariables>;
export const NodeDocument = {"__meta__":{"hash":"sha256:d60c8fb465bb0239778b66420ea1524c49933420073902bf7435f67389f3f53a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenHash"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"grantType"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdAlias"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdAlias"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientType"}},{"kind":"Field","name":{"kind":"Name","value":"applicationType"}},{"kind":"Field","name":{"kind":"Name","value":"developer"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"tokenAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientFields"}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"__meta__":{"hash":"sha256:c605f6ba29b7b731ded584695bbeb539eb39fffe0b429b817bff47166b36137e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenHash"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"grantType"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdAlias"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdAlias"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientType"}},{"kind":"Field","name":{"kind":"Name","value":"applicationType"}},{"kind":"Field","name":{"kind":"Name","value":"developer"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"tokenAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientFields"}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const CreateTokenDocument = {"__meta__":{"hash":"sha256:8ac2d3f54a3d6691c643c77bf5636876ca33c872d084fc593e33adee84d86f6a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resultCode"}},{"kind":"Field","name":{"kind":"Name","value":"resultMessage"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}}]}}]}}]} as unknown as DocumentNode<CreateTokenMutation, CreateTokenMutationVariables>;
export const UpdateTokenDocument = {"__meta__":{"hash":"sha256:3f3976cd7be7186afa7f6ffdd9947c7b19226af59a7497fc998f7bfc38595c6b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resultCode"}},{"kind":"Field","name":{"kind":"Name","value":"resultMessage"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}}]}}]}}]} as unknown as DocumentNode<UpdateTokenMutation, UpdateTokenMutationVariables>;
export const RevokeTokensDocument = {"__meta__":{"hash":"sha256:767216ebf38bb7c23a6a00e9f14d52c85924d5ce377d4adb6c1e4384e590e3a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeTokensInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"resultCode"}},{"kind":"Field","name":{"kind":"Name","value":"resultMessage"}}]}}]}}]} as unknown as DocumentNode<RevokeTokensMutation, RevokeTokensMutationVariables>;
export const DeleteTokenDocument = {"__meta__":{"hash":"sha256:69e56078a0cbbb74aa3f4477646fbdfc409a24fdadcd9cd0e282fde702914500"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessTokenIdentifier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accessTokenIdentifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessTokenIdentifier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resultCode"}}]}}]}}]} as unknown as DocumentNode<DeleteTokenMutation, DeleteTokenMutationVariables>;
export const GatewayInfoDocument = {"__meta__":{"hash":"sha256:52df3626b5468269c4fd3f8a184e359d19d86615f55df032a38d4465d88cd171"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GatewayInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gatewayInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"authleteApiVersion"}},{"kind":"Field","name":{"kind":"Name","value":"emulated"}}]}}]}}]} as unknown as DocumentNode<GatewayInfoQuery, GatewayInfoQueryVariables>;
export const AuthorizedClientsDocument = {"__meta__":{"hash":"sha256:1775f3e709afa53b4546d627470b09e328bbec39e13419a056cba36b1582eee3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizedClients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizedClients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdAlias"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientType"}},{"kind":"Field","name":{"kind":"Name","value":"applicationType"}},{"kind":"Field","name":{"kind":"Name","value":"developer"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"tokenAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientFields"}}]}}]}}]}}]} as unknown as DocumentNode<AuthorizedClientsQuery, AuthorizedClientsQueryVariables>;
export const GrantedScopesDocument = {"__meta__":{"hash":"sha256:6e9d4a80ca8b38f9ecdcfe3d2d9ac6e5f3fe5029ad8c54738b6e5df8593b9e64"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantedScopes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int64"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantedScopes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"latestGrantedScopes"}},{"kind":"Field","name":{"kind":"Name","value":"mergedGrantedScopes"}},{"kind":"Field","name":{"kind":"Name","value":"modifiedAt"}}]}}]}}]} as unknown as DocumentNode<GrantedScopesQuery, GrantedScopesQueryVariables>;
export const RevokeClientAuthorizationDocument = {"__meta__":{"hash":"sha256:1c90e49f0c07cf63ef0de960845330a69a1e78e0648d94acaf14b08a4c43a38c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeClientAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeClientAuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeClientAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resultCode"}},{"kind":"Field","name":{"kind":"Name","value":"resultMessage"}}]}}]}}]} as unknown as DocumentNode<RevokeClientAuthorizationMutation, RevokeClientAuthorizationMutationVariables>;
export const DeleteGrantedScopesDocument = {"__meta__":{"hash":"sha256:2c3626a4fe8af1404ae87782ba34337326211d2d04da225d7f4891b96fa6ab2b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteGrantedScopes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteGrantedScopesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGrantedScopes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resultCode"}},{"kind":"Field","name":{"kind":"Name","value":"resultMessage"}}]}}]}}]} as unknown as DocumentNode<DeleteGrantedScopesMutation, DeleteGrantedScopesMutationVariables>;
export const SetClientLockDocument = {"__meta__":{"hash":"sha256:a0b3aecf67270226b92bc8cc61a81e6c665aa1f4bc423d2f3df425808038a158"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetClientLock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetClientLockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setClientLock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdAlias"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientType"}},{"kind":"Field","name":{"kind":"Name","value":"applicationType"}},{"kind":"Field","name":{"kind":"Name","value":"developer"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"tokenAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}}]} as unknown as DocumentNode<SetClientLockMutation, SetClientLockMutationVariables>;
export const IntrospectTokenDocument = {"__meta__":{"hash":"sha256:3063dadc01dad37da10ca5e65dd997c746880113ba9b4e2226d4afbe5ec24063"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntrospectToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introspectToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resultCode"}},{"kind":"Field","name":{"kind":"Name","value":"existent"}},{"kind":"Field","name":{"kind":"Name","value":"usable"}},{"kind":"Field","name":{"kind":"Name","value":"sufficient"}},{"kind":"Field","name":{"kind":"Name","value":"refreshable"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantType"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdAlias"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}}]}}]}}]} as unknown as DocumentNode<IntrospectTokenQuery, IntrospectTokenQueryVariables>;