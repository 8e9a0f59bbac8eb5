/**
 * No "Did you mean …?" in production. graphql-js suggests names in many places: unknown fields
 * (GraphQL Armor hides only those, and only among validation errors), enum values written in the
 * query text, misspelled input fields and enum values in variables (coercion errors). Each hint
 * maps the schema for someone who may not see it (introspection is off in production). This runs
 * as the last step before an answer is written, so it sees every error, whatever raised it.
 */
import type { GraphQLError } from 'graphql';
import { isGraphQLError, rebuiltError } from './shared/errors.js';
import type { Plugin } from 'graphql-yoga';

/** graphql-js appends its hint as ` Did you mean "a", "b", or "c"?` (or `… the enum value "X"?`). */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

function withoutSuggestion(error: GraphQLError): GraphQLError {
  const message = error.message.replace(SUGGESTION, '');
  return message === error.message ? error : rebuiltError(error, { message });
}

export function useNoSuggestions(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
      const errors = (result.errors as readonly GraphQLError[]).map((error) => (isGraphQLError(error) ? withoutSuggestion(error) : error));
      setResult({ ...result, errors });
    },
  };
}
