/**
 * Which types implement which interface (generated from the schema: `Node` is `AccessToken` or
 * `Client`), as both caches want it: Apollo's `possibleTypes`, and Graphcache's heuristic-free
 * fragment matching. Free of any client library, so importing it pulls in neither.
 */
import generated from './possible-types.js';

export const possibleTypes: Record<string, string[]> = generated.possibleTypes;

/** The Node type a global id names (ids are base64 of `Type:key`), or undefined for an id that is not one of the gateway's. */
export function typenameOfId(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  let decoded: string;
  try {
    decoded = atob(id);
  } catch {
    return undefined;
  }
  const typename = decoded.slice(0, decoded.indexOf(':'));
  return possibleTypes.Node?.includes(typename) ? typename : undefined;
}

/** A client's global id, from its numeric client id (what `Client.id` is for that client). */
export function clientGlobalId(clientId: string): string {
  return btoa(`Client:${clientId}`);
}
