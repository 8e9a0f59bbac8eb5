/**
 * `npm start` builds only when it must (scripts/build.mjs --if-stale, its prestart): on a built
 * tree it starts at once; a changed, added or deleted source rebuilds. Checked on the repository's
 * own tree as the suite's global setup built it, and on a small tree of its own for the changes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const script = join(root, 'scripts/build.mjs');
/** Runs the prestart step in `cwd`; what it said (it writes to stderr). */
function said(cwd: string): string {
  const result = spawnSync(process.execPath, [script, '--if-stale'], { cwd, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stderr;
}

describe('npm start on a built tree', () => {
  it('does not rebuild: dist/main.js is left as the build wrote it', () => {
    const before = statSync(join(root, 'dist/main.js')).mtimeMs;
    expect(said(root)).toContain('up to date');
    expect(statSync(join(root, 'dist/main.js')).mtimeMs).toBe(before);
  });

  it('rebuilds when a source changes, is added or is deleted, and not otherwise', () => {
    const tree = mkdtempSync(join(tmpdir(), 'build-'));
    try {
      mkdirSync(join(tree, 'src'));
      writeFileSync(join(tree, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, target: 'es2022', module: 'nodenext' } }));
      writeFileSync(join(tree, 'tsconfig.build.json'), JSON.stringify({ extends: './tsconfig.json', compilerOptions: { rootDir: 'src', outDir: 'dist' }, include: ['src'] }));
      writeFileSync(join(tree, 'src/a.ts'), 'export const a = 1;\n');
      expect(said(tree)).toContain('building');
      expect(said(tree)).toContain('up to date');
      // Backdate the tree's sources below the stamp, then change one thing at a time: each rebuilds once.
      const backdate = () => {
        const past = new Date(Date.now() - 60_000);
        for (const path of ['src', 'src/a.ts', 'tsconfig.json', 'tsconfig.build.json']) utimesSync(join(tree, path), past, past);
      };
      backdate();
      expect(said(tree)).toContain('up to date');
      writeFileSync(join(tree, 'src/a.ts'), 'export const a = 2;\n');
      expect(said(tree)).toContain('building');
      backdate();
      writeFileSync(join(tree, 'src/b.ts'), 'export const b = 1;\n');
      expect(said(tree)).toContain('building');
      expect(statSync(join(tree, 'dist/b.js')).isFile()).toBe(true);
      backdate();
      unlinkSync(join(tree, 'src/b.ts'));
      expect(said(tree)).toContain('building');
      expect(said(tree)).toContain('up to date');
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  }, 120_000);
});
