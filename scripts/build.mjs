/**
 * Builds `dist/` from `src/` (tsc), and with `--if-stale` only when it must: when there is no build
 * yet, or a source (a file or a folder, so a deleted file counts), a tsconfig or the lock file is
 * newer than the last build. `npm start` runs it with `--if-stale`, so a built tree starts at once
 * and a changed source still rebuilds; `npm run build` always builds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

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
  console.error('building dist/ from src/ (tsc) …');
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}
