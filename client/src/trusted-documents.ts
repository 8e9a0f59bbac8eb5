/**
 * Trusted documents: every document of the kit carries the hash under which the gateway's manifest
 * (`persisted-documents.json`) lists it. Send the hash instead of the text (Apollo's persisted
 * query link, urql's persisted exchange) and a gateway that runs trusted documents only runs it.
 */
import type { DocumentNode } from 'graphql';

/**
 * The kit document's trusted-document hash (`sha256:…`). A document that is not one of the kit's
 * has none: that is an error here, rather than a request the gateway would refuse (or, with
 * Apollo, a TypeError before any request).
 */
export function documentHash(document: DocumentNode): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash === 'string') return hash;
  const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
  const name = operation && 'name' in operation && operation.name ? operation.name.value : 'an anonymous operation';
  throw new Error(
    `documentHash: ${name} is not one of the kit's documents, so it has no trusted-document hash and a gateway that runs ` +
      "trusted documents only would refuse it. Use the kit's document, or add yours to client/src/documents.ts and run npm run codegen.",
  );
}
