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
 * Numbers keep their exact value or are refused, never changed silently: an integer written with
 * a fraction or an exponent (`1.0`, `1e3`) is that integer (a bigint when the double would not
 * give it back as written); any other number that a double would not give back as written (`0.99999999999999999`, `9007199254740991.4`) is kept
 * as its text (a lossless-json LosslessNumber: written back verbatim, refused by the Int64
 * scalar); a number outside a double's range (`1e400`, `1e-400`) is refused (JsonNumberRangeError).
 *
 * The depth bound protects everything downstream that walks a parsed value (that walk, scalar
 * conversions, serialisation) from deep nesting: past `maxDepth` the text is refused with a
 * `JsonDepthError` before it is parsed.
 */
import { LosslessNumber, parse as parseLosslessly, stringify as stringifyLosslessly } from 'lossless-json';

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

/** The text holds a number outside the range of a double (a SyntaxError, like JSON.parse's). */
export class JsonNumberRangeError extends SyntaxError {
  constructor() {
    super('JSON number outside the range of a double');
    this.name = 'JsonNumberRangeError';
  }
}

/** A decimal number as sign, significant digits and exponent (`-12.50e1` → `-125e0`); null when not one. */
function canonicalDecimal(text: string): { negative: boolean; digits: string; exponent: number } | null {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return null;
  const fraction = match[3] ?? '';
  let digits = `${match[2]}${fraction}`.replace(/^0+/, '');
  let exponent = Number(match[4] ?? '0') - fraction.length;
  if (digits === '') return { negative: false, digits: '0', exponent: 0 };
  const trailing = digits.length - digits.replace(/0+$/, '').length;
  digits = digits.slice(0, digits.length - trailing);
  exponent += trailing;
  return { negative: match[1] === '-', digits, exponent };
}

/**
 * What a JSON number token stands for, exactly: a number when the double is its value (or gives it
 * back as written), a bigint for an integer beyond 2^53, a LosslessNumber (its text) for a fraction
 * a double would change. Throws JsonNumberRangeError outside a double's range.
 */
export function exactNumber(text: string): number | bigint | LosslessNumber {
  const value = Number(text);
  const written = canonicalDecimal(text);
  if (written === null) return value; // not a JSON number: the parser refuses the text
  if (!Number.isFinite(value)) throw new JsonNumberRangeError();
  if (value === 0 && written.digits !== '0') throw new JsonNumberRangeError(); // underflow: 1e-400 is not 0
  if (Number.isSafeInteger(value) && written.exponent >= 0) return value;
  // The double, when it gives back the number as written.
  const given = canonicalDecimal(String(value).replace('e+', 'e'));
  if (given && given.negative === written.negative && given.digits === written.digits && given.exponent === written.exponent) return value;
  // Otherwise an integer stays exact as a bigint, and anything else is kept as its text.
  if (written.exponent >= 0) return BigInt(`${written.negative ? '-' : ''}${written.digits}${'0'.repeat(written.exponent)}`);
  return new LosslessNumber(text);
}

/** The character codes the scan looks at. */
const CODE = {
  quote: 34, backslash: 92, minus: 45, plus: 43, dot: 46, digit0: 48, digit9: 57,
  openBrace: 123, closeBrace: 125, openBracket: 91, closeBracket: 93, lowerE: 101, upperE: 69,
} as const;

function isNumberCharacter(code: number): boolean {
  return (code >= CODE.digit0 && code <= CODE.digit9) || code === CODE.minus || code === CODE.plus || code === CODE.dot || code === CODE.lowerE || code === CODE.upperE;
}

/** A number the native parser would change: where it is, and what stands there instead (a marked string). */
type Rewrite = [start: number, end: number, marked: string];

/**
 * One pass: throws JsonDepthError past `maxDepth` (and JsonNumberRangeError for a number outside
 * a double's range), and returns the numbers outside strings that JSON.parse would not give back
 * exactly, each with its marked replacement. Malformed text is left for the parser to refuse; the
 * pass only has to be right about well-formed text.
 */
function scan(text: string, maxDepth: number): Rewrite[] {
  const unsafe: Rewrite[] = [];
  let depth = 0;
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code === CODE.quote) {
      // To the closing quote: the next quote not escaped (preceded by an even run of backslashes),
      // found natively. Each backslash run is counted once, before the one quote it precedes: linear.
      let end = text.indexOf('"', index + 1);
      while (end !== -1) {
        let backslashes = 0;
        for (let before = end - 1; text.charCodeAt(before) === CODE.backslash; before -= 1) backslashes += 1;
        if (backslashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      index = end === -1 ? length : end + 1;
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
      if (integer) {
        if (index - start >= 16 && !Number.isSafeInteger(Number(text.slice(start, index)))) unsafe.push([start, index, markedString(MARK_IN_TEXT, text.slice(start, index))]);
      } else {
        const exact = exactNumber(text.slice(start, index));
        if (typeof exact === 'bigint') unsafe.push([start, index, markedString(MARK_IN_TEXT, String(exact))]);
        else if (exact instanceof LosslessNumber) unsafe.push([start, index, markedString(NUMBER_MARK_IN_TEXT, exact.value)]);
      }
    } else {
      index += 1;
    }
  }
  return unsafe;
}

/** Marks a rewritten integer: a string that starts with NUL, which JSON text can only spell `\u0000`. */
const MARK = '\u0000int64:';
const MARK_IN_TEXT = '\\u0000int64:';
/** Marks a number kept as its text. */
const NUMBER_MARK = '\u0000number:';
const NUMBER_MARK_IN_TEXT = '\\u0000number:';

/** A number's text as the marked JSON string that stands in its place. */
function markedString(mark: string, digits: string): string {
  return `"${mark}${digits}"`;
}

/** A parsed array or object (a LosslessNumber is a number, not a container). */
function isContainer(value: unknown): value is unknown[] | Record<string, unknown> {
  return value !== null && typeof value === 'object' && !(value instanceof LosslessNumber);
}

/** A parsed JSON object: not null, not an array. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return isContainer(value) && !Array.isArray(value);
}

function isMarked(value: unknown): value is string {
  return typeof value === 'string' && value.charCodeAt(0) === 0 && (value.startsWith(MARK) || value.startsWith(NUMBER_MARK));
}

function unmarked(value: string): bigint | LosslessNumber {
  return value.startsWith(MARK) ? BigInt(value.slice(MARK.length)) : new LosslessNumber(value.slice(NUMBER_MARK.length));
}

/**
 * Turns the `count` marked strings in a parsed value back into bigints, in place (an explicit
 * stack: no recursion on caller data), and stops once all are found.
 */
function restoreInt64(root: unknown, count: number): unknown {
  if (isMarked(root)) return unmarked(root);
  let remaining = count;
  const pending: Array<unknown[] | Record<string, unknown>> = isContainer(root) ? [root] : [];
  while (remaining > 0 && pending.length > 0) {
    const container = pending.pop()!;
    if (Array.isArray(container)) {
      for (let index = 0; index < container.length; index += 1) {
        const value: unknown = container[index];
        if (isMarked(value)) {
          container[index] = unmarked(value);
          remaining -= 1;
        } else if (isContainer(value)) pending.push(value);
      }
    } else {
      for (const key in container) {
        const value = container[key];
        if (isMarked(value)) {
          // An own "__proto__" member (JSON.parse makes one) shadows the accessor: this sets the member.
          container[key] = unmarked(value);
          remaining -= 1;
        } else if (isContainer(value)) pending.push(value);
      }
    }
  }
  return root;
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
  if (text.includes('\\u0000')) return parseLosslessly(text, null, exactNumber);
  // Concatenation, not an array join: V8 builds a rope that JSON.parse flattens once, in linear
  // time, where joining thousands of small parts measured superlinear (4.4 ms for 100 KB of
  // integers against 0.23 ms for 10 KB).
  let marked = '';
  let from = 0;
  for (const [start, end, replacement] of unsafe) {
    marked += `${text.slice(from, start)}${replacement}`;
    from = end;
  }
  marked += text.slice(from);
  return restoreInt64(JSON.parse(marked), unsafe.length);
}

/** True when a bigint or a LosslessNumber is anywhere in the value (an explicit stack: no recursion on caller data). */
function containsBigInt(root: unknown): boolean {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'bigint' || value instanceof LosslessNumber) return true;
    if (isContainer(value)) for (const item of Array.isArray(value) ? value : Object.values(value)) pending.push(item);
  }
  return false;
}

/** Serializes to JSON; bigint values are written as exact JSON integers, LosslessNumbers as their text. */
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
