/**
 * The operation an execution is about to run, with the document's fragments: what the cost limit,
 * the mutation authorisation and the rate limit each walk before any field executes. Found once
 * per document and operation name (Yoga caches parsed documents, so the same DocumentNode comes
 * back for the same text), not once per plugin per request.
 */
import { Kind, getOperationAST, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

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
