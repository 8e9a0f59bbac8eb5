/**
 * Runs operations the gateway sees again and again through graphql-jit: a document's operation,
 * once it has run COMPILE_AFTER_RUNS times, is compiled to a function that executes it without
 * walking the document each time. It replaces `execute` only (subscriptions and everything before
 * execution are untouched), and it keeps every guarantee of the standard executor:
 *
 * 1. An operation graphql-jit cannot compile (it writes literal arguments into its generated code
 *    with JSON.stringify, which throws on an Int64 literal above 2^53) runs on the standard
 *    executor, for good: no compile error ever reaches a caller.
 * 2. Variables are coerced by graphql-jit itself; a result without `data` means they did not
 *    coerce and nothing ran, so the request is run on the standard executor instead, whose
 *    refusal (wording, BAD_USER_INPUT, HTTP 400) the caller gets as before.
 * 3. graphql-jit's errors carry locations but no AST nodes, which masking and error rebuilding
 *    read: each error is rebuilt as graphql-js locates one, on the field nodes its path names.
 * 4. Compiling waits until an operation has run a few times (COMPILE_AFTER_RUNS), so a caller sending ever-new
 *    documents never makes the gateway compile on a request; a compiled operation lives as long
 *    as its document in Yoga's parse cache (a WeakMap, bounded by that cache).
 */
import { GraphQLError, Kind, type DocumentNode, type ExecutionArgs, type ExecutionResult, type FieldNode, type SelectionSetNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { isPromise, type Plugin } from 'graphql-yoga';
import { operationToRun, type OperationToRun } from './shared/operation.js';
import { isGraphQLError } from './shared/errors.js';
import type { GatewayMetrics } from '../observability/metrics.js';

/** Runs on the standard executor before an operation is compiled (COMPILE_AFTER_RUNS). */
export const DEFAULT_COMPILE_AFTER_RUNS = 3;

interface OperationState {
  runs: number;
  /** The compiled operation; null when graphql-jit could not compile it (it stays on the standard executor). */
  compiled?: CompiledQuery | null;
}

type Execute = (args: ExecutionArgs) => ExecutionResult | Promise<ExecutionResult> | unknown;

/** The field nodes a response path names (aliases, inline fragments and spreads followed), as graphql-js would attach to an error there. */
function fieldNodesAt(toRun: OperationToRun, path: ReadonlyArray<string | number>): FieldNode[] {
  let sets: SelectionSetNode[] = [toRun.operation.selectionSet];
  let nodes: FieldNode[] = [];
  for (const key of path) {
    if (typeof key === 'number') continue;
    nodes = [];
    const pending = [...sets];
    const seenFragments = new Set<string>();
    while (pending.length > 0) {
      for (const selection of pending.pop()!.selections) {
        if (selection.kind === Kind.FIELD) {
          if ((selection.alias?.value ?? selection.name.value) === key) nodes.push(selection);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) pending.push(selection.selectionSet);
        else if (!seenFragments.has(selection.name.value)) {
          seenFragments.add(selection.name.value);
          const fragment = toRun.fragments.get(selection.name.value);
          if (fragment) pending.push(fragment.selectionSet);
        }
      }
    }
    sets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  }
  return nodes;
}

/** A graphql-jit error as graphql-js's executor reports one: located on its field nodes, the thrown error as its cause. */
function located(error: GraphQLError, toRun: OperationToRun): GraphQLError {
  if (error.nodes || !error.path) return error;
  const nodes = fieldNodesAt(toRun, error.path);
  const cause = error.originalError;
  // graphql-js keeps a GraphQLError thrown by a resolver as the cause, with its extensions.
  return new GraphQLError(isGraphQLError(cause) ? cause.message : error.message, {
    nodes: nodes.length > 0 ? nodes : undefined,
    path: error.path,
    originalError: cause ?? undefined,
    extensions: error.extensions,
  });
}

type States = WeakMap<OperationToRun['operation'], OperationState>;

function compiledFor(args: ExecutionArgs, states: States, afterRuns: number, metrics: GatewayMetrics): { compiled: CompiledQuery; toRun: OperationToRun } | undefined {
  const toRun = operationToRun(args.document as DocumentNode, args.operationName);
  if (!toRun || toRun.operation.operation === 'subscription') return undefined;
  let state = states.get(toRun.operation);
  if (!state) states.set(toRun.operation, (state = { runs: 0 }));
  if (state.compiled === undefined) {
    state.runs += 1;
    if (state.runs <= afterRuns) return undefined;
    try {
      const compiled = compileQuery(args.schema, args.document as DocumentNode, args.operationName ?? undefined, { disablingCapturingStackErrors: true });
      state.compiled = isCompiledQuery(compiled) ? compiled : null;
    } catch {
      state.compiled = null;
    }
    metrics.compiledOperations.inc({ outcome: state.compiled ? 'compiled' : 'not_compilable' });
  }
  return state.compiled ? { compiled: state.compiled, toRun } : undefined;
}

export function useCompiledExecution(options: { afterRuns: number; metrics: GatewayMetrics }): Plugin {
  const { afterRuns, metrics } = options;
  const states: States = new WeakMap();
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const found = compiledFor(args, states, afterRuns, metrics);
      if (!found) return;
      const { compiled, toRun } = found;
      const standard = executeFn as Execute;
      const finish = (result: ExecutionResult, executionArgs: ExecutionArgs) => {
        // No data: the variables did not coerce and nothing ran; the standard executor refuses them as it always has.
        if (result.data === undefined) return standard(executionArgs);
        if (!result.errors?.length) return result;
        // Keys in the standard executor's order, so that an answer is the same text either way.
        return { errors: result.errors.map((error) => located(error as GraphQLError, toRun)), data: result.data };
      };
      setExecuteFn(((executionArgs: ExecutionArgs) => {
        const result = compiled.query(executionArgs.rootValue, executionArgs.contextValue, executionArgs.variableValues as Record<string, unknown>);
        return isPromise(result) ? Promise.resolve(result).then((settled) => finish(settled, executionArgs)) : finish(result, executionArgs);
      }) as typeof executeFn);
    },
  };
}
