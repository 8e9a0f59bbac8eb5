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
  otherFields?: unknown;
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
  jwtAtClaims?: unknown;
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

export type CreateTokenMutationVariables = Exact<{
  input: CreateTokenInput;
}>;


export type CreateTokenMutation = { createToken: { resultCode: string | null, resultMessage: string | null, action: TokenCreateResponseAction, accessToken: string | null, clientId: string | null, expiresAt: string | null, expiresIn: string | null, grantType: string | null, refreshToken: string | null, scopes: Array<string> | null, subject: string | null, tokenType: string | null, jwtAccessToken: string | null, forExternalAttachment: boolean | null, tokenId: string | null, refreshTokenScopes: Array<string> | null, clientIdentifier: string | null, sessionId: string | null, properties: Array<{ key: string | null, value: string | null, hidden: boolean }> | null, authorizationDetails: { elements: Array<{ type: string | null, locations: Array<string> | null, actions: Array<string> | null, dataTypes: Array<string> | null, identifier: string | null, privileges: Array<string> | null, otherFields: string | null }> | null } | null } | null };

export type CreateTokenActionMutationVariables = Exact<{
  input: CreateTokenInput;
}>;


export type CreateTokenActionMutation = { createToken: { action: TokenCreateResponseAction, resultCode: string | null, resultMessage: string | null } | null };

export type GatewayInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type GatewayInfoQuery = { gatewayInfo: { version: string, authleteApiVersion: AuthleteApiVersion, emulated: boolean } };

export type TokensQueryVariables = Exact<{
  clientIdentifier?: string | null | undefined;
  subject?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TokensQuery = { tokens: { totalCount: number | null, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { accessTokenHash: string | null, refreshTokenHash: string | null, accessTokenExpiresAt: string | null, refreshTokenExpiresAt: string | null, createdAt: string | null, lastRefreshedAt: string | null, clientId: string | null, subject: string | null, grantType: string | null, scopes: Array<string> | null, refreshTokenScopes: Array<string> | null, properties: Array<{ key: string | null, value: string | null, hidden: boolean }> | null } | null } | null> | null } | null };

export type TokensWithClientsQueryVariables = Exact<{
  first?: number | null | undefined;
  clientIdentifier: string;
}>;


export type TokensWithClientsQuery = { tokens: { totalCount: number | null, edges: Array<{ node: { accessTokenHash: string | null, client: { clientId: string | null, clientName: string | null } | null } | null } | null> | null } | null, again: { edges: Array<{ node: { client: { clientIdAlias: string | null } | null } | null } | null> | null } | null, client: { clientName: string | null } | null };

export type ClientQueryVariables = Exact<{
  clientIdentifier: string;
}>;


export type ClientQuery = { client: { clientId: string | null, clientIdAlias: string | null, clientName: string | null, description: string | null, clientType: string | null, applicationType: string | null, grantTypes: Array<string> | null, responseTypes: Array<string> | null, redirectUris: Array<string> | null, tokenAuthMethod: string | null, developer: string | null, logoUri: string | null, clientUri: string | null, createdAt: string | null, modifiedAt: string | null, locked: boolean, dynamicallyRegistered: boolean | null } | null };

export type TwoCreatesWithClientMutationVariables = Exact<{
  input: CreateTokenInput;
}>;


export type TwoCreatesWithClientMutation = { first: { action: TokenCreateResponseAction, client: { clientName: string | null } | null } | null, second: { action: TokenCreateResponseAction, client: { clientName: string | null } | null } | null };

export type UpdateTokenMutationVariables = Exact<{
  input: UpdateTokenInput;
}>;


export type UpdateTokenMutation = { updateToken: { resultCode: string | null, resultMessage: string | null, action: TokenUpdateResponseAction, accessToken: string | null, accessTokenExpiresAt: string | null, refreshTokenExpiresAt: string | null, scopes: Array<string> | null, tokenType: string | null, forExternalAttachment: boolean | null, tokenId: string | null, properties: Array<{ key: string | null, value: string | null, hidden: boolean }> | null, authorizationDetails: { elements: Array<{ type: string | null, actions: Array<string> | null }> | null } | null } | null };

export type RevokeTokensMutationVariables = Exact<{
  input: RevokeTokensInput;
}>;


export type RevokeTokensMutation = { revokeTokens: { resultCode: string | null, resultMessage: string | null, action: TokenRevokeResponseAction, count: number | null } | null };

export type DeleteTokenMutationVariables = Exact<{
  accessTokenIdentifier: string;
}>;


export type DeleteTokenMutation = { deleteToken: { deleted: boolean, accessTokenIdentifier: string, action: TokenDeleteResponseAction, resultCode: string | null, resultMessage: string | null } | null };


export const CreateTokenDocument = {"__meta__":{"hash":"sha256:1aa512256ee0639380f16b69f8b9632e4b431053c38c2e0ec300471b435d3a9e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultCode"}},{"kind":"Field","name":{"kind":"Name","value":"resultMessage"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"grantType"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"jwtAccessToken"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"locations"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"dataTypes"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"privileges"}},{"kind":"Field","name":{"kind":"Name","value":"otherFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"forExternalAttachment"}},{"kind":"Field","name":{"kind":"Name","value":"tokenId"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenScopes"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<CreateTokenMutation, CreateTokenMutationVariables>;
export const CreateTokenActionDocument = {"__meta__":{"hash":"sha256:e9de148d135eec9c663dea95ac48b4c646094e34f186ba57dab5d027f8841ceb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTokenAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resultCode"}},{"kind":"Field","name":{"kind":"Name","value":"resultMessage"}}]}}]}}]} as unknown as DocumentNode<CreateTokenActionMutation, CreateTokenActionMutationVariables>;
export const GatewayInfoDocument = {"__meta__":{"hash":"sha256:b2cf57f2c16baa48913e3e8ac7f97191770d25f8e2f5c38d7a3a98e7b804e31e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GatewayInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gatewayInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"authleteApiVersion"}},{"kind":"Field","name":{"kind":"Name","value":"emulated"}}]}}]}}]} as unknown as DocumentNode<GatewayInfoQuery, GatewayInfoQueryVariables>;
export const TokensDocument = {"__meta__":{"hash":"sha256:bd401c9f8cbbbc747af20a94aaf0ddb3d2cb074888110fa84b0ccafd48ee5fb0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientIdentifier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientIdentifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientIdentifier"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokenHash"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenHash"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRefreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"grantType"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenScopes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TokensQuery, TokensQueryVariables>;
export const TokensWithClientsDocument = {"__meta__":{"hash":"sha256:ca340930fa21a493d453d0ba82678f46b7b02d2458442a0b9725696e3e8df56b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TokensWithClients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientIdentifier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokenHash"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"again"},"name":{"kind":"Name","value":"tokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientIdAlias"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientIdentifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientIdentifier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientName"}}]}}]}}]} as unknown as DocumentNode<TokensWithClientsQuery, TokensWithClientsQueryVariables>;
export const ClientDocument = {"__meta__":{"hash":"sha256:af43bd7a534f4132f1629e802d2999876e6d32bee1cca502278fe3a3d6055390"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Client"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientIdentifier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientIdentifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientIdentifier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdAlias"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"clientType"}},{"kind":"Field","name":{"kind":"Name","value":"applicationType"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"responseTypes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"tokenAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"developer"}},{"kind":"Field","name":{"kind":"Name","value":"logoUri"}},{"kind":"Field","name":{"kind":"Name","value":"clientUri"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"modifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"dynamicallyRegistered"}}]}}]}}]} as unknown as DocumentNode<ClientQuery, ClientQueryVariables>;
export const TwoCreatesWithClientDocument = {"__meta__":{"hash":"sha256:a3d8b89e5238f2c05da74fdfaafac568426508c1b61693643c59eb3a7d362345"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TwoCreatesWithClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"createToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"second"},"name":{"kind":"Name","value":"createToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientName"}}]}}]}}]}}]} as unknown as DocumentNode<TwoCreatesWithClientMutation, TwoCreatesWithClientMutationVariables>;
export const UpdateTokenDocument = {"__meta__":{"hash":"sha256:06a1e72fe5002ce821d620fe326a73728c71e065bba86a6d21f82a1c2d6cc7f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultCode"}},{"kind":"Field","name":{"kind":"Name","value":"resultMessage"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"forExternalAttachment"}},{"kind":"Field","name":{"kind":"Name","value":"tokenId"}}]}}]}}]} as unknown as DocumentNode<UpdateTokenMutation, UpdateTokenMutationVariables>;
export const RevokeTokensDocument = {"__meta__":{"hash":"sha256:15d8eef117e3c31631483e8a167cb6efa766a4b6d1e60f74246e2573e3bc0e27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeTokensInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultCode"}},{"kind":"Field","name":{"kind":"Name","value":"resultMessage"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<RevokeTokensMutation, RevokeTokensMutationVariables>;
export const DeleteTokenDocument = {"__meta__":{"hash":"sha256:afd200ac8824905ecb42d62f354372f42cea57f3ddd258bba1089565da19fb7a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessTokenIdentifier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accessTokenIdentifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessTokenIdentifier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resultCode"}},{"kind":"Field","name":{"kind":"Name","value":"resultMessage"}}]}}]}}]} as unknown as DocumentNode<DeleteTokenMutation, DeleteTokenMutationVariables>;