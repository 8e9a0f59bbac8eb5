/**
 * Coverage derived from the schema, not from hand-written lists: every root field (Query and
 * Mutation) has a client-kit document that selects it, and a row of README's scope table under
 * the scope it declares. A root field added without either fails here, naming the field; one
 * added without `authScopes` does not even build (src/schema/index.ts).
 */
import { readFileSync } from 'node:fs';
import { Kind, parse, visit, type GraphQLField } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';

const rootFields = [schema.getQueryType()!, schema.getMutationType()!].flatMap((root) =>
  Object.values(root.getFields()).map((field) => ({ root: root.name, field })),
);

/** The scope a root field declares, or `public` for any authenticated caller. */
function declaredScope(field: GraphQLField<unknown, unknown>): string {
  const scopes = (field.extensions.pothosOptions as { authScopes?: { scope?: string; public?: boolean } }).authScopes;
  return scopes?.scope ?? (scopes?.public ? 'public' : 'none');
}

describe('every root field', () => {
  const manifest = JSON.parse(readFileSync(new URL('../client/src/graphql/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
  const selected = new Set<string>();
  for (const document of Object.values(manifest)) {
    visit(parse(document), {
      OperationDefinition(operation) {
        const root = operation.operation === 'mutation' ? 'Mutation' : 'Query';
        for (const selection of operation.selectionSet.selections) if (selection.kind === Kind.FIELD) selected.add(`${root}.${selection.name.value}`);
      },
    });
  }

  it.each(rootFields.map(({ root, field }) => [`${root}.${field.name}`]))('%s has a client-kit document', (name) => {
    expect(selected.has(name), `client/src/documents.ts has no document that selects ${name}`).toBe(true);
  });

  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const table = readme.slice(readme.indexOf('| scope | grants |'));
  const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
  /** README's scope table: scope (or `public`) → the fields named in its "grants" cell. */
  const documented = new Map(
    rows.map((row) => {
      const [, scope = '', grants = ''] = row.split('|').map((cell) => cell.trim());
      const name = /^`([^`]+)`$/.exec(scope)?.[1] ?? (scope.includes('any authenticated caller') ? 'public' : scope);
      return [name, new Set([...grants.matchAll(/`(\w+)`/g)].map((match) => match[1]))];
    }),
  );

  it.each(rootFields.map(({ root, field }) => [`${root}.${field.name}`, field] as const))('%s is in README\'s scope table under the scope it declares', (_name, field) => {
    const scope = declaredScope(field);
    expect(scope, `${field.name} declares no scope`).not.toBe('none');
    expect(documented.get(scope)?.has(field.name), `README's scope table has no ${field.name} in the row of ${scope}`).toBe(true);
  });
});
