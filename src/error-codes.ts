/**
 * Every `extensions.code` the gateway returns, in one list: the code literals in the code base
 * are checked against it (`satisfies ErrorCode`), and the metrics' `code` label set is this list
 * (anything else would be counted as OTHER). README's error tables describe each.
 */
export const ERROR_CODES = [
  // Bad requests, refused before any call to Authlete.
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  // Who may do what.
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'RATE_LIMIT_UNAVAILABLE',
  'PERSISTED_QUERY_ONLY',
  'PERSISTED_QUERY_NOT_FOUND',
  // Authlete's refusals of a read.
  'NOT_FOUND',
  'AUTHLETE_BAD_REQUEST',
  'AUTHLETE_FORBIDDEN',
  'AUTHLETE_INTERNAL_SERVER_ERROR',
  'AUTHLETE_REFUSED',
  // Authlete could not be used.
  'UPSTREAM_UNAUTHORIZED',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_BAD_RESPONSE',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_BUDGET_EXCEEDED',
  // Anything else, masked.
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
