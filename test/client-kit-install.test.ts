/**
 * The client kit as a dashboard team gets it: `npm run pack:client`'s tarball installed in a
 * temporary project with that project's own Apollo Client, urql and graphql (the versions this
 * repository locks, from npm's cache), then README's programs of "Use from a dashboard" written to
 * files as they stand, type-checked (strict, as a bundler resolves them) against what the project installed, and run against
 * the gateway as it ships on its embedded emulator: each exits 0 with no console warning. The
 * trusted-documents program runs against a gateway that runs only the kit's documents.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killGatewayProcesses, spawnGateway, type GatewayProcess } from './helpers/process.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Use from a dashboard'), readme.indexOf('\n## ', readme.indexOf('## Use from a dashboard') + 1));
/** README's programs: each ```ts block, named by the `(name.ts)` the paragraph before it gives. */
const programs = [...section.matchAll(/\(`([\w-]+\.ts)`[^\n]*\n(?:[^\n]+\n)*?\n```ts\n([\s\S]*?)```/g)].map((match) => ({ file: match[1]!, text: match[2]! }));

/** The exact version this repository installed of a package: the temporary project installs the same (from npm's cache). */
const installed = (name: string) => (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });

let project: string;
let open: GatewayProcess;
let trustedOnly: GatewayProcess;

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'kit-dashboard-'));
  npm(['run', 'pack:client', '--', '--pack-destination', project], root);
  const tarball = readdirSync(project).find((name) => name.endsWith('.tgz'))!;
  const dependencies = Object.fromEntries(
    ['@apollo/client', '@urql/core', '@urql/exchange-graphcache', '@urql/exchange-persisted', 'graphql'].map((name) => [name, installed(name)]),
  );
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'dashboard', private: true, type: 'module', dependencies: { '@authlete-graphql-gateway/client': `file:${tarball}`, ...dependencies, '@types/node': installed('@types/node') } }),
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', outDir: 'out', skipLibCheck: false, types: ['node'] }, include: ['*.ts'] }),
  );
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund'], project);
  for (const { file, text } of programs) writeFileSync(join(project, file), text);

  open = spawnGateway({ CLIENT_CACHE_TTL_SECONDS: '30' });
  const manifest = join(project, 'node_modules/@authlete-graphql-gateway/client/src/graphql/persisted-documents.json');
  trustedOnly = spawnGateway({ PERSISTED_OPERATIONS_ONLY: 'true', PERSISTED_OPERATIONS_MANIFEST: manifest });
  await Promise.all([open.listening, trustedOnly.listening]);
}, 180_000);

afterAll(async () => {
  await Promise.all([open?.stop(), trustedOnly?.stop()]);
  killGatewayProcesses();
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the packed kit in a dashboard project of its own', () => {
  it("README has the three programs", () => {
    expect(programs.map((program) => program.file)).toEqual(['apollo-dashboard.ts', 'urql-dashboard.ts', 'trusted-documents.ts']);
  });

  it('the project resolves its own Apollo Client, not this repository\'s', () => {
    const resolved = createRequire(join(project, 'node_modules/@authlete-graphql-gateway/client/package.json')).resolve('@apollo/client');
    expect(resolved.startsWith(project)).toBe(true);
    expect(resolved.startsWith(root)).toBe(false);
  });

  it("README's programs type-check (strict) against what the project installed", () => {
    const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', project], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);

  it.each(['apollo-dashboard', 'urql-dashboard', 'trusted-documents'])('%s runs against the gateway: exit 0, no warning', async (name) => {
    const gateway = name === 'trusted-documents' ? trustedOnly : open;
    const run = spawnSync(process.execPath, [join(project, 'out', `${name}.js`)], {
      cwd: project,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, GATEWAY_URL: `${await gateway.listening}/graphql` },
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/undefined|null/);
    if (name === 'trusted-documents') {
      expect(run.stdout).toMatch(/clients: demo-web/);
      return;
    }
    expect(run.stdout).toMatch(/created: OK/);
    // The count before the delete (as loaded), and after it, read through the same cache.
    const before = Number(/of (\d+) tokens|(\d+) tokens of/.exec(run.stdout)!.slice(1).find(Boolean));
    expect(Number(/after the delete: (\d+) tokens/.exec(run.stdout)![1])).toBe(before - 1);
    // Apollo keeps the loaded pages, less the deleted token.
    if (name === 'apollo-dashboard') expect(run.stdout).toContain(`after the delete: ${before - 1} tokens, ${before - 1} loaded`);
  }, 90_000);
});

describe('documentHash', () => {
  it('names the operation of a document that is not the kit\'s', async () => {
    const kit = await import('../client/src/index.js');
    const { parse } = await import('graphql');
    expect(kit.documentHash(kit.GatewayInfoDocument)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(() => kit.documentHash(parse('query Mine { gatewayInfo { version } }'))).toThrow(/Mine is not one of the kit's documents/);
  });
});
