/**
 * Turns what resolvers throw into the GraphQL errors callers see:
 * - upstream failures become errors with a stable `extensions.code` (UPSTREAM_*) and
 *   `extensions.upstream` (the Authlete endpoint and the HTTP status it answered with, if any);
 * - anything unexpected is logged with the request id and masked, so no internal detail (and no
 *   secret that might be inside it) reaches the caller; the request id lets an operator find it.
 * Errors the gateway raises on purpose (GraphQLError, e.g. BAD_USER_INPUT) pass unchanged.
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from './context.js';
import { UpstreamError } from './upstream/errors.js';

function toCallerError(error: GraphQLError, context: GatewayContext): GraphQLError {
  const original = error.originalError;
  if (original === undefined || original instanceof GraphQLError) return error;
  const location = { nodes: error.nodes, path: error.path };
  if (original instanceof UpstreamError) {
    return new GraphQLError(original.message, {
      ...location,
      extensions: {
        code: original.code,
        upstream: { endpoint: original.endpoint, ...(original.status === undefined ? {} : { status: original.status }) },
        requestId: context.requestId,
      },
    });
  }
  context.logger.error({ err: original, path: error.path?.join('.') }, 'unexpected error while resolving a field');
  return new GraphQLError('Unexpected error.', {
    ...location,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: context.requestId },
  });
}

export function useGatewayErrors(): Plugin<GatewayContext> {
  return {
    onExecute({ args }) {
      const context = args.contextValue as GatewayContext;
      return {
        onExecuteDone({ result, setResult }) {
          const single = result as ExecutionResult;
          if (!single.errors?.length) return;
          setResult({ ...single, errors: single.errors.map((error) => toCallerError(error, context)) });
        },
      };
    },
  };
}
