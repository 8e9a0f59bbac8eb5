/**
 * Conversions behind the 64-bit scalars. Values travel as bigint inside the gateway and as a
 * string of decimal digits in GraphQL responses, so that no JSON parser on the way rounds them.
 */
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { isLosslessNumber } from 'lossless-json';
import { exactNumber } from '../json.js';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const DECIMAL_INTEGER = /^-?\d+$/;

function refuse(scalar: string, message: string): never {
  throw new GraphQLError(`${scalar} ${message}`, { extensions: { code: 'BAD_USER_INPUT' } });
}

function inRange(scalar: string, value: bigint): bigint {
  if (value < INT64_MIN || value > INT64_MAX) refuse(scalar, 'is outside the signed 64-bit range');
  return value;
}

/** Accepts a bigint, a safe integer number, or a string of decimal digits. */
export function parseInt64Value(scalar: string, value: unknown): bigint {
  if (typeof value === 'bigint') return inRange(scalar, value);
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) refuse(scalar, 'must be an integer');
    if (!Number.isSafeInteger(value)) {
      // A number beyond 2^53 has already been rounded by whoever parsed it; using it would
      // silently address another id. The string form carries it exactly.
      refuse(scalar, 'is beyond 2^53 as a number and may have been rounded; send it as a string');
    }
    return BigInt(value);
  }
  if (typeof value === 'string' && DECIMAL_INTEGER.test(value.trim())) return inRange(scalar, BigInt(value.trim()));
  // A JSON number that is not an exact integer reaches here as its text (json.ts): never rounded.
  if (isLosslessNumber(value)) refuse(scalar, 'must be an integer; a number with a fraction is refused, never rounded');
  return refuse(scalar, 'must be an integer or a string of decimal digits');
}

export function parseInt64Literal(scalar: string, node: ValueNode): bigint {
  if (node.kind === Kind.INT || node.kind === Kind.STRING) return parseInt64Value(scalar, node.kind === Kind.INT ? BigInt(node.value) : node.value);
  // An integer written with a fraction or an exponent (1.0, 1e3) is that integer, as in a JSON body.
  if (node.kind === Kind.FLOAT) {
    let exact: number | bigint | object;
    try {
      exact = exactNumber(node.value);
    } catch {
      return refuse(scalar, 'is outside the signed 64-bit range');
    }
    if (typeof exact === 'bigint' || (typeof exact === 'number' && Number.isInteger(exact))) return parseInt64Value(scalar, BigInt(exact));
    refuse(scalar, 'must be an integer; a number with a fraction is refused, never rounded');
  }
  return refuse(scalar, 'must be an integer or a string of decimal digits');
}

export function serializeInt64(scalar: string, value: unknown): string {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && Number.isInteger(value)) {
    return Number.isSafeInteger(value) ? String(value) : BigInt(value).toString();
  }
  if (typeof value === 'string' && DECIMAL_INTEGER.test(value)) return value;
  throw new GraphQLError(`${scalar} cannot represent ${typeof value} value`);
}
