/**
 * The CDK app: the only place that knows stages and reads context. It deploys the release that
 * `npm run data:build` wrote and the site `npm run site:build` built (`npm run deploy` runs both).
 *
 * Context: `stage` (default `dev`), `domain` and `certificateArn` (a custom domain, certificate in
 * us-east-1), `release` (an older, already loaded release to make current: a rollback),
 * `apiConcurrency` (default 50), `logRetentionDays` (default 90), `demonstration` ("true" deploys
 * the release's demonstration build, with synthetic MEM results, instead of the release itself:
 * for a demonstration stage only, never by default).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { buildRelease } from '../data/steps/build-release.ts';
import { readReleaseBundle } from '../data/steps/read-release-bundle.ts';
import { requireSiteBuiltFrom } from '../scripts/site-release.ts';
import { PortalStack } from './lib/portal-stack.ts';

const root = join(import.meta.dirname, '..');
const app = new App();
const context = (name: string): string | undefined => app.node.tryGetContext(name);

const stage = context('stage') ?? 'dev';
const demonstrationContext = context('demonstration') ?? 'false';
if (!['true', 'false'].includes(demonstrationContext))
  throw new Error(`context demonstration "${demonstrationContext}": true or false`);
const { dataset, sha256sums } = buildRelease(join(root, 'data'), { demonstration: demonstrationContext === 'true' });
const release = dataset.release.id;
const releaseDir = join('dist', 'releases', release);
const siteDir = join(root, 'dist', 'site');
if (!existsSync(join(root, releaseDir)) || !existsSync(join(siteDir, 'index.html'))) {
  throw new Error(
    `release ${release} or the site is not built: run npm run data:build and npm run site:build first (npm run deploy does)`,
  );
}
// The bundle on disk must be exactly the release, and the pages built from it: deploying them is publishing them.
readReleaseBundle(root, releaseDir);
requireSiteBuiltFrom(siteDir, { id: release, sha256sums });

const apiConcurrency = Number(context('apiConcurrency') ?? 50);
if (!Number.isInteger(apiConcurrency) || apiConcurrency < 1)
  throw new Error(
    `context apiConcurrency "${context('apiConcurrency')}": a whole number of concurrent executions, at least 1`,
  );
const logRetention = Number(context('logRetentionDays') ?? 90);
if (!Object.values(RetentionDays).includes(logRetention)) {
  throw new Error(
    `context logRetentionDays "${context('logRetentionDays')}": one of CloudWatch's retention periods, e.g. 30, 90, 365`,
  );
}

const domain = context('domain');
const certificateArn = context('certificateArn');
if (Boolean(domain) !== Boolean(certificateArn))
  throw new Error(
    'context domain and certificateArn go together: a custom domain needs its certificate (in us-east-1)',
  );

new PortalStack(app, `DrugPolicyPortal-${stage}`, {
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  description: `Hemispheric Drug Policy Portal (${stage}): site, open-data API and data releases${dataset.release.demonstration ? ' - DEMONSTRATION build with synthetic MEM results' : ''}`,
  siteDir,
  releaseDir: join(root, releaseDir),
  release,
  sha256sums,
  current: context('release') ?? release,
  domain: domain && certificateArn ? { names: [domain], certificateArn } : undefined,
  apiConcurrency,
  logRetention: logRetention as RetentionDays,
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
