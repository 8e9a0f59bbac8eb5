/**
 * The floor for --upstream-latency: the least a Node.js proxy can do between a caller and the fake
 * Authlete (node:http in, one undici Pool out, the body passed through unparsed). What this adds to
 * the direct call is the machine's cost of one more process hop and its wake-ups, not GraphQL's.
 * Env: UPSTREAM (the fake's origin), UPSTREAM_PATH, UPSTREAM_TOKEN. Prints {"port": N} once listening.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';

const upstream = new Pool(process.env.UPSTREAM!, { connections: 32, keepAliveTimeout: 60_000 });
const headers = { 'content-type': 'application/json', authorization: `Bearer ${process.env.UPSTREAM_TOKEN}` };

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    upstream
      .request({ method: 'POST', path: process.env.UPSTREAM_PATH!, headers, body: Buffer.concat(chunks) })
      .then(async (answer) => {
        const text = await answer.body.text();
        response.writeHead(answer.statusCode, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
      })
      .catch(() => response.writeHead(502).end());
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
