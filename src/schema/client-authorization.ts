/**
 * What users granted clients, for incident response: the clients a user has authorized, the
 * scopes a user granted one client, and taking either back (the client's tokens for the user, or
 * the grant itself).
 */
import type { ObjectRef } from '@pothos/core';
import {
  DEFAULT_AUTHORIZED_CLIENT_PAGE_SIZE,
  MAX_AUTHORIZED_CLIENT_PAGE_SIZE,
  authorizedClientsResolver,
  grantedScopesResolver,
  removeClientGrantResolver,
} from '../resolvers/client-authorization.js';
import type { FieldCost } from '../security/operation-cost.js';
import { TOKEN_REMOVAL_ACTIONS, type ClientGrantRemovalResult, type GrantedScopesShape } from '../shapes.js';
import { MUTATION_RESULT_NOTE, actionEnum } from './action.js';
import { builder, type SchemaTypes } from './builder.js';
import { ClientConnection } from './client.js';
import { pageSizeArgument } from './connection.js';
import { numericClientId, subjectIdentifier } from './identifier.js';

const SUBJECT_NOTE = ' Sent to Authlete as a query parameter, byte for byte, whatever characters it holds.';

builder.queryField('authorizedClients', (t) =>
  t.field({
    type: ClientConnection,
    authScopes: { scope: 'tokens:read' },
    // One list read, then each client in full (shared with every other Client of the request, and cached).
    extensions: { cost: { upstream: 1, perItem: 1, listArgument: 'first', defaultItems: DEFAULT_AUTHORIZED_CLIENT_PAGE_SIZE } satisfies FieldCost },
    description:
      'Needs the scope tokens:read. The clients a user has authorized (`GET …/client/authorization/get/list?subject=…`), a page at a ' +
      'time, in Authlete\'s order: "which apps can act for this user". Each is the same Client as `clients` and `client(…)` ' +
      'return (same global id).',
    args: {
      subject: t.arg.string({ required: true, description: `The user's unique id.${SUBJECT_NOTE}`, validate: subjectIdentifier }),
      first: t.arg.int(pageSizeArgument('clients', MAX_AUTHORIZED_CLIENT_PAGE_SIZE, DEFAULT_AUTHORIZED_CLIENT_PAGE_SIZE)),
      after: t.arg.string({
        description: 'Return the clients after this cursor (an `endCursor` or edge `cursor` from a previous page, for the same subject).',
      }),
    },
    resolve: (_root, args, context) => authorizedClientsResolver(args, context),
  }),
);

export const GrantedScopes = builder.objectRef<GrantedScopesShape>('GrantedScopes').implement({
  description: 'The scopes a user has granted a client (`GET …/client/granted_scopes/get/{clientId}?subject=…`).',
  fields: (t) => ({
    clientId: t.expose('clientId', { type: 'Int64', description: "The client's numeric id." }),
    subject: t.exposeString('subject', { description: "The user's unique id." }),
    latestGrantedScopes: t.exposeStringList('latestGrantedScopes', {
      description: 'The scopes the user granted in the last authorization. Empty: the user authorized the client with no scope.',
    }),
    mergedGrantedScopes: t.exposeStringList('mergedGrantedScopes', {
      description: 'The scopes the user granted in all past authorizations, less the revoked ones.',
    }),
    modifiedAt: t.expose('modifiedAt', { type: 'Timestamp', description: 'When this record last changed.' }),
  }),
});

builder.queryField('grantedScopes', (t) =>
  t.field({
    type: GrantedScopes,
    nullable: true,
    authScopes: { scope: 'tokens:read' },
    extensions: { cost: { upstream: 1 } satisfies FieldCost },
    description:
      'Needs the scope tokens:read. What a user has granted a client. Null when the user granted it nothing (never authorized it, ' +
      'or the grant was deleted); null with the reason in `errors` (NOT_FOUND) when the client does not exist.',
    args: {
      clientId: t.arg({ type: 'Int64', required: true, description: "The client's numeric id.", validate: numericClientId }),
      subject: t.arg.string({ required: true, description: `The user's unique id.${SUBJECT_NOTE}`, validate: subjectIdentifier }),
    },
    resolve: (_root, args, context) => grantedScopesResolver(args, context),
  }),
);

/** The input, action enum and answer of one of the two removals, and its root field. */
function clientGrantRemoval(options: {
  field: 'revokeClientAuthorization' | 'deleteGrantedScopes';
  typeName: string;
  what: string;
  endpoint: string;
  ok: string;
}): ObjectRef<SchemaTypes, ClientGrantRemovalResult> {
  const { field, typeName, what, endpoint, ok } = options;
  const Input = builder.inputType(`${typeName}Input`, {
    description: `The client and user whose ${what}.`,
    fields: (t) => ({
      clientId: t.field({ type: 'Int64', required: true, description: "The client's numeric id.", validate: numericClientId }),
      subject: t.string({ required: true, description: `The user's unique id.${SUBJECT_NOTE}`, validate: subjectIdentifier }),
    }),
  });
  const Action = actionEnum(
    `${typeName}ResponseAction`,
    `The outcome. Authlete's answer has no \`action\`; the gateway derives it from the HTTP status (200: OK, 400: BAD_REQUEST, ` +
      '403: FORBIDDEN, 404: NOT_FOUND, 500: INTERNAL_SERVER_ERROR).',
    TOKEN_REMOVAL_ACTIONS,
    { NOT_FOUND: 'The client does not exist.', OK: ok },
  );
  const Response = builder.objectRef<ClientGrantRemovalResult>(`${typeName}Response`).implement({
    description: `Authlete's answer to removing a user's ${what}.`,
    fields: (t) => ({
      clientId: t.expose('clientId', { type: 'Int64', nullable: false, description: "The client's numeric id, as the request named it." }),
      subject: t.exposeString('subject', { nullable: false, description: "The user's unique id, as the request named it." }),
      action: t.expose('action', { type: Action, nullable: false, description: 'The outcome (derived from the HTTP status; see the enum).' }),
      resultCode: t.exposeString('resultCode', { description: "Authlete's result code." }),
      resultMessage: t.exposeString('resultMessage', { description: "Authlete's result message." }),
    }),
  });
  builder.mutationField(field, (t) =>
    t.field({
      type: Response,
      authScopes: { scope: 'tokens:revoke' },
      extensions: { cost: { upstream: 1 } satisfies FieldCost },
      description: `Needs the scope tokens:revoke. Remove a user's ${what} (\`${endpoint}\`). Not retried.${MUTATION_RESULT_NOTE}`,
      args: { input: t.arg({ type: Input, required: true, description: 'The client and the user.' }) },
      resolve: (_root, { input }, context) => removeClientGrantResolver(field, input, context),
    }),
  );
  return Response;
}

export const RevokeClientAuthorizationResponse = clientGrantRemoval({
  field: 'revokeClientAuthorization',
  typeName: 'RevokeClientAuthorization',
  what: 'authorization of a client: every access token (and refresh token) the client holds for the user',
  endpoint: 'DELETE …/client/authorization/delete/{clientId}?subject=…',
  ok: "The client's tokens for the user were deleted (possibly none); `resultMessage` says how many.",
});

export const DeleteGrantedScopesResponse = clientGrantRemoval({
  field: 'deleteGrantedScopes',
  typeName: 'DeleteGrantedScopes',
  what: 'grant to a client (the scopes the user granted it), so that the user is asked again; existing tokens are kept',
  endpoint: 'DELETE …/client/granted_scopes/delete/{clientId}?subject=…',
  ok: 'The grant was deleted (or there was none).',
});
