/**
 * The emulator's incident-response endpoints over its state: a user's authorized clients (the
 * clients that hold live tokens for the user), revoking one client's authorization for a user
 * (its tokens), a user's granted scopes per client (recorded when a token is issued for the
 * user), forgetting them, and a client's lock flag (a locked client is refused by
 * `auth/token/create`). Result code A137001 and its message are Authlete's (the spec's example);
 * the others are the emulator's own, in Authlete's format.
 */
import type {
  ClientAuthorizationDeleteAnswer,
  ClientAuthorizationListAnswer,
  ClientLockUpdateAnswer,
  GrantedScopesAnswer,
  GrantedScopesDeleteAnswer,
} from '../upstream/wire.js';
import { result, type EmulatorAnswer } from './answers.js';
import { clientLimitedJson, type EmulatedClient } from './clients.js';
import { listRange } from './token-lifecycle.js';
import type { TokenStore } from './token-store.js';

const LOCK_PATH = '/client/lock_flag/update';
const AUTHORIZATION_LIST_PATH = '/client/authorization/get/list';
const AUTHORIZATION_DELETE_PATH = '/client/authorization/delete';
const GRANTED_SCOPES_GET_PATH = '/client/granted_scopes/get';
const GRANTED_SCOPES_DELETE_PATH = '/client/granted_scopes/delete';

/** The `subject` query parameter, or the 400 that Authlete answers without it. */
function subjectOf(query: URLSearchParams, path: string): string | EmulatorAnswer {
  const subject = query.get('subject');
  return subject ? subject : result(400, 'A137201', `${path}, The "subject" parameter is missing.`);
}

/** The client a path names (numeric id or alias), or the 404. */
function clientOf(identifier: string, store: TokenStore, path: string): EmulatedClient | EmulatorAnswer {
  return store.clients.find(identifier) ?? result(404, 'A137301', `${path}, The client (ID = ${identifier}) does not exist.`);
}

/** `POST /client/lock_flag/update/{clientIdentifier}` with `{"clientLocked": true|false}`. */
export function updateClientLock(identifier: string, body: Record<string, unknown>, store: TokenStore, now: number): EmulatorAnswer<ClientLockUpdateAnswer> {
  const client = clientOf(identifier, store, LOCK_PATH);
  if ('status' in client) return client;
  if (typeof body.clientLocked !== 'boolean') return result(400, 'A137202', `${LOCK_PATH}, "clientLocked" must be a boolean.`);
  store.clients.setLocked(client, body.clientLocked, now);
  return result(200, 'A137002', `${LOCK_PATH}, The client (ID = ${client.clientId}) was ${client.locked ? 'locked' : 'unlocked'}.`) as EmulatorAnswer<ClientLockUpdateAnswer>;
}

/**
 * `GET /client/authorization/get/list?subject=&start=&end=`: the clients holding live tokens for
 * the user, in the order of their first such token.
 */
export function listAuthorizedClients(query: URLSearchParams, store: TokenStore, now: number): EmulatorAnswer<ClientAuthorizationListAnswer> {
  const subject = subjectOf(query, AUTHORIZATION_LIST_PATH);
  if (typeof subject !== 'string') return subject;
  const range = listRange(query);
  if (range === null) return result(400, 'A137203', `${AUTHORIZATION_LIST_PATH}, "start" and "end" must be integers with start <= end.`);
  const clientIds = [...new Set(store.list({ subject }, now).map((token) => token.clientId))];
  const clients = clientIds.map((clientId) => store.clients.find(clientId)).filter((client) => client !== undefined);
  return {
    status: 200,
    body: {
      start: range.start,
      end: range.end,
      subject,
      totalCount: clients.length,
      clients: clients.slice(range.start, range.end).map(clientLimitedJson),
    },
  };
}

/** `DELETE /client/authorization/delete/{clientId}?subject=`: every token of the client for the user. */
export function deleteClientAuthorization(identifier: string, query: URLSearchParams, store: TokenStore, now: number): EmulatorAnswer<ClientAuthorizationDeleteAnswer> {
  const subject = subjectOf(query, AUTHORIZATION_DELETE_PATH);
  if (typeof subject !== 'string') return subject;
  const client = clientOf(identifier, store, AUTHORIZATION_DELETE_PATH);
  if ('status' in client) return client;
  const tokens = store.list({ clientId: client.clientId, subject }, now);
  for (const token of tokens) store.remove(token);
  return {
    status: 200,
    body: {
      resultCode: 'A137001',
      resultMessage: `[A137001] Deleted ${tokens.length} access token(s) issued to the client (ID = ${client.clientId}) of the service.`,
    },
  };
}

/**
 * `GET /client/granted_scopes/get/{clientId}?subject=`: what the user granted the client. With no
 * record, the scope members are absent (Authlete's null: "the user has not granted authorization").
 */
export function getGrantedScopes(identifier: string, query: URLSearchParams, store: TokenStore, serviceId: string): EmulatorAnswer<GrantedScopesAnswer> {
  const subject = subjectOf(query, GRANTED_SCOPES_GET_PATH);
  if (typeof subject !== 'string') return subject;
  const client = clientOf(identifier, store, GRANTED_SCOPES_GET_PATH);
  if ('status' in client) return client;
  const grant = store.grant(client.clientId, subject);
  return {
    status: 200,
    body: {
      serviceApiKey: BigInt(serviceId),
      clientId: client.clientId,
      subject,
      ...(grant
        ? { latestGrantedScopes: [...grant.latestGrantedScopes], mergedGrantedScopes: [...grant.mergedGrantedScopes], modifiedAt: grant.modifiedAt }
        : {}),
    },
  };
}

/** `DELETE /client/granted_scopes/delete/{clientId}?subject=`: forgets the grant; tokens stay. */
export function deleteGrantedScopes(identifier: string, query: URLSearchParams, store: TokenStore): EmulatorAnswer<GrantedScopesDeleteAnswer> {
  const subject = subjectOf(query, GRANTED_SCOPES_DELETE_PATH);
  if (typeof subject !== 'string') return subject;
  const client = clientOf(identifier, store, GRANTED_SCOPES_DELETE_PATH);
  if ('status' in client) return client;
  const deleted = store.deleteGrant(client.clientId, subject);
  return result(
    200,
    'A138001',
    `${GRANTED_SCOPES_DELETE_PATH}, ${deleted ? 'Deleted the' : 'There were no'} granted scopes of the user for the client (ID = ${client.clientId}).`,
  );
}
