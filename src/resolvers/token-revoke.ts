/** revokeTokens: GraphQL input → Authlete `auth/token/revoke` → TokenRevokeResponse. */
import type { GatewayContext } from '../types.js';
import { mapAction } from './action.js';
import { logTokenOperation } from './audit.js';
import type { SameKeys } from '../type-checks.js';
import { pickGiven } from './request-body.js';
import type { TokenRevokeRequest } from '../upstream/wire.js';
import { TOKEN_REMOVAL_ACTIONS, type TokenRemovalAction, type TokenRevokeResult } from '../shapes.js';

export interface RevokeTokensInputShape {
  accessTokenIdentifier?: string | null;
  refreshTokenIdentifier?: string | null;
  clientIdentifier?: string | null;
  subject?: string | null;
}

/** In the precedence Authlete applies them. */
const TOKEN_REVOKE_FIELDS = ['accessTokenIdentifier', 'refreshTokenIdentifier', 'clientIdentifier', 'subject'] as const;
const everyRequestFieldSent: SameKeys<(typeof TOKEN_REVOKE_FIELDS)[number], keyof TokenRevokeRequest> = true;
void everyRequestFieldSent;
const KNOWN_ACTIONS = new Set(TOKEN_REMOVAL_ACTIONS);

export async function revokeTokensResolver(input: RevokeTokensInputShape, context: GatewayContext): Promise<TokenRevokeResult> {
  const answer = await context.authlete.call('tokenRevoke', { body: pickGiven(input, TOKEN_REVOKE_FIELDS) }, context.upstream);
  const action = mapAction<TokenRemovalAction>(
    answer,
    { known: KNOWN_ACTIONS, operation: 'revokeTokens', successMeansOk: true },
    context,
  );
  const { resultCode, resultMessage, count } = answer.body;
  logTokenOperation(context, {
    operation: 'revokeTokens',
    status: answer.status,
    action,
    resultCode,
    // Which kind of selector was used, never its value (it may be a token).
    by: TOKEN_REVOKE_FIELDS.find((name) => input[name]) ?? null,
    clientIdentifier: input.accessTokenIdentifier || input.refreshTokenIdentifier ? null : input.clientIdentifier,
    subject: input.accessTokenIdentifier || input.refreshTokenIdentifier ? null : input.subject,
    count,
  });
  return { resultCode, resultMessage, count: count ?? (action === 'OK' ? null : 0), action };
}
