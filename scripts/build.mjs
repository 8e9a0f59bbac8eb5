/**
 * Builds `dist/` from `src/`, and with `--if-stale` only when it must: when there is no build yet,
 * or a source (a file or a folder, so a deleted file counts), a tsconfig or the lock file is newer
 * than the last build. `npm start` runs it with `--if-stale`, so a built tree starts at once and a
 * changed source still rebuilds; `npm run build` always builds.
 *
 * The build transpiles each file with esbuild (well under a second, where tsc took 6 to 20 s: the
 * first `npm start` after `npm ci` listens within seconds), the same transform the test runner
 * applies to the sources; types are checked by `npm run typecheck` (tsc), which CI runs first.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const STAMP = 'dist/.build-stamp';
const INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

/** The newest modification time under a path (the path itself included). */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : -1;
const stale = INPUTS.some((input) => existsSync(input) && newest(input) > built);
if (process.argv.includes('--if-stale') && !stale) {
  console.error('dist/ is up to date with src/: not rebuilding');
} else {
  console.error('building dist/ from src/ (esbuild) …');
  const sources = [];
  const collect = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) collect(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) sources.push(path);
    }
  };
  collect('src');
  // From scratch: a source deleted since the last build leaves nothing behind.
  rmSync('dist', { recursive: true, force: true });
  mkdirSync('dist');
  await build({
    entryPoints: sources,
    outdir: 'dist',
    outbase: 'src',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    tsconfig: 'tsconfig.build.json',
    logLevel: 'warning',
  });
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}
