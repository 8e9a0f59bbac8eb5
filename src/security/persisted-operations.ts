/**
 * Trusted documents: with PERSISTED_OPERATIONS_ONLY=true the gateway runs only the operations
 * listed in a manifest, the JSON object of hash → document that GraphQL Code Generator's client
 * preset writes (`persisted-documents.json`). Requests name a document by `documentId` or by
 * Apollo's `extensions.persistedQuery.sha256Hash`.
 */
import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import type { ErrorCode } from '../error-codes.js';

export type PersistedOperationsManifest = ReadonlyMap<string, string>;

/**
 * Reads and checks a manifest; throws an Error naming the variable and the problem (never the
 * path or the file's content, which a start-up log should not repeat).
 */
export function loadPersistedOperationsManifest(path: string): PersistedOperationsManifest {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new Error(`PERSISTED_OPERATIONS_MANIFEST: the manifest cannot be read${typeof code === 'string' ? ` (${code})` : ''}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('PERSISTED_OPERATIONS_MANIFEST: the manifest is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('PERSISTED_OPERATIONS_MANIFEST: the manifest must be a JSON object of hash → document');
  }
  const entries = Object.entries(parsed);
  if (entries.some(([, document]) => typeof document !== 'string')) {
    throw new Error('PERSISTED_OPERATIONS_MANIFEST: the manifest maps a hash to something that is not a document string');
  }
  return new Map(entries as Array<[string, string]>);
}

export function useTrustedDocuments(options: { manifest: PersistedOperationsManifest; only: boolean }): Plugin {
  const { manifest } = options;
  return usePersistedOperations({
    allowArbitraryOperations: !options.only,
    extractPersistedOperationId: (params) => {
      const documentId = (params as { documentId?: unknown }).documentId;
      if (typeof documentId === 'string') return documentId;
      const hash = (params.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
      return typeof hash === 'string' ? hash : null;
    },
    // Codegen writes keys as "sha256:<hex>"; Apollo clients send the bare hex.
    getPersistedOperation: (key) => manifest.get(key) ?? manifest.get(`sha256:${key}`) ?? null,
    // Refusals are request errors: 4xx for callers that accept application/graphql-response+json
    // (GraphQL over HTTP), 200 for plain application/json callers, as Yoga does for its own.
    customErrors: {
      persistedQueryOnly: {
        message: 'Only trusted documents are accepted: send a documentId from the manifest.',
        extensions: { code: 'PERSISTED_QUERY_ONLY' satisfies ErrorCode, http: { status: 400, spec: true } },
      },
      notFound: {
        message: 'The document is not in the trusted documents manifest.',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' satisfies ErrorCode, http: { status: 404, spec: true } },
      },
      keyNotFound: {
        message: 'Send a query, or a documentId (or extensions.persistedQuery.sha256Hash) from the manifest.',
        extensions: { code: 'BAD_REQUEST' satisfies ErrorCode, http: { status: 400, spec: true } },
      },
    },
  }) as Plugin;
}
