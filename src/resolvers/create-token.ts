/**
 * createToken: GraphQL input → Authlete `auth/token/create` request → TokenCreateResponse.
 */
import type { GatewayContext } from '../context.js';
import type { AuthleteAnswer, AuthleteRequestBody } from '../upstream/authlete-client.js';
import { mapAction } from './action.js';
import { TOKEN_CREATE_ACTIONS, type TokenCreateAction, type TokenCreateResult } from './shapes.js';

type Maybe<T> = T | null | undefined;

export interface PropertyInputShape {
  key: string;
  value: string;
  hidden?: Maybe<boolean>;
}

export interface AuthzDetailsElementInputShape {
  type: string;
  locations?: Maybe<string[]>;
  actions?: Maybe<string[]>;
  dataTypes?: Maybe<string[]>;
  identifier?: Maybe<string>;
  privileges?: Maybe<string[]>;
  otherFields?: Maybe<string>;
}

export interface CreateTokenInputShape {
  grantType: string;
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
  authorizationDetails?: Maybe<{ elements: AuthzDetailsElementInputShape[] }>;
  resources?: Maybe<string[]>;
  forExternalAttachment?: Maybe<boolean>;
  jwtAtClaims?: Maybe<string>;
  acr?: Maybe<string>;
  authTime?: Maybe<bigint>;
  sessionId?: Maybe<string>;
}

const KNOWN_ACTIONS: ReadonlySet<string> = new Set(TOKEN_CREATE_ACTIONS);

/** The token-create request's fields, in the order of Authlete's spec (the order sent). */
const TOKEN_CREATE_FIELDS = [
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

const PROPERTY_FIELDS = ['key', 'value', 'hidden'] as const;
const AUTHZ_DETAILS_ELEMENT_FIELDS = [
  'type',
  'locations',
  'actions',
  'dataTypes',
  'identifier',
  'privileges',
  'otherFields',
] as const;

/** Copies the named fields the caller gave; absent and null fields are not sent upstream. */
function pick<T extends object>(source: T, names: ReadonlyArray<keyof T & string>): AuthleteRequestBody {
  const body: AuthleteRequestBody = {};
  for (const name of names) {
    const value = source[name];
    if (value !== null && value !== undefined) body[name] = value;
  }
  return body;
}

export function toTokenCreateRequest(input: CreateTokenInputShape): AuthleteRequestBody {
  const body = pick(input, TOKEN_CREATE_FIELDS);
  if (input.properties) body.properties = input.properties.map((property) => pick(property, PROPERTY_FIELDS));
  if (input.authorizationDetails) {
    body.authorizationDetails = {
      elements: input.authorizationDetails.elements.map((element) => pick(element, AUTHZ_DETAILS_ELEMENT_FIELDS)),
    };
  }
  return body;
}

export function toTokenCreateResult(answer: AuthleteAnswer, context: GatewayContext): TokenCreateResult {
  const action = mapAction<TokenCreateAction>(answer, KNOWN_ACTIONS, 'createToken', context.logger);
  return { ...(answer.body as Omit<TokenCreateResult, 'action'>), action };
}

export async function createTokenResolver(
  input: CreateTokenInputShape,
  context: GatewayContext,
): Promise<TokenCreateResult> {
  const answer = await context.authlete.createToken(toTokenCreateRequest(input));
  const result = toTokenCreateResult(answer, context);
  context.logger.info(
    {
      operation: 'createToken',
      clientId: input.clientId?.toString() ?? input.clientIdentifier,
      grantType: input.grantType,
      status: answer.status,
      action: result.action,
      resultCode: result.resultCode,
    },
    'token operation',
  );
  return result;
}
