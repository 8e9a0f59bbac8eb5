/**
 * introspectToken: what Authlete knows about an access token, for a support screen ("is this token
 * live, whose is it, which scopes, until when"). The token is a secret: the field takes it over
 * POST only (usePostOnlyFields), and it never reaches a log, an error, a trace or a metric.
 */
import { introspectTokenResolver } from '../resolvers/token-introspection.js';
import type { FieldCost } from '../security/operation-cost.js';
import { INTROSPECTION_ACTIONS, type TokenIntrospectionResult } from '../shapes.js';
import { actionEnum } from './action.js';
import { AuthzDetails } from './authz-details.js';
import { builder } from './builder.js';
import { addClientField } from './client.js';
import { subjectIdentifier, tokenIdentifier } from './identifier.js';
import { Property } from './property.js';

export const TokenIntrospectionAction = actionEnum(
  'TokenIntrospectionAction',
  "Authlete's verdict on an introspected access token (what a resource server would do with it).",
  INTROSPECTION_ACTIONS,
  {
    BAD_REQUEST: 'No token was given.',
    FORBIDDEN: 'The token is live, but lacks a scope asked about, or belongs to another subject than the one asked about.',
    OK: 'The token is live and covers the scopes (and subject) asked about.',
  },
);

export const TokenIntrospection = builder.objectRef<TokenIntrospectionResult>('TokenIntrospection').implement({
  description:
    "Authlete's answer to introspecting an access token (`POST …/auth/introspection`). Never holds the token itself.",
  fields: (t) => ({
    action: t.expose('action', { type: TokenIntrospectionAction, nullable: false, description: 'The verdict (see the enum).' }),
    resultCode: t.exposeString('resultCode', { description: "Authlete's result code." }),
    resultMessage: t.exposeString('resultMessage', { description: "Authlete's result message." }),
    existent: t.exposeBoolean('existent', { description: 'True when the token exists (it may have expired).' }),
    usable: t.exposeBoolean('usable', { description: 'True when the token exists and has not expired.' }),
    sufficient: t.exposeBoolean('sufficient', { description: 'True when the token covers every scope asked about.' }),
    refreshable: t.exposeBoolean('refreshable', { description: 'True when the token has a refresh token that has not expired.' }),
    clientId: t.expose('clientId', { type: 'Int64', description: 'The numeric id of the client the token was issued to.' }),
    clientIdAlias: t.exposeString('clientIdAlias', { description: "The client's id alias." }),
    subject: t.exposeString('subject', { description: "The user the token was issued for; null for a client's own token (CLIENT_CREDENTIALS)." }),
    scopes: t.exposeStringList('scopes', { description: "The token's scopes." }),
    expiresAt: t.expose('expiresAt', { type: 'Timestamp', description: 'When the access token expires (0: never).' }),
    grantType: t.exposeString('grantType', { description: 'The grant type the token was issued by, one of GrantType\'s names (a string, so newer values come through).' }),
    properties: t.expose('properties', { type: [Property], description: "The token's extra properties, hidden ones included." }),
    authorizationDetails: t.expose('authorizationDetails', { type: AuthzDetails, description: 'RFC 9396 authorization details of the token.' }),
    certificateThumbprint: t.exposeString('certificateThumbprint', { description: 'The client certificate the token is bound to (RFC 8705), if any.' }),
    resources: t.exposeStringList('resources', { description: 'The resources (RFC 8707) asked about.' }),
    accessTokenResources: t.exposeStringList('accessTokenResources', { description: 'The resources (RFC 8707) the token is for.' }),
    acr: t.exposeString('acr', { description: "The authentication context class of the user's authentication." }),
    authTime: t.expose('authTime', { type: 'Timestamp', description: 'When the user authenticated (seconds since the epoch, as Authlete gives it).' }),
    grantId: t.exposeString('grantId', { description: 'The grant id (Grant Management for OAuth 2.0), if any.' }),
    forExternalAttachment: t.exposeBoolean('forExternalAttachment', { description: 'Whether the token is for OIDC4IDA external attachments.' }),
  }),
});

addClientField(
  TokenIntrospection,
  'The client the token was issued to (the same Client as `clients` returns). Null when the token does not exist.',
  { upstream: 1 },
);

builder.queryField('introspectToken', (t) =>
  t.field({
    type: TokenIntrospection,
    authScopes: { scope: 'tokens:introspect' },
    extensions: { cost: { upstream: 1 } satisfies FieldCost, postOnly: true },
    description:
      "Needs the scope tokens:introspect. What Authlete knows about an access token, given by value: whether it exists, is live, and " +
      'covers the given scopes and subject; whose it is; until when. For support screens ("a customer pasted a token"). The token ' +
      'is a secret: send the operation with POST (over GET it is refused, HTTP 405), preferably as a variable; the gateway never ' +
      'logs it (only the start of its SHA-256) and never returns it.',
    args: {
      token: t.arg.string({ required: true, description: 'The access token, by value.', validate: tokenIdentifier }),
      scopes: t.arg.stringList({ description: 'Scopes the token must cover (`sufficient`, and FORBIDDEN when one is missing).' }),
      subject: t.arg.string({ description: 'The user the token must belong to (FORBIDDEN otherwise).', validate: subjectIdentifier }),
    },
    resolve: (_root, args, context) => introspectTokenResolver(args, context),
  }),
);
