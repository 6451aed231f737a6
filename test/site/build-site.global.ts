import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Builds the portal once before the tests (the site tests read dist/site), in a child process so
 * that Astro's own Vite does not run inside Vitest's.
 */
export default function buildPortalOnce() {
  const root = join(import.meta.dirname, '..', '..');
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build-site.ts')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
