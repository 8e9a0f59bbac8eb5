/**
 * Conversions behind the JSONObject input scalar: a JSON object, given either as a GraphQL/JSON
 * object or as a string that already holds one. Both become the serialized string Authlete
 * expects (e.g. `jwtAtClaims`, `otherFields`). A given string is passed on untouched.
 */
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { parseJson, stringifyJson } from '../json.js';

function refuse(message: string): never {
  throw new GraphQLError(`JSONObject ${message}`, { extensions: { code: 'BAD_USER_INPUT' } });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseJsonObjectValue(value: unknown): string {
  if (typeof value === 'string') {
    let parsed: unknown;
    try {
      parsed = parseJson(value);
    } catch {
      refuse('must be a JSON object, or a string holding one; the string is not valid JSON');
    }
    if (!isPlainObject(parsed)) refuse('must be a JSON object, or a string holding one; the string holds another JSON value');
    return value;
  }
  if (!isPlainObject(value)) refuse('must be a JSON object, or a string holding one');
  return stringifyJson(value);
}

function literalToJson(node: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (node.kind) {
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, literalToJson(field.value, variables)]));
    case Kind.LIST:
      return node.values.map((item) => literalToJson(item, variables));
    case Kind.INT: {
      const exact = BigInt(node.value);
      return Number.isSafeInteger(Number(exact)) ? Number(exact) : exact;
    }
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    case Kind.NULL:
      return null;
    case Kind.VARIABLE:
      return variables?.[node.name.value];
  }
}

export function parseJsonObjectLiteral(node: ValueNode, variables?: Record<string, unknown> | null): string {
  return parseJsonObjectValue(literalToJson(node, variables));
}
