/**
 * setClientLock: Authlete's `client/lock_flag/update` answers only a result, so the field answers
 * the Client as Authlete has it right after the update, read past every cache (and put back in
 * them: this request's loader, the shared cache, the other copies' via the change channel).
 */
import type { GatewayContext } from '../types.js';
import { isSuccessStatus } from '../upstream/authlete-client.js';
import { logTokenOperation } from './audit.js';
import { AuthleteRefusalError, quoted } from './refusal.js';
import type { ClientShape } from '../shapes.js';

export async function setClientLockResolver(input: { clientIdentifier: string; locked: boolean }, context: GatewayContext): Promise<ClientShape> {
  const { clientIdentifier, locked } = input;
  const answer = await context.authlete.call('clientLockUpdate', { params: { clientIdentifier }, body: { clientLocked: locked } }, context.upstream);
  logTokenOperation(context, {
    operation: 'setClientLock',
    status: answer.status,
    action: isSuccessStatus(answer.status) ? 'OK' : 'REFUSED',
    resultCode: answer.body.resultCode,
    clientIdentifier,
    locked,
  });
  if (!isSuccessStatus(answer.status)) throw new AuthleteRefusalError(`The client ${quoted(clientIdentifier)}`, answer);
  return context.loaders.freshClient(clientIdentifier);
}
