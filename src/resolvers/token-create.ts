/**
 * createToken: GraphQL input → Authlete `auth/token/create` request → TokenCreateResponse.
 */
import type { GatewayContext } from '../types.js';
import type { AuthleteAnswer } from '../upstream/authlete-client.js';
import type { GrantTypeName, TokenCreateAnswer, TokenCreateRequest, TokenCreateRequestSent } from '../upstream/wire.js';
import type { SameKeys } from '../type-checks.js';
import { mapAction } from './action.js';
import { logTokenOperation, recordingUnreadableIssue } from './audit.js';
import { nestedRequestFields, pickGiven, type AuthzDetailsInputShape, type Maybe, type PropertyInputShape } from './request-body.js';
import { TOKEN_CREATE_ACTIONS, type TokenCreateAction, type TokenCreateResult } from '../shapes.js';

export interface CreateTokenInputShape {
  grantType: GrantTypeName;
  clientId?: Maybe<bigint>;
  clientIdentifier?: Maybe<string>;
  subject?: Maybe<string>;
  scopes?: Maybe<string[]>;
  accessTokenDuration?: Maybe<bigint>;
  refreshTokenDuration?: Maybe<bigint>;
  properties?: Maybe<PropertyInputShape[]>;
  clientIdAliasUsed?: Maybe<boolean>;
  clientEntityIdUsed?: Maybe<boolean>;
  metadataDocumentUsed?: Maybe<boolean>;
  accessToken?: Maybe<string>;
  refreshToken?: Maybe<string>;
  accessTokenPersistent?: Maybe<boolean>;
  certificateThumbprint?: Maybe<string>;
  dpopKeyThumbprint?: Maybe<string>;
  authorizationDetails?: Maybe<AuthzDetailsInputShape>;
  resources?: Maybe<string[]>;
  forExternalAttachment?: Maybe<boolean>;
  jwtAtClaims?: Maybe<string>;
  acr?: Maybe<string>;
  authTime?: Maybe<bigint>;
  sessionId?: Maybe<string>;
}

const KNOWN_ACTIONS = new Set(TOKEN_CREATE_ACTIONS);

/** The token-create request's fields, in the order of Authlete's spec (the order sent). */
export const TOKEN_CREATE_FIELDS = [
  'grantType',
  'clientId',
  'clientIdentifier',
  'subject',
  'scopes',
  'accessTokenDuration',
  'refreshTokenDuration',
  'properties',
  'clientIdAliasUsed',
  'clientEntityIdUsed',
  'metadataDocumentUsed',
  'accessToken',
  'refreshToken',
  'accessTokenPersistent',
  'certificateThumbprint',
  'dpopKeyThumbprint',
  'authorizationDetails',
  'resources',
  'forExternalAttachment',
  'jwtAtClaims',
  'acr',
  'authTime',
  'sessionId',
] as const satisfies ReadonlyArray<keyof CreateTokenInputShape>;

/** Every field of Authlete's token-create request is sent when given, and nothing else. */
const everyRequestFieldSent: SameKeys<(typeof TOKEN_CREATE_FIELDS)[number], keyof TokenCreateRequest> = true;
void everyRequestFieldSent;

function toTokenCreateRequest(input: CreateTokenInputShape): TokenCreateRequestSent {
  return { ...pickGiven(input, TOKEN_CREATE_FIELDS), grantType: input.grantType, ...nestedRequestFields(input) };
}

function toTokenCreateResult(answer: AuthleteAnswer<TokenCreateAnswer>, context: GatewayContext): TokenCreateResult {
  const action = mapAction<TokenCreateAction>(answer, { known: KNOWN_ACTIONS, operation: 'createToken' }, context);
  return { ...answer.body, action };
}

export async function createTokenResolver(
  input: CreateTokenInputShape,
  context: GatewayContext,
): Promise<TokenCreateResult> {
  const request = toTokenCreateRequest(input);
  // What the audit says of this create, whatever the outcome.
  const audited = {
    operation: 'createToken',
    clientIdentifier: input.clientId?.toString() ?? input.clientIdentifier,
    subject: input.subject,
    grantType: input.grantType,
  };
  const answer = await recordingUnreadableIssue(context, audited, () => context.authlete.call('tokenCreate', { body: request }, context.upstream));
  const result = toTokenCreateResult(answer, context);
  logTokenOperation(context, { ...audited, status: answer.status, action: result.action, resultCode: result.resultCode });
  return result;
}
