import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Builds the portal once before the tests (the site tests read dist/site), in a child process so
 * that Astro's own Vite does not run inside Vitest's. It is built as `npm start` builds it, with
 * the demonstration data, so that the tests see every MEM view filled and labelled.
 */
export default function buildPortalOnce() {
  const root = join(import.meta.dirname, '..', '..');
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build-site.ts'), '--demonstration'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
