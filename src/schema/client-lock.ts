/** setClientLock: lock a client (Authlete issues it nothing more) or unlock it. */
import { setClientLockResolver } from '../resolvers/client-lock.js';
import type { FieldCost } from '../security/operation-cost.js';
import { MUTATION_RESULT_NOTE } from './action.js';
import { builder } from './builder.js';
import { Client } from './client.js';
import { clientIdentifier } from './identifier.js';

export const SetClientLockInput = builder.inputType('SetClientLockInput', {
  description: 'The client to lock or unlock.',
  fields: (t) => ({
    clientIdentifier: t.string({ required: true, description: 'The client, by numeric id or alias.', validate: clientIdentifier }),
    locked: t.boolean({ required: true, description: 'True to lock the client, false to unlock it.' }),
  }),
});

builder.mutationField('setClientLock', (t) =>
  t.field({
    type: Client,
    authScopes: { scope: 'clients:lock' },
    // The update, then the client read back.
    extensions: { cost: { upstream: 2 } satisfies FieldCost },
    description:
      'Needs the scope clients:lock. Lock a client, so that Authlete issues it nothing more (`POST …/client/lock_flag/update/' +
      '{clientIdentifier}`), or unlock it. Answers the Client as Authlete has it right after the update (read past every cache; ' +
      "the gateway's client cache, and other copies' sharing its Redis, show the new state at once). Not retried; the client's " +
      'existing tokens are not revoked (revokeTokens with its clientIdentifier does that).' +
      MUTATION_RESULT_NOTE,
    args: { input: t.arg({ type: SetClientLockInput, required: true, description: 'The client and the new lock state.' }) },
    resolve: (_root, { input }, context) => setClientLockResolver(input, context),
  }),
);
