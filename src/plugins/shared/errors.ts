/** GraphQL error helpers the plugins share (not a plugin). */
import { GraphQLError } from 'graphql';

/**
 * A GraphQLError, from whichever copy of graphql made it: the executor may load graphql's ESM
 * build while other code loads its CommonJS one (as under the test runner), and `instanceof`
 * tells them apart. Every GraphQLError answers to its toStringTag.
 */
export function isGraphQLError(value: unknown): value is GraphQLError {
  return value instanceof GraphQLError || (value instanceof Error && (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === 'GraphQLError');
}

/** The same error (location, path, cause) with another message or other extensions. */
export function rebuiltError(error: GraphQLError, changes: { message?: string; extensions?: GraphQLError['extensions'] }): GraphQLError {
  return new GraphQLError(changes.message ?? error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: changes.extensions ?? error.extensions,
  });
}
