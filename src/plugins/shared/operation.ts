/**
 * The operation an execution is about to run, with the document's fragments: what the cost limit,
 * the mutation authorisation and the rate limit each walk before any field executes. Found once
 * per document and operation name (Yoga caches parsed documents, so the same DocumentNode comes
 * back for the same text), not once per plugin per request.
 */
import { Kind, getOperationAST, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

export interface OperationToRun {
  operation: OperationDefinitionNode;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
}

const found = new WeakMap<DocumentNode, Map<string, OperationToRun>>();

/** The operation `operationName` picks (or the only one), with the document's fragments; null when none. */
export function operationToRun(document: DocumentNode, operationName?: string | null): OperationToRun | null {
  let byName = found.get(document);
  if (!byName) found.set(document, (byName = new Map()));
  const key = operationName ?? '';
  const known = byName.get(key);
  if (known) return known;
  const operation = getOperationAST(document, operationName);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  if (!operation) return null; // not remembered: the names a caller may try are unbounded, the document's operations are not
  const toRun = { operation, fragments };
  byName.set(key, toRun);
  return toRun;
}

const rootFieldLists = new WeakMap<OperationDefinitionNode, readonly FieldNode[]>();

/**
 * The operation's root fields, aliases included, through inline fragments and fragment spreads
 * (each fragment once): what the rate limit counts and the POST-only check looks at. Found once
 * per operation of a cached document.
 */
export function rootFieldsOf(toRun: OperationToRun): readonly FieldNode[] {
  let fields = rootFieldLists.get(toRun.operation);
  if (fields) return fields;
  const found: FieldNode[] = [];
  const pending: SelectionSetNode[] = [toRun.operation.selectionSet];
  const seen = new Set<string>();
  while (pending.length > 0) {
    for (const selection of pending.pop()!.selections) {
      if (selection.kind === Kind.FIELD) found.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) pending.push(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = toRun.fragments.get(selection.name.value);
        if (fragment) pending.push(fragment.selectionSet);
      }
    }
  }
  rootFieldLists.set(toRun.operation, (fields = found));
  return fields;
}
