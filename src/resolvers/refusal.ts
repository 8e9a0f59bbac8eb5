/**
 * Reads (`tokens`, `client`) have no `action` to carry Authlete's refusal as data, so a 400, 403,
 * 404 or 500 answer with Authlete's result body becomes a GraphQL error on that field, with the
 * result in `extensions.authlete`. A missing client on one token fails only that token's `client`.
 */
import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../error-codes.js';
import type { AuthleteAnswer } from '../upstream/authlete-client.js';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'AUTHLETE_BAD_REQUEST',
  403: 'AUTHLETE_FORBIDDEN',
  404: 'NOT_FOUND',
  500: 'AUTHLETE_INTERNAL_SERVER_ERROR',
};

export class AuthleteRefusalError extends GraphQLError {
  constructor(what: string, answer: AuthleteAnswer) {
    const { resultCode, resultMessage } = answer.body;
    const code: ErrorCode = CODE_BY_STATUS[answer.status] ?? 'AUTHLETE_REFUSED';
    super(code === 'NOT_FOUND' ? `${what} was not found` : `Authlete refused to return ${what.charAt(0).toLowerCase()}${what.slice(1)}`, {
      extensions: {
        code,
        authlete: {
          status: answer.status,
          resultCode: typeof resultCode === 'string' ? resultCode : null,
          resultMessage: typeof resultMessage === 'string' ? resultMessage : null,
        },
      },
    });
    this.name = 'AuthleteRefusalError';
  }
}
