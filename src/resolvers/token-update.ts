/** updateToken: GraphQL input → Authlete `auth/token/update` request → TokenUpdateResponse. */
import type { GatewayContext } from '../types.js';
import { forbiddenError, hasScope } from '../security/scopes.js';
import type { TokenUpdateRequest, TokenUpdateRequestSent } from '../upstream/wire.js';
import type { SameKeys } from '../type-checks.js';
import { mapAction } from './action.js';
import { logTokenOperation, recordingUnreadableIssue } from './audit.js';
import { nestedRequestFields, pickGiven, type AuthzDetailsInputShape, type Maybe, type PropertyInputShape } from './request-body.js';
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

/** Every field of Authlete's token-update request is sent when given, and nothing else. */
const everyRequestFieldSent: SameKeys<(typeof TOKEN_UPDATE_FIELDS)[number], keyof TokenUpdateRequest> = true;
void everyRequestFieldSent;

const KNOWN_ACTIONS = new Set(TOKEN_UPDATE_ACTIONS);

function toTokenUpdateRequest(input: UpdateTokenInputShape): TokenUpdateRequestSent {
  return { ...pickGiven(input, TOKEN_UPDATE_FIELDS), ...nestedRequestFields(input) };
}

export async function updateTokenResolver(input: UpdateTokenInputShape, context: GatewayContext): Promise<TokenUpdateResult> {
  // The operation was authorised whole before it ran (useMutationAuthorization); this holds the
  // rule wherever the resolver is called from.
  if (input.accessTokenValueUpdated === true && !hasScope(context.caller, 'tokens:create')) throw forbiddenError('tokens:create');
  const request = toTokenUpdateRequest(input);
  const call = () => context.authlete.call('tokenUpdate', { body: request }, context.upstream);
  // Only an update that asks for a new value can issue one.
  const answer = input.accessTokenValueUpdated
    ? await recordingUnreadableIssue(context, { operation: 'updateToken', accessTokenHash: input.accessTokenHash, tokenId: input.tokenId, accessTokenValueUpdated: true }, call)
    : await call();
  const action = mapAction<TokenUpdateAction>(answer, { known: KNOWN_ACTIONS, operation: 'updateToken' }, context);
  const result: TokenUpdateResult = { ...answer.body, action };
  logTokenOperation(context, {
    operation: 'updateToken',
    status: answer.status,
    action,
    resultCode: result.resultCode,
    tokenId: input.tokenId ?? result.tokenId,
  });
  return result;
}
