/**
 * Caller authentication: a Bearer JWT verified with `jose` against the configured JWKS.
 *
 * Checked: the signature (asymmetric algorithms only, so `alg: none` and HMAC "signed" with a
 * public key are refused), `exp` (required) and `nbf` with a small clock skew, `iat` not in the
 * future beyond that skew, `iss` and `aud`. The JWKS is
 * fetched once and cached; an unknown `kid` triggers a refetch, at most once per cooldown.
 * A `file:` JWKS is read once at start-up.
 *
 * A verified token is remembered (by its exact text) until it expires, for at most the JWKS cache
 * age: a dashboard sends the same JWT with every request, and verifying its signature each time
 * was the largest single cost in the profile. Expiry is still checked on every use.
 */
import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import type { CallerAuthConfig } from '../config.js';

/** Who is calling, and what they may do. */
export interface Caller {
  /** The JWT `sub`; null when caller authentication is disabled. */
  sub: string | null;
  /** Granted scopes; every scope when caller authentication is disabled. */
  scopes: ReadonlySet<string> | 'all';
  authenticated: boolean;
}

export const UNAUTHENTICATED_CALLER: Caller = { sub: null, scopes: 'all', authenticated: false };

const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

/** Why a caller was refused; the message is safe to return (it never holds the token). */
export class CallerAuthError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CallerAuthError';
  }
}

function scopesOf(payload: JWTPayload): Set<string> {
  const scopes = new Set<string>();
  if (typeof payload.scope === 'string') for (const scope of payload.scope.split(' ')) if (scope) scopes.add(scope);
  if (Array.isArray(payload.scp)) for (const scope of payload.scp) if (typeof scope === 'string') scopes.add(scope);
  return scopes;
}

export interface JwksOptions {
  /** Minimum time between two JWKS fetches (an unknown kid refetches at most this often). */
  cooldownMs: number;
  /** How long a fetched JWKS is used before it is fetched again. */
  maxAgeMs: number;
}

const DEFAULT_JWKS_OPTIONS: JwksOptions = { cooldownMs: 30_000, maxAgeMs: 10 * 60_000 };

/** A `file:` JWKS, read once. Errors name the variable and the problem, never the file's content. */
function localKeySet(jwksUrl: URL): JWTVerifyGetKey {
  let text: string;
  try {
    text = readFileSync(jwksUrl, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new Error(`AUTH_JWKS_URL: the JWKS file cannot be read${typeof code === 'string' ? ` (${code})` : ''}`);
  }
  let jwks: unknown;
  try {
    jwks = JSON.parse(text);
  } catch {
    throw new Error('AUTH_JWKS_URL: the JWKS file is not JSON');
  }
  try {
    return createLocalJWKSet(jwks as Parameters<typeof createLocalJWKSet>[0]);
  } catch {
    throw new Error('AUTH_JWKS_URL: the file is not a JWKS (a JSON object with a "keys" array of keys)');
  }
}

function keySetFor(jwksUrl: URL, options: JwksOptions): JWTVerifyGetKey {
  if (jwksUrl.protocol === 'file:') return localKeySet(jwksUrl);
  return createRemoteJWKSet(jwksUrl, { cooldownDuration: options.cooldownMs, cacheMaxAge: options.maxAgeMs, timeoutDuration: 5000 });
}

function reasonOf(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'the token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'exp' && error.reason === 'missing') return 'the token has no expiry ("exp" claim)';
    if (error.claim === 'nbf') return 'the token is not valid yet';
    if (error.claim === 'iss') return 'the token was issued by an issuer this gateway does not trust';
    if (error.claim === 'aud') return 'the token is not meant for this gateway (audience)';
    return `the token's "${error.claim}" claim is not valid`;
  }
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'the token was signed with a key this gateway does not know';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'the token uses a signing algorithm this gateway does not accept';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'the token signature is not valid';
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid) return 'the signing keys could not be loaded';
  return 'the token is not a valid JWT';
}

export type CallerAuthenticator = (authorization: string | null) => Promise<Caller>;

const VERIFIED_CACHE_SIZE = 10_000;

export function createCallerAuthenticator(
  config: CallerAuthConfig,
  jwks: JwksOptions = DEFAULT_JWKS_OPTIONS,
  now: () => number = Date.now,
): CallerAuthenticator {
  if (config.mode === 'disabled') return async () => UNAUTHENTICATED_CALLER;
  const keys = keySetFor(config.jwksUrl, jwks);
  const skewMs = config.clockSkewSeconds * 1000;
  const verified = new LRUCache<string, { caller: Caller; expiresAt: number }>({ max: VERIFIED_CACHE_SIZE });
  const options = {
    issuer: config.issuer,
    audience: config.audience,
    clockTolerance: config.clockSkewSeconds,
    algorithms: ASYMMETRIC_ALGORITHMS,
    // A token without an expiry would be good for ever if it leaked.
    requiredClaims: ['exp'],
  };
  return async (authorization) => {
    const match = authorization?.match(/^Bearer +([\w-]+\.[\w-]*\.[\w-]*) *$/i);
    if (!authorization) throw new CallerAuthError('an Authorization: Bearer <JWT> header is required');
    if (!match?.[1]) throw new CallerAuthError('the Authorization header must be "Bearer <JWT>"');
    const jwt = match[1];
    const remembered = verified.get(jwt);
    if (remembered && now() < remembered.expiresAt) return remembered.caller;
    try {
      const { payload } = await jwtVerify(jwt, keys, { ...options, currentDate: new Date(now()) });
      if (typeof payload.sub !== 'string' || payload.sub === '') throw new CallerAuthError('the token has no "sub" claim');
      // jose checks "iat" only against a maximum age; a token "issued" in the future is forged or from a broken clock.
      if (typeof payload.iat === 'number' && payload.iat * 1000 > now() + skewMs) throw new CallerAuthError('the token was issued in the future ("iat" claim)');
      const caller: Caller = { sub: payload.sub, scopes: scopesOf(payload), authenticated: true };
      // Usable until exp (plus the tolerated skew), and never longer than the JWKS cache age.
      const expiresAt = Math.min((payload.exp ?? 0) * 1000 + skewMs, now() + jwks.maxAgeMs);
      verified.set(jwt, { caller, expiresAt });
      return caller;
    } catch (error) {
      if (error instanceof CallerAuthError) throw error;
      throw new CallerAuthError(reasonOf(error));
    }
  };
}
