/**
 * The one Pothos builder: plugins, scalars and the context type. Domain types live in their own
 * files beside this one.
 */
import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin, { AuthScopeFailureType, type AuthFailure } from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { GatewayContext } from '../types.js';
import type { FieldCost } from '../security/operation-cost.js';
import { forbiddenError, hasScope, type GatewayScope } from '../security/scopes.js';
import { decodeGatewayGlobalID } from './global-id.js';
import { parseInt64Literal, parseInt64Value, serializeInt64 } from './int64.js';
import { parseJsonObjectLiteral, parseJsonObjectValue } from './json-object.js';

type Int64Output = bigint | number | string;

/** The scope a failed check asked for, found in Pothos' failure tree. */
function missingScope(failure: AuthFailure): string | undefined {
  if (failure.kind === AuthScopeFailureType.AuthScope) return String(failure.parameter);
  if ('failures' in failure) for (const child of failure.failures) return missingScope(child);
  return undefined;
}

function pathOf(path: ReadonlyArray<PropertyKey | { key: PropertyKey }> | undefined): string {
  return (path ?? []).map((segment) => String(typeof segment === 'object' ? segment.key : segment)).join('.');
}

export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  DefaultFieldNullability: true;
  /**
   * `scope: 'tokens:create'` on a field: the caller's JWT must grant that scope. `public: true`:
   * any authenticated caller (said explicitly: a root field that says neither does not build).
   */
  AuthScopes: { scope: GatewayScope; public: boolean };
  Scalars: {
    Int64: { Input: bigint; Output: Int64Output };
    Timestamp: { Input: bigint; Output: Int64Output };
    JSONObject: { Input: string; Output: never };
  };
}>({
  // Scope checks run before input validation: a caller without the scope learns nothing more.
  plugins: [ScopeAuthPlugin, RelayPlugin, ValidationPlugin],
  scopeAuth: {
    authScopes: (context) => ({ scope: (scope: GatewayScope) => hasScope(context.caller, scope), public: true }),
    unauthorizedError: (_parent, _context, _info, result) => forbiddenError(missingScope(result.failure)),
  },
  relay: {
    // Every node type is read under tokens:read: node(id:) must not be a way around a type's own scope.
    nodeQueryOptions: {
      authScopes: { scope: 'tokens:read' },
      extensions: { cost: { upstream: 1 } satisfies FieldCost },
      description: 'Needs the scope tokens:read. Any object with a global id (a token, a client), refetched by that id; null when it no longer exists.',
      args: { id: { description: "A global id, as an object's `id` field returned it." } },
    },
    nodesQueryOptions: {
      // A nullable list: a refusal of the whole field (no scope, an id that is not ours) nulls
      // this field alone, and the rest of the query is answered, as for every other query field.
      nullable: { list: true, items: true },
      authScopes: { scope: 'tokens:read' },
      extensions: { cost: { perItem: 1, listArgument: 'ids' } satisfies FieldCost },
      description: 'Needs the scope tokens:read. Several objects by their global ids, in the same order; null for each that no longer exists.',
      args: {
        ids: {
          description: "Global ids, as objects' `id` fields returned them (at most 100).",
          validate: z.array(z.unknown()).max(100, 'must hold at most 100 ids'),
        },
      },
    },
    nodeTypeOptions: { description: 'An object with a global id: refetch it with `node(id:)`.' },
    idFieldOptions: { description: 'The global id: opaque, stable across requests and gateway copies; refetch with `node(id:)`.' },
    decodeGlobalID: (globalID) => decodeGatewayGlobalID(globalID),
    pageInfoTypeOptions: { description: 'Where a page sits in a connection (Relay cursor connections).' },
    hasNextPageFieldOptions: { description: 'True when more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when items precede this page.' },
    startCursorFieldOptions: { description: "The cursor of this page's first item; null for an empty page." },
    endCursorFieldOptions: { description: "The cursor of this page's last item: pass it as `after` for the next page." },
    cursorFieldOptions: { description: 'An opaque cursor for this item: pass it as `after` to page on from it.' },
    nodeFieldOptions: { description: 'The item.' },
    edgesFieldOptions: { description: 'The items of this page, with their cursors.' },
    pageInfoFieldOptions: { description: 'Paging information for this page.' },
  },
  validation: {
    // Refusals of bad input carry BAD_USER_INPUT and name each offending field.
    validationError: (result) => {
      const problems = result.issues.map((issue) => {
        const field = pathOf(issue.path);
        return { field, message: field ? `${field}: ${issue.message}` : issue.message };
      });
      return new GraphQLError(`Invalid input: ${problems.map((problem) => problem.message).join('; ')}`, {
        extensions: { code: 'BAD_USER_INPUT', fields: problems.map((problem) => problem.field).filter(Boolean) },
      });
    },
  },
});

/** The builder's type parameters, for helpers that take a ref of this schema. */
export type SchemaTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;

builder.queryType({ description: 'Read operations.' });
builder.mutationType({ description: 'Operations that change tokens in Authlete.' });

builder.scalarType('Int64', {
  description:
    'A signed 64-bit integer (Authlete ids, durations and counts exceed GraphQL Int). Serialized as a ' +
    'JSON string of decimal digits, e.g. "26888344961664", so that no JSON parser rounds values above ' +
    '2^53. Accepted as input as that string, as a GraphQL integer literal, or as a JSON number (exact ' +
    'even above 2^53 in a JSON request body, which the gateway parses losslessly).',
  serialize: (value) => serializeInt64('Int64', value),
  parseValue: (value) => parseInt64Value('Int64', value),
  parseLiteral: (node) => parseInt64Literal('Int64', node),
});

builder.scalarType('Timestamp', {
  description:
    'A point in time as milliseconds since the Unix epoch (UTC), a 64-bit integer, as Authlete ' +
    'keeps it. Serialized like Int64: a JSON string of decimal digits, e.g. "1642048148973". ' +
    'Accepted as input in the same forms as Int64.',
  serialize: (value) => serializeInt64('Timestamp', value),
  parseValue: (value) => parseInt64Value('Timestamp', value),
  parseLiteral: (node) => parseInt64Literal('Timestamp', node),
});

builder.scalarType('JSONObject', {
  description:
    'Input only: a JSON object, given as an object or as a string that already holds a serialized ' +
    'JSON object. The gateway sends it to Authlete as a serialized string (a given string unchanged).',
  serialize: () => {
    throw new GraphQLError('JSONObject is an input-only scalar');
  },
  parseValue: (value) => parseJsonObjectValue(value),
  parseLiteral: (node, variables) => parseJsonObjectLiteral(node, variables),
});
