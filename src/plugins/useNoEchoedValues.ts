/**
 * Production: a variable that does not coerce is named, with the path to the bad part and the
 * variable's declared type, never with its value. graphql-js writes the value into the message
 * (`Variable "$n" got invalid value "<a token pasted by mistake>"; Int cannot …`), and clients log
 * their errors. The paths come from coercing the variable again (only when it failed, so never on
 * the path of a good request).
 */
import { type GraphQLError, coerceInputValue, getOperationAST, isInputType, print, typeFromAST, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isGraphQLError, rebuiltError } from './shared/errors.js';

const INVALID_VALUE = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" got invalid value /;

export function useNoEchoedValues(): Plugin {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          const single = result as ExecutionResult;
          if ('data' in single || !single.errors?.some((error) => INVALID_VALUE.test(error.message))) return;
          const operation = getOperationAST(args.document, args.operationName);
          const raw = (args.variableValues ?? {}) as Record<string, unknown>;
          const seen = new Set<string>();
          const errors: GraphQLError[] = [];
          for (const error of single.errors) {
            const name = INVALID_VALUE.exec(error.message)?.[1];
            if (name === undefined) {
              errors.push(error);
              continue;
            }
            if (seen.has(name)) continue;
            seen.add(name);
            const definition = operation?.variableDefinitions?.find((candidate) => candidate.variable.name.value === name);
            const type = definition ? typeFromAST(args.schema, definition.type) : undefined;
            const declared = definition ? print(definition.type) : 'its declared type';
            const paths: string[] = [];
            if (type && isInputType(type)) {
              coerceInputValue(raw[name], type, (path) => {
                if (path.length > 0) paths.push(`${name}.${path.join('.')}`);
              });
            }
            const where = paths.length > 0 ? ` at ${paths.map((path) => `"${path}"`).join(', ')}` : '';
            // The gateway's own scalars explain a refusal without quoting the value: their reason stays.
            const original = error.originalError;
            const ours = isGraphQLError(original) && typeof original.extensions?.code === 'string' ? ` ${original.message}` : '';
            errors.push(rebuiltError(error, { message: `Variable "$${name}" got an invalid value${where}; it must be of type "${declared}".${ours}` }));
          }
          setResult({ ...single, errors });
        },
      };
    },
  };
}
