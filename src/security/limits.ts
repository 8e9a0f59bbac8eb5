/**
 * Request limits that hold under hostile input, enforced by GraphQL Armor (parse and validation,
 * plugins/useLimits.ts), by the body reader (size and nesting, plugins/useRequestBodies.ts) and
 * by the JSONObject scalar. Chosen so that every real operation of this schema, and the
 * standard introspection query of GraphiQL and GraphQL Code Generator, pass with room to spare.
 */

export const REQUEST_LIMITS = {
  /** Request body bytes; larger bodies get 413 before they are read in full. */
  maxBodyBytes: 100 * 1024,
  /** Nesting of objects and arrays in a request body (variables included): past it, 400 before parsing. */
  maxBodyJsonDepth: 64,
  /** Nesting of a JSONObject input value (e.g. `jwtAtClaims`): past it, BAD_USER_INPUT. */
  maxJsonObjectDepth: 32,
  /** Field nesting (introspection is exempt; the deepest real query, tokens→edges→node→client→field, is 5). */
  maxDepth: 10,
  /** Aliased fields per operation. */
  maxAliases: 20,
  /** Lexical tokens per document (the full introspection query has about 300). */
  maxTokens: 2000,
  /** Directives per operation. */
  maxDirectives: 20,
  /** Estimated cost per operation (GraphQL Armor's cost model; introspection is exempt). */
  maxCost: 5000,
} as const;
