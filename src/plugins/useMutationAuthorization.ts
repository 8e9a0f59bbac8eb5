/**
 * Authorises a mutation operation as a whole, before any of its fields runs. Mutation fields run
 * one after another, and the scope check of each field (Pothos scope-auth) runs only when that
 * field's turn comes: `{ a: createToken(…) b: deleteToken(…) }` from a caller with only
 * tokens:create would mint a token at Authlete and only then find `b` forbidden. Here every field
 * the operation selects (root fields and nested ones, through fragments) is checked against the
 * scope its schema definition asks for; one the caller may not run refuses the whole operation
 * with FORBIDDEN (HTTP 403) and nothing is sent to Authlete. Queries keep the per-field check:
 * they change nothing, so a forbidden field is just null.
 *
 * Some arguments ask for more than their field's scope: `updateToken` with
 * `accessTokenValueUpdated: true` has Authlete issue a new, live token value, which is minting, so
 * it also needs `tokens:create`. A field says so in its definition (`extensions.scopeFor`, a
 * function of its coerced arguments); the walk evaluates it with the operation's variables.
 */
import {
  Kind,
  getArgumentValues,
  getVariableValues,
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  typeFromAST,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../types.js';
import { operationToRun } from './shared/operation.js';
import { forbiddenError, hasScope, type ArgumentScope, type GatewayScope } from '../security/scopes.js';

/** The scope a field's definition asks for (`authScopes: { scope }`), if any. */
function scopeOfField(extensions: Readonly<Record<string, unknown>>): GatewayScope | undefined {
  const options = extensions.pothosOptions as { authScopes?: { scope?: GatewayScope } } | undefined;
  return options?.authScopes?.scope;
}

interface PendingSelection {
  selectionSet: SelectionSetNode;
  parentType: GraphQLCompositeType;
  path: ReadonlyArray<string>;
}

/** Every scope the operation's fields ask for, each with the path of one field that asks for it. */
function requiredScopes(
  schema: GraphQLSchema,
  root: PendingSelection,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  /** The operation's variables, coerced as the executor will; undefined when they do not coerce. */
  variables: () => Record<string, unknown> | undefined,
) {
  const scopes = new Map<GatewayScope, ReadonlyArray<string>>();
  let readsArguments = false;
  const visitedFragments = new Set<string>();
  // An explicit stack: the walk is bounded by the document, never by the call stack.
  const pending: PendingSelection[] = [root];
  while (pending.length > 0) {
    const { selectionSet, parentType, path } = pending.pop()!;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!isObjectType(parentType) && !isInterfaceType(parentType)) continue;
        const field = parentType.getFields()[selection.name.value];
        if (!field) continue;
        const fieldPath = [...path, selection.alias?.value ?? selection.name.value];
        const scope = scopeOfField(field.extensions);
        if (scope && !scopes.has(scope)) scopes.set(scope, fieldPath);
        const scopeFor = field.extensions.scopeFor as ArgumentScope | undefined;
        if (scopeFor) readsArguments = true;
        const coerced = scopeFor && variables();
        if (scopeFor && coerced) {
          let further: GatewayScope | undefined;
          try {
            further = scopeFor(getArgumentValues(field, selection, coerced));
          } catch {
            // Arguments that do not coerce are refused by the executor before the field runs.
          }
          if (further && !scopes.has(further)) scopes.set(further, fieldPath);
        }
        const type = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(type)) {
          pending.push({ selectionSet: selection.selectionSet, parentType: type, path: fieldPath });
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? typeFromAST(schema, selection.typeCondition) : parentType;
        if (isCompositeType(condition)) pending.push({ selectionSet: selection.selectionSet, parentType: condition, path });
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visitedFragments.has(name)) continue;
        visitedFragments.add(name);
        const condition = typeFromAST(schema, fragment.typeCondition);
        if (isCompositeType(condition)) pending.push({ selectionSet: fragment.selectionSet, parentType: condition, path });
      }
    }
  }
  return { scopes, readsArguments };
}

/**
 * The scopes of operations with no argument-dependent scope: the same for every request that runs
 * them, so walked once and remembered for as long as their (cached) document lives.
 */
const fixedScopes = new WeakMap<OperationDefinitionNode, { schema: GraphQLSchema; scopes: ReadonlyMap<GatewayScope, ReadonlyArray<string>> }>();

export function useMutationAuthorization(): Plugin<GatewayContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const { caller } = args.contextValue as GatewayContext;
      if (caller.scopes === 'all') return;
      const toRun = operationToRun(args.document, args.operationName);
      const mutationType = args.schema.getMutationType();
      if (toRun?.operation.operation !== 'mutation' || !mutationType) return;
      const { operation, fragments } = toRun;
      const refusals: GraphQLError[] = [];
      const root = { selectionSet: operation.selectionSet, parentType: mutationType, path: [] };
      // Variables coerced as the executor will, and only for a field whose scope depends on its
      // arguments (most mutations have none); when they do not coerce, nothing runs anyway.
      let coerced: { coerced?: Record<string, unknown> } | undefined;
      const variables = () =>
        (coerced ??= getVariableValues(args.schema, operation.variableDefinitions ?? [], (args.variableValues ?? {}) as Record<string, unknown>))
          .coerced;
      const fixed = fixedScopes.get(operation);
      let scopes = fixed && fixed.schema === args.schema ? fixed.scopes : undefined;
      if (!scopes) {
        const walked = requiredScopes(args.schema, root, fragments, variables);
        if (!walked.readsArguments) fixedScopes.set(operation, { schema: args.schema, scopes: walked.scopes });
        scopes = walked.scopes;
      }
      for (const [scope, path] of scopes) {
        if (!hasScope(caller, scope)) refusals.push(forbiddenError(scope, { path, httpStatus: 403 }));
      }
      if (refusals.length > 0) setResultAndStopExecution({ errors: refusals });
    },
  };
}
