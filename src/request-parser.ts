/**
 * Lossless parsing of JSON request bodies: Yoga's default `request.json()` would round an int64
 * variable above 2^53 (e.g. a client id) before any scalar sees it. This parser keeps such
 * numbers as bigint, which the Int64 and Timestamp scalars accept exactly.
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { parseJson } from './json.js';

function isJsonPost(request: Request): boolean {
  if (request.method !== 'POST') return false;
  const contentType = request.headers.get('content-type')?.split(';', 1)[0]?.trim().toLowerCase();
  return contentType === 'application/json' || contentType === 'application/graphql+json';
}

function badRequest(message: string) {
  return createGraphQLError(message, { extensions: { http: { spec: true, status: 400 }, code: 'BAD_REQUEST' } });
}

async function parseJsonPost(request: Request) {
  const text = await request.text();
  let body: unknown;
  try {
    body = parseJson(text);
  } catch {
    throw badRequest('POST body sent invalid JSON.');
  }
  if (body === null || typeof body !== 'object') {
    throw badRequest(`POST body is expected to be object but received ${body === null ? 'null' : typeof body}`);
  }
  return body as Record<string, unknown>;
}

export function useLosslessJsonBodies(): Plugin {
  return {
    onRequestParse({ request, setRequestParser }) {
      if (isJsonPost(request)) setRequestParser(parseJsonPost);
    },
  };
}
