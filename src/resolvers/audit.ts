/** One log line per token operation: what, for which client, with what outcome. Never a token value. */
import type { GatewayContext } from '../types.js';
import { isSuccessStatus } from '../upstream/authlete-client.js';
import { UpstreamBadResponseError, UpstreamTimeoutError } from '../upstream/errors.js';

export interface TokenOperationRecord {
  operation: string;
  status: number;
  action: string;
  resultCode?: unknown;
  clientIdentifier?: string | null;
  [detail: string]: unknown;
}

export function logTokenOperation(context: Pick<GatewayContext, 'logger'>, record: TokenOperationRecord): void {
  context.logger.info(record, 'token operation');
}

/**
 * A call that may have issued a token (a create, or an update asking for a new value) got a 2xx
 * answer the gateway cannot read, or no answer in time: the token, if any, never reaches the
 * caller. The audit line at `warn` says what an operator needs to find it in Authlete (the request
 * id is on every line of the request), never a token value; the caller's error says a token may
 * have been issued.
 */
export async function recordingUnreadableIssue<Answer>(
  context: Pick<GatewayContext, 'logger'>,
  record: Omit<TokenOperationRecord, 'status' | 'action'>,
  call: () => Promise<Answer>,
): Promise<Answer> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof UpstreamTimeoutError) {
      context.logger.warn({ ...record, problem: `no answer within ${error.timeoutMs} ms` }, 'token operation: Authlete did not answer in time; a token may have been issued');
      throw error.mayHaveIssued();
    }
    if (!(error instanceof UpstreamBadResponseError) || error.status === undefined || !isSuccessStatus(error.status)) throw error;
    context.logger.warn(
      { ...record, status: error.status, resultCode: error.resultCode ?? null, problem: error.detail },
      'token operation: Authlete answered 2xx with a body the gateway cannot read; a token may have been issued',
    );
    throw error.mayHaveIssued();
  }
}
