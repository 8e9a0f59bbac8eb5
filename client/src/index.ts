/**
 * The client kit: typed documents (each a TypedDocumentNode, with its trusted-document hash, read
 * with `documentHash`) and their result and variable types, generated from ./documents.ts; the
 * scalar types; `possibleTypes`; and, in their own entry points, Apollo Client (./apollo.js) and
 * urql Graphcache (./urql.js) configuration. This entry point imports no client library.
 */
export * from './graphql/graphql.js';
export * from './scalars.js';
export { possibleTypes } from './node-types.js';
export { documentHash } from './trusted-documents.js';
