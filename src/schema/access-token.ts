/** AccessToken and `tokens`: the tokens Authlete holds, as a Relay connection. */
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, tokensResolver } from '../resolvers/list-tokens.js';
import type { AccessTokenShape } from '../shapes.js';
import { TOKEN_REFETCH_LIMIT, accessTokenByKey, accessTokenKeyOf, parseAccessTokenKey } from '../resolvers/token-node.js';
import type { FieldCost } from '../security/operation-cost.js';
import { builder } from './builder.js';
import { connectionWithTotalCount, pageSizeArgument } from './connection.js';
import { clientIdentifier, subjectIdentifier } from './identifier.js';
import { addClientField } from './client.js';
import { Property } from './property.js';

export const AccessToken = builder.objectRef<AccessTokenShape>('AccessToken');

builder.node(AccessToken, {
  description:
    'A token Authlete holds, from its token list. Hashes only: Authlete never returns token values here. Its `id` is a ' +
    "global id made of its client, subject and access token hash: `node(id:)` refetches it by looking through that client's " +
    `tokens of that subject (up to ${TOKEN_REFETCH_LIMIT}). A refresh gives the token a new hash, so the id lives as long as ` +
    'its access token value.',
  id: { resolve: (token) => accessTokenKeyOf(token), parse: parseAccessTokenKey },
  loadWithoutCache: (key, context) => accessTokenByKey(key, context),
  fields: (t) => ({
    accessTokenHash: t.exposeString('accessTokenHash', {
      description: 'The hash of the access token; usable as `accessTokenIdentifier` to revoke or delete it.',
    }),
    refreshTokenHash: t.exposeString('refreshTokenHash', { description: 'The hash of the refresh token; null when there is none.' }),
    accessTokenExpiresAt: t.expose('accessTokenExpiresAt', {
      type: 'Timestamp',
      description: 'When the access token expires; 0 for a persistent token.',
    }),
    refreshTokenExpiresAt: t.expose('refreshTokenExpiresAt', {
      type: 'Timestamp',
      description: 'When the refresh token expires; 0 when there is no refresh token.',
    }),
    createdAt: t.expose('createdAt', { type: 'Timestamp', description: 'When the token was created (not changed by a refresh).' }),
    lastRefreshedAt: t.expose('lastRefreshedAt', { type: 'Timestamp', description: 'When the token was last refreshed; 0 if never.' }),
    clientId: t.expose('clientId', { type: 'Int64', description: 'The numeric id of the client the token belongs to.' }),
    subject: t.exposeString('subject', { description: "The resource owner's id; null for client credentials tokens." }),
    grantType: t.exposeString('grantType', { description: "The grant type the token was issued by, one of GrantType's names." }),
    scopes: t.exposeStringList('scopes', { description: 'The scopes of the access token.' }),
    properties: t.expose('properties', {
      type: [Property],
      description: 'Extra properties attached to the token.',
    }),
    refreshTokenScopes: t.exposeStringList('refreshTokenScopes', { description: 'The scopes of the refresh token.' }),
  }),
});

addClientField(
  AccessToken,
  'The client the token belongs to, looked up in Authlete once per client per request. Null, with the reason in `errors`, when the ' +
    'client no longer exists.',
  // One look-up per distinct client of the request, often shared: priced below a call.
  { upstream: 0.2 },
);

export const AccessTokenConnection = connectionWithTotalCount(AccessToken, 'AccessToken', 'tokens', 'token');

builder.queryField('tokens', (t) =>
  t.field({
    type: AccessTokenConnection,
    authScopes: { scope: 'tokens:read' },
    extensions: { cost: { upstream: 1, listArgument: ['first', 'last'], defaultItems: DEFAULT_PAGE_SIZE } satisfies FieldCost },
    description:
      "Needs the scope tokens:read. Tokens Authlete holds for the service, a client, a user, or a client's user (`GET …/auth/token/get/list`), " +
      'oldest first, a page at a time: forward with `first`/`after`, or backward with `last`/`before` (`last` alone: the newest ' +
      'tokens). Expired tokens drop out as Authlete purges them.',
    args: {
      clientIdentifier: t.arg.string({ description: 'Only the tokens of this client (numeric id or alias).', validate: clientIdentifier }),
      subject: t.arg.string({ description: 'Only the tokens of this user.', validate: subjectIdentifier }),
      first: t.arg.int(pageSizeArgument('tokens', MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, ' 0 returns only `totalCount` and `pageInfo`.')),
      after: t.arg.string({
        description:
          'Return the tokens after this cursor (an `endCursor` or edge `cursor` from a previous page, with the same filters). ' +
          'A token deleted, revoked or expired between two page loads never makes another live token disappear from the pages ' +
          'that follow; tokens created in the same millisecond as a deleted cursor token may show twice.',
      }),
      last: t.arg.int(
        pageSizeArgument('tokens', MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, ' Pages backward: the last tokens (the newest), or the ones before `before`. Not with `first` or `after`.'),
      ),
      before: t.arg.string({
        description:
          'Return the tokens before this cursor (a `startCursor` or edge `cursor`, with the same filters), in list order. Survives ' +
          'deletions between page loads as `after` does.',
      }),
    },
    resolve: (_root, args, context) => tokensResolver(args, context),
  }),
);
