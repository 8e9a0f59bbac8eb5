/** updateToken: GraphQL input → Authlete `auth/token/update` request → TokenUpdateResponse. */
import type { GatewayContext } from '../types.js';
import type { AuthleteRequestBody } from '../upstream/authlete-client.js';
import { mapAction } from './action.js';
import { logTokenOperation } from './audit.js';
import { requestBodyFrom, type AuthzDetailsInputShape, type Maybe, type PropertyInputShape } from './request-body.js';
import { TOKEN_UPDATE_ACTIONS, type TokenUpdateAction, type TokenUpdateResult } from '../shapes.js';

export interface UpdateTokenInputShape {
  accessToken?: Maybe<string>;
  accessTokenHash?: Maybe<string>;
  accessTokenExpiresAt?: Maybe<bigint>;
  refreshTokenExpiresAt?: Maybe<bigint>;
  scopes?: Maybe<string[]>;
  properties?: Maybe<PropertyInputShape[]>;
  accessTokenExpiresAtUpdatedOnScopeUpdate?: Maybe<boolean>;
  refreshTokenExpiresAtUpdatedOnScopeUpdate?: Maybe<boolean>;
  accessTokenValueUpdated?: Maybe<boolean>;
  accessTokenPersistent?: Maybe<boolean>;
  certificateThumbprint?: Maybe<string>;
  dpopKeyThumbprint?: Maybe<string>;
  authorizationDetails?: Maybe<AuthzDetailsInputShape>;
  forExternalAttachment?: Maybe<boolean>;
  tokenId?: Maybe<string>;
}

/** The token-update request's fields, in the order of Authlete's spec. */
export const TOKEN_UPDATE_FIELDS = [
  'accessToken',
  'accessTokenExpiresAt',
  'scopes',
  'properties',
  'accessTokenExpiresAtUpdatedOnScopeUpdate',
  'accessTokenHash',
  'accessTokenValueUpdated',
  'accessTokenPersistent',
  'certificateThumbprint',
  'dpopKeyThumbprint',
  'authorizationDetails',
  'forExternalAttachment',
  'refreshTokenExpiresAt',
  'refreshTokenExpiresAtUpdatedOnScopeUpdate',
  'tokenId',
] as const satisfies ReadonlyArray<keyof UpdateTokenInputShape>;

const KNOWN_ACTIONS: ReadonlySet<string> = new Set(TOKEN_UPDATE_ACTIONS);

function toTokenUpdateRequest(input: UpdateTokenInputShape): AuthleteRequestBody {
  return requestBodyFrom(input, TOKEN_UPDATE_FIELDS);
}

export async function updateTokenResolver(input: UpdateTokenInputShape, context: GatewayContext): Promise<TokenUpdateResult> {
  const answer = await context.authlete.updateToken(toTokenUpdateRequest(input), { logger: context.logger });
  const action = mapAction<TokenUpdateAction>(answer, { known: KNOWN_ACTIONS, operation: 'updateToken' }, context);
  const result: TokenUpdateResult = { ...(answer.body as Omit<TokenUpdateResult, 'action'>), action };
  logTokenOperation(context, {
    operation: 'updateToken',
    status: answer.status,
    action,
    resultCode: result.resultCode,
    tokenId: input.tokenId ?? result.tokenId,
  });
  return result;
}
