/**
 * Conversions behind the JSONObject input scalar: a JSON object, given either as a GraphQL/JSON
 * object or as a string that already holds one. Both become the serialized string Authlete
 * expects (e.g. `jwtAtClaims`, `otherFields`). A given string is passed on untouched.
 */
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { JsonDepthError, JsonNumberRangeError, exactNumber, isJsonObject, nestingDepthOf, parseJson, stringifyJson } from '../json.js';
import { REQUEST_LIMITS } from '../security/limits.js';

const MAX_DEPTH = REQUEST_LIMITS.maxJsonObjectDepth;
const TOO_DEEP = `must not nest objects and arrays deeper than ${MAX_DEPTH} levels`;
const OUT_OF_RANGE = 'must not hold a number outside the range of a double (such as 1e400); it would reach Authlete changed';

function refuse(message: string): never {
  throw new GraphQLError(`JSONObject ${message}`, { extensions: { code: 'BAD_USER_INPUT' } });
}

export function parseJsonObjectValue(value: unknown): string {
  if (typeof value === 'string') {
    let parsed: unknown;
    try {
      parsed = parseJson(value, { maxDepth: MAX_DEPTH });
    } catch (error) {
      if (error instanceof JsonDepthError) refuse(TOO_DEEP);
      if (error instanceof JsonNumberRangeError) refuse(OUT_OF_RANGE);
      refuse('must be a JSON object, or a string holding one; the string is not valid JSON');
    }
    if (!isJsonObject(parsed)) refuse('must be a JSON object, or a string holding one; the string holds another JSON value');
    return value;
  }
  if (!isJsonObject(value)) refuse('must be a JSON object, or a string holding one');
  if (nestingDepthOf(value) > MAX_DEPTH) refuse(TOO_DEEP);
  return stringifyJson(value);
}

function literalToJson(node: ValueNode, variables: Record<string, unknown> | null | undefined, depth = 1): unknown {
  switch (node.kind) {
    case Kind.OBJECT:
      if (depth > MAX_DEPTH) refuse(TOO_DEEP);
      return Object.fromEntries(node.fields.map((field) => [field.name.value, literalToJson(field.value, variables, depth + 1)]));
    case Kind.LIST:
      if (depth > MAX_DEPTH) refuse(TOO_DEEP);
      return node.values.map((item) => literalToJson(item, variables, depth + 1));
    case Kind.INT: {
      const exact = BigInt(node.value);
      return Number.isSafeInteger(Number(exact)) ? Number(exact) : exact;
    }
    case Kind.FLOAT:
      try {
        return exactNumber(node.value);
      } catch {
        return refuse(OUT_OF_RANGE);
      }
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
