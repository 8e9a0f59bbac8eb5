/**
 * Turns what resolvers and plugins throw into the GraphQL errors callers see:
 * - upstream failures become errors with a stable `extensions.code` (UPSTREAM_*) and
 *   `extensions.upstream` (the Authlete endpoint and the HTTP status it answered with, if any);
 * - anything unexpected is logged with the request id and masked, so no internal detail (and no
 *   secret that might be inside it) reaches the caller; the request id lets an operator find it.
 * Errors the gateway raises on purpose (GraphQLError, e.g. BAD_USER_INPUT) pass unchanged.
 *
 * Masking happens in two places. During execution, where the request's context (and its logger)
 * is at hand. And once more as the very last step before a result is written (`onResultProcess`),
 * which every answer passes through, whichever stage failed: request parsing, authentication,
 * variable coercion or a plugin. Yoga's own masking is therefore told to leave errors as they are
 * (`passErrorsThrough`): it has no way to know the request id, and it would log without one.
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import { isGraphQLError, rebuiltError } from './shared/errors.js';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../types.js';
import type { Logger } from '../logger.js';
import { requestIdOf } from '../observability/request-id.js';
import { UpstreamBadResponseError, UpstreamError, UpstreamTimeoutError } from '../upstream/errors.js';
import type { ErrorCode } from '../error-codes.js';

/** A GraphQLError raised on purpose: neither it nor anything it wraps is another kind of error. */
function isDeliberate(error: unknown): boolean {
  let current: unknown = error;
  while (isGraphQLError(current)) {
    if (current.originalError === undefined || current.originalError === null) return true;
    current = current.originalError;
  }
  return false;
}

/** `requestFailed`: nothing was executed, so the answer is an HTTP 500 (Yoga reads and strips `http`). */
function masked(error: GraphQLError | undefined, requestId: string, requestFailed = false): GraphQLError {
  return new GraphQLError('Unexpected error.', {
    ...(error ? { nodes: error.nodes, path: error.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode, requestId, ...(requestFailed ? { http: { status: 500 } } : {}) },
  });
}

function toCallerError(error: GraphQLError, context: GatewayContext): GraphQLError {
  const original = error.originalError;
  if (original === undefined || original === null || isGraphQLError(original)) return error;
  const location = { nodes: error.nodes, path: error.path };
  if (original instanceof UpstreamError) {
    return new GraphQLError(original.message, {
      ...location,
      extensions: {
        code: original.code,
        upstream: { endpoint: original.endpoint, ...(original.status === undefined ? {} : { status: original.status }) },
        ...((original instanceof UpstreamBadResponseError || original instanceof UpstreamTimeoutError) && original.tokenMayHaveBeenIssued
          ? { tokenMayHaveBeenIssued: true }
          : {}),
        requestId: context.requestId,
      },
    });
  }
  context.logger.error({ err: original, path: error.path?.join('.') }, 'unexpected error while resolving a field');
  return masked(error, context.requestId);
}

/**
 * Every error a caller sees has an `extensions.code`. graphql-js leaves some without one before
 * execution: variable coercion (a misspelled input field or enum value, a missing variable) and
 * an operation type the schema does not serve.
 */
function withCode(error: GraphQLError): GraphQLError {
  if (typeof error.extensions?.code === 'string') return error;
  const code: ErrorCode = error.message.startsWith('Variable "$') ? 'BAD_USER_INPUT' : 'BAD_REQUEST';
  return rebuiltError(error, { extensions: { ...error.extensions, code } });
}

/** For Yoga's `maskedErrors.maskError`: leave every error to this module's masking. */
export function passErrorsThrough(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

export function useErrorMasking(logger: Logger): Plugin<GatewayContext> {
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
    onResultProcess({ request, result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
      const errors = result.errors as readonly GraphQLError[];
      if (errors.every((error) => isDeliberate(error) && typeof error.extensions?.code === 'string')) return;
      const requestId = requestIdOf(request);
      const requestFailed = !('data' in result);
      setResult({
        ...result,
        errors: errors.map((error) => {
          if (isDeliberate(error) && typeof error.extensions?.code === 'string') return error;
          // Before execution: graphql-js's own refusals of the request, given a code.
          if (isDeliberate(error) && requestFailed) return withCode(error);
          // During execution, a GraphQLError without a code is the executor's complaint about what
          // a resolver returned (e.g. "Expected Iterable"): internal, so masked like any other.
          const cause = isGraphQLError(error) ? (error.originalError ?? error) : error;
          logger.error({ requestId, err: cause }, 'unexpected error while handling a request');
          return masked(isGraphQLError(error) ? error : undefined, requestId, requestFailed);
        }),
      });
    },
  };
}
