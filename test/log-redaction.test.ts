/**
 * The logger's safety net (logger.ts): a secret key's value never reaches a log line, at any depth
 * and in any case, while a line without one is written exactly as pino made it.
 */
import { describe, expect, it } from 'vitest';
import { createLogger, redactLine } from '../src/logger.js';

function capture() {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
  return { logger, lines };
}

describe('log redaction', () => {
  it('censors every secret key at any depth and in any case, and keeps everything else exact', () => {
    const { logger, lines } = capture();
    logger.info(
      {
        headers: { Authorization: 'Bearer caller-jwt' },
        upstream: { answer: { nested: [{ accessToken: 'live-token', refreshtoken: 'live-refresh', accessTokenHash: 'kept' }] } },
        client: { clientSecret: 'client-secret', clientId: 9007199254740993n },
      },
      'with secrets',
    );
    logger.child({ serviceAccessToken: 'service-token' }).warn({ JWTACCESSTOKEN: 'jwt' }, 'child');
    const text = lines.join('');
    for (const secret of ['caller-jwt', 'live-token', 'live-refresh', 'client-secret', 'service-token', '"jwt"']) expect(text).not.toContain(secret);
    const [first, second] = lines.map((line) => JSON.parse(line));
    expect(first.headers.Authorization).toBe('[redacted]');
    expect(first.upstream.answer.nested[0]).toEqual({ accessToken: '[redacted]', refreshtoken: '[redacted]', accessTokenHash: 'kept' });
    expect(lines[0]).toContain('"clientId":9007199254740993');
    expect(second).toMatchObject({ serviceAccessToken: '[redacted]', JWTACCESSTOKEN: '[redacted]', msg: 'child' });
  });

  it('a line without a secret key is left as it is (one scan, no rewrite)', () => {
    const line = '{"level":30,"time":1,"msg":"authlete call","endpoint":"auth/token/create","accessTokenHash":"h","note":"\\"accessToken\\": in text"}\n';
    expect(redactLine(line)).toBe(line);
  });
});
