/**
 * Global object identification (Relay): how ids are read. An id is Pothos's default encoding,
 * base64 of `Type:key`, opaque to clients and stable across requests and gateway copies (it is
 * computed from the object, never stored). An id that is not one of ours is BAD_USER_INPUT,
 * never a masked internal error.
 */
import { decodeGlobalID } from '@pothos/plugin-relay';
import { invalidGlobalId } from '../resolvers/input-errors.js';

/** The types that implement Node; `node(id:)` refuses any other. */
export const NODE_TYPES = ['AccessToken', 'Client'] as const;

export function decodeGatewayGlobalID(globalID: string): { typename: string; id: string } {
  if (globalID.length > 8192) throw invalidGlobalId('is too long to be an id of this gateway');
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalID);
  } catch {
    throw invalidGlobalId();
  }
  if (!(NODE_TYPES as readonly string[]).includes(decoded.typename)) throw invalidGlobalId();
  return decoded;
}
