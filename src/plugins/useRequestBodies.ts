/**
 * How the gateway reads request bodies:
 * - only JSON bodies are accepted for POST (415 otherwise): the GraphQL-over-HTTP format, and
 *   never a "simple" browser content type that could carry a cross-site request;
 * - a body over the limit is refused with 413 as soon as its Content-Length says so, or as soon
 *   as the bytes read pass it, without reading the rest;
 * - GET queries' `variables` and `extensions` are parsed the same way, and `documentId` is read;
 * - a refusal (any 4xx or 5xx) of a request that carried a body, and any answer to a GET that
 *   carried one (never read), says `Connection: close`, and Node closes the connection after it:
 *   the body may be unread (a 413 stops reading, a 415 or a 401 never starts), and its rest must
 *   not be taken for the next request on the connection;
 * - JSON is parsed losslessly, in linear time, and nested at most `maxDepth` levels deep: Yoga's default `request.json()` would round an int64 variable above
 *   2^53 (e.g. a client id) before any scalar sees it; such numbers stay bigint here.
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { JsonDepthError, JsonNumberRangeError, parseJson } from '../json.js';

const JSON_CONTENT_TYPES = new Set(['application/json', 'application/graphql+json']);

/** `spec`: the status applies only to graphql-response+json callers (GraphQL-over-HTTP), as Yoga does for 400. */
function refusal(status: number, code: string, message: string, spec = false) {
  return createGraphQLError(message, { extensions: { http: { spec, status }, code } });
}

const tooLarge = (maxBytes: number) => refusal(413, 'PAYLOAD_TOO_LARGE', `The request body exceeds ${maxBytes} bytes.`);

function carriesBody(request: Request): boolean {
  const length = request.headers.get('content-length');
  return (length !== null && length !== '0') || request.headers.has('transfer-encoding');
}

async function readCapped(request: Request, maxBytes: number): Promise<string> {
  // A Content-Length was checked against the limit in onRequest, and Node's parser reads no byte
  // past it: the body is read in one step. Only a chunked body is counted as it arrives.
  if (request.headers.get('content-length') !== null) {
    const text = await request.text();
    // (An in-process caller of yoga.fetch has no HTTP parser holding the body to its header.)
    if (text.length * 3 > maxBytes && Buffer.byteLength(text) > maxBytes) throw tooLarge(maxBytes);
    return text;
  }
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function useRequestBodies(options: { maxBytes: number; maxDepth: number }): Plugin {
  const { maxBytes, maxDepth } = options;
  return {
    onResponse({ request, response }) {
      if ((response.status >= 400 || request.method === 'GET' || request.method === 'HEAD') && carriesBody(request)) {
        response.headers.set('connection', 'close');
      }
    },
    onRequest({ request, endResponse, fetchAPI }) {
      const length = request.headers.get('content-length');
      if (length === null) return;
      const refuse = (status: number, code: string, message: string) =>
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
            status,
            headers: { 'content-type': 'application/json', connection: 'close' },
          }),
        );
      // Only one non-negative integer is a Content-Length (anything else smells of request smuggling).
      if (!/^\d+$/.test(length)) refuse(400, 'BAD_REQUEST', 'The Content-Length header is invalid.');
      else if (Number(length) > maxBytes) refuse(413, 'PAYLOAD_TOO_LARGE', `The request body exceeds ${maxBytes} bytes.`);
    },
    onRequestParse({ request, setRequestParser }) {
      if (request.method === 'GET') {
        setRequestParser((req) => parseGetParams(req, maxDepth));
        return;
      }
      if (request.method !== 'POST') return;
      const contentType = request.headers.get('content-type')?.split(';', 1)[0]?.trim().toLowerCase() ?? '';
      if (!JSON_CONTENT_TYPES.has(contentType)) {
        setRequestParser(() => {
          throw refusal(415, 'UNSUPPORTED_MEDIA_TYPE', 'POST bodies must be application/json.');
        });
        return;
      }
      setRequestParser(async (req) => {
        const text = await readCapped(req, maxBytes);
        const body = parseJsonParam('POST body', text, maxDepth);
        if (Array.isArray(body)) throw refusal(400, 'BAD_REQUEST', 'Batched operations are not supported; send one operation per request.');
        if (body === null || typeof body !== 'object') {
          throw refusal(400, 'BAD_REQUEST', `POST body is expected to be object but received ${body === null ? 'null' : typeof body}`, true);
        }
        return body as Record<string, unknown>;
      });
    },
  };
}

/** JSON from the caller, parsed losslessly within the depth limit; a refusal names what held it. */
function parseJsonParam(what: string, text: string, maxDepth: number): unknown {
  try {
    return parseJson(text, { maxDepth });
  } catch (error) {
    if (error instanceof JsonDepthError) {
      throw refusal(400, 'BAD_REQUEST', `${what} nests objects and arrays deeper than ${maxDepth} levels.`, true);
    }
    if (error instanceof JsonNumberRangeError) {
      throw refusal(400, 'BAD_REQUEST', `${what} holds a number outside the range of a double (such as 1e400); send it as a string.`, true);
    }
    throw refusal(400, 'BAD_REQUEST', `${what} sent invalid JSON.`, true);
  }
}

/**
 * GET parameters (queries only; Yoga refuses mutations over GET): `query`, `operationName`,
 * `variables` and `extensions` (JSON, parsed like a POST body: losslessly and depth-bounded),
 * and `documentId` for trusted documents (`GET /graphql?documentId=sha256:…`).
 */
function parseGetParams(request: Request, maxDepth: number): Record<string, unknown> {
  const url = request.url;
  const search = new URLSearchParams(url.includes('?') ? url.slice(url.indexOf('?') + 1) : '');
  const params: Record<string, unknown> = {};
  for (const name of ['query', 'operationName', 'documentId'] as const) {
    const value = search.get(name);
    if (value) params[name] = value;
  }
  for (const name of ['variables', 'extensions'] as const) {
    const value = search.get(name);
    if (value) params[name] = parseJsonParam(`The ${name} parameter`, value, maxDepth);
  }
  return params;
}
