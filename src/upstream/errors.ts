/**
 * The upstream error taxonomy: every way a call to Authlete can fail to produce an answer the
 * gateway can map. Plain errors with a stable `code`; `src/plugins/useErrorMasking.ts` turns them into GraphQL
 * errors. Messages never contain credentials, token values or upstream bodies.
 */
import type { ErrorCode } from '../error-codes.js';

export type UpstreamErrorCode = Extract<ErrorCode, `UPSTREAM_${string}`>;

export abstract class UpstreamError extends Error {
  abstract readonly code: UpstreamErrorCode;
  /** The HTTP status Authlete (or a proxy in front of it) answered with; undefined if none. */
  readonly status: number | undefined;
  /** The Authlete endpoint, e.g. "auth/token/create"; never contains secrets. */
  readonly endpoint: string;

  constructor(message: string, endpoint: string, status?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.endpoint = endpoint;
    this.status = status;
  }
}

/** Authlete refused the gateway's own credentials (HTTP 401). An operator must fix the config. */
export class UpstreamUnauthorizedError extends UpstreamError {
  readonly code = 'UPSTREAM_UNAUTHORIZED';
  constructor(endpoint: string, status: number) {
    super("Authlete refused the gateway's credentials; check the gateway's Authlete configuration", endpoint, status);
  }
}

/** Authlete could not be reached, or a proxy in front of it says it is down (502/503/504). */
export class UpstreamUnavailableError extends UpstreamError {
  readonly code = 'UPSTREAM_UNAVAILABLE';
  constructor(endpoint: string, status?: number, cause?: unknown) {
    super(
      status === undefined ? 'Authlete could not be reached' : `Authlete is unavailable (HTTP ${status})`,
      endpoint,
      status,
      { cause },
    );
  }
}

/** Appended to the message of a failure that may have left a token issued but undelivered. */
const MAY_HAVE_ISSUED =
  '. A token may have been issued that no readable answer delivered; the gateway logged the request id, client and subject for the operator to reconcile.';

/** Authlete answered, but not with something this gateway can read (status or body). */
export class UpstreamBadResponseError extends UpstreamError {
  readonly code = 'UPSTREAM_BAD_RESPONSE';
  /**
   * @param resultCode Authlete's result code when it could be read from a body that did not parse.
   * @param tokenMayHaveBeenIssued True when the call may have issued a token the answer could not
   *   deliver (a create or a value update that got an unreadable 2xx): the message says so.
   */
  constructor(
    endpoint: string,
    status: number | undefined,
    readonly detail: string,
    cause?: unknown,
    readonly resultCode?: string,
    readonly tokenMayHaveBeenIssued = false,
  ) {
    super(
      `Authlete returned an unexpected response${status === undefined ? '' : ` (HTTP ${status})`}: ${detail}${tokenMayHaveBeenIssued ? MAY_HAVE_ISSUED : ''}`,
      endpoint,
      status,
      { cause },
    );
  }

  /** The same failure, telling the caller that a token may have been issued. */
  mayHaveIssued(): UpstreamBadResponseError {
    return new UpstreamBadResponseError(this.endpoint, this.status, this.detail, this.cause, this.resultCode, true);
  }
}

/** No complete answer within the configured timeout; the request was aborted. */
export class UpstreamTimeoutError extends UpstreamError {
  readonly code = 'UPSTREAM_TIMEOUT';
  /** @param tokenMayHaveBeenIssued True for a create (or a value update) that was sent: Authlete may have issued a token. */
  constructor(
    endpoint: string,
    readonly timeoutMs: number,
    readonly tokenMayHaveBeenIssued = false,
  ) {
    super(
      `Authlete did not answer within ${timeoutMs} ms${tokenMayHaveBeenIssued ? MAY_HAVE_ISSUED : ''}`,
      endpoint,
    );
  }

  /** The same failure, telling the caller that a token may have been issued. */
  mayHaveIssued(): UpstreamTimeoutError {
    return new UpstreamTimeoutError(this.endpoint, this.timeoutMs, true);
  }
}

/**
 * The request has spent its budget of Authlete calls (UPSTREAM_CALLS_PER_REQUEST), or has already
 * ended: this call was not sent.
 */
export class UpstreamBudgetExceededError extends UpstreamError {
  readonly code = 'UPSTREAM_BUDGET_EXCEEDED';
  constructor(endpoint: string, readonly limit: number, why: 'spent' | 'ended') {
    super(
      why === 'spent'
        ? `This request has made the ${limit} calls to Authlete one request may make (UPSTREAM_CALLS_PER_REQUEST); this one was not sent. Ask for fewer objects per request.`
        : 'This request has already ended; no further call to Authlete is made for it.',
      endpoint,
    );
  }
}
