/**
 * The mutation an execution is about to run, with the document's fragments: what
 * useMutationAuthorization walks before any field executes (null for a query); and the fragments
 * alone, which the cost limit and the rate limit walk for any operation.
 */
import { Kind, getOperationAST, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

export interface MutationToRun {
  operation: OperationDefinitionNode;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
}

export function mutationToRun(document: DocumentNode, operationName?: string | null): MutationToRun | null {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'mutation') return null;
  return { operation, fragments: fragmentsOf(document) };
}

/** The document's fragments by name, for the walks that follow spreads. */
export function fragmentsOf(document: DocumentNode): ReadonlyMap<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}
