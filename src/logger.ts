/**
 * The structured JSON logger. Redaction is a safety net: code never logs secrets on purpose, and
 * the keys below make sure a credential or token that slips into a log object is censored anyway.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import { parseJson, stringifyJson } from './json.js';

export type { Logger } from 'pino';

/**
 * Keys whose values never reach a log line, at any depth, whatever their case: credentials,
 * callers' JWTs, issued token values, client secrets.
 */
const SECRET_KEYS = ['authorization', 'serviceAccessToken', 'apiSecret', 'accessToken', 'refreshToken', 'jwtAccessToken', 'clientSecret'];
const SECRET_KEY_NAMES = new Set(SECRET_KEYS.map((key) => key.toLowerCase()));
/** One of those keys as a key of the serialised line. */
const SECRET_KEY_IN_LINE = new RegExp(`"(?:${SECRET_KEYS.join('|')})":`, 'i');
export const REDACTED = '[redacted]';

/**
 * Redaction on the serialised line: a line without a secret key (nearly every line) costs one
 * linear scan; one with such a key, at any depth, is parsed (losslessly), censored and written
 * again. (pino's path redaction cost every line 20–35 µs and reached two levels deep only.)
 */
export function redactLine(line: string): string {
  if (!SECRET_KEY_IN_LINE.test(line)) return line;
  let record: unknown;
  try {
    record = parseJson(line, { maxDepth: Infinity });
  } catch {
    // Never from pino, which writes one JSON object per line; without a way to censor it, the line is dropped.
    return `${JSON.stringify({ level: 50, time: Date.now(), msg: 'a log line holding a secret key could not be parsed to censor it, and was dropped' })}\n`;
  }
  const pending: unknown[] = [record];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null) continue;
    for (const [key, member] of Object.entries(value)) {
      if (SECRET_KEY_NAMES.has(key.toLowerCase())) (value as Record<string, unknown>)[key] = REDACTED;
      else if (typeof member === 'object' && member !== null) pending.push(member);
    }
  }
  return `${stringifyJson(record)}\n`;
}

/**
 * Logs go to stdout through an asynchronous destination: a synchronous write per line was a
 * visible cost under load. Lines logged while a write is in flight are coalesced into the next
 * write, so a busy gateway makes few syscalls and a quiet one still writes each line at once.
 * `flushLogs` must run before the process exits (main.ts does).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'authlete-graphql-gateway' },
      hooks: { streamWrite: redactLine },
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

/** Writes out buffered log lines; call before exiting. */
export function flushLogs(logger: Logger): Promise<void> {
  return new Promise((resolve) => logger.flush(() => resolve()));
}
