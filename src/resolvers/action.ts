/**
 * Maps Authlete's `action` to the gateway's enums. Authlete's SDKs treat `action` as an open enum:
 * a value this gateway does not know becomes UNKNOWN (with a warning), never an error, so the
 * answer's data still reaches the caller.
 */
import type { GatewayContext } from '../types.js';
import { isSuccessStatus, type AuthleteAnswer } from '../upstream/authlete-client.js';
import type { ResultAnswer } from '../upstream/wire.js';

/** The action implied by an error status when Authlete's body carries none. */
const ACTION_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  500: 'INTERNAL_SERVER_ERROR',
};

export interface ActionMapping<Known extends string> {
  known: ReadonlySet<Known>;
  operation: string;
  /**
   * Revoke and delete answers carry no `action`: their success status (200, 204) means OK.
   * Create and update answers always carry one, so a success without it is UNKNOWN.
   */
  successMeansOk?: boolean;
}

/** Maps the action and counts it (gateway_authlete_actions_total). */
export function mapAction<Known extends string>(
  answer: AuthleteAnswer<ActionAnswer>,
  mapping: ActionMapping<Known>,
  context: GatewayContext,
): Known | 'UNKNOWN' {
  const action = actionOf(answer, mapping, context);
  context.metrics.authleteActions.inc({ operation: mapping.operation, action });
  return action;
}

/** Create and update answers carry an `action`; revoke and delete answers do not. */
type ActionAnswer = ResultAnswer & { action?: string | null };

function isKnown<Known extends string>(known: ReadonlySet<Known>, action: unknown): action is Known {
  const names: ReadonlySet<unknown> = known;
  return names.has(action);
}

function actionOf<Known extends string>(answer: AuthleteAnswer<ActionAnswer>, mapping: ActionMapping<Known>, context: GatewayContext): Known | 'UNKNOWN' {
  const success = isSuccessStatus(answer.status);
  const implied = success ? (mapping.successMeansOk ? 'OK' : undefined) : ACTION_BY_STATUS[answer.status];
  const action = answer.body.action ?? implied;
  if (isKnown(mapping.known, action)) return action;
  context.logger.warn(
    {
      operation: mapping.operation,
      status: answer.status,
      action: typeof action === 'string' ? action.slice(0, 64) : typeof action,
    },
    'Authlete answered with an action this gateway does not know; returning UNKNOWN',
  );
  return 'UNKNOWN';
}
