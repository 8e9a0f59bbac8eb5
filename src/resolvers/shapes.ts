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
