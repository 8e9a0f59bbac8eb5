/**
 * Refuses an operation whose estimated cost, counted with its variables (security/operation-cost.ts),
 * is over the limit: before any field runs, so nothing is sent to Authlete. HTTP 400 with
 * GRAPHQL_VALIDATION_FAILED, `extensions.cost` and `extensions.maxCost`, and a message that says
 * what counts. Introspection-only operations are exempt (they call nothing).
 */
import { GraphQLError, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ErrorCode } from '../error-codes.js';
import { operationCost } from '../security/operation-cost.js';
import { operationToRun } from './shared/operation.js';

export function useOperationCost(options: { maxCost: number }): Plugin {
  const { maxCost } = options;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const toRun = operationToRun(args.document, args.operationName);
      if (!toRun) return;
      const { operation, fragments } = toRun;
      if (operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'))) return;
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const cost = operationCost(args.schema, operation, fragments, variables);
      if (cost <= maxCost) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            `This operation's estimated cost is ${cost}, above the limit of ${maxCost}: ` +
              'every object counts 1, each Authlete call it may make 10, and a list argument multiplies what it asks for ' +
              '(`nodes(ids:)` per id, `first` per item). Ask for fewer objects, or split the operation.',
            { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' satisfies ErrorCode, cost, maxCost, http: { status: 400 } } },
          ),
        ],
      });
    },
  };
}
