/**
 * A minimal, fast fake of Authlete's token endpoints for benchmarks. Token create does the work a
 * token endpoint must (parse and check the JSON request, mint random token values, serialize the
 * answer); the list and client reads answer fixed bodies. Unlike the emulator it keeps no store,
 * so a soak measures the gateway, not a growing upstream. Prints {"port": N} once listening.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const CLIENT_IDS = ['26888344961664', '9007199254740993', '17201124378391'];
function createToken(text: string): string | undefined {
  let request: { grantType?: unknown; clientId?: unknown; subject?: unknown; scopes?: unknown };
  try {
    request = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof request.grantType !== 'string' || typeof request.clientId !== 'number') return undefined;
  const now = Date.now();
  return JSON.stringify({
    resultCode: 'A109001',
    resultMessage: `[A109001] An access token was created successfully: ${request.grantType.toLowerCase()}, client = ${request.clientId}`,
    accessToken: randomBytes(32).toString('base64url'),
    action: 'OK',
    clientId: request.clientId,
    expiresAt: now + 3_600_000,
    expiresIn: 3600,
    grantType: request.grantType,
    refreshToken: randomBytes(32).toString('base64url'),
    scopes: request.scopes ?? null,
    subject: request.subject ?? null,
    tokenType: 'Bearer',
    tokenId: randomBytes(16).toString('base64url'),
    clientIdentifier: String(request.clientId),
  });
}
const LIST = `{"start":0,"end":50,"totalCount":5000,"accessTokens":[${Array.from(
  { length: 50 },
  (_, index) =>
    `{"accessTokenHash":"hash-${index}","refreshTokenHash":"rhash-${index}","accessTokenExpiresAt":1900000000000,` +
    `"refreshTokenExpiresAt":1900086400000,"createdAt":${1800000000000 + index},"lastRefreshedAt":0,"clientId":${CLIENT_IDS[index % 3]},` +
    `"subject":"user-${index}","grantType":"AUTHORIZATION_CODE","scopes":["history.read"],"refreshTokenScopes":["history.read"]}`,
).join(',')}]}`;
const CLIENTS = new Map(
  CLIENT_IDS.map((id, index) => [
    id,
    `{"clientId":${id},"clientIdAlias":"client-${index}","clientName":"Client ${index}","clientType":"CONFIDENTIAL","applicationType":"WEB",` +
      `"grantTypes":["AUTHORIZATION_CODE","REFRESH_TOKEN"],"createdAt":1639468356000,"modifiedAt":1639468356000,"clientSecret":"never"}`,
  ]),
);

/** FAKE_AUTHLETE_LATENCY_MS: every answer waits this long, as a real Authlete tens of ms away would. */
const LATENCY_MS = Number(process.env.FAKE_AUTHLETE_LATENCY_MS ?? 0);

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const url = request.url ?? '';
    let body: string | undefined;
    if (request.method === 'POST' && url.endsWith('/auth/token/create')) body = createToken(Buffer.concat(chunks).toString('utf8'));
    else if (url.includes('/auth/token/get/list')) body = LIST;
    else body = CLIENTS.get(url.slice(url.lastIndexOf('/') + 1));
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"resultCode":"X","resultMessage":"unknown"}');
      return;
    }
    const answer = body;
    const send = () => response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) }).end(answer);
    if (LATENCY_MS > 0) setTimeout(send, LATENCY_MS);
    else send();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
