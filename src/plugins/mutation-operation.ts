/**
 * The mutation an execution is about to run, with the document's fragments: what both
 * useMutationAuthorization and useRateLimit walk before any field executes. Null for a query.
 */
import { Kind, getOperationAST, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

export interface MutationToRun {
  operation: OperationDefinitionNode;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
}

export function mutationToRun(document: DocumentNode, operationName?: string | null): MutationToRun | null {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'mutation') return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return { operation, fragments };
}
