/**
 * The client kit stays true to the schema: every document it ships validates against the gateway's
 * schema as built from source (so a schema change that breaks the kit fails the suite), each
 * trusted-document hash is the SHA-256 of its document, and the generated possibleTypes match the
 * schema's interfaces.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isInterfaceType, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';
import { possibleTypes } from '../client/src/apollo.js';

const manifest = JSON.parse(readFileSync(new URL('../client/src/graphql/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;

describe('the client kit', () => {
  // That it ships a document for every root field is derived from the schema: root-field-coverage.test.ts.

  it.each(Object.entries(manifest))('%s validates against the schema, and its hash is its SHA-256', (hash, document) => {
    expect(validate(schema, parse(document))).toEqual([]);
    expect(hash).toBe(`sha256:${createHash('sha256').update(document).digest('hex')}`);
  });

  it("possibleTypes lists every interface's implementations", () => {
    const expected: Record<string, string[]> = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (isInterfaceType(type) && !type.name.startsWith('__')) expected[type.name] = schema.getPossibleTypes(type).map((object) => object.name).sort();
    }
    expect(Object.fromEntries(Object.entries(possibleTypes).map(([name, types]) => [name, [...types].sort()]))).toEqual(expected);
  });
});
