/**
 * The client kit: typed documents (each a TypedDocumentNode, with its trusted-document hash in
 * `__meta__.hash`) and their result and variable types, generated from ./documents.ts; the scalar
 * types; and, in their own entry points, Apollo Client (./apollo.js) and urql Graphcache
 * (./urql.js) configuration.
 */
export * from './graphql/graphql.js';
export * from './scalars.js';
