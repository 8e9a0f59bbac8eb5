/**
 * Lossless JSON for Authlete's int64 fields.
 *
 * `JSON.parse` rounds integers above 2^53 (a client id such as 9007199254740993 would silently
 * become another client's id). Integers that are not safe JS numbers are parsed as `bigint`;
 * everything else keeps the ordinary `number` type. The fast path stays `JSON.parse`: only a text
 * that holds a run of 16 or more digits (the shortest unsafe integer has 16) takes the slower
 * lossless parser.
 */
import { isInteger, isSafeNumber, parse, stringify } from 'lossless-json';

const POSSIBLY_UNSAFE_INTEGER = /\d{16}/;

function parseNumberLosslessly(text: string): number | bigint {
  return isInteger(text) && !isSafeNumber(text) ? BigInt(text) : Number(text);
}

/** Parses JSON text; integers beyond Number.MAX_SAFE_INTEGER come back as bigint. Throws SyntaxError. */
export function parseJson(text: string): unknown {
  if (!POSSIBLY_UNSAFE_INTEGER.test(text)) return JSON.parse(text);
  return parse(text, null, parseNumberLosslessly);
}

function containsBigInt(value: unknown): boolean {
  if (typeof value === 'bigint') return true;
  if (value === null || typeof value !== 'object') return false;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    if (containsBigInt(item)) return true;
  }
  return false;
}

/** Serializes to JSON; bigint values are written as exact JSON integers. */
export function stringifyJson(value: unknown): string {
  if (!containsBigInt(value)) return JSON.stringify(value);
  const text = stringify(value);
  if (text === undefined) throw new TypeError('value cannot be serialized as JSON');
  return text;
}
