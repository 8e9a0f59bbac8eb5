/** BAD_USER_INPUT raised by resolvers themselves (cursors, global ids), in the validation plugin's format. */
import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../error-codes.js';

export function badUserInput(field: string, why: string): GraphQLError {
  return new GraphQLError(`Invalid input: ${field}: ${why}`, { extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, fields: [field] } });
}

/** A global id that is not one of this gateway's. */
export function invalidGlobalId(why = 'is not an id of this gateway'): GraphQLError {
  return badUserInput('id', why);
}
