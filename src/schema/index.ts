/** The gateway's GraphQL schema: each domain file registers its types and root fields. */
import { builder } from './builder.js';
import './grant-type.js';
import './property.js';
import './authz-details.js';
import './client.js';
import './token-create.js';
import './access-token.js';
import './token-update.js';
import './token-revoke.js';
import './token-delete.js';
import './client-authorization.js';
import './client-lock.js';
import './token-introspection.js';
import './gateway.js';

export const schema = builder.toSchema({ sortSchema: false });

/**
 * Fail closed: every root field says who may call it (`authScopes: { scope }`, or `{ public: true }`
 * for any authenticated caller). Pothos leaves a field without `authScopes` open to every caller,
 * so a root field added without one would be; here the schema refuses to build instead.
 */
function assertEveryRootFieldHasScopes(built: typeof schema): void {
  const open: string[] = [];
  for (const root of [built.getQueryType(), built.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const options = field.extensions.pothosOptions as { authScopes?: unknown } | undefined;
      if (options?.authScopes === undefined) open.push(`${root!.name}.${field.name}`);
    }
  }
  if (open.length > 0) throw new Error(`Root fields without authScopes (a scope, or public: true): ${open.join(', ')}`);
}

assertEveryRootFieldHasScopes(schema);
