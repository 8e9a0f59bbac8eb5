/** Lossless JSON: integers beyond 2^53 survive exactly; everything else parses as JSON.parse would. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LosslessNumber } from 'lossless-json';
import { JsonNumberRangeError, parseJson, stringifyJson } from '../src/json.js';

describe('parseJson', () => {
  it.each([
    ['an unsafe id', '{"clientId":9007199254740993}', { clientId: 9007199254740993n }],
    ['a negative unsafe integer', '[-9223372036854775808]', [-9223372036854775808n]],
    ['int64 max among other values', '{"a":"x","b":[1,9223372036854775807,{"c":true}]}', { a: 'x', b: [1, 9223372036854775807n, { c: true }] }],
    ['a safe 16-digit integer stays a number', '{"n":1000000000000000}', { n: 1000000000000000 }],
    ['digits inside a string stay a string', '{"token":"12345678901234567890","q":"say \\"9007199254740993\\""}', { token: '12345678901234567890', q: 'say "9007199254740993"' }],
    ['a fraction a double gives back as written is a float', '{"f":0.1,"g":1.5e-7}', { f: 0.1, g: 1.5e-7 }],
    ['a fraction a double would change is kept as its text', '{"f":0.12345678901234567890}', { f: new LosslessNumber('0.12345678901234567890') }],
    ['a fraction that a double would round to an integer is kept as its text', '[0.99999999999999999,9007199254740991.4]', [new LosslessNumber('0.99999999999999999'), new LosslessNumber('9007199254740991.4')]],
    ['an integer written with a fraction or an exponent is that integer', '[1.0,1e3,9007199254740993.0,1e21]', [1, 1000, 9007199254740993n, 1e21]],
    ['an ordinary answer', '{"expiresAt":1642048148973,"clientId":26888344961664}', { expiresAt: 1642048148973, clientId: 26888344961664 }],
    ['a bare unsafe integer', '9007199254740993', 9007199254740993n],
    ['unsafe integers deep in arrays and objects', '[[{"a":[9007199254740993,{"b":9007199254740995}]}],9007199254740997]', [[{ a: [9007199254740993n, { b: 9007199254740995n }] }], 9007199254740997n]],
  ])('%s', (_name, text, expected) => {
    expect(parseJson(text)).toEqual(expected);
  });

  it('a "__proto__" member holding an unsafe integer is an own member; the prototype is untouched', () => {
    const parsed = parseJson('{"__proto__":9007199254740993,"x":1}') as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(parsed, '__proto__')?.value).toBe(9007199254740993n);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  it('refuses a number outside the range of a double rather than make it Infinity or 0', () => {
    for (const text of ['{"f":1e12345678901234567}', '{"n":1e400}', '[-1e400]', '{"n":1e-400}']) expect(() => parseJson(text)).toThrow(JsonNumberRangeError);
    expect(() => parseJson('{"s":"\\u0000","n":1e400}')).toThrow(JsonNumberRangeError);
  });

  it('writes a number kept as its text back exactly as it came', () => {
    expect(stringifyJson(parseJson('{"f":0.12345678901234567890,"n":9007199254740993}'))).toBe('{"f":0.12345678901234567890,"n":9007199254740993}');
  });

  it('refuses invalid JSON on both paths', () => {
    expect(() => parseJson('{"a":')).toThrow();
    expect(() => parseJson('{"a":9007199254740993')).toThrow();
  });
});

describe('stringifyJson', () => {
  it('writes bigint as exact JSON integers', () => {
    expect(stringifyJson({ clientId: 9007199254740993n, n: 1, s: 'x' })).toBe('{"clientId":9007199254740993,"n":1,"s":"x"}');
    expect(stringifyJson({ n: 1 })).toBe('{"n":1}');
  });
});

describe('parseJson agrees with JSON.parse, losslessly (property-based)', () => {
  /** True when JSON.parse reads the text exactly: no integer beyond 2^53 anywhere in it. */
  const exactForJsonParse = (value: unknown): boolean => !stringifyJson(value).match(/(?<![\d.eE"\\])-?\d{16,}(?![\d.eE])/);

  it('wherever JSON.parse is exact, parseJson returns the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        fc.pre(exactForJsonParse(value));
        expect(parseJson(text)).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every integer beyond 2^53 exact, wherever it stands, and leaves strings alone', () => {
    const unsafe = fc.oneof(
      fc.bigInt({ min: 2n ** 53n, max: 2n ** 63n - 1n }),
      fc.bigInt({ min: -(2n ** 63n), max: -(2n ** 53n) }),
    );
    const leaf = fc.oneof(unsafe, fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node')), fc.dictionary(fc.string(), tie('node'))),
    })).node;
    fc.assert(
      fc.property(value, (original) => {
        const text = stringifyJson(original);
        expect(parseJson(text)).toEqual(roundTrip(original));
      }),
      { numRuns: 500 },
    );
  });

  it('a string that spells the internal mark does not confuse it', () => {
    const text = '{"a":"\\u0000int64:123","b":9007199254740993}';
    expect(parseJson(text)).toEqual({ a: '\u0000int64:123', b: 9007199254740993n });
  });
});

/**
 * What a lossless round trip must give: -0 as 0, and every integer written beyond 2^53 as the
 * bigint of its exact digits (a double such as 2^53 included: its text is exact, JSON.parse's is not).
 */
function roundTrip(value: unknown): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value;
  if (typeof value === 'number') {
    const text = JSON.stringify(value);
    if (/^-?\d+$/.test(text) && !Number.isSafeInteger(value)) return BigInt(text);
    return Object.is(value, -0) ? 0 : value;
  }
  if (Array.isArray(value)) return value.map(roundTrip);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, roundTrip(item)]));
  }
  return value;
}

describe('parseJson takes time linear in the text, whatever its shape', () => {
  const shapes: Array<[string, (size: number) => string]> = [
    ['escaped quotes after a long integer', (size) => `1234567890123456"${'\\"'.repeat(size / 2)}`],
    ['16-digit runs inside one string', (size) => `{"q":"${'1234567890123456 '.repeat(size / 17)}"}`],
    ['many unsafe integers', (size) => `[${'9007199254740993,'.repeat(size / 17)}1]`],
    ['deep but allowed nesting, repeated', (size) => `[${Array.from({ length: size / 100 }, () => `${'['.repeat(49)}${']'.repeat(49)}`).join(',')}]`],
  ];

  /** The fastest of several runs: the least noisy estimate on a shared machine. */
  function fastestMs(text: string): number {
    let best = Infinity;
    for (let run = 0; run < 7; run += 1) {
      const started = performance.now();
      try {
        parseJson(text);
      } catch {
        // a refusal costs time too; only the time matters here
      }
      best = Math.min(best, performance.now() - started);
    }
    return best;
  }

  it.each(shapes)('%s: 100 KB costs about 10 × 10 KB, not 100 ×', (_name, make) => {
    const small = fastestMs(make(10_000));
    const large = fastestMs(make(100_000));
    // Linear growth gives ~10; the old regex pre-scan gave ~100 on the first shape. Floor the small
    // time so that timer resolution cannot inflate the ratio.
    expect(large / Math.max(small, 0.05)).toBeLessThan(35);
  });
});
