/**
 * Which types implement which interface (generated from the schema: `Node` is `AccessToken` or
 * `Client`), as both caches want it: Apollo's `possibleTypes`, and Graphcache's heuristic-free
 * fragment matching. Free of any client library, so importing it pulls in neither.
 */
import generated from './possible-types.js';

export const possibleTypes: Record<string, string[]> = generated.possibleTypes;
