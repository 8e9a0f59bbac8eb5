/**
 * Lossless JSON for Authlete's int64 fields.
 *
 * `JSON.parse` rounds integers above 2^53 (a client id such as 9007199254740993 would silently
 * become another client's id). Integers that are not safe JS numbers are parsed as `bigint`;
 * everything else keeps the ordinary `number` type. The fast path stays the native `JSON.parse`:
 * only a text holding an unsafe integer outside its strings takes lossless-json's parser.
 */
import { isInteger, isSafeNumber, parse, stringify } from 'lossless-json';

/** A JSON string (skipped), or an integer of 16+ digits standing alone (the shortest unsafe one has 16). */
const STRING_OR_LONG_INTEGER = /"(?:[^"\\]|\\.)*"|(?<![\d.eE+-])-?\d{16,}(?![\d.eE])/g;

function holdsUnsafeInteger(text: string): boolean {
  if (!/\d{16}/.test(text)) return false;
  for (const [token] of text.matchAll(STRING_OR_LONG_INTEGER)) {
    if (token.charCodeAt(0) !== 34 /* " */ && !isSafeNumber(token)) return true;
  }
  return false;
}

function parseNumberLosslessly(text: string): number | bigint {
  return isInteger(text) && !isSafeNumber(text) ? BigInt(text) : Number(text);
}

/** Parses JSON text; integers beyond Number.MAX_SAFE_INTEGER come back as bigint. Throws SyntaxError. */
export function parseJson(text: string): unknown {
  if (!holdsUnsafeInteger(text)) return JSON.parse(text);
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
