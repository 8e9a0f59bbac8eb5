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

const found = new WeakMap<DocumentNode, Map<string, OperationToRun | null>>();

/** The operation `operationName` picks (or the only one), with the document's fragments; null when none. */
export function operationToRun(document: DocumentNode, operationName?: string | null): OperationToRun | null {
  let byName = found.get(document);
  if (!byName) found.set(document, (byName = new Map()));
  const key = operationName ?? '';
  if (byName.has(key)) return byName.get(key)!;
  const operation = getOperationAST(document, operationName);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const toRun = operation ? { operation, fragments } : null;
  byName.set(key, toRun);
  return toRun;
}
