/** One log line per token operation: what, for which client, with what outcome. Never a token value. */
import type { GatewayContext } from '../types.js';

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
