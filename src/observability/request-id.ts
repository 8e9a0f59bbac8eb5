/**
 * The request id: taken from a well-formed `x-request-id` header, generated otherwise; the same
 * for every log line, masked error and the response header of one request.
 */
import { randomUUID } from 'node:crypto';

const REQUEST_ID = /^[\w.:-]{1,128}$/;
const ids = new WeakMap<Request, string>();

export function requestIdOf(request: Request): string {
  let id = ids.get(request);
  if (id === undefined) {
    const given = request.headers.get('x-request-id');
    id = given !== null && REQUEST_ID.test(given) ? given : randomUUID();
    ids.set(request, id);
  }
  return id;
}
