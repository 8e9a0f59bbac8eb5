/**
 * A bounded label for an operation, shared by traces and metrics: its type, and its root fields
 * (schema names, sorted; "multiple" beyond 3), never a caller-chosen string. Computed once per
 * operation of a cached document (the label lives as long as the document does).
 */
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { operationToRun } from '../plugins/shared/operation.js';

export interface OperationLabel {
  type: string;
  label: string;
}

const UNKNOWN: OperationLabel = { type: 'unknown', label: 'unknown' };
const labels = new WeakMap<OperationDefinitionNode, OperationLabel>();

export function operationLabel(document: DocumentNode, operationName?: string | null): OperationLabel {
  const operation = operationToRun(document, operationName)?.operation;
  if (!operation) return UNKNOWN;
  let known = labels.get(operation);
  if (!known) {
    const fields = new Set<string>();
    for (const selection of operation.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD) fields.add('fragment');
      else if (selection.name.value.startsWith('__')) fields.add('introspection');
      else fields.add(selection.name.value);
    }
    const sorted = [...fields].sort();
    known = { type: operation.operation, label: sorted.length > 3 ? 'multiple' : sorted.join('+') || 'empty' };
    labels.set(operation, known);
  }
  return known;
}
