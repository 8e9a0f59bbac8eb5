/**
 * Lossless JSON for Authlete's int64 fields, in time linear in the text's length.
 *
 * `JSON.parse` rounds integers above 2^53 (a client id such as 9007199254740993 would silently
 * become another client's id). Integers that are not safe JS numbers are parsed as `bigint`;
 * everything else keeps the ordinary `number` type.
 *
 * One forward pass over the text (no regular expression, no backtracking) measures its nesting
 * depth and finds the unsafe integers outside strings. Text without any is handed to the native
 * `JSON.parse` as it is. Text with some has each such integer rewritten as a marked string, parsed
 * by the native `JSON.parse` (without a reviver: a reviver costs a call per value, and was most of
 * the cost of a tokens page), and the marked strings are then turned back into `bigint`s by one
 * walk that stops at the last of them. A hostile body costs within a small constant of
 * `JSON.parse` on the same bytes, whatever its shape.
 *
 * The depth bound protects everything downstream that walks a parsed value (that walk, scalar
 * conversions, serialisation) from deep nesting: past `maxDepth` the text is refused with a
 * `JsonDepthError` before it is parsed.
 */
import { parse as parseLosslessly, stringify as stringifyLosslessly, isInteger, isSafeNumber } from 'lossless-json';

/** Default nesting bound: generous for any real body, far from any stack limit. */
export const DEFAULT_MAX_JSON_DEPTH = 256;

/** The text nests objects and arrays deeper than allowed (a SyntaxError, like JSON.parse's). */
export class JsonDepthError extends SyntaxError {
  constructor(readonly maxDepth: number) {
    super(`JSON nested deeper than ${maxDepth} levels`);
    this.name = 'JsonDepthError';
  }
}

export interface ParseJsonOptions {
  /** Objects and arrays nested deeper than this are refused (JsonDepthError). */
  maxDepth?: number;
}

/** The character codes the scan looks at. */
const CODE = {
  quote: 34, backslash: 92, minus: 45, plus: 43, dot: 46, digit0: 48, digit9: 57,
  openBrace: 123, closeBrace: 125, openBracket: 91, closeBracket: 93, lowerE: 101, upperE: 69,
} as const;

function isNumberCharacter(code: number): boolean {
  return (code >= CODE.digit0 && code <= CODE.digit9) || code === CODE.minus || code === CODE.plus || code === CODE.dot || code === CODE.lowerE || code === CODE.upperE;
}

/**
 * One pass: throws JsonDepthError past `maxDepth`, and returns the [start, end) ranges of the
 * integers outside strings that are not safe JS numbers. Malformed text is left for the parser to
 * refuse; the pass only has to be right about well-formed text.
 */
function scan(text: string, maxDepth: number): Array<[number, number]> {
  const unsafe: Array<[number, number]> = [];
  let depth = 0;
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code === CODE.quote) {
      index += 1;
      while (index < length) {
        const inner = text.charCodeAt(index);
        if (inner === CODE.backslash) index += 2;
        else if (inner === CODE.quote) break;
        else index += 1;
      }
      index += 1;
    } else if (code === CODE.openBrace || code === CODE.openBracket) {
      depth += 1;
      if (depth > maxDepth) throw new JsonDepthError(maxDepth);
      index += 1;
    } else if (code === CODE.closeBrace || code === CODE.closeBracket) {
      depth -= 1;
      index += 1;
    } else if (code === CODE.minus || (code >= CODE.digit0 && code <= CODE.digit9)) {
      const start = index;
      let integer = true;
      while (index < length && isNumberCharacter(text.charCodeAt(index))) {
        const inner = text.charCodeAt(index);
        if (inner === CODE.dot || inner === CODE.lowerE || inner === CODE.upperE) integer = false;
        index += 1;
      }
      // The shortest unsafe integer, 9007199254740992, has 16 digits.
      if (integer && index - start >= 16 && !Number.isSafeInteger(Number(text.slice(start, index)))) unsafe.push([start, index]);
    } else {
      index += 1;
    }
  }
  return unsafe;
}

/** Marks a rewritten integer: a string that starts with NUL, which JSON text can only spell `\u0000`. */
const MARK = '\u0000int64:';
const MARK_IN_TEXT = '\\u0000int64:';

/** A JSON.parse result's array or object (JSON has no other objects). */
function isContainer(value: unknown): value is unknown[] | Record<string, unknown> {
  return value !== null && typeof value === 'object';
}

/** A parsed JSON object: not null, not an array. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return isContainer(value) && !Array.isArray(value);
}

function isMarked(value: unknown): value is string {
  return typeof value === 'string' && value.charCodeAt(0) === 0 && value.startsWith(MARK);
}

/**
 * Turns the `count` marked strings in a parsed value back into bigints, in place (an explicit
 * stack: no recursion on caller data), and stops once all are found.
 */
function restoreInt64(root: unknown, count: number): unknown {
  if (isMarked(root)) return BigInt(root.slice(MARK.length));
  let remaining = count;
  const pending: Array<unknown[] | Record<string, unknown>> = isContainer(root) ? [root] : [];
  while (remaining > 0 && pending.length > 0) {
    const container = pending.pop()!;
    if (Array.isArray(container)) {
      for (let index = 0; index < container.length; index += 1) {
        const value: unknown = container[index];
        if (isMarked(value)) {
          container[index] = BigInt(value.slice(MARK.length));
          remaining -= 1;
        } else if (isContainer(value)) pending.push(value);
      }
    } else {
      for (const key in container) {
        const value = container[key];
        if (isMarked(value)) {
          // An own "__proto__" member (JSON.parse makes one) shadows the accessor: this sets the member.
          container[key] = BigInt(value.slice(MARK.length));
          remaining -= 1;
        } else if (isContainer(value)) pending.push(value);
      }
    }
  }
  return root;
}

function parseNumberLosslessly(text: string): number | bigint {
  return isInteger(text) && !isSafeNumber(text) ? BigInt(text) : Number(text);
}

/**
 * Parses JSON text; integers beyond Number.MAX_SAFE_INTEGER come back as bigint. Throws a
 * SyntaxError for text that is not JSON, a JsonDepthError for text nested too deep.
 */
export function parseJson(text: string, options: ParseJsonOptions = {}): unknown {
  const unsafe = scan(text, options.maxDepth ?? DEFAULT_MAX_JSON_DEPTH);
  if (unsafe.length === 0) return JSON.parse(text);
  // A caller's own string could spell the mark: then the marks would be ambiguous, so this rare
  // text takes lossless-json's parser (also linear; the depth is already bounded).
  if (text.includes('\\u0000')) return parseLosslessly(text, null, parseNumberLosslessly);
  // Concatenation, not an array join: V8 builds a rope that JSON.parse flattens once, in linear
  // time, where joining thousands of small parts measured superlinear (4.4 ms for 100 KB of
  // integers against 0.23 ms for 10 KB).
  let marked = '';
  let from = 0;
  for (const [start, end] of unsafe) {
    marked += `${text.slice(from, start)}"${MARK_IN_TEXT}${text.slice(start, end)}"`;
    from = end;
  }
  marked += text.slice(from);
  return restoreInt64(JSON.parse(marked), unsafe.length);
}

/** True when a bigint is anywhere in the value (an explicit stack: no recursion on caller data). */
function containsBigInt(root: unknown): boolean {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'bigint') return true;
    if (isContainer(value)) for (const item of Array.isArray(value) ? value : Object.values(value)) pending.push(item);
  }
  return false;
}

/** Serializes to JSON; bigint values are written as exact JSON integers. */
export function stringifyJson(value: unknown): string {
  if (!containsBigInt(value)) return JSON.stringify(value);
  const text = stringifyLosslessly(value);
  if (text === undefined) throw new TypeError('value cannot be serialized as JSON');
  return text;
}

/** How deeply objects and arrays nest in a value (an explicit stack: no recursion on caller data). */
export function nestingDepthOf(root: unknown): number {
  let deepest = 0;
  const pending: Array<[unknown, number]> = [[root, 0]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    if (!isContainer(value)) continue;
    const here = depth + 1;
    if (here > deepest) deepest = here;
    for (const item of Array.isArray(value) ? value : Object.values(value)) if (isContainer(item)) pending.push([item, here]);
  }
  return deepest;
}
