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
import { ENDPOINTS } from '../src/upstream/endpoints.js';
import { startEmulator, type RunningEmulator } from '../src/emulator/emulator.js';

interface OpenApiOperation {
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: object }> }>;
}
interface OpenApiSpec {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, object>; responses: Record<string, { content?: Record<string, { schema?: object }> }> };
}
type Version = 'v3' | 'v2';
const SPEC_FILES: Record<Version, string> = { v3: 'spec_next.yaml', v2: 'openapi-v2.yaml' };
/** Where each version's paths start: v3 paths carry the service id, v2 paths do not. */
const PATH_PREFIX: Record<Version, string> = { v3: '/api/{serviceId}', v2: '/api' };
const specs = Object.fromEntries(
  Object.entries(SPEC_FILES).map(([version, file]) => [
    version,
    parseYaml(readFileSync(new URL(`../spec/authlete/${file}`, import.meta.url), 'utf8')) as OpenApiSpec,
  ]),
) as Record<Version, OpenApiSpec>;

/**
 * Every deliberate difference between the emulator and the spec, in one place (README's emulator
 * section lists the same). Statuses the spec does not list for an endpoint are checked against
 * `checkedAs`: the body is still Authlete's result shape.
 * - 404 on update, delete and client get: Authlete's Java SDK (authlete-java-common) documents
 *   NOT_FOUND for these operations; the spec lists only 400/401/403/500.
 * - 415 on any POST whose body is not JSON: the spec also allows form-encoded bodies, but does not
 *   say how arrays and objects are encoded; the gateway sends JSON only.
 * - `action` in the refusals of create and update (ACTION_IN_REFUSALS): the spec gives them the
 *   bare `result` schema, yet Authlete's SDKs read `action` from every answer of these endpoints
 *   (the refusal's action, e.g. BAD_REQUEST, must be one the 200 schema lists).
 */
const DELIBERATE_STATUSES: Record<string, { checkedAs: string; reason: string }> = {
  'post /auth/token/update 404': { checkedAs: '400', reason: 'a token that does not exist: the SDK maps it to action NOT_FOUND' },
  'delete /auth/token/delete/{accessTokenIdentifier} 404': { checkedAs: '400', reason: 'a token that does not exist' },
  'get /client/get/{clientId} 404': { checkedAs: '400', reason: 'a client that does not exist' },
  'post /auth/token/create 415': { checkedAs: '400', reason: 'a form-encoded body: the emulator takes JSON only' },
  'post /auth/token/update 415': { checkedAs: '400', reason: 'a form-encoded body: the emulator takes JSON only' },
  'post /auth/token/revoke 415': { checkedAs: '400', reason: 'a form-encoded body: the emulator takes JSON only' },
  'post /client/lock_flag/update/{clientIdentifier} 404': { checkedAs: '400', reason: 'a client that does not exist' },
  'delete /client/authorization/delete/{clientId} 404': { checkedAs: '400', reason: 'a client that does not exist' },
  'get /client/granted_scopes/get/{clientId} 404': { checkedAs: '400', reason: 'a client that does not exist' },
  'delete /client/granted_scopes/delete/{clientId} 404': { checkedAs: '400', reason: 'a client that does not exist' },
};

/**
 * OpenAPI 3.0's `nullable` means "or null" only beside a `type`; Ajv refuses it elsewhere (the
 * spec puts it beside `$ref`/`allOf` in a few places). There, it is dropped: those schemas are
 * checked as if not nullable, which is stricter, never looser. Objects are closed: a member the
 * spec does not name fails.
 */
function forAjv(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forAjv);
  if (node === null || typeof node !== 'object') return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) copy[key] = forAjv(value);
  if ('nullable' in copy && !('type' in copy)) delete copy.nullable;
  // A member the spec does not name is a difference too (e.g. a v3-only member in a v2 answer).
  if ('properties' in copy && !('additionalProperties' in copy)) copy.additionalProperties = false;
  return copy;
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
for (const [version, spec] of Object.entries(specs)) ajv.addSchema({ $id: version, components: forAjv(spec.components) });

const ACTION_IN_REFUSALS = new Set(['post /auth/token/create', 'post /auth/token/update']);

/** The validator for one answer, or null when the spec says it has no body (204). */
function validatorFor(version: Version, method: string, path: string, status: string): ValidateFunction | null {
  const spec = specs[version];
  const operation = spec.paths[`${PATH_PREFIX[version]}${path}`]?.[method];
  if (!operation) throw new Error(`the ${version} spec has no ${method} ${path}`);
  const deliberate = DELIBERATE_STATUSES[`${method} ${path} ${status}`];
  const response = operation.responses[deliberate ? deliberate.checkedAs : status];
  if (!response) throw new Error(`the ${version} spec lists no ${status} for ${method} ${path}, and it is not a listed deliberate difference`);
  const resolved = response.$ref ? spec.components.responses[response.$ref.split('/').at(-1)!]! : response;
  const schema = resolved.content?.['application/json']?.schema;
  if (!schema) return null;
  const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${version}#/components/`)) as object;
  return ajv.compile(rewritten);
}

/** Ajv's complaints about an answer against the spec, none when it conforms. */
function specErrors(version: Version, method: string, path: string, answer: { status: string; body: unknown }): string[] {
  const validate = validatorFor(version, method, path, answer.status);
  if (validate === null) return answer.body === undefined ? [] : ['a body where the spec has none'];
  let { body } = answer;
  const errors: string[] = [];
  if (answer.status !== '200' && ACTION_IN_REFUSALS.has(`${method} ${path}`) && typeof body === 'object' && body !== null && 'action' in body) {
    const { action, ...rest } = body;
    body = rest;
    const actionOfSuccess = validatorFor(version, method, path, '200')!;
    if (!actionOfSuccess({ action })) errors.push(`/action ${JSON.stringify(action)} is not one the 200 schema lists`);
  }
  if (!validate(body)) errors.push(...(validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`));
  return errors;
}

let emulator: RunningEmulator;
const authorization: Record<Version, () => string> = {
  v3: () => `Bearer ${emulator.serviceAccessToken}`,
  v2: () => `Basic ${Buffer.from(`${emulator.apiKey}:${emulator.apiSecret}`).toString('base64')}`,
};

async function call(version: Version, method: string, path: string, body?: object | string, extra: Record<string, string> = {}) {
  const prefix = version === 'v3' ? `/api/${emulator.serviceId}` : '/api';
  const response = await fetch(`${emulator.url}${prefix}${path}`, {
    method: method.toUpperCase(),
    headers: { authorization: authorization[version](), 'content-type': 'application/json', ...extra },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: String(response.status), body: text ? (JSON.parse(text) as unknown) : undefined };
}

/** The endpoint table's paths as patterns, literal paths first ("client/get/list" is not a client id). */
const PATH_TEMPLATES = Object.values(ENDPOINTS)
  .map(({ path }) => ({ path, pattern: new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`) }))
  .sort((a, b) => Number(a.path.includes('{')) - Number(b.path.includes('{')));

/** The spec's path for a concrete one: path parameters back to their names (from the endpoint table), the query dropped. */
function specPathOf(path: string): string {
  const concrete = path.split('?')[0]!;
  return PATH_TEMPLATES.find(({ pattern }) => pattern.test(concrete))?.path ?? concrete;
}

beforeAll(async () => {
  emulator = await startEmulator({});
});
afterAll(async () => {
  await emulator.close();
});

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
/** [name, expected status, method, path, body, extra headers] */
const scenarios: Array<[string, string, string, string, (object | string)?, Record<string, string>?]> = [
  ['create, OK', '200', 'post', '/auth/token/create', { grantType: 'AUTHORIZATION_CODE', clientId: 26888344961664, subject: 'spec-user', scopes: ['openid'] }],
  ['create, client credentials refused', '403', 'post', '/auth/token/create', { grantType: 'CLIENT_CREDENTIALS', clientId: 17201124378391 }],
  ['create, bad grant type', '400', 'post', '/auth/token/create', { grantType: 'NOPE', clientId: 26888344961664 }],
  ['create, locked client', '403', 'post', '/auth/token/create', { grantType: 'PASSWORD', clientId: 30348473529123, subject: 'x' }],
  ['create, a property without a value', '400', 'post', '/auth/token/create', { grantType: 'PASSWORD', clientId: 26888344961664, subject: 'x', properties: [{ key: 'k' }] }],
  ['create, an authorization-details element without a type', '400', 'post', '/auth/token/create', { grantType: 'PASSWORD', clientId: 26888344961664, subject: 'x', authorizationDetails: { elements: [{ actions: ['read'] }] } }],
  ['create, form-encoded', '415', 'post', '/auth/token/create', 'grantType=PASSWORD&clientId=26888344961664&subject=x', FORM],
  ['create, wrong credentials', '401', 'post', '/auth/token/create', { grantType: 'PASSWORD', clientId: 26888344961664 }, { authorization: 'Bearer nope' }],
  ['authorized clients of a user', '200', 'get', '/client/authorization/get/list?subject=spec-user&start=0&end=5'],
  ['authorized clients, no subject', '400', 'get', '/client/authorization/get/list?start=0&end=5'],
  ['granted scopes', '200', 'get', '/client/granted_scopes/get/demo-web?subject=spec-user'],
  ['granted scopes, none granted', '200', 'get', '/client/granted_scopes/get/demo-web?subject=nobody'],
  ['granted scopes, unknown client', '404', 'get', '/client/granted_scopes/get/nobody?subject=spec-user'],
  ['granted scopes, no subject', '400', 'get', '/client/granted_scopes/get/demo-web'],
  ['introspection, a token that does not exist', '200', 'post', '/auth/introspection', { token: 'no-such-token', scopes: ['openid'] }],
  ['introspection, no token', '200', 'post', '/auth/introspection', {}],
  ['introspection, scopes not a list', '400', 'post', '/auth/introspection', { token: 'x', scopes: 'openid' }],
  ['introspection, wrong credentials', '401', 'post', '/auth/introspection', { token: 'x' }, { authorization: 'Bearer nope' }],
  ['delete granted scopes', '200', 'delete', '/client/granted_scopes/delete/demo-web?subject=spec-user'],
  ['delete granted scopes, unknown client', '404', 'delete', '/client/granted_scopes/delete/nobody?subject=spec-user'],
  ['delete granted scopes, no subject', '400', 'delete', '/client/granted_scopes/delete/demo-web'],
  ["revoke a client's authorization", '200', 'delete', '/client/authorization/delete/demo-web?subject=spec-user'],
  ["revoke a client's authorization, unknown client", '404', 'delete', '/client/authorization/delete/nobody?subject=spec-user'],
  ["revoke a client's authorization, no subject", '400', 'delete', '/client/authorization/delete/demo-web'],
  ['lock a client', '200', 'post', '/client/lock_flag/update/living-room-tv', { clientLocked: true }],
  ['unlock it', '200', 'post', '/client/lock_flag/update/living-room-tv', { clientLocked: false }],
  ['lock, not a boolean', '400', 'post', '/client/lock_flag/update/living-room-tv', { clientLocked: 'yes' }],
  ['lock, unknown client', '404', 'post', '/client/lock_flag/update/nobody', { clientLocked: true }],
  ['update, nothing named', '400', 'post', '/auth/token/update', {}],
  ['update, no such token', '404', 'post', '/auth/token/update', { accessToken: 'no-such-token' }],
  ['update, form-encoded', '415', 'post', '/auth/token/update', 'accessToken=x', FORM],
  ['revoke, a user', '200', 'post', '/auth/token/revoke', { subject: 'spec-user' }],
  ['revoke, nothing named', '400', 'post', '/auth/token/revoke', {}],
  ['revoke, form-encoded', '415', 'post', '/auth/token/revoke', 'subject=x', FORM],
  ['delete, no such token', '404', 'delete', '/auth/token/delete/no-such-token'],
  ['delete, wrong credentials', '401', 'delete', '/auth/token/delete/no-such-token', undefined, { authorization: 'Basic bm9wZTpub3Bl' }],
  ['list', '200', 'get', '/auth/token/get/list?start=0&end=5'],
  ['list, bad range', '400', 'get', '/auth/token/get/list?start=5&end=1'],
  ['list, unknown client', '400', 'get', '/auth/token/get/list?clientIdentifier=nobody'],
  ['client', '200', 'get', '/client/get/demo-web'],
  ['client, unknown', '404', 'get', '/client/get/nobody'],
  ['clients', '200', 'get', '/client/get/list?start=0&end=10'],
  ['clients, bad range', '400', 'get', '/client/get/list?start=5&end=1'],
];

/** Every status each endpoint answers in the scenarios above, per version: the coverage the issue asks for. */
const seen = new Map<string, Set<string>>();

describe.each(['v3', 'v2'] as const)('the emulator answers as the %s spec describes', (version) => {
  it.each(scenarios)('%s: %s', async (_name, expectedStatus, method, path, body, extra) => {
    const answer = await call(version, method, path, body, extra);
    expect(answer.status).toBe(expectedStatus);
    const specPath = specPathOf(path);
    const key = `${version} ${method} ${specPath}`;
    seen.set(key, (seen.get(key) ?? new Set()).add(answer.status));
    expect(specErrors(version, method, specPath, answer)).toEqual([]);
  });

  it("along a token's life: create 200, update 200, list 200 with the token, delete 204", async () => {
    const created = await call(version, 'post', '/auth/token/create', { grantType: 'PASSWORD', clientId: 26888344961664, subject: `life-${version}`, scopes: ['openid'] });
    expect(created.status).toBe('200');
    expect(specErrors(version, 'post', '/auth/token/create', created)).toEqual([]);
    const { accessToken } = created.body as { accessToken: string };
    const updated = await call(version, 'post', '/auth/token/update', { accessToken, scopes: ['openid', 'profile'], properties: [{ key: 'k', value: 'v' }] });
    expect(updated.status).toBe('200');
    expect(specErrors(version, 'post', '/auth/token/update', updated)).toEqual([]);
    const listed = await call(version, 'get', `/auth/token/get/list?clientIdentifier=demo-web&subject=life-${version}`);
    expect(listed.status).toBe('200');
    expect((listed.body as { accessTokens: unknown[] }).accessTokens).toHaveLength(1);
    expect(specErrors(version, 'get', '/auth/token/get/list', listed)).toEqual([]);
    const deleted = await call(version, 'delete', `/auth/token/delete/${accessToken}`);
    expect(deleted.status).toBe('204');
    expect(specErrors(version, 'delete', '/auth/token/delete/{accessTokenIdentifier}', deleted)).toEqual([]);
  });
});

describe('coverage', () => {
  it('every endpoint the gateway calls was answered with a success and a refusal, in both versions', () => {
    const expected = {
      'post /auth/token/create': ['200', '400', '401', '403', '415'],
      'post /auth/token/update': ['400', '404', '415'],
      'post /auth/token/revoke': ['200', '400', '415'],
      'delete /auth/token/delete/{accessTokenIdentifier}': ['401', '404'],
      'get /auth/token/get/list': ['200', '400'],
      'get /client/get/{clientId}': ['200', '404'],
      'get /client/get/list': ['200', '400'],
      'post /client/lock_flag/update/{clientIdentifier}': ['200', '400', '404'],
      'get /client/authorization/get/list': ['200', '400'],
      'delete /client/authorization/delete/{clientId}': ['200', '400', '404'],
      'get /client/granted_scopes/get/{clientId}': ['200', '400', '404'],
      'delete /client/granted_scopes/delete/{clientId}': ['200', '400', '404'],
      'post /auth/introspection': ['200', '400', '401'],
    };
    // Every endpoint of the gateway's table, and nothing else: an endpoint added without scenarios fails here.
    expect(Object.keys(expected).sort()).toEqual(Object.values(ENDPOINTS).map(({ method, path }) => `${method.toLowerCase()} ${path}`).sort());
    for (const version of ['v3', 'v2']) {
      for (const [endpoint, statuses] of Object.entries(expected)) {
        expect([...(seen.get(`${version} ${endpoint}`) ?? [])].sort(), `${version} ${endpoint}`).toEqual(statuses);
      }
    }
  });
});

describe('refused inputs are not stored', () => {
  it('a property without a value, an element without a type or with a member of the wrong type are 400s, and nothing is created', async () => {
    const before = emulator.store.list({}, Date.now()).length;
    for (const body of [
      { grantType: 'PASSWORD', clientId: 26888344961664, subject: 'x', properties: [{ key: 'k' }] },
      { grantType: 'PASSWORD', clientId: 26888344961664, subject: 'x', authorizationDetails: { elements: [{ actions: ['read'] }] } },
      // Members of the wrong type: a list that is not of strings, a string member that is not a string.
      { grantType: 'PASSWORD', clientId: 26888344961664, subject: 'x', authorizationDetails: { elements: [{ type: 't', locations: [1] }] } },
      { grantType: 'PASSWORD', clientId: 26888344961664, subject: 'x', authorizationDetails: { elements: [{ type: 't', identifier: 5 }] } },
    ]) {
      const answer = await call('v3', 'post', '/auth/token/create', body);
      expect(answer.status).toBe('400');
      expect(answer.body).toMatchObject({ action: 'BAD_REQUEST' });
    }
    expect(emulator.store.list({}, Date.now())).toHaveLength(before);
  });
});
