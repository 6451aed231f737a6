/**
 * The CDK app: the only place that knows stages and reads context. It deploys the release that
 * `npm run data:build` wrote and the site `npm run site:build` built (`npm run deploy` runs both).
 *
 * Context (rules in cdk/settings.ts): `stage` (default `dev`), `domain` and `certificateArn` (a
 * custom domain, certificate in us-east-1), `release` (an older, already loaded release to make
 * current: a rollback), `apiConcurrency` (default 50), `logRetentionDays` (default 90),
 * `maxReadRequestUnits` (the table's read cap per second, default 1000), `alarmEmail` (where
 * alarms and budget notifications go), `monthlyBudgetUsd` (default 25),
 * `demonstration` ("true" deploys the release's demonstration build, with synthetic MEM results,
 * instead of the release itself: for a demonstration stage only, never by default), `siteDir` (the
 * built pages, dist/site by default).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readBundleAt } from '../data/bundle/read-bundle.ts';
import { PATHS, releaseDir } from '../data/paths.ts';
import { buildRelease } from '../data/steps/build-release.ts';
import { requireSiteBuiltFrom } from '../site/release-stamp.ts';
import { PortalStack } from './lib/portal-stack.ts';
import { DEPLOY_SETTING_NAMES, readDeploySettings, stackName, type DeploySettingName } from './settings.ts';

const app = new App();
/** A context value as text, however it was given (`-c name=value`, cdk.json, CDK_CONTEXT_JSON). */
const context = (name: DeploySettingName): string | undefined => {
  const value: unknown = app.node.tryGetContext(name);
  return value === undefined ? undefined : String(value);
};
const { settings, problems } = readDeploySettings(
  Object.fromEntries(DEPLOY_SETTING_NAMES.map((name) => [name, context(name)])),
  (name) => `context ${name}`,
);
if (!settings) throw new Error(problems.join('\n'));

const { dataset, sha256sums } = buildRelease(PATHS.root, { demonstration: settings.demonstration });
const release = dataset.release.id;
const bundleDir = releaseDir(release);
if (!existsSync(bundleDir) || !existsSync(join(settings.siteDir, 'index.html'))) {
  throw new Error(
    `release ${release} or the site is not built: run npm run data:build and npm run ` +
      `site:build first (npm run deploy does)`,
  );
}
// The bundle on disk must be exactly the release, and the pages built from it: deploying them is publishing them.
readBundleAt(bundleDir);
requireSiteBuiltFrom(settings.siteDir, { id: release, sha256sums });

new PortalStack(app, stackName(settings.stage), {
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  description:
    `Hemispheric Drug Policy Portal (${settings.stage}): site, open-data API and data ` +
    `releases${dataset.release.demonstration ? ' - DEMONSTRATION build with synthetic MEM results' : ''}`,
  siteDir: settings.siteDir,
  releaseDir: bundleDir,
  release,
  sha256sums,
  current: settings.release ?? release,
  domain: settings.domain
    ? { names: [settings.domain.name], certificateArn: settings.domain.certificateArn }
    : undefined,
  apiConcurrency: settings.apiConcurrency,
  logRetention: settings.logRetention,
  maxReadRequestUnits: settings.maxReadRequestUnits,
  alarmEmail: settings.alarmEmail,
  monthlyBudgetUsd: settings.monthlyBudgetUsd,
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
