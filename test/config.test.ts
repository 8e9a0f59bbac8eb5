/** Configuration: validated once at start-up; each refusal names the variable at fault. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('with no Authlete configured: the emulator, loopback, port 4000, 10 s timeout', () => {
    expect(loadConfig({})).toEqual({
      authlete: null,
      authleteTimeoutMs: 10_000,
      port: 4000,
      host: '127.0.0.1',
      logLevel: 'info',
      production: false,
    });
  });

  it('API v3 by default: service id and service access token', () => {
    const config = loadConfig({
      AUTHLETE_BASE_URL: 'https://us.authlete.com/',
      AUTHLETE_SERVICE_ID: '21653835348762',
      AUTHLETE_SERVICE_ACCESS_TOKEN: 'secret-token',
      AUTHLETE_TIMEOUT_MS: '2500',
      PORT: '0',
      HOST: '0.0.0.0',
      NODE_ENV: 'production',
    });
    expect(config).toMatchObject({
      authlete: {
        baseUrl: 'https://us.authlete.com',
        timeoutMs: 2500,
        credentials: { apiVersion: 'v3', serviceId: '21653835348762', serviceAccessToken: 'secret-token' },
      },
      port: 0,
      host: '0.0.0.0',
      production: true,
    });
  });

  it('API v2: API key and secret', () => {
    const config = loadConfig({
      AUTHLETE_BASE_URL: 'https://api.authlete.com',
      AUTHLETE_API_VERSION: 'v2',
      AUTHLETE_SERVICE_API_KEY: '21653835348762',
      AUTHLETE_SERVICE_API_SECRET: 'api-secret',
    });
    expect(config.authlete?.credentials).toEqual({ apiVersion: 'v2', apiKey: '21653835348762', apiSecret: 'api-secret' });
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['a base URL that is not http(s)', { AUTHLETE_BASE_URL: 'ftp://x' }, /^AUTHLETE_BASE_URL /],
    ['v3 without its credentials', { AUTHLETE_BASE_URL: 'https://us.authlete.com' }, /^AUTHLETE_SERVICE_ID is required/],
    ['v3 without the access token', { AUTHLETE_BASE_URL: 'https://us.authlete.com', AUTHLETE_SERVICE_ID: '1' }, /^AUTHLETE_SERVICE_ACCESS_TOKEN is required/],
    ['v2 without the secret', { AUTHLETE_BASE_URL: 'https://api.authlete.com', AUTHLETE_API_VERSION: 'v2', AUTHLETE_SERVICE_API_KEY: '1' }, /^AUTHLETE_SERVICE_API_SECRET is required/],
    ['an unknown API version', { AUTHLETE_API_VERSION: 'v4' }, /^AUTHLETE_API_VERSION /],
    ['a service id that is not numeric', { AUTHLETE_BASE_URL: 'https://us.authlete.com', AUTHLETE_SERVICE_ID: 'abc', AUTHLETE_SERVICE_ACCESS_TOKEN: 't' }, /^AUTHLETE_SERVICE_ID /],
    ['a timeout that is not a number', { AUTHLETE_TIMEOUT_MS: '10s' }, /^AUTHLETE_TIMEOUT_MS /],
    ['a zero timeout', { AUTHLETE_TIMEOUT_MS: '0' }, /^AUTHLETE_TIMEOUT_MS /],
    ['a port out of range', { PORT: '70000' }, /^PORT /],
    ['an unknown log level', { LOG_LEVEL: 'loud' }, /^LOG_LEVEL /],
    ['credentials without a base URL', { AUTHLETE_SERVICE_ACCESS_TOKEN: 't' }, /^AUTHLETE_BASE_URL is required when AUTHLETE_SERVICE_ACCESS_TOKEN is set/],
  ])('refuses %s, naming the variable', (_name, env, expected) => {
    const problems = problemsOf(env);
    expect(problems.some((problem) => expected.test(problem))).toBe(true);
  });

  it('never repeats a secret value in its message', () => {
    const problems = problemsOf({ AUTHLETE_BASE_URL: 'https://us.authlete.com', AUTHLETE_SERVICE_ACCESS_TOKEN: 'do-not-print-me' });
    expect(problems.join('\n')).not.toContain('do-not-print-me');
  });
});
