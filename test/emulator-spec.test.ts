/**
 * The emulator, validated by Authlete's own spec: every answer of every endpoint the gateway
 * uses, success and refusal, is checked (Ajv) against the response schema the vendored v3 spec
 * (spec/authlete/spec_next.yaml) gives for that path, method and status. Where the emulator
 * deliberately answers something the spec does not describe, the difference is listed below with
 * its reason (and in README's emulator section); anything else fails.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../src/emulator/emulator.js';

interface OpenApiOperation {
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: object }> }>;
}
const spec = parseYaml(readFileSync(new URL('../spec/authlete/spec_next.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, object>; responses: Record<string, { content?: Record<string, { schema?: object }> }> };
};

/**
 * Statuses the emulator answers that the spec does not list for the endpoint, and why. Authlete's
 * Java SDK (authlete-java-common) documents NOT_FOUND for these operations; the spec only lists
 * 400/401/403/500. The body is still Authlete's result shape, checked against the 400 schema.
 */
const DELIBERATE_STATUSES: Record<string, { status: string; checkedAs: string; reason: string }> = {
  'post /auth/token/update 404': { status: '404', checkedAs: '400', reason: 'a token that does not exist: the SDK maps it to action NOT_FOUND' },
  'delete /auth/token/delete/{accessTokenIdentifier} 404': { status: '404', checkedAs: '400', reason: 'a token that does not exist' },
  'get /client/get/{clientId} 404': { status: '404', checkedAs: '400', reason: 'a client that does not exist' },
};

/**
 * OpenAPI 3.0's `nullable` means "or null" only beside a `type`; Ajv refuses it elsewhere (the
 * spec puts it beside `$ref`/`allOf` in a few places). There, it is dropped: those schemas are
 * checked as if not nullable, which is stricter, never looser.
 */
function forAjv(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forAjv);
  if (node === null || typeof node !== 'object') return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) copy[key] = forAjv(value);
  if ('nullable' in copy && !('type' in copy)) delete copy.nullable;
  return copy;
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ $id: 'spec', components: forAjv(spec.components) });

/** The validator for one answer, or null when the spec says it has no body (204). */
function validatorFor(method: string, path: string, status: string): ValidateFunction | null {
  const operation = spec.paths[`/api/{serviceId}${path}`]?.[method];
  if (!operation) throw new Error(`the spec has no ${method} ${path}`);
  const deliberate = DELIBERATE_STATUSES[`${method} ${path} ${status}`];
  const response = operation.responses[deliberate ? deliberate.checkedAs : status];
  if (!response) throw new Error(`the spec lists no ${status} for ${method} ${path}, and it is not a listed deliberate difference`);
  const resolved = response.$ref ? spec.components.responses[response.$ref.split('/').at(-1)!]! : response;
  const schema = resolved.content?.['application/json']?.schema;
  if (!schema) return null;
  const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"spec#/components/')) as object;
  return ajv.compile(rewritten);
}

let emulator: RunningEmulator;
const headers = () => ({ authorization: `Bearer ${emulator.serviceAccessToken}`, 'content-type': 'application/json' });

async function call(method: string, path: string, body?: object) {
  const response = await fetch(`${emulator.url}/api/${emulator.serviceId}${path}`, {
    method: method.toUpperCase(),
    headers: headers(),
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: String(response.status), body: text ? (JSON.parse(text) as unknown) : undefined };
}

beforeAll(async () => {
  emulator = await startEmulator({});
});
afterAll(async () => {
  await emulator.close();
});

describe('the emulator answers as the spec describes', () => {
  const scenarios: Array<[string, string, string, () => object | undefined, string]> = [
    ['create, OK', 'post', '/auth/token/create', () => ({ grantType: 'AUTHORIZATION_CODE', clientId: 26888344961664, subject: 'spec-user', scopes: ['openid'] }), '200'],
    ['create, client credentials', 'post', '/auth/token/create', () => ({ grantType: 'CLIENT_CREDENTIALS', clientId: 17201124378391 }), '403'],
    ['create, bad grant type', 'post', '/auth/token/create', () => ({ grantType: 'NOPE', clientId: 26888344961664 }), '400'],
    ['create, locked client', 'post', '/auth/token/create', () => ({ grantType: 'PASSWORD', clientIdentifier: 'retired-partner', subject: 'x' }), '403'],
    ['update, nothing named', 'post', '/auth/token/update', () => ({}), '400'],
    ['update, no such token', 'post', '/auth/token/update', () => ({ accessTokenHash: 'no-such-hash' }), '404'],
    ['revoke, a user', 'post', '/auth/token/revoke', () => ({ subject: 'spec-user' }), '200'],
    ['revoke, nothing named', 'post', '/auth/token/revoke', () => ({}), '400'],
    ['delete, no such token', 'delete', '/auth/token/delete/no-such-token', () => undefined, '404'],
    ['list', 'get', '/auth/token/get/list?start=0&end=5', () => undefined, '200'],
    ['list, unknown client', 'get', '/auth/token/get/list?clientIdentifier=nobody', () => undefined, '400'],
    ['client', 'get', '/client/get/demo-web', () => undefined, '200'],
    ['client, unknown', 'get', '/client/get/nobody', () => undefined, '404'],
    ['clients', 'get', '/client/get/list?start=0&end=10', () => undefined, '200'],
  ];

  it.each(scenarios)('%s', async (_name, method, path, body, expectedStatus) => {
    const answer = await call(method, path, body());
    expect(answer.status).toBe(expectedStatus);
    const specPath = path.split('?')[0]!.replace(/^\/auth\/token\/delete\/.+$/, '/auth/token/delete/{accessTokenIdentifier}').replace(/^\/client\/get\/(?!list$).+$/, '/client/get/{clientId}');
    const validate = validatorFor(method, specPath, answer.status);
    if (!validate) return;
    const valid = validate(answer.body);
    expect(valid ? [] : validate.errors?.map((error) => `${error.instancePath} ${error.message}`)).toEqual([]);
  });
});

describe('the emulator answers as the spec describes, along a token\'s life', () => {
  it('create 200, update 200, list 200 with the token, delete 204', async () => {
    const check = (method: string, path: string, answer: { status: string; body: unknown }) => {
      const validate = validatorFor(method, path, answer.status);
      if (validate && !validate(answer.body)) expect(validate.errors?.map((error) => `${error.instancePath} ${error.message}`)).toEqual([]);
    };
    const created = await call('post', '/auth/token/create', { grantType: 'PASSWORD', clientIdentifier: 'demo-web', subject: 'life', scopes: ['openid'] });
    expect(created.status).toBe('200');
    check('post', '/auth/token/create', created);
    const { accessToken } = created.body as { accessToken: string };
    const updated = await call('post', '/auth/token/update', { accessToken, scopes: ['openid', 'profile'] });
    expect(updated.status).toBe('200');
    check('post', '/auth/token/update', updated);
    const listed = await call('get', '/auth/token/get/list?clientIdentifier=demo-web&subject=life');
    expect(listed.status).toBe('200');
    check('get', '/auth/token/get/list', listed);
    const deleted = await call('delete', `/auth/token/delete/${accessToken}`);
    expect(deleted.status).toBe('204');
    expect(validatorFor('delete', '/auth/token/delete/{accessTokenIdentifier}', '204')).toBeNull();
  });
});
