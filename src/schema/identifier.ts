/**
 * The rules for identifiers a caller names (tokens by value or hash, clients by id or alias,
 * users). Some travel as a path segment of an Authlete URL (`…/auth/token/delete/{id}`,
 * `…/client/get/{id}`): `encodeURIComponent` leaves dots alone, so `..` would reach Authlete as a
 * dot segment that any URL-normalising hop (a proxy, a load balancer) resolves to another path.
 * A lone surrogate cannot be encoded at all. So every identifier is refused, with
 * BAD_USER_INPUT and before any call, when it is empty, longer than its limit, not well-formed
 * Unicode, or a dot segment in any percent-encoding.
 */
import { z } from 'zod';

/** Token values (a JWT access token can run to kilobytes) and hashes. */
export const MAX_TOKEN_IDENTIFIER_LENGTH = 4096;
/** Client ids, aliases, and client ids that are metadata-document URLs. */
export const MAX_CLIENT_IDENTIFIER_LENGTH = 2048;
/** A user's id as a filter or a revoke target (Authlete's own subjects are at most 100 ASCII characters). */
export const MAX_SUBJECT_LENGTH = 1024;

/** `.` or `..`, written plainly or with `%2e`, however many times `%` itself was encoded. */
export function isDotSegment(value: string): boolean {
  if (value.length > 64) return false;
  let decoded = value;
  while (/%25/i.test(decoded)) decoded = decoded.replace(/%25/gi, '%');
  decoded = decoded.replace(/%2e/gi, '.');
  return decoded === '.' || decoded === '..';
}

export function identifierSchema(maxLength: number) {
  return z
    .string()
    .min(1, 'must not be empty')
    .max(maxLength, `must be at most ${maxLength} characters`)
    .refine((value) => value.isWellFormed(), 'must be well-formed Unicode (it holds a lone surrogate)')
    .refine((value) => !isDotSegment(value), 'must not be "." or ".." (in any percent-encoding)');
}

export const tokenIdentifier = identifierSchema(MAX_TOKEN_IDENTIFIER_LENGTH);
export const clientIdentifier = identifierSchema(MAX_CLIENT_IDENTIFIER_LENGTH);
export const subjectIdentifier = identifierSchema(MAX_SUBJECT_LENGTH);

/** A numeric client id as an argument: Authlete's ids are positive. */
export const numericClientId = z.bigint().positive('must be a positive client id');
