/**
 * Trusted documents: with PERSISTED_OPERATIONS_ONLY=true the gateway runs only the operations
 * listed in the manifest (security/trusted-documents.ts). Requests name a document by
 * `documentId` (POST body or GET parameter) or by Apollo's `extensions.persistedQuery.sha256Hash`.
 */
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import type { ErrorCode } from '../error-codes.js';
import type { TrustedDocumentsManifest } from '../security/trusted-documents.js';

export function useTrustedDocuments(options: { manifest: TrustedDocumentsManifest; only: boolean }): Plugin {
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
