/**
 * One request's allowance of Authlete calls, and its end.
 *
 * Every GraphQL request gets a budget (UPSTREAM_CALLS_PER_REQUEST) shared by all its fields: each
 * call to Authlete, a retry included, takes one; past the budget the call is not sent and fails
 * with UPSTREAM_BUDGET_EXCEEDED. When the request ends (its answer is built, or its client went
 * away) the budget ends too: no call starts after that, and reads still in flight are aborted.
 * Writes already sent are never aborted: a token Authlete is minting must come back to the caller.
 */
import { UpstreamBudgetExceededError } from './errors.js';

/** UPSTREAM_CALLS_PER_REQUEST's default. */
export const DEFAULT_UPSTREAM_CALLS_PER_REQUEST = 100;

/** Why a budget's signal aborts: one reason for every budget (an abort without one builds a DOMException, stack and all, each time). */
const ENDED = new DOMException('The GraphQL request has ended.', 'AbortError');

export class UpstreamBudget {
  /** Made when a read first asks for the signal: a request that only writes (createToken) never pays for one. */
  #controller: AbortController | undefined;
  #ended = false;
  readonly #requestSignal: (() => AbortSignal | undefined) | undefined;
  #remaining: number;
  #linked = false;
  #warned = false;

  /**
   * `requestSignal`: the request's own signal (aborted when its client goes away), read at the
   * request's first call to Authlete: a request that calls nothing never creates it.
   */
  constructor(
    readonly limit: number,
    requestSignal?: () => AbortSignal | undefined,
    readonly onExceeded?: (limit: number) => void,
  ) {
    this.#remaining = limit;
    this.#requestSignal = requestSignal;
  }

  /** Aborted when the request ends: reads pass it to the upstream call. */
  get signal(): AbortSignal {
    this.#link();
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.#ended) this.#controller.abort(ENDED);
    }
    return this.#controller.signal;
  }

  /** From now on, the client going away ends the budget. */
  #link(): void {
    if (this.#linked) return;
    this.#linked = true;
    const request = this.#requestSignal?.();
    if (request?.aborted) this.end();
    else request?.addEventListener('abort', () => this.end(), { once: true });
  }

  get ended(): boolean {
    return this.#ended;
  }

  /** Takes one call for `endpoint`, or throws UPSTREAM_BUDGET_EXCEEDED (nothing is sent then). */
  take(endpoint: string): void {
    this.#link();
    if (this.ended) throw new UpstreamBudgetExceededError(endpoint, this.limit, 'ended');
    if (this.#remaining <= 0) {
      if (!this.#warned) {
        this.#warned = true;
        this.onExceeded?.(this.limit);
      }
      throw new UpstreamBudgetExceededError(endpoint, this.limit, 'spent');
    }
    this.#remaining -= 1;
  }

  /** The request has ended: no further calls, and reads in flight are aborted. */
  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#controller?.abort(ENDED);
  }
}
