/**
 * npm run bench — the gateway against the direct REST call, in one run, alternating rounds.
 *
 * Starts a fast fake Authlete and the built gateway (node dist/main.js) as separate processes, the
 * gateway as it ships to production: NODE_ENV=production, caller JWT auth on, logs on (JSON lines
 * to a pipe that is drained), metrics on, rate limiter on (with a limit the run cannot reach).
 * Targets: the direct POST to the fake's token-create endpoint; createToken through the gateway;
 * a tokens page of 50 with `client` on every node; and the hostile 100 KB body (a long integer, then
 * escaped quotes: quadratic for the old regex pre-scan) without and with credentials, answered 401
 * and 400. Each at 1 and 32 connections, rounds alternating.
 * Every response body is checked against the expected one; a run with any error is not reported.
 *
 *   npm run bench                      # rounds of 5 s (BENCH_SECONDS, BENCH_ROUNDS to change)
 *   npm run bench -- --soak            # 5 minutes of createToken at a steady rate (BENCH_SOAK_SECONDS, BENCH_SOAK_RATE)
 *   npm run bench -- --upstream-latency 40   # the fake answers after 40 ms: latency in upstream round trips
 *                                      # (beside a minimal Node.js proxy and a fresh gateway's first 100 requests;
 *                                      # BENCH_WARM_SECONDS of warm-up per target)
 *   npm run bench -- --cpu             # gateway CPU per request, one request at a time, min of rounds
 *                                      # (steadier on a shared machine; BENCH_ROUNDS, BENCH_SECONDS)
 *   npm run bench -- --cpu --against DIR   # A/B: the same, alternating with the gateway built in DIR
 *                                      # (another checkout, e.g. a git worktree of main after `npm run build`)
 *
 * With Debian's redis-server installed, a second gateway keeps its rate limit in a Redis on
 * loopback (RATE_LIMIT_REDIS_URL) and createToken is measured through it too.
 *
 * Peers (bench/peers/), each serving the same createToken SDL against the same fake Authlete, so
 * every run prints the gateway's ratio to them beside its ratio to the direct call: a minimal
 * graphql-yoga, Fastify + Mercurius with graphql-jit (the fastest plain Node.js GraphQL stack), and
 * Tailcall 1.0.0 with one worker (a Rust runtime, from outside Node; its binary is fetched from the
 * npm registry on first use, and the row is left out when it cannot be). BENCH_PEERS=0 leaves them out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { Client } from 'undici';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SOAK = process.argv.includes('--soak');
/** --only NAME: measure only the targets whose name contains NAME (the direct call always runs). */
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
/** --profile DIR: run the gateway under `node --cpu-prof`, writing its profile into DIR. */
const PROFILE_DIR = process.argv.includes('--profile') ? process.argv[process.argv.indexOf('--profile') + 1] : undefined;
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 300);
/** --upstream-latency MS: the fake Authlete answers after MS; report what a caller waits, in round trips. */
const UPSTREAM_LATENCY_MS = process.argv.includes('--upstream-latency') ? Number(process.argv[process.argv.indexOf('--upstream-latency') + 1]) : 0;
const SOAK_RATE = Number(process.env.BENCH_SOAK_RATE ?? 400);
/**
 * The Node flags the gateway starts with: those of `npm start` (package.json), so the bench
 * measures the process users run; BENCH_NODE_FLAGS overrides them ("" for Node's defaults).
 */
const NODE_FLAGS = (
  process.env.BENCH_NODE_FLAGS ??
  (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } }).scripts.start.match(/^node (.*?) ?dist\/main\.js$/)?.[1] ??
  ''
)
  .split(' ')
  .filter(Boolean);
/** --cpu: gateway CPU per request, one request at a time, minimum over rounds. */
const CPU_MODE = process.argv.includes('--cpu');
/** --against DIR: in --cpu mode, also measure the gateway built in DIR (DIR/dist/main.js), rounds alternating. */
const AGAINST = process.argv.includes('--against') ? process.argv[process.argv.indexOf('--against') + 1] : undefined;
const SERVICE_ID = '21653835348762';
const SERVICE_TOKEN = 'bench-service-access-token';
const ISSUER = 'https://idp.bench/';
const AUDIENCE = 'authlete-graphql-gateway';

const CREATE_BODY = JSON.stringify({
  grantType: 'AUTHORIZATION_CODE',
  clientId: 26888344961664,
  subject: 'john',
  scopes: ['history.read', 'timeline.read'],
});
const CREATE_OPERATION = JSON.stringify({
  query:
    'mutation CreateToken($input: CreateTokenInput!) { createToken(input: $input) { action resultCode accessToken refreshToken tokenType clientId expiresAt expiresIn scopes subject } }',
  variables: { input: { grantType: 'AUTHORIZATION_CODE', clientId: '26888344961664', subject: 'john', scopes: ['history.read', 'timeline.read'] } },
  operationName: 'CreateToken',
});
const TOKENS_OPERATION = JSON.stringify({
  query:
    'query Tokens { tokens(first: 50) { totalCount edges { node { accessTokenHash subject scopes createdAt accessTokenExpiresAt client { clientName clientIdAlias } } } } }',
  operationName: 'Tokens',
});

/** 100 KB that is not JSON: `1234567890123456"` then `\"` 50,000 times. */
const ADVERSARIAL_BODY = `1234567890123456"${'\\"'.repeat(50_000)}`;

interface Started {
  child: ChildProcess;
  output: () => string;
}

function start(command: string[], env: Record<string, string>, ready?: RegExp): Promise<Started & { match: RegExpMatchArray; ms: number }> {
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  let capture = true;
  const onData = (chunk: Buffer) => {
    if (capture) text += chunk.toString();
    if (text.length > 200_000) capture = false; // keep draining logs without holding them
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  return new Promise((resolve, reject) => {
    if (!ready) {
      resolve({ child, output: () => text, match: [] as unknown as RegExpMatchArray, ms: 0 });
      child.once('exit', (code) => code && process.stderr.write(`${command.join(' ')} exited with ${code}:\n${text}\n`));
      return;
    }
    const check = () => {
      const match = text.match(ready);
      if (match) {
        child.stdout!.off('data', check);
        resolve({ child, output: () => text, match, ms: performance.now() - started });
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`${command.join(' ')} exited with ${code}:\n${text}`)));
  });
}

/** A free loopback port (listen on 0, read it, close). */
async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function cpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
  return (ticks * 1_000_000) / 100; // USER_HZ = 100 on Linux
}

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return Number(line?.[1] ?? 0) / 1024;
}

interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  /** True when a response body is the right answer (a fast error is not a fast answer). */
  verify: (body: string | Buffer | undefined) => boolean;
  /** The HTTP status every answer must have (200 unless the target is a refusal). */
  status?: number;
  /**
   * The gateway answers before reading the body, then closes the connection: a client still
   * writing may see that as a reset now and then. Counted and shown, not a failure.
   */
  closesConnection?: boolean;
  pid?: number;
}

function parsed(body: string | Buffer | undefined): any {
  try {
    return JSON.parse(String(body));
  } catch {
    return undefined;
  }
}

const TOKEN = /^[\w-]{43}$/;
const verifyDirect = (body: string | Buffer | undefined) => {
  const answer = parsed(body);
  return answer?.action === 'OK' && TOKEN.test(answer.accessToken) && TOKEN.test(answer.refreshToken);
};
const verifyCreate = (body: string | Buffer | undefined) => {
  const answer = parsed(body);
  const token = answer?.data?.createToken;
  return !answer?.errors && token?.action === 'OK' && TOKEN.test(token.accessToken) && token.clientId === '26888344961664';
};
const refusedWith = (code: string) => (body: string | Buffer | undefined) => parsed(body)?.errors?.[0]?.extensions?.code === code;
const verifyTokens = (body: string | Buffer | undefined) => {
  const answer = parsed(body);
  const edges = answer?.data?.tokens?.edges;
  return !answer?.errors && Array.isArray(edges) && edges.length === 50 && edges.every((edge: any) => edge.node.client?.clientName);
};

interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  cpuMicrosPerRequest?: number;
  rss?: number;
  problems: string[];
}

async function measure(target: Target, connections: number, seconds: number): Promise<Measurement> {
  const cpuBefore = target.pid ? cpuMicros(target.pid) : 0;
  const { total, p50, p99, problems } = connections === 1 ? await sequential(target, seconds) : await concurrent(target, connections, seconds);
  if (total === 0) problems.push('no request completed');
  return {
    requestsPerSecond: total / seconds,
    p50,
    p99,
    cpuMicrosPerRequest: target.pid && total ? (cpuMicros(target.pid) - cpuBefore) / total : undefined,
    rss: target.pid ? rssMiB(target.pid) : undefined,
    problems,
  };
}

/** One keep-alive connection, one request at a time (for `seconds`, or `limit` requests), each timed in microseconds and checked. */
async function sequential(target: Target, seconds: number, limit = Infinity) {
  const url = new URL(target.url);
  const client = new Client(url.origin, { keepAliveTimeout: 60_000 });
  const latencies: number[] = [];
  const problems: string[] = [];
  const deadline = performance.now() + seconds * 1000;
  try {
    while (performance.now() < deadline && latencies.length < limit) {
      const started = performance.now();
      const response = await client.request({ method: 'POST', path: url.pathname, headers: target.headers, body: target.body });
      const body = await response.body.text();
      latencies.push(performance.now() - started);
      if (response.statusCode !== (target.status ?? 200) || !target.verify(body)) {
        problems.push(`HTTP ${response.statusCode}: ${body.slice(0, 300)}`);
        break;
      }
    }
  } finally {
    await client.close();
  }
  latencies.sort((a, b) => a - b);
  const at = (quantile: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * quantile))] ?? NaN;
  return { total: latencies.length, p50: at(0.5), p99: at(0.99), problems };
}

/** autocannon with many connections; every body is checked. */
async function concurrent(target: Target, connections: number, seconds: number) {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: target.headers,
    body: target.body,
    connections,
    duration: seconds,
    verifyBody: target.verify,
  });
  const problems: string[] = [];
  if (result.errors && !target.closesConnection) problems.push(`${result.errors} connection errors`);
  if (result.errors && target.closesConnection) process.stdout.write(`  (${result.errors} resets while writing a body the gateway did not read)\n`);
  if (result.timeouts) problems.push(`${result.timeouts} timeouts`);
  if (result.non2xx && (target.status ?? 200) === 200) problems.push(`${result.non2xx} non-2xx answers`);
  if (result.mismatches) problems.push(`${result.mismatches} wrong bodies`);
  return { total: result.requests.total, p50: result.latency.p50, p99: result.latency.p99, problems };
}

async function post(url: string, headers: Record<string, string>, body: string): Promise<string> {
  const response = await fetch(url, { method: 'POST', headers, body });
  return response.text();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const format = (value: number | undefined, digits = 0) => (value === undefined ? '—' : value.toFixed(digits));

async function main(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'bench-'));
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwksFile = join(directory, 'jwks.json');
  writeFileSync(jwksFile, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'bench', alg: 'ES256', use: 'sig' }] }));
  const jwt = await new SignJWT({ sub: 'bench-dashboard', scope: 'tokens:create tokens:read tokens:update tokens:revoke' })
    .setProtectedHeader({ alg: 'ES256', kid: 'bench' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setExpirationTime('2h')
    .sign(privateKey);

  const fake = await start(
    [process.execPath, '--import', 'tsx', 'bench/fake-authlete.ts'],
    { FAKE_AUTHLETE_LATENCY_MS: String(UPSTREAM_LATENCY_MS) },
    /\{"port":(\d+)\}/,
  );
  const upstream = `http://127.0.0.1:${fake.match[1]}`;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const spawnedAt = performance.now();
  const gatewayEnv = {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    AUTHLETE_BASE_URL: upstream,
    AUTHLETE_SERVICE_ID: SERVICE_ID,
    AUTHLETE_SERVICE_ACCESS_TOKEN: SERVICE_TOKEN,
    AUTH_JWKS_URL: pathToFileURL(jwksFile).href,
    AUTH_ISSUER: ISSUER,
    AUTH_AUDIENCE: AUDIENCE,
    // The limiters run on every operation; the limits are ones this run cannot reach.
    RATE_LIMIT_PER_MINUTE: '1000000',
    READ_RATE_LIMIT_PER_MINUTE: '1000000',
  };
  const gateway = await start(
    [process.execPath, ...NODE_FLAGS, ...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []), 'dist/main.js'],
    // /metrics on the API port (METRICS_PORT equal to PORT), where the soak reads it.
    { ...gatewayEnv, PORT: String(port), METRICS_PORT: String(port) },
  );
  const startup = await timeToHealthy();
  const pid = gateway.child.pid!;
  const redisGateway = await startRedisGateway(gatewayEnv);
  const peers = SOAK || UPSTREAM_LATENCY_MS > 0 || CPU_MODE || process.env.BENCH_PEERS === '0' ? [] : await startPeers(upstream);

  try {
    const gatewayHeaders = { 'content-type': 'application/json', authorization: `Bearer ${jwt}` };
    const directHeaders = { 'content-type': 'application/json', authorization: `Bearer ${SERVICE_TOKEN}` };
    const targets: Target[] = [
      { name: 'direct REST token create', url: `${upstream}/api/${SERVICE_ID}/auth/token/create`, headers: directHeaders, body: CREATE_BODY, verify: verifyDirect },
      { name: 'gateway createToken', url: `${base}/graphql`, headers: gatewayHeaders, body: CREATE_OPERATION, verify: verifyCreate, pid },
      { name: 'gateway tokens (50, with clients)', url: `${base}/graphql`, headers: gatewayHeaders, body: TOKENS_OPERATION, verify: verifyTokens, pid },
      ...(redisGateway
        ? [
            {
              name: 'gateway createToken (rate limit in Redis)',
              url: `${redisGateway.base}/graphql`,
              headers: gatewayHeaders,
              body: CREATE_OPERATION,
              verify: verifyCreate,
              pid: redisGateway.pid,
            },
          ]
        : []),
      ...peers.map((peer) => ({
        name: peer.name,
        url: `${peer.base}/graphql`,
        headers: { 'content-type': 'application/json' },
        body: CREATE_OPERATION,
        verify: verifyCreate,
        pid: peer.pid,
      })),
      {
        name: 'hostile 100 KB body, no credentials (401)',
        url: `${base}/graphql`,
        headers: { 'content-type': 'application/json' },
        body: ADVERSARIAL_BODY,
        verify: refusedWith('UNAUTHENTICATED'),
        status: 401,
        closesConnection: true,
        pid,
      },
      {
        name: 'hostile 100 KB body, with credentials (400)',
        url: `${base}/graphql`,
        headers: { ...gatewayHeaders, accept: 'application/graphql-response+json' },
        body: ADVERSARIAL_BODY,
        verify: refusedWith('BAD_REQUEST'),
        status: 400,
        pid,
      },
    ];
    if (ONLY) targets.splice(1, targets.length, ...targets.slice(1).filter((target) => target.name.includes(ONLY)));
    for (const target of targets) {
      const body = await post(target.url, target.headers, target.body);
      if (!target.verify(body)) throw new Error(`${target.name} does not answer as expected: ${body.slice(0, 500)}`);
    }

    if (SOAK) {
      await soak(targets[1]!, pid, base);
      return;
    }
    if (UPSTREAM_LATENCY_MS > 0) {
      await latency(base, gatewayEnv, gatewayHeaders, targets);
      return;
    }
    if (CPU_MODE) {
      const measured = targets.filter((target) => target.pid !== undefined && target.status === undefined && !target.name.includes('Redis'));
      if (!AGAINST) {
        await cpuPerRequest(measured);
        return;
      }
      const other = await startGateway(gatewayEnv, join(AGAINST, 'dist/main.js'));
      try {
        const twins = measured.map((target) => ({ ...target, name: `${target.name} [${AGAINST}]`, url: `${other.base}/graphql`, pid: other.pid }));
        await cpuPerRequest(measured.flatMap((target, index) => [target, twins[index]!]));
      } finally {
        other.child.kill('SIGTERM');
      }
      return;
    }

    process.stdout.write(`warming up…\n`);
    for (const target of targets) await measure(target, 8, 2);

    const results = new Map<string, Measurement[]>();
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const connections of [1, 32]) {
        for (const target of targets) {
          const measurement = await measure(target, connections, SECONDS);
          if (measurement.problems.length) throw new Error(`${target.name} at ${connections} connections: ${measurement.problems.join(', ')}`);
          const key = `${target.name}|${connections}`;
          results.set(key, [...(results.get(key) ?? []), measurement]);
          process.stdout.write(`round ${round} · ${connections} conn · ${target.name}: ${measurement.requestsPerSecond.toFixed(0)} req/s\n`);
        }
      }
    }
    report(targets, results, startup);
  } finally {
    const exited = new Promise((resolve) => gateway.child.once('exit', resolve));
    gateway.child.kill('SIGTERM');
    fake.child.kill('SIGTERM');
    redisGateway?.stop();
    for (const peer of peers) peer.stop();
    await exited; // (a --cpu-prof profile is written on exit)
    rmSync(directory, { recursive: true });
  }

  async function timeToHealthy(): Promise<number> {
    // From spawn to /healthz answering.
    for (;;) {
      if (gateway.child.exitCode !== null) throw new Error(`the gateway exited:\n${gateway.output()}`);
      try {
        if ((await fetch(`${base}/healthz`)).ok) return performance.now() - spawnedAt;
      } catch {
        /* not yet */
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

/**
 * Gateway CPU per request with one request in flight at a time (`sequential`): BENCH_ROUNDS rounds
 * of BENCH_SECONDS per target, targets alternating. On a shared machine, other tenants only ever
 * add to a round's CPU time, so the minimum over rounds is the figure to compare (the median is
 * shown beside it).
 */
async function cpuPerRequest(targets: Target[]): Promise<void> {
  const perRound = new Map<string, number[]>();
  for (const target of targets) await sequential(target, 1); // warm-up
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const target of targets) {
      const before = cpuMicros(target.pid!);
      const { total, problems } = await sequential(target, SECONDS);
      if (problems.length) throw new Error(`${target.name}: ${problems.join(', ')}`);
      const micros = (cpuMicros(target.pid!) - before) / total;
      perRound.set(target.name, [...(perRound.get(target.name) ?? []), micros]);
      process.stdout.write(`round ${round} · ${target.name}: ${micros.toFixed(0)} µs/req\n`);
    }
  }
  process.stdout.write(
    `\n${machine()} ${ROUNDS} rounds of ${SECONDS} s of sequential requests.\n\n` +
      '| target | gateway CPU µs/req, min | median |\n|---|--:|--:|\n',
  );
  const minimum = (name: string) => Math.min(...(perRound.get(name) ?? [NaN]));
  for (const target of targets) {
    process.stdout.write(`| ${target.name} | ${format(minimum(target.name))} | ${format(median(perRound.get(target.name)!))} |\n`);
  }
  for (const target of targets) {
    const twin = targets.find((other) => other.name === `${target.name} [${AGAINST}]`);
    if (!twin) continue;
    const [here, there] = [minimum(target.name), minimum(twin.name)];
    process.stdout.write(`\n${target.name}: this checkout ${format(here)} µs, ${AGAINST} ${format(there)} µs: ${((here / there - 1) * 100).toFixed(1)} % (minimum CPU per request).`);
  }
  if (AGAINST) process.stdout.write('\n');
  const create = minimum('gateway createToken');
  const tokens = minimum('gateway tokens (50, with clients)');
  if (Number.isFinite(create) && Number.isFinite(tokens)) {
    process.stdout.write(`\nA tokens page of 50 with clients costs ${(tokens / create).toFixed(2)} × a createToken (minimum CPU per request).\n`);
  }
}

/**
 * What a caller waits when Authlete is UPSTREAM_LATENCY_MS away, one request at a time: createToken,
 * a tokens page of 50 with clients (warm: client metadata cached, the default; cold: a gateway with
 * CLIENT_CACHE_TTL_SECONDS=0), and a token refetched by its global id. In ms and in round trips.
 *
 * Two controls: the direct call, and the same call through a minimal Node.js proxy (the least any
 * proxy process adds on this machine). Every row is first served at 32 connections for
 * BENCH_WARM_SECONDS (5): one request per 40 ms is too few for V8 to optimise the gateway's code
 * (it takes about a thousand), and a gateway in service has served thousands of requests. What the
 * first callers of a fresh gateway wait is its own row: the first 100 createTokens, before warm-up.
 */
async function latency(base: string, env: Record<string, string>, headers: Record<string, string>, targets: Target[]): Promise<void> {
  const warmSeconds = Number(process.env.BENCH_WARM_SECONDS ?? 5);
  const direct = new URL(targets[0]!.url);
  const started: ChildProcess[] = [];
  try {
    const cold = await startGateway({ ...env, CLIENT_CACHE_TTL_SECONDS: '0' });
    started.push(cold.child);
    const proxy = await start(
      [process.execPath, '--import', 'tsx', 'bench/minimal-proxy.ts'],
      { UPSTREAM: direct.origin, UPSTREAM_PATH: direct.pathname, UPSTREAM_TOKEN: SERVICE_TOKEN },
      /\{"port":(\d+)\}/,
    );
    started.push(proxy.child);
    const page = parsed(await post(`${base}/graphql`, headers, JSON.stringify({ query: '{ tokens(first: 1) { edges { node { id } } } }' })));
    const tokenId = page?.data?.tokens?.edges?.[0]?.node?.id as string;
    const node: Target = {
      name: 'gateway node(id:) refetch of a token',
      url: `${base}/graphql`,
      headers,
      body: JSON.stringify({ query: 'query($id: ID!) { node(id: $id) { id ... on AccessToken { accessTokenHash } } }', variables: { id: tokenId } }),
      verify: (body) => Boolean(parsed(body)?.data?.node?.accessTokenHash),
    };
    const rows: Target[] = [
      targets[0]!,
      { ...targets[0]!, name: 'direct REST token create through a minimal Node.js proxy', url: `http://127.0.0.1:${proxy.match[1]}/` },
      targets[1]!,
      { ...targets[2]!, name: 'gateway tokens (50, with clients), warm (clients cached)' },
      { ...targets[2]!, name: 'gateway tokens (50, with clients), cold (CLIENT_CACHE_TTL_SECONDS=0)', url: `${cold.base}/graphql`, pid: undefined },
      node,
    ];
    // What the first callers of a fresh (or quiet) gateway wait: its first 100 createTokens, before
    // any warm-up, on the gateway started for the cold row (nothing has run through it yet).
    const freshTarget: Target = { ...targets[1]!, url: `${cold.base}/graphql`, pid: undefined };
    const fresh = await sequential(freshTarget, 60, 100);
    if (fresh.problems.length) throw new Error(`fresh gateway createToken: ${fresh.problems.join(', ')}`);
    process.stdout.write(`warming up: ${warmSeconds} s at 32 connections per target…\n`);
    for (const target of rows) {
      const { problems } = await concurrent(target, 32, warmSeconds);
      if (problems.length) throw new Error(`${target.name} (warm-up): ${problems.join(', ')}`);
    }
    process.stdout.write(`\nUpstream latency ${UPSTREAM_LATENCY_MS} ms, one request at a time, ${SECONDS} s per target (Node ${process.version}).\n\n`);
    process.stdout.write('| target | p50 ms | p99 ms | p50 in round trips | p99 in round trips |\n|---|--:|--:|--:|--:|\n');
    const trips = (ms: number) => (ms / UPSTREAM_LATENCY_MS).toFixed(2);
    const p50s = new Map<string, number>();
    for (const target of rows) {
      const { p50, p99, problems } = await sequential(target, SECONDS);
      if (problems.length) throw new Error(`${target.name}: ${problems.join(', ')}`);
      p50s.set(target.name, p50);
      process.stdout.write(`| ${target.name} | ${p50.toFixed(1)} | ${p99.toFixed(1)} | ${trips(p50)} | ${trips(p99)} |\n`);
      if (target === targets[1]) {
        process.stdout.write(
          `| gateway createToken, the first 100 requests of a fresh gateway (V8 has not optimised its code yet) | ${fresh.p50.toFixed(1)} | ${fresh.p99.toFixed(1)} | ${trips(fresh.p50)} | ${trips(fresh.p99)} |\n`,
        );
      }
    }
    const [directP50, proxyP50, createP50] = [rows[0]!, rows[1]!, rows[2]!].map((row) => p50s.get(row.name)!);
    process.stdout.write(
      `\ncreateToken adds ${(createP50! - directP50!).toFixed(2)} ms to the direct p50; the minimal proxy adds ` +
        `${(proxyP50! - directP50!).toFixed(2)} ms, so the gateway's own share is ${(createP50! - proxyP50!).toFixed(2)} ms.\n`,
    );
  } finally {
    for (const child of started) child.kill('SIGTERM');
  }
}

/** Another gateway, as `npm start` runs it (this checkout's, or `main` given), on a free port with `env`; resolves once it listens. */
async function startGateway(env: Record<string, string>, main = 'dist/main.js'): Promise<{ child: ChildProcess; base: string; pid: number }> {
  const port = await freePort();
  const { child } = await start([process.execPath, ...NODE_FLAGS, main], { ...env, PORT: String(port), METRICS_PORT: String(port) }, /gateway listening/);
  return { child, base: `http://127.0.0.1:${port}`, pid: child.pid! };
}

/**
 * Redis on a free loopback port (no persistence) and a second gateway whose rate limit lives in it;
 * null when redis-server is not installed (the row is then left out, and the run says so).
 */
async function startRedisGateway(env: Record<string, string>): Promise<{ base: string; pid: number; stop: () => void } | null> {
  const { spawnSync } = await import('node:child_process');
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    process.stdout.write('redis-server is not installed (apt-get install redis-server): no Redis rate-limit row\n');
    return null;
  }
  const redisPort = await freePort();
  const redis = await start(
    ['redis-server', '--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {},
    /Ready to accept connections/,
  );
  const gateway = await startGateway({ ...env, RATE_LIMIT_REDIS_URL: `redis://127.0.0.1:${redisPort}/0` });
  return {
    base: gateway.base,
    pid: gateway.pid,
    stop: () => {
      gateway.child.kill('SIGTERM');
      redis.child.kill('SIGTERM');
    },
  };
}

/** The peer servers (bench/peers/), started beside the gateway; a peer that cannot start is left out, and the run says why. */
async function startPeers(upstream: string): Promise<Array<{ name: string; base: string; pid: number; stop: () => void }>> {
  const env = { UPSTREAM: upstream, SERVICE_ID, SERVICE_TOKEN };
  const peers = [
    { name: PEER_NAMES.yoga, script: 'bench/peers/minimal-yoga.ts' },
    { name: PEER_NAMES.mercurius, script: 'bench/peers/mercurius-jit.ts' },
    { name: PEER_NAMES.tailcall, script: 'bench/peers/tailcall.ts' },
  ];
  const started = [];
  for (const peer of peers) {
    try {
      const { child, match } = await start([process.execPath, '--import', 'tsx', peer.script], env, /\{"port":(\d+),"pid":(\d+)\}/);
      started.push({ name: peer.name, base: `http://127.0.0.1:${match[1]}`, pid: Number(match[2]), stop: () => child.kill('SIGTERM') });
    } catch (error) {
      process.stdout.write(`${peer.name}: not measured (${error instanceof Error ? error.message.split('\n')[0] : String(error)})\n`);
    }
  }
  return started;
}

const PEER_NAMES = {
  yoga: 'peer: minimal graphql-yoga, createToken',
  mercurius: 'peer: Fastify + Mercurius + graphql-jit, createToken',
  tailcall: 'peer: Tailcall 1.0.0 (Rust, 1 worker), createToken',
} as const;

/** The machine and the Node version the gateway ran on (the bench's own: it starts the gateway with it). */
function machine(): string {
  const flags = NODE_FLAGS.length ? NODE_FLAGS.join(' ') : 'none';
  return `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version} (gateway flags: ${flags}).`;
}

function report(targets: Target[], results: Map<string, Measurement[]>, startup: number): void {
  process.stdout.write(`\n${machine()} ${ROUNDS} alternating rounds of ${SECONDS} s; medians.\n\n`);
  process.stdout.write('| target | conn | req/s | × direct | p50 ms | p99 ms | gateway CPU µs/req | gateway RSS MiB |\n|---|--:|--:|--:|--:|--:|--:|--:|\n');
  for (const connections of [1, 32]) {
    const direct = median(results.get(`${targets[0]!.name}|${connections}`)!.map((m) => m.requestsPerSecond));
    for (const target of targets) {
      const runs = results.get(`${target.name}|${connections}`)!;
      const rps = median(runs.map((m) => m.requestsPerSecond));
      const cpuPerRequest = runs[0]!.cpuMicrosPerRequest === undefined ? undefined : median(runs.map((m) => m.cpuMicrosPerRequest!));
      const rss = runs[0]!.rss === undefined ? undefined : Math.max(...runs.map((m) => m.rss!));
      process.stdout.write(
        `| ${target.name} | ${connections} | ${format(rps)} | ${(rps / direct).toFixed(3)} | ${format(median(runs.map((m) => m.p50)), 2)} | ` +
          `${format(median(runs.map((m) => m.p99)), 2)} | ${format(cpuPerRequest)} | ${format(rss, 1)} |\n`,
      );
    }
  }
  const named = (start: string) => targets.find((target) => target.name.startsWith(start))?.name;
  const createName = named('gateway createToken');
  const tokensName = named('gateway tokens');
  const p50 = (name: string) => median(results.get(`${name}|1`)!.map((m) => m.p50));
  const cost = (name: string) => median(results.get(`${name}|32`)!.map((m) => m.cpuMicrosPerRequest!));
  if (createName) {
    process.stdout.write(`\nAt 1 connection the gateway adds ${(p50(createName) - p50(targets[0]!.name)).toFixed(2)} ms to the direct p50 (createToken).\n`);
  }
  if (createName && tokensName) {
    process.stdout.write(`A tokens page of 50 with clients costs ${(cost(tokensName) / cost(createName)).toFixed(2)} × a createToken (gateway CPU per request, 32 connections).\n`);
  }
  for (const peer of Object.values(PEER_NAMES)) {
    if (!createName || !results.has(`${peer}|32`)) continue;
    const rps = (name: string) => median(results.get(`${name}|32`)!.map((m) => m.requestsPerSecond));
    process.stdout.write(
      `gateway createToken at 32 connections: ${(rps(createName) / rps(peer)).toFixed(2)} × ${peer.slice('peer: '.length, -', createToken'.length)} ` +
        `(CPU per request ${format(cost(createName))} µs against ${format(cost(peer))} µs).\n`,
    );
  }
  const redisName = named('gateway createToken (rate limit in Redis)');
  if (createName && redisName) {
    process.stdout.write(
      `The rate limit in Redis adds ${(cost(redisName) - cost(createName)).toFixed(0)} µs of gateway CPU and ` +
        `${(p50(redisName) - p50(createName)).toFixed(2)} ms of 1-connection p50 to a createToken.\n`,
    );
  }
  process.stdout.write(`Start-up, process spawn to /healthz answering: ${startup.toFixed(0)} ms.\n`);
}

async function soak(target: Target, pid: number, base: string): Promise<void> {
  process.stdout.write(`soak: ${SOAK_SECONDS} s of ${target.name} at ${SOAK_RATE} req/s\n`);
  const samples: Array<{ second: number; rss: number; lagMs: number }> = [];
  const started = performance.now();
  const sampler = setInterval(async () => {
    const metrics = await (await fetch(`${base}/metrics`)).text();
    const lag = Number(metrics.match(/^nodejs_eventloop_lag_mean_seconds (\S+)/m)?.[1] ?? NaN) * 1000;
    const sample = { second: Math.round((performance.now() - started) / 1000), rss: rssMiB(pid), lagMs: lag };
    samples.push(sample);
    process.stdout.write(`t=${sample.second}s rss=${sample.rss.toFixed(1)} MiB event-loop lag=${sample.lagMs.toFixed(2)} ms\n`);
  }, 10_000);
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: target.headers,
    body: target.body,
    connections: 16,
    overallRate: SOAK_RATE,
    duration: SOAK_SECONDS,
    verifyBody: target.verify,
  });
  clearInterval(sampler);
  const problems = result.errors + result.timeouts + result.non2xx + result.mismatches;
  if (problems) throw new Error(`soak had ${problems} failed or wrong answers`);
  const afterFirstMinute = samples.find((sample) => sample.second >= 60) ?? samples[0]!;
  const last = samples.at(-1)!;
  process.stdout.write(
    `\n${result.requests.total} requests, no errors. RSS after the first minute ${afterFirstMinute.rss.toFixed(1)} MiB, ` +
      `at the end ${last.rss.toFixed(1)} MiB: growth ${(((last.rss - afterFirstMinute.rss) / afterFirstMinute.rss) * 100).toFixed(1)} %. ` +
      `Max event-loop lag ${Math.max(...samples.map((sample) => sample.lagMs)).toFixed(2)} ms.\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
