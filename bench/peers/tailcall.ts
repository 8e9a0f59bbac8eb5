/**
 * Peer from outside Node: Tailcall 1.0.0 (a Rust GraphQL-over-REST runtime), one worker thread,
 * serving createToken from tailcall.graphql (the same types, with `@http` to the fake Authlete).
 * Its binary is not a dependency (it exists for Linux x64 with glibc only, and 1.0.0 is the last
 * build that runs on glibc older than 2.38): it is installed from the npm registry on first use
 * into node_modules/.cache/bench-tailcall, pinned. Env: UPSTREAM, SERVICE_ID, SERVICE_TOKEN.
 * Prints {"port": N, "pid": M} (M: the Tailcall process, whose CPU the bench measures).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = '@tailcallhq/core-linux-x64-gnu@1.0.0';
const CACHE = fileURLToPath(new URL('../../node_modules/.cache/bench-tailcall', import.meta.url));
const BINARY = join(CACHE, 'node_modules/@tailcallhq/core-linux-x64-gnu/bin/tailcall');

if (!existsSync(BINARY)) {
  mkdirSync(CACHE, { recursive: true });
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', CACHE, PACKAGE], { stdio: ['ignore', 'ignore', 'inherit'] });
}

const env = { UPSTREAM: process.env.UPSTREAM, SERVICE_ID: process.env.SERVICE_ID, SERVICE_TOKEN: process.env.SERVICE_TOKEN };
for (const [name, value] of Object.entries(env)) if (!value) throw new Error(`${name} is required`);

const port = await new Promise<number>((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = server.address() as AddressInfo;
    server.close(() => resolve(free));
  });
});
/** Inside a GraphQL "…" string. */
const quoted = (value: string) => JSON.stringify(value).slice(1, -1);
/** createToken.graphql's types, without its scalars and root types (tailcall.graphql has its own), Timestamp as Int64. */
const types = readFileSync(new URL('./createToken.graphql', import.meta.url), 'utf8')
  .split(/\n\s*\n/)
  .filter((block) => !/^(scalar |type (Query|Mutation) )/.test(block))
  .join('\n\n')
  .replaceAll('Timestamp', 'Int64');
const config = `${readFileSync(new URL('./tailcall.graphql', import.meta.url), 'utf8')}\n${types}\n`
  .replace(/port: \d+/, `port: ${port}`)
  .replace(/\{\{\.env\.(UPSTREAM|SERVICE_ID|SERVICE_TOKEN)\}\}/g, (_, name: keyof typeof env) => quoted(env[name]!.replace(/\/$/, '')));
const directory = mkdtempSync(join(tmpdir(), 'tailcall-peer-'));
writeFileSync(join(directory, 'tailcall.graphql'), config);

const child = spawn(BINARY, ['start', join(directory, 'tailcall.graphql')], {
  // No usage reporting (it would try to reach the internet), warnings only.
  env: { ...process.env, TAILCALL_TRACKER: 'false', TAILCALL_LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
let stopping = false;
child.on('exit', (code) => {
  rmSync(directory, { recursive: true, force: true });
  process.exit(stopping ? 0 : (code ?? 1));
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    stopping = true;
    child.kill('SIGTERM');
  });
}

const deadline = Date.now() + 30_000;
for (;;) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    if (response.ok && ((await response.json()) as { data?: { __typename?: string } }).data?.__typename === 'Query') break;
  } catch {
    /* not yet */
  }
  if (Date.now() > deadline) {
    child.kill('SIGTERM');
    throw new Error('tailcall did not answer within 30 s');
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
}
process.stdout.write(`${JSON.stringify({ port, pid: child.pid })}\n`);
