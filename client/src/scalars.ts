/**
 * The gateway's custom scalars as TypeScript sees them. Int64 and Timestamp travel as strings of
 * decimal digits (a JavaScript number would round values above 2^53, such as client ids); keep
 * them as strings, or convert with BigInt. Copy this mapping into your own codegen.yml:
 *
 *   scalars:
 *     Int64: string
 *     Timestamp: string
 *     JSONObject: { input: 'Record<string, unknown> | string', output: never }
 */
export type Int64 = string;
export type Timestamp = string;

/** An Int64 or Timestamp from the gateway, exactly, as a bigint. */
export function toBigInt(value: Int64 | Timestamp): bigint {
  if (!/^-?\d+$/.test(value)) throw new TypeError('not a string of decimal digits');
  return BigInt(value);
}

/** A Timestamp (milliseconds since the epoch) as a Date. Exact: timestamps stay far below 2^53. */
export function toDate(value: Timestamp): Date {
  return new Date(Number(toBigInt(value)));
}
