/**
 * The structured JSON logger. Redaction is a safety net: code never logs secrets on purpose, and
 * these paths make sure a credential or token that slips into a log object is censored anyway.
 */
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

const REDACTED_PATHS = [
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'serviceAccessToken',
  '*.serviceAccessToken',
  'apiSecret',
  '*.apiSecret',
  'accessToken',
  '*.accessToken',
  'refreshToken',
  '*.refreshToken',
  'jwtAccessToken',
  '*.jwtAccessToken',
  'clientSecret',
  '*.clientSecret',
];

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
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

/** Writes out buffered log lines; call before exiting. */
export function flushLogs(logger: Logger): Promise<void> {
  return new Promise((resolve) => logger.flush(() => resolve()));
}
