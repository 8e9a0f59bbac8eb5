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
import { loadPersistedOperationsManifest, type PersistedOperationsManifest } from '../src/security/persisted-operations.js';
import { startFakeUpstream, type FakeUpstream } from './helpers/fake-upstream.js';
import { startTestGateway, type TestGateway } from './helpers/gateway.js';

const MANIFEST_PATH = fileURLToPath(new URL('./graphql/persisted-documents.json', import.meta.url));
let manifest: PersistedOperationsManifest;
let fake: FakeUpstream;
let only: TestGateway;
let mixed: TestGateway;
let gatewayInfoId: string;

beforeAll(async () => {
  manifest = loadPersistedOperationsManifest(MANIFEST_PATH);
  gatewayInfoId = [...manifest].find(([, document]) => document.startsWith('query GatewayInfo'))![0];
  fake = await startFakeUpstream();
  only = startTestGateway({ baseUrl: fake.url, gateway: { persistedOperations: { manifest, only: true } } });
  mixed = startTestGateway({ baseUrl: fake.url, gateway: { persistedOperations: { manifest, only: false } } });
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
    expect(() => loadPersistedOperationsManifest('/nonexistent/secret-dir/persisted-documents.json')).toThrow(
      /^PERSISTED_OPERATIONS_MANIFEST: the manifest cannot be read \(ENOENT\)$/,
    );
    const directory = mkdtempSync(join(tmpdir(), 'manifest-'));
    try {
      const notJson = join(directory, 'not-json.json');
      writeFileSync(notJson, 'sk-live-do-not-print {');
      expect(() => loadPersistedOperationsManifest(notJson)).toThrow(/^PERSISTED_OPERATIONS_MANIFEST: the manifest is not JSON$/);
      const notObject = join(directory, 'array.json');
      writeFileSync(notObject, '["sk-live-do-not-print"]');
      expect(() => loadPersistedOperationsManifest(notObject)).toThrow(/^PERSISTED_OPERATIONS_MANIFEST: the manifest must be a JSON object/);
    } finally {
      rmSync(directory, { recursive: true });
    }
  });
});
