/**
 * The emulator's `auth/introspection`: what Authlete tells a resource server about an access
 * token, by its value. `action` follows Authlete's documentation: OK when the token exists, has
 * not expired and covers the scopes (and subject) asked about; UNAUTHORIZED when it does not exist
 * or has expired; FORBIDDEN when it lacks a scope or belongs to another subject; BAD_REQUEST when
 * no token is given. Result codes are the emulator's own, in Authlete's format.
 */
import type { IntrospectionAnswer } from '../upstream/wire.js';
import { isStringArray, result, type EmulatorAnswer } from './answers.js';
import type { TokenStore } from './token-store.js';

const API_PATH = '/auth/introspection';

function bearerError(error: string, description: string): string {
  return `Bearer error="${error}",error_description="${description}"`;
}

export function introspectToken(body: Record<string, unknown>, store: TokenStore, now: number): EmulatorAnswer<IntrospectionAnswer> {
  const { token, scopes, subject } = body;
  if (typeof token !== 'string' || token === '') {
    const message = `[A056201] ${API_PATH}, The request does not contain a token.`;
    return { status: 200, body: { resultCode: 'A056201', resultMessage: message, action: 'BAD_REQUEST', responseContent: bearerError('invalid_request', message) } };
  }
  if (scopes != null && !isStringArray(scopes)) return result<never>(400, 'A056202', `${API_PATH}, "scopes" must be an array of strings.`);
  if (subject != null && typeof subject !== 'string') return result<never>(400, 'A056203', `${API_PATH}, "subject" must be a string.`);

  const found = store.findByAccessTokenValue(token, now);
  if (!found) {
    const message = `[A056301] ${API_PATH}, The access token does not exist.`;
    return {
      status: 200,
      body: {
        resultCode: 'A056301',
        resultMessage: message,
        action: 'UNAUTHORIZED',
        responseContent: bearerError('invalid_token', message),
        existent: false,
        usable: false,
        sufficient: false,
        refreshable: false,
      },
    };
  }
  const usable = found.accessTokenExpiresAt === 0 || found.accessTokenExpiresAt > now;
  const refreshable = found.refreshTokenHash !== null && found.refreshTokenExpiresAt > now;
  const missing = (scopes ?? []).filter((scope) => !(found.scopes ?? []).includes(scope));
  const sameSubject = subject == null || subject === found.subject;
  const sufficient = missing.length === 0;
  const client = store.clients.find(found.clientId);
  const [action, code, text, error] = !usable
    ? (['UNAUTHORIZED', 'A056302', 'The access token has expired.', 'invalid_token'] as const)
    : !sufficient
      ? (['FORBIDDEN', 'A056303', `The access token does not cover the scope "${missing[0]}".`, 'insufficient_scope'] as const)
      : !sameSubject
        ? (['FORBIDDEN', 'A056304', 'The access token belongs to another subject.', 'invalid_token'] as const)
        : (['OK', 'A056001', 'The access token is valid.', null] as const);
  const message = `[${code}] ${API_PATH}, ${text}`;
  return {
    status: 200,
    body: {
      resultCode: code,
      resultMessage: message,
      action,
      responseContent: error === null ? 'Bearer error="invalid_request"' : bearerError(error, message),
      clientId: found.clientId,
      ...(client ? { clientIdAlias: client.clientIdAlias } : {}),
      clientIdAliasUsed: false,
      expiresAt: found.accessTokenExpiresAt,
      subject: found.subject,
      scopes: found.scopes,
      existent: true,
      usable,
      sufficient,
      refreshable,
      properties: found.properties,
      authorizationDetails: found.authorizationDetails,
      grantType: found.grantType,
      forExternalAttachment: found.forExternalAttachment,
      certificateThumbprint: found.certificateThumbprint,
    },
  };
}
