/**
 * Trusted documents: the manifest of the operations a gateway may run (hash → document), the JSON
 * object GraphQL Code Generator's client preset writes (`persisted-documents.json`). The plugin
 * that enforces it is plugins/useTrustedDocuments.ts. (The environment variables keep the
 * PERSISTED_OPERATIONS_* names operators already use; the code says trusted documents.)
 */
import { readFileSync } from 'node:fs';
import { isJsonObject } from '../json.js';

export type TrustedDocumentsManifest = ReadonlyMap<string, string>;

/**
 * Reads and checks a manifest; throws an Error naming the variable and the problem (never the
 * path or the file's content, which a start-up log should not repeat).
 */
export function loadTrustedDocumentsManifest(path: string): TrustedDocumentsManifest {
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
  if (!isJsonObject(parsed)) {
    throw new Error('PERSISTED_OPERATIONS_MANIFEST: the manifest must be a JSON object of hash → document');
  }
  const entries = Object.entries(parsed);
  if (entries.some(([, document]) => typeof document !== 'string')) {
    throw new Error('PERSISTED_OPERATIONS_MANIFEST: the manifest maps a hash to something that is not a document string');
  }
  return new Map(entries as Array<[string, string]>);
}
