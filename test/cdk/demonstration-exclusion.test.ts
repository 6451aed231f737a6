import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PATHS } from '../../data/paths.ts';
import { builtRelease, pagesBuiltFrom } from './portal-app.ts';

const root = PATHS.root;
const outdirs: string[] = [];
afterAll(() => outdirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs the CDK app as `cdk synth` runs it (CDK_OUTDIR and context from the environment), offline. */
function synthesize(context: Record<string, string>) {
  const outdir = mkdtempSync(join(tmpdir(), 'cdk.out-'));
  outdirs.push(outdir);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'cdk', 'app.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      CDK_OUTDIR: outdir,
      CDK_CONTEXT_JSON: JSON.stringify(context),
      CDK_DEFAULT_ACCOUNT: '111111111111',
      CDK_DEFAULT_REGION: 'us-east-1',
    },
  });
  return { ...run, outdir };
}

/** Pages built as `npm start` builds them: from the release's demonstration build. */
function demonstrationPages() {
  const { release, demonstration, sha256sums } = builtRelease({ demonstration: true });
  return pagesBuiltFrom({ id: release, demonstration }, sha256sums);
}
/** What pages say they were built from. */
const stampOf = (siteDir: string) =>
  JSON.parse(readFileSync(join(siteDir, 'release.json'), 'utf8')) as { release: string; demonstration: boolean };

describe('demonstration data never reaches a deployment unless asked for', () => {
  it('refuses to deploy pages built with demonstration data alongside the published release', () => {
    const siteDir = demonstrationPages();
    builtRelease();
    expect(stampOf(siteDir).demonstration).toBe(true);
    const run = synthesize({ siteDir });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(
      /shows release \S+-demo \(a demonstration build\), not \d{4}-\d{2}-\d{2}\S* with these contents: rebuild it with npm run site:build/,
    );
    expect(readdirSync(run.outdir)).not.toContain('manifest.json');
  }, 120_000);

  it('deploys the demonstration build only with context demonstration=true, and says so in the stack', () => {
    const siteDir = demonstrationPages();
    const run = synthesize({ demonstration: 'true', stage: 'demo', siteDir });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
    const template = JSON.parse(readFileSync(join(run.outdir, 'DrugPolicyPortal-demo.template.json'), 'utf8'));
    expect(template.Description).toContain('DEMONSTRATION build with synthetic MEM results');
    const load = Object.values(
      template.Resources as Record<string, { Type: string; Properties: { Release: string } }>,
    ).find((r) => r.Type === 'Custom::LoadRelease');
    expect(load?.Properties.Release).toBe(stampOf(siteDir).release);
    expect(stampOf(siteDir).release).toMatch(/-demo$/);
  }, 240_000);

  it('takes the context only as true or false', () => {
    const run = synthesize({ demonstration: 'yes' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('context demonstration "yes": true or false');
  }, 120_000);

  it(
    'refuses a demonstration release on the deploy command line without --demonstration, ' + 'before building anything',
    () => {
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', join(root, 'scripts', 'deploy.ts'), '--release', '2026-11-22.2-demo'],
        { cwd: root, encoding: 'utf8' },
      );
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('a demonstration release goes with --demonstration, and only it');
    },
    60_000,
  );
});
