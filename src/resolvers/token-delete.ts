/** deleteToken: `DELETE …/auth/token/delete/{accessTokenIdentifier}` → TokenDeleteResponse. */
import type { GatewayContext } from '../types.js';
import { isSuccessStatus } from '../upstream/authlete-client.js';
import { mapAction } from './action.js';
import { logTokenOperation } from './audit.js';
import { TOKEN_REMOVAL_ACTIONS, type TokenDeleteResult, type TokenRemovalAction } from '../shapes.js';

const KNOWN_ACTIONS = new Set(TOKEN_REMOVAL_ACTIONS);

export async function deleteTokenResolver(accessTokenIdentifier: string, context: GatewayContext): Promise<TokenDeleteResult> {
  const answer = await context.authlete.call('tokenDelete', { params: { accessTokenIdentifier } }, context.upstream);
  const action = mapAction<TokenRemovalAction>(
    answer,
    { known: KNOWN_ACTIONS, operation: 'deleteToken', successMeansOk: true },
    context,
  );
  const { resultCode, resultMessage } = answer.body;
  const deleted = answer.status === 204 || (isSuccessStatus(answer.status) && action === 'OK');
  logTokenOperation(context, { operation: 'deleteToken', status: answer.status, action, resultCode, deleted });
  return { deleted, accessTokenIdentifier, action, resultCode, resultMessage };
}
