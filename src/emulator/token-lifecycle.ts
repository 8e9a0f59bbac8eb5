/**
 * The emulator's token lifecycle and admin reads: update, revoke, delete, list, and client get.
 * Result codes A135001 (update) and A312001 (revoke) are Authlete's; the others are the
 * emulator's own, in Authlete's format (Authlete does not document its error codes for these).
 */
import { randomBytes } from 'node:crypto';
import type { ClientAnswer, ClientListAnswer, TokenDeleteAnswer, TokenListAnswer, TokenRevokeAnswer, TokenUpdateAnswer } from '../upstream/wire.js';
import { integerField, isStringArray, nestedFields, result, type EmulatorAnswer } from './answers.js';
import { EMULATED_SERVICE, clientJson, clientLimitedJson } from './clients.js';
import { hashToken, type StoredToken, type TokenStore } from './token-store.js';

const UPDATE_PATH = '/auth/token/update';
const REVOKE_PATH = '/auth/token/revoke';
const DELETE_PATH = '/auth/token/delete';
const LIST_PATH = '/auth/token/get/list';
const CLIENT_PATH = '/client/get';
const CLIENT_LIST_PATH = '/client/get/list';
const DEFAULT_LIST_END = 5;

function durationOf(token: StoredToken, store: TokenStore): number {
  const client = store.clients.find(token.clientId);
  return client?.accessTokenDuration || EMULATED_SERVICE.accessTokenDuration;
}

function tokenTypeOf(token: StoredToken): string {
  return token.dpopKeyThumbprint ? 'DPoP' : 'Bearer';
}

function sameScopes(a: string[] | null, b: string[] | null): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

/** `POST /auth/token/update`: absent fields leave the token unchanged, as Authlete documents. */
export function updateToken(body: Record<string, unknown>, store: TokenStore, apiVersion: 'v2' | 'v3', now: number): EmulatorAnswer<TokenUpdateAnswer> {
  const { accessToken, accessTokenHash } = body;
  if (typeof accessToken !== 'string' && typeof accessTokenHash !== 'string') {
    return result(400, 'A135201', `${UPDATE_PATH}, Neither accessToken nor accessTokenHash is given.`, 'BAD_REQUEST');
  }
  // accessToken takes precedence; the store finds a token by its value or its hash.
  const token = store.findByAccessToken((typeof accessToken === 'string' ? accessToken : accessTokenHash) as string, now);
  if (!token) return result(404, 'A135301', `${UPDATE_PATH}, The access token does not exist.`, 'NOT_FOUND');

  const accessTokenExpiresAt = integerField(body.accessTokenExpiresAt);
  const refreshTokenExpiresAt = integerField(body.refreshTokenExpiresAt);
  if (accessTokenExpiresAt === 'invalid' || refreshTokenExpiresAt === 'invalid') {
    return result(400, 'A135202', `${UPDATE_PATH}, The expiration dates must be integers.`, 'BAD_REQUEST');
  }
  if (body.scopes != null && !isStringArray(body.scopes)) {
    return result(400, 'A135203', `${UPDATE_PATH}, "scopes" must be an array of strings.`, 'BAD_REQUEST');
  }
  const nested = nestedFields(body);
  if ('invalid' in nested) {
    return result(400, nested.invalid === 'properties' ? 'A135204' : 'A135205', `${UPDATE_PATH}, ${nested.why}`, 'BAD_REQUEST');
  }
  const { properties, authorizationDetails } = nested;

  if (body.scopes != null) {
    // Scopes the service does not support or the client may not request are ignored.
    const client = store.clients.find(token.clientId);
    const scopes = (body.scopes as string[]).filter((scope) => client?.requestableScopes.includes(scope));
    const changed = !sameScopes(scopes, token.scopes);
    token.scopes = scopes;
    if (token.refreshTokenHash) token.refreshTokenScopes = scopes;
    if (changed && body.accessTokenExpiresAtUpdatedOnScopeUpdate === true && token.accessTokenExpiresAt !== 0) {
      token.accessTokenExpiresAt = now + durationOf(token, store) * 1000;
    }
    if (changed && body.refreshTokenExpiresAtUpdatedOnScopeUpdate === true && token.refreshTokenHash) {
      token.refreshTokenExpiresAt = now + EMULATED_SERVICE.refreshTokenDuration * 1000;
    }
  }
  if (accessTokenExpiresAt !== null && accessTokenExpiresAt > 0n) token.accessTokenExpiresAt = Number(accessTokenExpiresAt);
  if (refreshTokenExpiresAt !== null && refreshTokenExpiresAt > 0n && token.refreshTokenHash) {
    token.refreshTokenExpiresAt = Number(refreshTokenExpiresAt);
  }
  if (body.accessTokenPersistent === true) token.accessTokenExpiresAt = 0;
  if (properties !== null) token.properties = properties;
  if (typeof body.certificateThumbprint === 'string') token.certificateThumbprint = body.certificateThumbprint;
  if (typeof body.dpopKeyThumbprint === 'string') token.dpopKeyThumbprint = body.dpopKeyThumbprint;
  if (authorizationDetails !== null) token.authorizationDetails = authorizationDetails;
  if (typeof body.forExternalAttachment === 'boolean') token.forExternalAttachment = body.forExternalAttachment;

  let value = typeof accessToken === 'string' ? accessToken : null;
  if (body.accessTokenValueUpdated === true) {
    value = randomBytes(32).toString('base64url');
    store.rekey(token, hashToken(value));
  }
  return {
    status: 200,
    body: {
      resultCode: 'A135001',
      resultMessage: '[A135001] Updated the access token successfully.',
      action: 'OK',
      accessToken: value,
      accessTokenExpiresAt: token.accessTokenExpiresAt,
      refreshTokenExpiresAt: token.refreshTokenExpiresAt,
      properties: token.properties,
      scopes: token.scopes,
      authorizationDetails: token.authorizationDetails,
      tokenType: tokenTypeOf(token),
      forExternalAttachment: token.forExternalAttachment,
      // API v3 only, as in the spec: v2's answer has no tokenId.
      ...(apiVersion === 'v3' ? { tokenId: token.tokenId } : {}),
    },
  };
}

/**
 * `POST /auth/token/revoke`, in Authlete's precedence: an access token, else a refresh token
 * (each with its pair), else the client's tokens for a subject, else a client's, else a subject's.
 */
export function revokeTokens(body: Record<string, unknown>, store: TokenStore, now: number): EmulatorAnswer<TokenRevokeAnswer> {
  const text = (name: string) => (typeof body[name] === 'string' && body[name] !== '' ? (body[name] as string) : undefined);
  const accessTokenIdentifier = text('accessTokenIdentifier');
  const refreshTokenIdentifier = text('refreshTokenIdentifier');
  const clientIdentifier = text('clientIdentifier');
  const subject = text('subject');

  let revoked: StoredToken[];
  if (accessTokenIdentifier !== undefined) {
    const token = store.findByAccessToken(accessTokenIdentifier, now);
    revoked = token ? [token] : [];
  } else if (refreshTokenIdentifier !== undefined) {
    const token = store.findByRefreshToken(refreshTokenIdentifier, now);
    revoked = token ? [token] : [];
  } else if (clientIdentifier !== undefined) {
    const client = store.clients.find(clientIdentifier);
    if (!client) return result(404, 'A312301', `${REVOKE_PATH}, The client (ID = ${clientIdentifier}) does not exist.`);
    revoked = store.list({ clientId: client.clientId, ...(subject === undefined ? {} : { subject }) }, now);
  } else if (subject !== undefined) {
    revoked = store.list({ subject }, now);
  } else {
    return result(400, 'A312201', `${REVOKE_PATH}, No token, client or subject is given.`);
  }
  for (const token of revoked) store.remove(token);
  return { status: 200, body: { resultCode: 'A312001', resultMessage: `Revoked ${revoked.length} access token(s).`, count: revoked.length } };
}

/** `DELETE /auth/token/delete/{accessTokenIdentifier}`: 204 without a body. */
export function deleteToken(identifier: string, store: TokenStore, now: number): EmulatorAnswer<TokenDeleteAnswer> {
  const token = store.findByAccessToken(identifier, now);
  if (!token) return result(404, 'A311301', `${DELETE_PATH}, The access token does not exist.`);
  store.remove(token);
  return { status: 204, body: {} };
}

/** `start` and `end` of a list request (int32, start <= end), or null when they are not. */
export function listRange(query: URLSearchParams): { start: number; end: number } | null {
  const index = (name: string, fallback: number): number | null => {
    const raw = query.get(name);
    if (raw === null || raw === '') return fallback;
    return /^\d{1,10}$/.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : null;
  };
  const start = index('start', 0);
  const end = index('end', DEFAULT_LIST_END);
  return start === null || end === null || end < start ? null : { start, end };
}

/** `GET /auth/token/get/list?clientIdentifier=&subject=&start=&end=`. */
export function listTokens(query: URLSearchParams, store: TokenStore, apiVersion: 'v2' | 'v3', now: number): EmulatorAnswer<TokenListAnswer> {
  const range = listRange(query);
  if (range === null) {
    return result(400, 'A311201', `${LIST_PATH}, "start" and "end" must be integers with start <= end.`);
  }
  const { start, end } = range;
  const clientIdentifier = query.get('clientIdentifier') || undefined;
  const subject = query.get('subject') || undefined;
  const client = clientIdentifier === undefined ? undefined : store.clients.find(clientIdentifier);
  if (clientIdentifier !== undefined && !client) {
    return result(400, 'A311202', `${LIST_PATH}, The client (ID = ${clientIdentifier}) does not exist.`);
  }
  const matches = store.list({ ...(client ? { clientId: client.clientId } : {}), ...(subject === undefined ? {} : { subject }) }, now);
  return {
    status: 200,
    body: {
      start,
      end,
      totalCount: matches.length,
      client: client ? clientLimitedJson(client) : null,
      subject: subject ?? null,
      accessTokens: matches.slice(start, end).map((token) => ({
        accessTokenHash: token.accessTokenHash,
        refreshTokenHash: token.refreshTokenHash,
        accessTokenExpiresAt: token.accessTokenExpiresAt,
        refreshTokenExpiresAt: token.refreshTokenExpiresAt,
        createdAt: token.createdAt,
        lastRefreshedAt: token.lastRefreshedAt,
        clientId: token.clientId,
        subject: token.subject,
        grantType: token.grantType,
        scopes: token.scopes,
        properties: token.properties,
        // API v3 only, as in the spec: v2's list entries have no refreshTokenScopes.
        ...(apiVersion === 'v3' ? { refreshTokenScopes: token.refreshTokenScopes } : {}),
      })),
    },
  };
}

/** `GET /client/get/list?developer=&start=&end=`: the service's clients, in registration order. */
export function listClients(query: URLSearchParams, store: TokenStore, serviceNumber: number): EmulatorAnswer<ClientListAnswer> {
  const range = listRange(query);
  if (range === null) return result(400, 'A031201', `${CLIENT_LIST_PATH}, "start" and "end" must be integers with start <= end.`);
  const developer = query.get('developer') || undefined;
  const matches = store.clients.all().filter((client) => developer === undefined || client.developer === developer);
  return {
    status: 200,
    body: {
      start: range.start,
      end: range.end,
      totalCount: matches.length,
      ...(developer === undefined ? {} : { developer }),
      clients: matches.slice(range.start, range.end).map((client) => clientJson(client, serviceNumber)),
    },
  };
}

/** `GET /client/get/{clientId}`, by numeric id or alias. */
export function getClient(identifier: string, store: TokenStore, serviceNumber: number): EmulatorAnswer<ClientAnswer> {
  const client = store.clients.find(identifier);
  if (!client) return result(404, 'A030301', `${CLIENT_PATH}, The client (ID = ${identifier}) does not exist.`);
  return { status: 200, body: clientJson(client, serviceNumber) };
}
