/**
 * A real Redis for the tests: Debian's `redis-server`, started on a free loopback port with no
 * persistence, stopped after. Outside CI, a machine without the binary skips those tests with a
 * warning naming the package; in CI (CI=true) a missing binary fails, since .ci/run installs it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

const BINARY = 'redis-server';

/** True when redis-server can be run here; warns (outside CI) when it cannot. */
export function redisAvailable(): boolean {
  const found = spawnSync(BINARY, ['--version'], { encoding: 'utf8' }).status === 0;
  if (!found && process.env.CI !== 'true') {
    process.stderr.write(`\n[warning] ${BINARY} not found: the Redis rate-limit tests are skipped. Install Debian's package: apt-get install redis-server\n`);
  }
  return found || process.env.CI === 'true';
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface TestRedis {
  url: string;
  port: number;
  /** A client of its own, for inspecting the server (INFO, CONFIG RESETSTAT, DEBUG SLEEP). */
  admin(): Redis;
  /** Stops the server (SIGTERM, waits for exit); `start` brings it back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  let server: ChildProcess | undefined;
  const admins: Redis[] = [];

  async function start(): Promise<void> {
    const child = spawn(
      BINARY,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--enable-debug-command', 'local', '--loglevel', 'warning'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    server = child;
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${BINARY} exited with ${child.exitCode}: ${output}`);
      const probe = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        if ((await probe.ping()) === 'PONG') return;
      } catch {
        if (Date.now() > deadline) throw new Error(`${BINARY} did not answer on port ${port}: ${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        probe.disconnect();
      }
    }
  }

  async function stop(): Promise<void> {
    const child = server;
    server = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }

  await start();
  return {
    url: `redis://127.0.0.1:${port}/0`,
    port,
    admin() {
      const client = new Redis(port, '127.0.0.1', { maxRetriesPerRequest: 1 });
      client.on('error', () => undefined);
      admins.push(client);
      return client;
    },
    stop,
    start,
    async close() {
      for (const client of admins) client.disconnect();
      await stop();
    },
  };
}
