/**
 * The structured JSON logger. Redaction is a safety net: code never logs secrets on purpose, and
 * these paths make sure a credential or token that slips into a log object is censored anyway.
 */
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

export const REDACTED_PATHS = [
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

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'authlete-graphql-gateway' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination,
  );
}
