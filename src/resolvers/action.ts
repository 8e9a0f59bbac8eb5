/**
 * Maps Authlete's `action` to the gateway's enum. Authlete's SDKs treat `action` as an open enum:
 * a value this gateway does not know becomes UNKNOWN (with a warning), never an error, so the
 * answer's data still reaches the caller.
 */
import type { AuthleteAnswer } from '../upstream/authlete-client.js';
import type { Logger } from '../logger.js';

/** The action implied by an error status when Authlete's body carries none. */
const ACTION_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  500: 'INTERNAL_SERVER_ERROR',
};

export function mapAction<Known extends string>(
  answer: AuthleteAnswer,
  known: ReadonlySet<string>,
  operation: string,
  logger: Logger,
): Known | 'UNKNOWN' {
  const action = answer.body.action ?? (answer.status === 200 ? undefined : ACTION_BY_STATUS[answer.status]);
  if (typeof action === 'string' && known.has(action)) return action as Known;
  logger.warn(
    { operation, status: answer.status, action: typeof action === 'string' ? action.slice(0, 64) : typeof action },
    'Authlete answered with an action this gateway does not know; returning UNKNOWN',
  );
  return 'UNKNOWN';
}
