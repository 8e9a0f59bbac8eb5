/**
 * Trusted documents: with PERSISTED_OPERATIONS_ONLY only the manifest's operations run, named by
 * `documentId` or by Apollo's `extensions.persistedQuery.sha256Hash`; the manifest is the one
 * GraphQL Code Generator writes for the test operations (test/graphql/persisted-documents.json).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTrustedDocumentsManifest, type TrustedDocumentsManifest } from '../src/security/trusted-documents.js';
import { CSRF_HEADER } from '../src/server.js';
import { startFakeUpstream, type FakeUpstream } from './helpers/fake-upstream.js';
import { startTestGateway, type TestGateway } from './helpers/gateway.js';

const MANIFEST_PATH = fileURLToPath(new URL('./graphql/persisted-documents.json', import.meta.url));
let manifest: TrustedDocumentsManifest;
let fake: FakeUpstream;
let only: TestGateway;
let mixed: TestGateway;
let gatewayInfoId: string;

beforeAll(async () => {
  manifest = loadTrustedDocumentsManifest(MANIFEST_PATH);
  gatewayInfoId = [...manifest].find(([, document]) => document.startsWith('query GatewayInfo'))![0];
  fake = await startFakeUpstream();
  only = startTestGateway({ baseUrl: fake.url, gateway: { trustedDocuments: { manifest, only: true } } });
  mixed = startTestGateway({ baseUrl: fake.url, gateway: { trustedDocuments: { manifest, only: false } } });
});
afterAll(async () => {
  await only.close();
  await mixed.close();
  await fake.close();
});

const body = async (gw: TestGateway, payload: object) => JSON.parse((await gw.postRaw(JSON.stringify(payload))).text);

describe('trusted documents only', () => {
  it('runs a manifest document by documentId', async () => {
    expect(gatewayInfoId).toMatch(/^sha256:[0-9a-f]{64}$/);
    const result = await body(only, { documentId: gatewayInfoId });
    expect(result.data.gatewayInfo.authleteApiVersion).toBe('V3');
  });

  it("runs a manifest document by Apollo's persistedQuery hash", async () => {
    const result = await body(only, { extensions: { persistedQuery: { version: 1, sha256Hash: gatewayInfoId.slice('sha256:'.length) } } });
    expect(result.data.gatewayInfo.version).toEqual(expect.any(String));
  });

  it('refuses an arbitrary document, before any upstream call', async () => {
    const result = await body(only, { query: 'mutation { revokeTokens(input: {subject: "everyone"}) { count } }' });
    expect(result.errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses an id that is not in the manifest', async () => {
    const result = await body(only, { documentId: `sha256:${'0'.repeat(64)}` });
    expect(result.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('with a manifest but not only trusted documents', () => {
  it('runs both manifest ids and arbitrary documents', async () => {
    expect((await body(mixed, { documentId: gatewayInfoId })).data.gatewayInfo).toBeDefined();
    expect((await body(mixed, { query: '{ gatewayInfo { emulated } }' })).data.gatewayInfo.emulated).toBe(false);
  });
});

describe('the manifest loader', () => {
  it('names the variable and the problem with a bad manifest, never its path or content', () => {
    expect(() => loadTrustedDocumentsManifest('/nonexistent/secret-dir/persisted-documents.json')).toThrow(
      /^PERSISTED_OPERATIONS_MANIFEST: the manifest cannot be read \(ENOENT\)$/,
    );
    const directory = mkdtempSync(join(tmpdir(), 'manifest-'));
    try {
      const notJson = join(directory, 'not-json.json');
      writeFileSync(notJson, 'sk-live-do-not-print {');
      expect(() => loadTrustedDocumentsManifest(notJson)).toThrow(/^PERSISTED_OPERATIONS_MANIFEST: the manifest is not JSON$/);
      const notObject = join(directory, 'array.json');
      writeFileSync(notObject, '["sk-live-do-not-print"]');
      expect(() => loadTrustedDocumentsManifest(notObject)).toThrow(/^PERSISTED_OPERATIONS_MANIFEST: the manifest must be a JSON object/);
    } finally {
      rmSync(directory, { recursive: true });
    }
  });
});

describe('trusted documents over HTTP as clients send them', () => {
  it('GET /graphql?documentId=… runs a manifest query (with the CSRF header a browser cannot forge)', async () => {
    const url = `http://gateway.test/graphql?documentId=${encodeURIComponent(gatewayInfoId)}`;
    const response = await only.gateway.fetch(url, { headers: { [CSRF_HEADER]: '1', accept: 'application/graphql-response+json' } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { gatewayInfo: { version: string } } }).data.gatewayInfo.version).toEqual(expect.any(String));
    const forged = await only.gateway.fetch(url);
    expect(forged.status).toBe(403);
  });

  it.each([
    ['an arbitrary document', { query: '{ gatewayInfo { version } }' }, 400, 'PERSISTED_QUERY_ONLY'],
    ['an unknown id', { documentId: `sha256:${'0'.repeat(64)}` }, 404, 'PERSISTED_QUERY_NOT_FOUND'],
    ['neither a query nor an id', { variables: {} }, 400, 'BAD_REQUEST'],
  ])('%s: %i for application/graphql-response+json callers, 200 for application/json ones', async (_name, payload, status, code) => {
    for (const [accept, expected] of [['application/graphql-response+json', status], ['application/json', 200]] as const) {
      const response = await only.gateway.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify(payload),
      });
      expect(response.status, accept).toBe(expected);
      expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe(code);
    }
    expect(fake.requests).toHaveLength(0);
  });

  it('GET variables nested past the limit are refused like a POST body', async () => {
    const variables = encodeURIComponent(`{"a":${'['.repeat(100)}${']'.repeat(100)}}`);
    const response = await mixed.gateway.fetch(`http://gateway.test/graphql?query=${encodeURIComponent('{ gatewayInfo { version } }')}&variables=${variables}`, {
      headers: { [CSRF_HEADER]: '1', accept: 'application/graphql-response+json' },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Array<{ message: string }> }).errors[0]?.message).toContain('deeper than 64 levels');
  });

  it('a mutation is still refused over GET', async () => {
    const query = encodeURIComponent('mutation { revokeTokens(input: {subject: "x"}) { count } }');
    const response = await mixed.gateway.fetch(`http://gateway.test/graphql?query=${query}`, { headers: { [CSRF_HEADER]: '1' } });
    expect(response.status).toBe(405);
    expect(fake.requests).toHaveLength(0);
  });
});
