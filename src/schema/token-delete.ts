/** deleteToken: delete one access token (and its refresh token) from Authlete. */
import { deleteTokenResolver } from '../resolvers/token-delete.js';
import { TOKEN_REMOVAL_ACTIONS, type TokenDeleteResult } from '../shapes.js';
import { MUTATION_RESULT_NOTE, actionEnum } from './action.js';
import { builder } from './builder.js';
import { tokenIdentifier } from './identifier.js';

export const TokenDeleteResponseAction = actionEnum(
  'TokenDeleteResponseAction',
  "The outcome of a token-delete request. Authlete's delete answers 204 without a body; the gateway derives " +
    'the outcome from the HTTP status (204: OK, 400: BAD_REQUEST, 403: FORBIDDEN, 404: NOT_FOUND, 500: INTERNAL_SERVER_ERROR).',
  TOKEN_REMOVAL_ACTIONS,
  { OK: 'The token was deleted.' },
);

export const TokenDeleteResponse = builder.objectRef<TokenDeleteResult>('TokenDeleteResponse').implement({
  description: 'The outcome of a token-delete request.',
  fields: (t) => ({
    deleted: t.exposeBoolean('deleted', { nullable: false, description: 'True when Authlete deleted the token.' }),
    accessTokenIdentifier: t.exposeString('accessTokenIdentifier', {
      nullable: false,
      description: 'The identifier the request named (token value or hash), as given.',
    }),
    action: t.expose('action', {
      type: TokenDeleteResponseAction,
      nullable: false,
      description: 'The outcome (derived from the HTTP status; see the enum).',
    }),
    resultCode: t.exposeString('resultCode', { description: "Authlete's result code when it refused; null on success (204 has no body)." }),
    resultMessage: t.exposeString('resultMessage', { description: "Authlete's result message when it refused." }),
  }),
});

builder.mutationField('deleteToken', (t) =>
  t.field({
    type: TokenDeleteResponse,
    authScopes: { scope: 'tokens:revoke' },
    description: 'Needs the scope tokens:revoke. Delete an access token (`DELETE /api/{serviceId}/auth/token/delete/{accessTokenIdentifier}`). Not retried.' + MUTATION_RESULT_NOTE,
    args: {
      accessTokenIdentifier: t.arg.string({
        required: true,
        description: 'The access token to delete, by value or hash (e.g. `accessTokenHash` from `tokens`).',
        validate: tokenIdentifier,
      }),
    },
    resolve: (_root, { accessTokenIdentifier }, context) => deleteTokenResolver(accessTokenIdentifier, context),
  }),
);
