/**
 * Runs the gateway as a separate process on a loopback ephemeral port: either as it ships
 * (`node dist/main.js`, built by the global setup) or from source through tsx. Only the variables
 * given (plus PATH-like basics) reach it: no AUTHLETE_* or AUTH_* from the outer environment.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { SERVICE_ACCESS_TOKEN, SERVICE_ID } from './gateway.js';
import { AUDIENCE, ISSUER } from './jwt.js';

const DIST_MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const SOURCE_MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

export interface GatewayProcess {
  child: ChildProcessWithoutNullStreams;
  /** Resolves with the base URL (http://127.0.0.1:port) once the gateway listens; rejects if it exits first. */
  listening: Promise<string>;
  /** Once listening: the URL of /metrics (its own listener unless METRICS_PORT is the API's). */
  metricsUrl(): string;
  output(): { stdout: string; stderr: string };
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

const running = new Set<ChildProcessWithoutNullStreams>();

/** The environment of a gateway as it runs in production: NODE_ENV=production, JWT callers, a real Authlete URL. */
export function productionEnv(upstreamUrl: string, jwksUrl: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    AUTHLETE_BASE_URL: upstreamUrl,
    AUTHLETE_SERVICE_ID: SERVICE_ID,
    AUTHLETE_SERVICE_ACCESS_TOKEN: SERVICE_ACCESS_TOKEN,
    AUTH_JWKS_URL: jwksUrl,
    AUTH_ISSUER: ISSUER,
    AUTH_AUDIENCE: AUDIENCE,
  };
}

export function spawnGateway(env: Record<string, string>, options: { from?: 'dist' | 'source' } = {}): GatewayProcess {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(AUTHLETE_|AUTH_|HTTP_|RATE_LIMIT|READ_RATE_LIMIT|UPSTREAM_|METRICS_|PERSISTED_|OTEL_|NODE_ENV$)/.test(name)),
  );
  const args = options.from === 'source' ? ['--import', 'tsx', SOURCE_MAIN] : [DIST_MAIN];
  const child = spawn(process.execPath, args, { env: { ...inherited, PORT: '0', HOST: '127.0.0.1', METRICS_PORT: '0', LOG_LEVEL: 'info', ...env } });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = stdout.match(/"url":"(http:\/\/127\.0\.0\.1:\d+)\/graphql"/);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the gateway exited with ${code}: ${stderr}`)));
  });
  listening.catch(() => undefined); // awaited only by tests that expect the gateway to start
  return {
    child,
    listening,
    metricsUrl: () => {
      const match = stdout.match(/"metrics":"(http:\/\/[^"]+\/metrics)"/);
      if (!match?.[1]) throw new Error('the gateway has not said where its metrics are');
      return match[1];
    },
    output: () => ({ stdout, stderr }),
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      return code;
    },
  };
}

/** Kills whatever a test file left running (call from afterAll). */
export function killGatewayProcesses(): void {
  for (const child of running) child.kill('SIGKILL');
}
