/**
 * Reads (`tokens`, `client`) have no `action` to carry Authlete's refusal as data, so a 400, 403,
 * 404 or 500 answer with Authlete's result body becomes a GraphQL error on that field, with the
 * result in `extensions.authlete`. A missing client on one token fails only that token's `client`.
 */
import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../error-codes.js';
import { isSuccessStatus, type AuthleteAnswer } from '../upstream/authlete-client.js';
import { UpstreamBadResponseError } from '../upstream/errors.js';
import type { ResultAnswer } from '../upstream/wire.js';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'AUTHLETE_BAD_REQUEST',
  403: 'AUTHLETE_FORBIDDEN',
  404: 'NOT_FOUND',
  500: 'AUTHLETE_INTERNAL_SERVER_ERROR',
};

/** How an error names what the caller asked for: quoted, and cut at 64 characters (an identifier may run to 2048). */
export function quoted(value: string): string {
  return JSON.stringify(value.length > 64 ? `${value.slice(0, 64)}…` : value);
}

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

/**
 * A list read's entries (the answer's `member`) and Authlete's count of all of them: a refusal
 * becomes an AuthleteRefusalError, entries that are not an array an UpstreamBadResponseError.
 */
export function listEntries<Member extends string, Entry>(
  what: string,
  endpoint: string,
  answer: AuthleteAnswer<ResultAnswer & { totalCount?: number | null } & { [K in Member]?: Entry[] | null }>,
  member: Member,
): { entries: Entry[]; totalCount: number | null } {
  if (!isSuccessStatus(answer.status)) throw new AuthleteRefusalError(what, answer);
  const entries = answer.body[member] ?? [];
  if (!Array.isArray(entries)) throw new UpstreamBadResponseError(endpoint, answer.status, `"${member}" is not an array`);
  const { totalCount } = answer.body;
  return { entries, totalCount: typeof totalCount === 'number' ? totalCount : null };
}

/**
 * An Error as an item's value, typed as the item it stands for: `nodes(ids:)` resolves its ids
 * together, and graphql-js turns an Error value into that one item's error (null, with the reason
 * in `errors`), where a thrown one would fail every id of the list.
 */
export function asItemError<Item>(error: unknown): Item {
  return (error instanceof Error ? error : new Error(String(error))) as Item;
}
