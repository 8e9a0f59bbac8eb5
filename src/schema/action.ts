/** The `action` enums: Authlete's outcome of a token operation, open to values added later. */
import { builder } from './builder.js';

const ACTION_DESCRIPTIONS = {
  INTERNAL_SERVER_ERROR: { description: "An error occurred on Authlete's side." },
  BAD_REQUEST: { description: 'The request was wrong, e.g. a missing or invalid parameter.' },
  FORBIDDEN: { description: 'The request is not allowed, e.g. the token or client does not belong to the service.' },
  NOT_FOUND: { description: 'The token does not exist (or has expired).' },
  UNAUTHORIZED: { description: 'The access token does not exist or has expired.' },
  OK: { description: 'The operation succeeded.' },
  UNKNOWN: {
    description:
      'Authlete answered with an action this gateway version does not know. The rest of the response is ' +
      'passed on unchanged; check `resultCode` and `resultMessage`.',
  },
} as const;

/**
 * Ends the description of every root mutation field: each is nullable so that one field's failure
 * never hides what another field of the same operation already did (such as a minted token).
 */
export const MUTATION_RESULT_NOTE =
  ' Null, with the reason in `errors`, when the field fails (bad input, Authlete unreachable); the other fields of the ' +
  'same operation keep their results. An operation with a field the caller lacks the scope for is refused as a whole, before any call.';

type ActionName = keyof typeof ACTION_DESCRIPTIONS;

/**
 * An action enum: the actions the resolvers know (one list, in shapes.ts, which `mapAction`
 * checks against too) plus UNKNOWN. An action the enum cannot serialise would null the whole
 * response and lose a minted token, so the two must never drift: they are the same list.
 */
export function actionEnum<const Name extends Exclude<ActionName, 'UNKNOWN'>>(
  name: string,
  description: string,
  known: readonly Name[],
  overrides: Partial<Record<Name | 'UNKNOWN', string>> = {},
) {
  const values: Array<Name | 'UNKNOWN'> = [...known, 'UNKNOWN'];
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(
      values.map((value) => [value, { description: overrides[value] ?? ACTION_DESCRIPTIONS[value].description }]),
    ) as Record<Name | 'UNKNOWN', { description: string }>,
  });
}
