/**
 * introspectToken: what Authlete knows about an access token, for a support screen. The token is
 * a secret: it goes to Authlete in the request body only, and what the gateway logs of it is the
 * first 8 characters of its SHA-256 (enough to match two log lines, useless to replay). Authlete's
 * `responseContent` (a WWW-Authenticate value that may quote the request) is not passed on.
 */
import { createHash } from 'node:crypto';
import type { GatewayContext } from '../types.js';
import { mapAction } from './action.js';
import { logTokenOperation } from './audit.js';
import { pickGiven } from './request-body.js';
import { INTROSPECTION_ACTIONS, type IntrospectionAction, type TokenIntrospectionResult } from '../shapes.js';

const KNOWN_ACTIONS = new Set(INTROSPECTION_ACTIONS);

export interface IntrospectTokenArgs {
  token: string;
  scopes?: string[] | null;
  subject?: string | null;
}

/** A token's mark in the audit log: the start of its SHA-256, never the token. */
function tokenFingerprint(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 8);
}

export async function introspectTokenResolver(args: IntrospectTokenArgs, context: GatewayContext): Promise<TokenIntrospectionResult> {
  const body = { token: args.token, ...pickGiven(args, ['scopes', 'subject']) };
  const answer = await context.authlete.call('introspection', { body }, context.upstream);
  const action = mapAction<IntrospectionAction>(answer, { known: KNOWN_ACTIONS, operation: 'introspectToken' }, context);
  const { responseContent: _notPassedOn, action: _mapped, ...rest } = answer.body;
  logTokenOperation(context, {
    operation: 'introspectToken',
    status: answer.status,
    action,
    resultCode: rest.resultCode,
    tokenSha256Prefix: tokenFingerprint(args.token),
    clientId: rest.clientId == null ? null : String(rest.clientId),
    subject: rest.subject ?? null,
  });
  return { ...rest, action };
}
