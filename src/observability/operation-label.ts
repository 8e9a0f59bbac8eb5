/**
 * A bounded label for an operation, shared by traces and metrics: its type, and its root fields
 * (schema names, sorted; "multiple" beyond 3), never a caller-chosen string.
 */
import { Kind, getOperationAST, type DocumentNode } from 'graphql';

export function operationLabel(document: DocumentNode, operationName?: string | null): { type: string; label: string } {
  const operation = getOperationAST(document, operationName);
  if (!operation) return { type: 'unknown', label: 'unknown' };
  const fields = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) fields.add('fragment');
    else if (selection.name.value.startsWith('__')) fields.add('introspection');
    else fields.add(selection.name.value);
  }
  const sorted = [...fields].sort();
  return { type: operation.operation, label: sorted.length > 3 ? 'multiple' : sorted.join('+') || 'empty' };
}
