/**
 * The gateway as a process, as `npm start` runs it: it starts on the embedded emulator when no
 * Authlete is configured, answers the README's example, refuses a bad configuration by naming the
 * variable, and exits 0 on SIGTERM.
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_DEFAULT_QUERY } from '../src/examples.js';
import { startFakeUpstream } from './helpers/fake-upstream.js';
import { deferred } from './helpers/deferred.js';
import { killGatewayProcesses, spawnGateway } from './helpers/process.js';

/** The gateway from source, as `npm run dev` runs it (the hostile-input tests run the built one). */
function startMain(env: Record<string, string>) {
  return spawnGateway(env, { from: 'source' });
}

afterAll(() => {
  killGatewayProcesses();
});

describe('main', () => {
  it("npm start's V8 flags set the heap limit the listening line reports (README: Memory)", async () => {
    const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } };
    const flags = scripts.start.match(/^node (.*) dist\/main\.js$/)?.[1];
    expect(flags).toContain('--max-old-space-size=512');
    const gateway = startMain({ NODE_OPTIONS: flags! });
    await gateway.listening;
    const line = gateway.output().stdout.split('\n').find((text) => text.includes('gateway listening'))!;
    const { heapLimitMiB, node } = JSON.parse(line) as { heapLimitMiB: number; node: string };
    expect(node).toBe(process.version);
    // The old generation's 512 MiB plus the young generation (three semi-spaces of 16 MiB).
    expect(heapLimitMiB).toBeGreaterThanOrEqual(512);
    expect(heapLimitMiB).toBeLessThan(600);
    expect(await gateway.stop()).toBe(0);
  });

  it('runs on the emulator, answers the example createToken, serves GraphiQL, exits 0 on SIGTERM', async () => {
    const { child, listening, output } = startMain({});
    const base = await listening;
    expect(output().stdout).toContain('using the embedded Authlete emulator');
    expect(output().stdout).toContain('"clientId":"26888344961664"');

    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: GRAPHIQL_DEFAULT_QUERY, operationName: 'CreateToken' }),
    });
    const body = (await response.json()) as { data: { createToken: Record<string, unknown> } };
    expect(body.data.createToken).toMatchObject({ action: 'OK', clientId: '26888344961664', subject: 'john' });
    const accessToken = body.data.createToken.accessToken as string;

    const tokens = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ tokens(first: 50) { totalCount edges { node { subject client { clientName } } } } }' }),
    });
    const page = ((await tokens.json()) as { data: { tokens: { totalCount: number; edges: Array<{ node: { client: { clientName: string } } }> } } }).data.tokens;
    // The demo comes with a few tokens (plus the one just created), each with its client.
    expect(page.totalCount).toBe(6);
    expect(page.edges.every((edge) => edge.node.client.clientName)).toBe(true);

    const graphiql = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(graphiql.headers.get('content-type')).toContain('text/html');
    expect(await graphiql.text()).toContain('Authlete GraphQL gateway');

    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(output().stdout + output().stderr).not.toContain(accessToken);
  });

  it('SIGTERM during a slow upstream call: the call completes, new connections are refused, exit 0', async () => {
    const slow = await startFakeUpstream();
    // The token call's answer is held until the test has seen the shutdown begin.
    const release = deferred();
    slow.answer((request) =>
      request.path.endsWith('/auth/token/create')
        ? { status: 200, body: { action: 'OK', accessToken: 'drained-token', resultCode: 'A109001' }, until: release.promise }
        : { status: 200, body: {} },
    );
    const { child, listening, output } = startMain({
      AUTHLETE_BASE_URL: slow.url,
      AUTHLETE_SERVICE_ID: '1',
      AUTHLETE_SERVICE_ACCESS_TOKEN: 'service-token',
      SHUTDOWN_TIMEOUT_MS: '8000',
    });
    try {
      const base = await listening;
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      const inFlight = fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { createToken(input: {grantType: CLIENT_CREDENTIALS, clientId: 1}) { action accessToken } }' }),
      });
      // (the readiness probe above also reached the fake: wait for the token call itself)
      await expect.poll(() => slow.requests.some((request) => request.path.endsWith('/auth/token/create'))).toBe(true);
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await expect.poll(() => output().stdout).toContain('shutting down');
      // Not ready at once: the listener is closed, so a probe's new connection is refused.
      await expect(fetch(`${base}/readyz`)).rejects.toThrow();
      release.resolve();
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(((await response.json()) as { data: { createToken: { action: string } } }).data.createToken.action).toBe('OK');
      const [code] = await exited;
      expect(code).toBe(0);
      expect(output().stdout).toContain('"msg":"stopped"');
    } finally {
      await slow.close();
    }
  });

  it('production: no GraphiQL, no introspection, no field suggestions', async () => {
    const { child, listening } = startMain({ NODE_ENV: 'production', AUTHLETE_EMULATOR: '1' });
    const base = await listening;
    const ask = async (query: string) => {
      const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      return ((await response.json()) as { errors: Array<{ message: string }> }).errors[0]?.message;
    };
    expect(await ask('{ gatewayInfo { versio } }')).toMatch(/Cannot query field "versio" on type "GatewayInfo"\. \[Suggestion hidden\]/);
    expect(await ask('{ __schema { types { name } } }')).toMatch(/introspection/i);
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('Authlete GraphQL gateway');
    child.kill('SIGTERM');
    await once(child, 'exit');
  });

  it('refuses to start on a bad configuration, naming the variable and not its value', async () => {
    const { child, output } = startMain({
      AUTHLETE_BASE_URL: 'https://us.authlete.com',
      AUTHLETE_SERVICE_ACCESS_TOKEN: 'very-secret-service-token',
    });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(output().stderr).toContain('AUTHLETE_SERVICE_ID is required');
    expect(output().stderr).not.toContain('very-secret-service-token');
  });
});
