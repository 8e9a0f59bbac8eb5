/**
 * A test identity provider: key pairs, a JWKS served over loopback HTTP (counting fetches, keys
 * rotatable), and a signer for callers' JWTs with any claims.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type JWK, type JWTPayload, type CryptoKey } from 'jose';
import { createCallerAuthenticator, type CallerAuthenticator } from '../../src/security/caller-auth.js';

export const ISSUER = 'https://idp.test/';
export const AUDIENCE = 'authlete-graphql-gateway';

export interface TestKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export async function newKey(kid: string, alg: 'RS256' | 'ES256' = 'ES256'): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

export async function signJwt(
  key: TestKey,
  claims: JWTPayload & { scope?: string; scp?: string[] } = {},
  options: { expiresIn?: string | number; notBefore?: string | number; issuer?: string; audience?: string; kid?: string; alg?: string } = {},
): Promise<string> {
  const jwt = new SignJWT({ sub: 'dashboard-user', ...claims })
    .setProtectedHeader({ alg: options.alg ?? (key.publicJwk.alg as string), kid: options.kid ?? key.kid })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '5m');
  if (options.notBefore !== undefined) jwt.setNotBefore(options.notBefore);
  return jwt.sign(key.privateKey);
}

export interface JwksServer {
  url: string;
  keys: JWK[];
  fetches: number;
  close(): Promise<void>;
}

export async function startJwksServer(keys: TestKey[]): Promise<JwksServer> {
  const jwks: JwksServer = { url: '', keys: keys.map((key) => key.publicJwk), fetches: 0, close: async () => {} };
  const server = createServer((_request, response) => {
    jwks.fetches += 1;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ keys: jwks.keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwks.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  jwks.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return jwks;
}

/**
 * The gateway's JWT authenticator as the tests configure it: this file's issuer and audience, 30 s
 * of clock skew, keys from `jwksUrl` (an http: JWKS server or a file: JWKS). `cache` sets the key
 * set's refetch cooldown and maximum age; `now`, the clock.
 */
export function jwtAuthenticator(
  jwksUrl: string | URL,
  cache?: { cooldownMs: number; maxAgeMs: number },
  now?: () => number,
): CallerAuthenticator {
  return createCallerAuthenticator({ mode: 'jwt', jwksUrl: new URL(jwksUrl), issuer: ISSUER, audience: AUDIENCE, clockSkewSeconds: 30 }, cache, now);
}
