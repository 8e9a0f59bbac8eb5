/** The scopes a caller's JWT grants, and which operation needs which. */
import type { Caller } from './caller-auth.js';

export const GATEWAY_SCOPES = ['tokens:create', 'tokens:read', 'tokens:update', 'tokens:revoke'] as const;
export type GatewayScope = (typeof GATEWAY_SCOPES)[number];

export function hasScope(caller: Caller, scope: GatewayScope): boolean {
  return caller.scopes === 'all' || caller.scopes.has(scope);
}
