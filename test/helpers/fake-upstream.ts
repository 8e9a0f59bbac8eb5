/**
 * A fake Authlete on loopback whose answers each test scripts, and which records every request
 * it receives (method, path, headers, raw body) so that tests can assert what the gateway sent.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type FakeAnswer =
  | {
      status: number;
      body?: string | object;
      headers?: Record<string, string>;
      /** The answer is held until this settles (a deferred the test releases: see helpers/deferred.ts). */
      until?: Promise<unknown>;
    }
  /** Destroy the socket without answering (connection reset). */
  | { reset: true }
  /** Never answer (until the client gives up). */
  | { hang: true }
  /** Send the status line and headers, then never finish the body. */
  | { stallBody: true; status: number };

export interface FakeUpstream {
  url: string;
  requests: RecordedRequest[];
  /** Sets how the next requests are answered (a function may inspect the request). */
  answer(answer: FakeAnswer | ((request: RecordedRequest) => FakeAnswer)): void;
  /** Resolves once `count` requests have arrived. */
  received(count: number): Promise<void>;
  /** Connections the client closed while the fake was still holding the request. */
  abortedRequests: number;
  close(): Promise<void>;
}

function send(response: ServerResponse, answer: FakeAnswer): void {
  if ('reset' in answer) {
    response.socket?.destroy();
    return;
  }
  if ('hang' in answer) return;
  if ('stallBody' in answer) {
    response.writeHead(answer.status, { 'content-type': 'application/json' });
    response.write('{"resultCode":');
    return;
  }
  const body = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  const write = () => {
    response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    response.end(body);
  };
  if (answer.until) void answer.until.then(write);
  else write();
}

export async function startFakeUpstream(): Promise<FakeUpstream> {
  let script: FakeAnswer | ((request: RecordedRequest) => FakeAnswer) = { status: 500, body: { resultCode: 'X', resultMessage: 'unscripted' } };
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const fake: FakeUpstream = {
    url: '',
    requests: [],
    abortedRequests: 0,
    answer(next) {
      script = next;
    },
    received(count) {
      if (fake.requests.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    close: async () => {},
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const recorded: RecordedRequest = {
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      fake.requests.push(recorded);
      for (const waiter of waiters.filter((w) => fake.requests.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
      response.on('close', () => {
        if (!response.writableFinished) fake.abortedRequests += 1;
      });
      send(response, typeof script === 'function' ? script(recorded) : script);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.url = `http://127.0.0.1:${port}`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}
