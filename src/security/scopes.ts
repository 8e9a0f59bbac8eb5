/** The scopes a caller's JWT grants, which operation needs which, and the refusal a caller sees. */
import { GraphQLError } from 'graphql';
import type { Caller } from './caller-auth.js';
import type { ErrorCode } from '../error-codes.js';

export const GATEWAY_SCOPES = ['tokens:create', 'tokens:read', 'tokens:update', 'tokens:revoke', 'tokens:introspect', 'clients:lock'] as const;
export type GatewayScope = (typeof GATEWAY_SCOPES)[number];

/** A further scope a field needs for some of its arguments (its `extensions.scopeFor`); undefined when none. */
export type ArgumentScope = (args: Record<string, unknown>) => GatewayScope | undefined;

export function hasScope(caller: Caller, scope: GatewayScope): boolean {
  return caller.scopes === 'all' || caller.scopes.has(scope);
}

/** FORBIDDEN, naming the scope the caller lacks (`extensions.requiredScope`). */
export function forbiddenError(scope: string | undefined, options: { path?: ReadonlyArray<string | number>; httpStatus?: number } = {}): GraphQLError {
  return new GraphQLError(scope ? `Forbidden: this needs the scope "${scope}".` : 'Forbidden.', {
    ...(options.path ? { path: options.path } : {}),
    extensions: {
      code: 'FORBIDDEN' satisfies ErrorCode,
      ...(scope ? { requiredScope: scope } : {}),
      ...(options.httpStatus ? { http: { status: options.httpStatus } } : {}),
    },
  });
}
