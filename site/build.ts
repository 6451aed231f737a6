/**
 * Builds the portal: Astro renders every page from the current data release (or its
 * demonstration build), then Pagefind indexes them for search (`pagefind/` beside the pages).
 * `npm run site:build`, `npm start`, `npm run deploy`, the screenshots and the site tests all build
 * it with buildSite.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import * as z from 'zod';
import { PATHS } from '../data/paths.ts';
import { SiteBuild, SiteSettings, buildModule } from './settings.ts';

/**
 * Builds the site and its search index into `outDir` with `settings`; rejects if any page fails
 * to render (the build prints which). Astro runs in a process of its own: its Vite must not share
 * one with Vitest's, and Astro's telemetry can be turned off only in its process's environment.
 */
export function buildSite(settings: SiteSettings, outDir: string = PATHS.site): Promise<string> {
  const checked = SiteSettings.safeParse(settings);
  if (!checked.success) return Promise.reject(new Error(`site settings: ${z.prettifyError(checked.error)}`));
  const job: BuildJob = { build: { ...checked.data, dataRoot: PATHS.root }, outDir };
  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, JSON.stringify(job)], {
    cwd: PATHS.root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(outDir) : reject(new Error(`the site build failed (exit code ${code})`)),
    );
  });
}

/** What buildSite hands the process it starts. */
const BuildJob = z.object({ build: SiteBuild, outDir: z.string() });
type BuildJob = z.infer<typeof BuildJob>;

/** The build itself, in the process buildSite starts (which alone loads Astro and Pagefind). */
async function runBuild({ build: settings, outDir }: BuildJob) {
  const [astro, pagefind] = await Promise.all([import('astro'), import('pagefind')]);
  await astro.build({
    root: PATHS.siteProject,
    outDir,
    site: settings.origin,
    logLevel: 'warn',
    vite: { plugins: [buildModule(settings)] },
  });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
}

if (import.meta.main) await runBuild(BuildJob.parse(JSON.parse(process.argv[2]!)));
