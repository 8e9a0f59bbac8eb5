/**
 * The leak test: run every operation, on success and failure paths, against the gateway as a
 * process, then search everything it wrote (stdout, stderr) and every response body for the
 * Authlete credentials, every issued token and the callers' JWTs. Issued tokens may appear only in
 * the responses that hand them to their caller (createToken, updateToken).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../src/emulator/emulator.js';
import { AUDIENCE, ISSUER, newKey, signJwt, type TestKey } from './helpers/jwt.js';
import { killGatewayProcesses, spawnGateway } from './helpers/process.js';

let emulator: RunningEmulator;
let key: TestKey;
let directory: string;
let jwksFile: string;

beforeAll(async () => {
  emulator = await startEmulator();
  key = await newKey('leak-key');
  directory = mkdtempSync(join(tmpdir(), 'leak-'));
  jwksFile = join(directory, 'jwks.json');
  writeFileSync(jwksFile, JSON.stringify({ keys: [key.publicJwk] }));
});
afterAll(async () => {
  killGatewayProcesses();
  await emulator.close();
  rmSync(directory, { recursive: true });
});

async function runGateway(env: Record<string, string>, script: (call: (query: string, variables?: object, jwt?: string | null) => Promise<string>) => Promise<void>) {
  const gateway = spawnGateway(
    {
      LOG_LEVEL: 'trace',
      AUTHLETE_BASE_URL: emulator.url,
      AUTH_JWKS_URL: pathToFileURL(jwksFile).href,
      AUTH_ISSUER: ISSUER,
      AUTH_AUDIENCE: AUDIENCE,
      ...env,
    },
    { from: 'source' },
  );
  try {
    const base = await gateway.listening;
    const defaultJwt = await signJwt(key, { scope: 'tokens:create tokens:read tokens:update tokens:revoke' });
    await script(async (query, variables, jwt = defaultJwt) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(jwt ? { authorization: `Bearer ${jwt}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return response.text();
    });
  } finally {
    await gateway.stop();
  }
  const { stdout, stderr } = gateway.output();
  return stdout + stderr;
}

const CREATE = 'mutation($input: CreateTokenInput!) { createToken(input: $input) { action accessToken refreshToken resultMessage client { clientName } } }';
const UPDATE = 'mutation($input: UpdateTokenInput!) { updateToken(input: $input) { action accessToken resultMessage } }';
const REVOKE = 'mutation($input: RevokeTokensInput!) { revokeTokens(input: $input) { action count resultMessage } }';
const DELETE = 'mutation($id: String!) { deleteToken(accessTokenIdentifier: $id) { deleted action resultMessage } }';
const INTROSPECT = 'query($token: String!, $scopes: [String!]) { introspectToken(token: $token, scopes: $scopes) { action existent usable subject scopes resultMessage client { clientName } } }';
const LIST = '{ tokens(first: 50) { totalCount edges { node { accessTokenHash subject client { clientName } } } } }';

describe('secrets never leave the gateway', () => {
  it('v3: every operation, success and failure paths', async () => {
    const issued: string[] = [];
    const handedOut: string[] = []; // bodies that may carry a token to its caller
    const otherBodies: string[] = [];
    const jwts: string[] = [];
    const output = await runGateway(
      { AUTHLETE_SERVICE_ID: emulator.serviceId, AUTHLETE_SERVICE_ACCESS_TOKEN: emulator.serviceAccessToken },
      async (call) => {
        for (const input of [
          { grantType: 'AUTHORIZATION_CODE', clientId: '26888344961664', subject: 'john', scopes: ['openid'] },
          { grantType: 'CLIENT_CREDENTIALS', clientIdentifier: 'reporting-batch' },
          { grantType: 'PASSWORD', clientIdentifier: 'demo-web', subject: 'kim', accessToken: 'caller-chosen-secret-access-token' },
        ]) {
          const body = await call(CREATE, { input });
          handedOut.push(body);
          const token = JSON.parse(body).data.createToken;
          for (const value of [token.accessToken, token.refreshToken]) if (value) issued.push(value);
        }
        // Introspection takes a token from the caller: live, unknown, insufficient, malformed, or without the scope.
        const support = await signJwt(key, { scope: 'tokens:introspect' });
        jwts.push(support);
        otherBodies.push(await call(INTROSPECT, { token: issued[0] }, support));
        otherBodies.push(await call(INTROSPECT, { token: issued[0], scopes: ['admin'] }, support));
        otherBodies.push(await call(INTROSPECT, { token: issued[1] }, support));
        otherBodies.push(await call(INTROSPECT, { token: 'caller-chosen-secret-access-token' }));
        otherBodies.push(await call(INTROSPECT, { token: `${issued[0]}${'x'.repeat(5000)}` }, support));
        otherBodies.push(await call(`{ introspectToken(token: "${issued[0]}") { action } }`, {}, support));
        expect(otherBodies.at(-6)).toContain('"action":"OK"');
        otherBodies.push(await call(CREATE, { input: { grantType: 'AUTHORIZATION_CODE', clientIdentifier: 'retired-partner', subject: 'x' } }));
        otherBodies.push(await call(CREATE, { input: { grantType: 'PASSWORD', subject: 'x' } }));
        otherBodies.push(await call(LIST));
        otherBodies.push(await call('{ client(clientIdentifier: "demo-web") { clientName } nope: client(clientIdentifier: "nope") { clientName } }'));

        const renewed = await call(UPDATE, { input: { accessToken: issued[0], accessTokenValueUpdated: true, scopes: ['openid'] } });
        handedOut.push(renewed);
        issued.push(JSON.parse(renewed).data.updateToken.accessToken);
        otherBodies.push(await call(UPDATE, { input: { accessToken: 'no-such-token-value', scopes: [] } }));
        otherBodies.push(await call(REVOKE, { input: { accessTokenIdentifier: issued.at(-1) } }));
        otherBodies.push(await call(REVOKE, { input: { refreshTokenIdentifier: issued[1] } }));
        otherBodies.push(await call(DELETE, { id: 'caller-chosen-secret-access-token' }));
        otherBodies.push(await call(DELETE, { id: 'caller-chosen-secret-access-token' }));
        otherBodies.push(await call(REVOKE, { input: {} }));

        const readOnly = await signJwt(key, { scope: 'tokens:read' });
        const expired = await signJwt(key, { scope: 'tokens:create' }, { expiresIn: Math.floor(Date.now() / 1000) - 600 });
        const foreign = await signJwt(await newKey('leak-key'), { scope: 'tokens:create' });
        jwts.push(readOnly, expired, foreign);
        otherBodies.push(await call(CREATE, { input: { grantType: 'PASSWORD', clientId: '1', subject: 'x' } }, readOnly));
        otherBodies.push(await call(LIST, {}, expired));
        otherBodies.push(await call(LIST, {}, foreign));
        otherBodies.push(await call(LIST, {}, null));
      },
    );
    expect(issued.length).toBeGreaterThanOrEqual(5);
    expect(output).toContain('token operation');
    const secrets = [emulator.serviceAccessToken, ...issued, ...jwts];
    for (const secret of secrets) expect(output).not.toContain(secret);
    for (const body of [...handedOut, ...otherBodies]) {
      expect(body).not.toContain(emulator.serviceAccessToken);
      for (const jwt of jwts) expect(body).not.toContain(jwt);
    }
    for (const body of otherBodies) for (const token of issued) expect(body).not.toContain(token);
  });

  it('v2, and refused credentials: neither the API secret nor the service token shows', async () => {
    const wrongSecret = 'wrong-but-still-secret-api-secret-123';
    const bodies: string[] = [];
    const output = await runGateway(
      { AUTHLETE_API_VERSION: 'v2', AUTHLETE_SERVICE_API_KEY: emulator.apiKey, AUTHLETE_SERVICE_API_SECRET: wrongSecret },
      async (call) => {
        bodies.push(await call(CREATE, { input: { grantType: 'PASSWORD', clientId: '26888344961664', subject: 'x' } }));
        bodies.push(await call(LIST));
      },
    );
    expect(JSON.parse(bodies[0]!).errors[0].extensions.code).toBe('UPSTREAM_UNAUTHORIZED');
    for (const text of [output, ...bodies]) {
      expect(text).not.toContain(wrongSecret);
      expect(text).not.toContain(Buffer.from(`${emulator.apiKey}:${wrongSecret}`).toString('base64'));
    }
  });
});
