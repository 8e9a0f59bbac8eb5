/**
 * The emulator's `auth/token/create`: validates the request as Authlete does, refuses what
 * Authlete refuses, and issues random tokens. Result codes other than A109001 (taken from
 * Authlete's documentation) are the emulator's own, in Authlete's format: the third digit from the
 * right says whose fault it is (2: the caller's request, 3: the client).
 */
import { randomBytes } from 'node:crypto';
import { isJsonObject } from '../json.js';
import { EMULATED_SERVICE, type EmulatedClient } from './clients.js';
import type { AuthzDetails, GrantTypeName, TokenCreateAnswer } from '../upstream/wire.js';
import { integerField, isStringArray, nestedFields, result, type EmulatorAnswer } from './answers.js';
import { hashToken, type StoredProperty, type TokenStore } from './token-store.js';

const API_PATH = '/auth/token/create';
const NO_REFRESH_TOKEN_GRANTS = new Set(['IMPLICIT', 'CLIENT_CREDENTIALS']);
const SUBJECT_OPTIONAL_GRANTS = new Set(['CLIENT_CREDENTIALS', 'JWT_BEARER']);

function refusal(status: 400 | 403, code: string, text: string): EmulatorAnswer<TokenCreateAnswer> {
  return result(status, code, `${API_PATH}, ${text}`, status === 400 ? 'BAD_REQUEST' : 'FORBIDDEN');
}

function newTokenValue(): string {
  return randomBytes(32).toString('base64url');
}

function resolveClient(body: Record<string, unknown>, store: TokenStore): EmulatedClient | EmulatorAnswer<TokenCreateAnswer> {
  const { clientId, clientIdentifier } = body;
  if ((clientId === undefined || clientId === null) && (clientIdentifier === undefined || clientIdentifier === null)) {
    return refusal(400, 'A109204', 'Neither clientId nor clientIdentifier is given.');
  }
  const client = store.clients.find(clientId ?? clientIdentifier);
  if (!client) {
    return refusal(400, 'A109205', `The client (ID = ${String(clientId ?? clientIdentifier)}) does not exist.`);
  }
  return client;
}

function isSupportedGrantType(value: unknown): value is GrantTypeName {
  const supported: readonly unknown[] = EMULATED_SERVICE.supportedGrantTypes;
  return supported.includes(value);
}

/** The request's fields checked; the refusal for the first bad one, or the nested fields parsed. */
function validateFields(
  body: Record<string, unknown>,
): EmulatorAnswer<TokenCreateAnswer> | { properties: StoredProperty[] | null; authorizationDetails: AuthzDetails | null } {
  for (const name of ['accessTokenDuration', 'refreshTokenDuration', 'authTime']) {
    const value = integerField(body[name]);
    if (value === 'invalid' || (value !== null && value < 0n)) {
      return refusal(400, 'A109208', `"${name}" must be a non-negative integer.`);
    }
  }
  if (body.scopes !== undefined && body.scopes !== null && !isStringArray(body.scopes)) {
    return refusal(400, 'A109201', '"scopes" must be an array of strings.');
  }
  if (body.jwtAtClaims !== undefined && body.jwtAtClaims !== null) {
    let claims: unknown;
    try {
      claims = typeof body.jwtAtClaims === 'string' ? JSON.parse(body.jwtAtClaims) : undefined;
    } catch {
      claims = undefined;
    }
    if (!isJsonObject(claims)) {
      return refusal(400, 'A109209', '"jwtAtClaims" must be a JSON object serialized as a string.');
    }
  }
  const nested = nestedFields(body);
  if ('invalid' in nested) return refusal(400, 'A109201', nested.why);
  for (const name of ['accessToken', 'refreshToken']) {
    const value = body[name];
    if (value !== undefined && value !== null && typeof value !== 'string') {
      return refusal(400, 'A109201', `"${name}" must be a string.`);
    }
  }
  return nested;
}

export function createToken(body: Record<string, unknown>, store: TokenStore, apiVersion: 'v2' | 'v3', now: number): EmulatorAnswer<TokenCreateAnswer> {
  const grantType = body.grantType;
  if (!isSupportedGrantType(grantType)) {
    return refusal(400, 'A109202', '"grantType" is missing or not a supported grant type.');
  }
  if (grantType === 'REFRESH_TOKEN') return refusal(400, 'A109203', 'REFRESH_TOKEN cannot be the grant type of a new token.');
  const fields = validateFields(body);
  if ('status' in fields) return fields;
  const { properties, authorizationDetails } = fields;

  const client = resolveClient(body, store);
  if ('status' in client) return client;
  if (client.locked) return refusal(403, 'A109302', `The client (ID = ${client.clientId}) is locked.`);
  if (!client.grantTypes.includes(grantType)) {
    return refusal(403, 'A109301', `The client (ID = ${client.clientId}) is not allowed to use the grant type ${grantType}.`);
  }

  let subject: string | null = null;
  if (grantType !== 'CLIENT_CREDENTIALS') {
    const given = body.subject;
    if (given === undefined || given === null || given === '') {
      if (!SUBJECT_OPTIONAL_GRANTS.has(grantType)) return refusal(400, 'A109206', '"subject" is required for this grant type.');
    } else if (typeof given !== 'string' || given.length > 100 || !/^[\x00-\x7F]*$/.test(given)) {
      return refusal(400, 'A109206', '"subject" must be ASCII and at most 100 characters.');
    } else {
      subject = given;
    }
  }

  const scopes = (body.scopes as string[] | undefined | null) ?? null;
  for (const scope of scopes ?? []) {
    if (!(EMULATED_SERVICE.supportedScopes as readonly string[]).includes(scope)) {
      return refusal(400, 'A109207', `The scope "${scope}" is not supported by the service.`);
    }
    if (!client.requestableScopes.includes(scope)) {
      return refusal(403, 'A109303', `The client (ID = ${client.clientId}) may not request the scope "${scope}".`);
    }
  }

  const accessToken = (body.accessToken as string | undefined) ?? newTokenValue();
  const issuesRefreshToken = !NO_REFRESH_TOKEN_GRANTS.has(grantType) && client.grantTypes.includes('REFRESH_TOKEN');
  const refreshToken = issuesRefreshToken ? ((body.refreshToken as string | undefined) ?? newTokenValue()) : null;
  if (store.has(accessToken) || (refreshToken !== null && store.has(refreshToken))) {
    return refusal(400, 'A109210', 'A token with the given value already exists.');
  }

  const persistent = body.accessTokenPersistent === true;
  const requestedDuration = Number(integerField(body.accessTokenDuration) ?? 0n);
  const expiresIn = persistent ? 0 : requestedDuration || client.accessTokenDuration || EMULATED_SERVICE.accessTokenDuration;
  const expiresAt = persistent ? 0 : now + expiresIn * 1000;
  const refreshDuration = Number(integerField(body.refreshTokenDuration) ?? 0n) || EMULATED_SERVICE.refreshTokenDuration;
  const tokenId = randomBytes(16).toString('base64url');
  const tokenType = typeof body.dpopKeyThumbprint === 'string' ? 'DPoP' : 'Bearer';
  const sessionId = typeof body.sessionId === 'string' ? body.sessionId : null;
  const forExternalAttachment = body.forExternalAttachment === true;

  store.add({
    tokenId,
    accessTokenHash: hashToken(accessToken),
    refreshTokenHash: refreshToken === null ? null : hashToken(refreshToken),
    accessTokenExpiresAt: expiresAt,
    refreshTokenExpiresAt: refreshToken === null ? 0 : now + refreshDuration * 1000,
    createdAt: now,
    lastRefreshedAt: 0,
    clientId: client.clientId,
    subject,
    grantType,
    scopes,
    refreshTokenScopes: refreshToken === null ? null : scopes,
    properties,
    authorizationDetails,
    forExternalAttachment,
    certificateThumbprint: typeof body.certificateThumbprint === 'string' ? body.certificateThumbprint : null,
    dpopKeyThumbprint: typeof body.dpopKeyThumbprint === 'string' ? body.dpopKeyThumbprint : null,
    sessionId,
  });

  if (subject !== null) store.recordGrant(client.clientId, subject, scopes ?? [], now);

  const answer: TokenCreateAnswer = {
    resultCode: 'A109001',
    resultMessage: `[A109001] An access token was created successfully: ${grantType.toLowerCase()}, client = ${client.clientId}`,
    action: 'OK',
    accessToken,
    clientId: client.clientId,
    expiresAt,
    expiresIn,
    grantType,
    properties,
    refreshToken,
    scopes,
    subject,
    tokenType,
    jwtAccessToken: null,
    authorizationDetails,
    forExternalAttachment,
  };
  if (apiVersion === 'v3') {
    Object.assign(answer, {
      tokenId,
      refreshTokenScopes: refreshToken === null ? null : scopes,
      clientIdentifier: typeof body.clientIdentifier === 'string' ? body.clientIdentifier : client.clientId.toString(),
      sessionId,
    });
  }
  return { status: 200, body: answer };
}
