/**
 * Builds `dist/` once before the suite: the hostile-input tests run the gateway exactly as it
 * ships (`node dist/main.js`), not through a TypeScript loader.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function buildDist(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  // As `npm run build` does: always build, and stamp it, so that `npm start` afterwards does not rebuild.
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}
