/**
 * The estimated cost of an operation, counted with its variables, before anything runs. A field
 * that returns an object costs 1 (a scalar field 0: the document's size is bounded elsewhere); a
 * field that calls Authlete adds that call's weight; a list argument multiplies what it
 * asks for: `nodes(ids:)` costs per id, a connection's `first` per item (the default page size
 * when absent). So `{ a0: nodes(ids: $hundredIds) { id } … a19: … }` costs 20 × 100 refetches
 * and is refused before a single call, where one dashboard page of 200 tokens is not.
 *
 * A field's weights are in its schema definition (`extensions.cost`, see FieldCost). The walk is
 * linear in the document: a fragment's cost is computed once however often it is spread.
 */
import {
  Kind,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  typeFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** How a field is priced (its `extensions.cost`). */
export interface FieldCost {
  /** Authlete calls the field may make by itself (a page read, a look-up). */
  upstream?: number;
  /** Authlete calls per item the list argument asks for (a refetch per id). */
  perItem?: number;
  /** The argument (or arguments, such as a connection's `first` and `last`) that says how many items the field returns: everything below is paid once per item. */
  listArgument?: string | readonly string[];
  /** Items when the list argument is absent (a connection's default page size). */
  defaultItems?: number;
}

/** Weight of one Authlete call in the cost: a call is worth ten fields of a page. */
export const UPSTREAM_CALL_COST = 10;

function fieldCostOf(extensions: Readonly<Record<string, unknown>> | undefined): FieldCost | undefined {
  return extensions?.cost as FieldCost | undefined;
}

/**
 * How many items a list argument asks for: the length of a list, the value of a count. A variable
 * the request leaves out counts as its default value in the document.
 */
function itemsOf(node: ValueNode, variables: Readonly<Record<string, unknown>>, defaults: ReadonlyMap<string, ValueNode>): number | undefined {
  const value =
    // Own members only: a variable named `constructor` or `__proto__` must not find Object.prototype's.
    node.kind !== Kind.VARIABLE ? node : Object.hasOwn(variables, node.name.value) ? variables[node.name.value] : defaults.get(node.name.value);
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value);
  if (typeof value === 'object' && value !== null && 'kind' in value) {
    const literal = value as ValueNode;
    if (literal.kind === Kind.LIST) return literal.values.length;
    if (literal.kind === Kind.INT) return Math.max(0, Number(literal.value));
    if (literal.kind === Kind.NULL) return undefined;
    return 1;
  }
  // A single value given for a list argument is a list of one (GraphQL's input coercion).
  return value === undefined || value === null ? undefined : 1;
}

/** Costs of operations that read no variable: the same for every request that runs them. */
const fixedCosts = new WeakMap<OperationDefinitionNode, { schema: GraphQLSchema; cost: number }>();

/**
 * The operation's cost with these variables. An operation whose count reads no variable costs the
 * same every time: it is walked once and remembered for as long as its (cached) document lives.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Readonly<Record<string, unknown>>,
): number {
  const fixed = fixedCosts.get(operation);
  if (fixed?.schema === schema) return fixed.cost;
  let readsVariables = false;
  const fragmentCosts = new Map<string, number>();
  const inProgress = new Set<string>();
  const defaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) defaults.set(definition.variable.name.value, definition.defaultValue);
  }

  const selectionCost = (selectionSet: SelectionSetNode, parentType: GraphQLCompositeType): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) total += fieldCost(selection, parentType);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? typeFromAST(schema, selection.typeCondition) : parentType;
        if (isCompositeType(condition)) total += selectionCost(selection.selectionSet, condition);
      } else total += fragmentCost(selection.name.value);
    }
    return total;
  };

  const fragmentCost = (name: string): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    // Unknown or cyclic spreads are refused by validation; they cost nothing here.
    if (!fragment || inProgress.has(name)) return 0;
    inProgress.add(name);
    const condition = typeFromAST(schema, fragment.typeCondition);
    const cost = isCompositeType(condition) ? selectionCost(fragment.selectionSet, condition) : 0;
    inProgress.delete(name);
    fragmentCosts.set(name, cost);
    return cost;
  };

  const fieldCost = (node: FieldNode, parentType: GraphQLCompositeType): number => {
    if (!isObjectType(parentType) && !isInterfaceType(parentType)) return 0;
    const field = parentType.getFields()[node.name.value];
    if (!field) return 0;
    const pricing = fieldCostOf(field.extensions);
    const type = getNamedType(field.type);
    const composite = isCompositeType(type);
    const own = composite ? 1 : 0;
    const below = node.selectionSet && composite ? selectionCost(node.selectionSet, type) : 0;
    if (!pricing) return own + below;
    let items = 1;
    if (pricing.listArgument) {
      const names: readonly string[] = typeof pricing.listArgument === 'string' ? [pricing.listArgument] : pricing.listArgument;
      const given = (node.arguments ?? [])
        .filter((candidate) => names.includes(candidate.name.value))
        .map((argument) => {
          if (argument.value.kind === Kind.VARIABLE) readsVariables = true;
          return itemsOf(argument.value, variables, defaults);
        });
      const counted = given.filter((count): count is number => count !== undefined);
      items = counted.length > 0 ? Math.max(...counted) : (pricing.defaultItems ?? 1);
    }
    return own + (pricing.upstream ?? 0) * UPSTREAM_CALL_COST + items * ((pricing.perItem ?? 0) * UPSTREAM_CALL_COST + below);
  };

  const rootType = schema.getRootType(operation.operation);
  const cost = rootType ? selectionCost(operation.selectionSet, rootType) : 0;
  if (!readsVariables) fixedCosts.set(operation, { schema, cost });
  return cost;
}
