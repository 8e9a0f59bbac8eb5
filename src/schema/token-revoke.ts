/** revokeTokens: revoke one token pair, or all of a client's or a user's tokens. */
import { z } from 'zod';
import { revokeTokensResolver } from '../resolvers/token-revoke.js';
import { TOKEN_REMOVAL_ACTIONS, type TokenRevokeResult } from '../shapes.js';
import { MUTATION_RESULT_NOTE, actionEnum } from './action.js';
import { builder } from './builder.js';
import { clientIdentifier, subjectIdentifier, tokenIdentifier } from './identifier.js';

export const RevokeTokensInput = builder.inputType('RevokeTokensInput', {
  description:
    "The fields of Authlete's token-revoke request (`POST /api/{serviceId}/auth/token/revoke`). Authlete applies " +
    'the first that applies: `accessTokenIdentifier` (that token and its refresh token; the rest is ignored), else ' +
    '`refreshTokenIdentifier` (likewise), else `clientIdentifier` with `subject` (that user\'s tokens of that ' +
    'client), else `clientIdentifier` (all of the client\'s tokens), else `subject` (all of the user\'s tokens). ' +
    'At least one is required.',
  fields: (t) => ({
    accessTokenIdentifier: t.string({ description: 'An access token, by value or hash.', validate: tokenIdentifier }),
    refreshTokenIdentifier: t.string({ description: 'A refresh token, by value or hash.', validate: tokenIdentifier }),
    clientIdentifier: t.string({ description: 'A client, by numeric id or alias.', validate: clientIdentifier }),
    subject: t.string({ description: "A user's unique id.", validate: subjectIdentifier }),
  }),
  validate: z
    .looseObject({
      accessTokenIdentifier: z.string().nullish(),
      refreshTokenIdentifier: z.string().nullish(),
      clientIdentifier: z.string().nullish(),
      subject: z.string().nullish(),
    })
    .refine(
      (input) => Boolean(input.accessTokenIdentifier || input.refreshTokenIdentifier || input.clientIdentifier || input.subject),
      {
        message: 'give at least one of accessTokenIdentifier, refreshTokenIdentifier, clientIdentifier, subject',
        path: ['accessTokenIdentifier'],
      },
    ),
});

export const TokenRevokeResponseAction = actionEnum(
  'TokenRevokeResponseAction',
  "The outcome of a token-revoke request. Authlete's revoke answer has no `action`; the gateway derives it " +
    'from the HTTP status (200: OK, 400: BAD_REQUEST, 403: FORBIDDEN, 404: NOT_FOUND, 500: INTERNAL_SERVER_ERROR).',
  TOKEN_REMOVAL_ACTIONS,
  {
    NOT_FOUND: 'What the request names (e.g. the client) does not exist.',
    OK: 'The matching tokens were revoked; `count` says how many (possibly 0).',
  },
);

export const TokenRevokeResponse = builder.objectRef<TokenRevokeResult>('TokenRevokeResponse').implement({
  description: "Authlete's answer to a token-revoke request.",
  fields: (t) => ({
    resultCode: t.exposeString('resultCode', { description: "Authlete's result code, e.g. A312001." }),
    resultMessage: t.exposeString('resultMessage', { description: "Authlete's result message." }),
    action: t.expose('action', {
      type: TokenRevokeResponseAction,
      nullable: false,
      description: 'The outcome (derived from the HTTP status; see the enum).',
    }),
    count: t.exposeInt('count', { description: 'How many access tokens were revoked; 0 when the request was refused.' }),
  }),
});

builder.mutationField('revokeTokens', (t) =>
  t.field({
    type: TokenRevokeResponse,
    authScopes: { scope: 'tokens:revoke' },
    description: 'Needs the scope tokens:revoke. Revoke tokens (`POST /api/{serviceId}/auth/token/revoke`). Not retried. An empty input is refused before any call.' + MUTATION_RESULT_NOTE,
    args: { input: t.arg({ type: RevokeTokensInput, required: true, description: 'What to revoke.' }) },
    resolve: (_root, { input }, context) => revokeTokensResolver(input, context),
  }),
);
