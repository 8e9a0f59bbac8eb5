/** Lossless JSON: integers beyond 2^53 survive exactly; everything else parses as JSON.parse would. */
import { describe, expect, it } from 'vitest';
import { parseJson, stringifyJson } from '../src/json.js';

describe('parseJson', () => {
  it.each([
    ['an unsafe id', '{"clientId":9007199254740993}', { clientId: 9007199254740993n }],
    ['a negative unsafe integer', '[-9223372036854775808]', [-9223372036854775808n]],
    ['int64 max among other values', '{"a":"x","b":[1,9223372036854775807,{"c":true}]}', { a: 'x', b: [1, 9223372036854775807n, { c: true }] }],
    ['a safe 16-digit integer stays a number', '{"n":1000000000000000}', { n: 1000000000000000 }],
    ['digits inside a string stay a string', '{"token":"12345678901234567890","q":"say \\"9007199254740993\\""}', { token: '12345678901234567890', q: 'say "9007199254740993"' }],
    ['a long fraction is a float', '{"f":0.12345678901234567890}', { f: 0.1234567890123456789 }],
    ['a long exponent is a float', '{"f":1e12345678901234567}', { f: Infinity }],
    ['an ordinary answer', '{"expiresAt":1642048148973,"clientId":26888344961664}', { expiresAt: 1642048148973, clientId: 26888344961664 }],
  ])('%s', (_name, text, expected) => {
    expect(parseJson(text)).toEqual(expected);
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
