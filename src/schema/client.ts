/** Client: an OAuth client registered in Authlete, as an admin dashboard shows it. */
import type { ObjectRef } from '@pothos/core';
import { clientByKey, clientOfToken, clientResolver } from '../resolvers/client.js';
import { invalidGlobalId } from '../resolvers/input-errors.js';
import { DEFAULT_CLIENT_PAGE_SIZE, MAX_CLIENT_PAGE_SIZE, clientsResolver } from '../resolvers/list-clients.js';
import type { ClientShape, Int64Value } from '../shapes.js';
import type { FieldCost } from '../security/operation-cost.js';
import { builder, type SchemaTypes } from './builder.js';
import { connectionWithTotalCount, pageSizeArgument } from './connection.js';
import { clientIdentifier, subjectIdentifier } from './identifier.js';

export const Client = builder.objectRef<ClientShape>('Client');

/** A client's global id stands for its numeric client id. */
function parseClientKey(key: string): string {
  if (!/^\d{1,19}$/.test(key)) throw invalidGlobalId();
  return key;
}

builder.node(Client, {
  description:
    'An OAuth client registered in Authlete (`GET /api/{serviceId}/client/get/{clientId}`). Secrets and keys ' +
    'are never exposed. Its `id` is a global id: `node(id:)` refetches it.',
  id: {
    resolve: (client) => {
      if (client.clientId == null) throw new Error('Authlete returned a client without clientId');
      return String(client.clientId);
    },
    parse: parseClientKey,
  },
  loadWithoutCache: (clientId, context) => clientByKey(clientId, context),
  fields: (t) => ({
    clientId: t.expose('clientId', { type: 'Int64', description: "The client's numeric id." }),
    clientIdAlias: t.exposeString('clientIdAlias', { description: "The client id alias, usable wherever a client identifier is." }),
    clientName: t.exposeString('clientName', { description: "The client's name." }),
    description: t.exposeString('description', { description: "The client's description." }),
    clientType: t.exposeString('clientType', { description: 'PUBLIC or CONFIDENTIAL (RFC 6749 client type).' }),
    applicationType: t.exposeString('applicationType', { description: 'WEB or NATIVE (OpenID Connect application type); may be null.' }),
    grantTypes: t.exposeStringList('grantTypes', {
      description: "The grant types the client may use, by GrantType's names (strings, so newer values come through).",
    }),
    responseTypes: t.exposeStringList('responseTypes', { description: 'The response types the client may use, e.g. CODE.' }),
    redirectUris: t.exposeStringList('redirectUris', { description: "The client's registered redirect URIs." }),
    tokenAuthMethod: t.exposeString('tokenAuthMethod', {
      description: "How the client authenticates at the token endpoint, e.g. CLIENT_SECRET_BASIC, PRIVATE_KEY_JWT, NONE.",
    }),
    developer: t.exposeString('developer', { description: "The client's developer." }),
    logoUri: t.exposeString('logoUri', { description: "The URL of the client's logo." }),
    clientUri: t.exposeString('clientUri', { description: "The URL of the client's home page." }),
    createdAt: t.expose('createdAt', { type: 'Timestamp', description: 'When the client was registered.' }),
    modifiedAt: t.expose('modifiedAt', { type: 'Timestamp', description: 'When the client was last modified.' }),
    locked: t.boolean({
      nullable: false,
      description: 'True when the client is locked: Authlete issues it nothing (`setClientLock` changes it).',
      resolve: (client) => client.locked ?? false,
    }),
    dynamicallyRegistered: t.exposeBoolean('dynamicallyRegistered', {
      description: 'True when the client was registered through Dynamic Client Registration.',
    }),
  }),
});

/**
 * The `client` field of an object that names a client (a token, a created token's answer): the
 * Client, looked up once per client per request (and shared across requests for
 * CLIENT_CACHE_TTL_SECONDS). Needs tokens:read wherever it appears.
 */
export function addClientField<Parent extends { clientId?: Int64Value | null; clientIdentifier?: string | null }>(
  parent: ObjectRef<SchemaTypes, Parent>,
  description: string,
  cost?: FieldCost,
): void {
  builder.objectField(parent, 'client', (t) =>
    t.field({
      type: Client,
      authScopes: { scope: 'tokens:read' },
      ...(cost ? { extensions: { cost } } : {}),
      description: `Needs the scope tokens:read. ${description}`,
      resolve: (object, _args, context) => clientOfToken(object, context),
    }),
  );
}

builder.queryField('client', (t) =>
  t.field({
    type: Client,
    authScopes: { scope: 'tokens:read' },
    extensions: { cost: { upstream: 1 } satisfies FieldCost },
    description:
      'Needs the scope tokens:read. A client, by numeric id or alias. Null, with the reason in `errors` (NOT_FOUND when it does not exist), ' +
      'when Authlete does not return it.',
    args: {
      clientIdentifier: t.arg.string({
        required: true,
        description: 'The client id or client id alias.',
        validate: clientIdentifier,
      }),
    },
    resolve: (_root, { clientIdentifier }, context) => clientResolver(clientIdentifier, context),
  }),
);

export const ClientConnection = connectionWithTotalCount(Client, 'Client', 'clients', 'client');

builder.queryField('clients', (t) =>
  t.field({
    type: ClientConnection,
    authScopes: { scope: 'tokens:read' },
    extensions: { cost: { upstream: 1, listArgument: ['first', 'last'], defaultItems: DEFAULT_CLIENT_PAGE_SIZE } satisfies FieldCost },
    description:
      "Needs the scope tokens:read. The service's clients (`GET …/client/get/list`), a page at a time (forward with `first`/`after`, " +
      'backward with `last`/`before`), in Authlete\'s order: the ' +
      'first screen of a token dashboard. The same dashboard fields as `client(…)`, never a secret or key.',
    args: {
      developer: t.arg.string({ description: "Only this developer's clients.", validate: subjectIdentifier }),
      first: t.arg.int(pageSizeArgument('clients', MAX_CLIENT_PAGE_SIZE, DEFAULT_CLIENT_PAGE_SIZE)),
      after: t.arg.string({
        description: 'Return the clients after this cursor (an `endCursor` or edge `cursor` from a previous page, with the same filter).',
      }),
      last: t.arg.int(
        pageSizeArgument('clients', MAX_CLIENT_PAGE_SIZE, DEFAULT_CLIENT_PAGE_SIZE, ' Pages backward: the last clients (the newest registered), or the ones before `before`. Not with `first` or `after`.'),
      ),
      before: t.arg.string({ description: 'Return the clients before this cursor (a `startCursor` or edge `cursor`, with the same filter), in list order.' }),
    },
    resolve: (_root, args, context) => clientsResolver(args, context),
  }),
);
