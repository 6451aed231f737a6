import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { writeCurrentRelease } from '../../data/steps/build-release.ts';
import { PortalStack, type PortalStackProps } from '../../cdk/lib/portal-stack.ts';
import type { Release } from '../../schema/index.ts';
import { RELEASE_STAMP_FILE, releaseStamp } from '../../site/release-stamp.ts';

/** The current release (or its demonstration build), written to dist/releases as `npm run data:build` does. */
export function builtRelease(options: { demonstration?: boolean } = {}) {
  const { dataset, dir, sha256sums } = writeCurrentRelease(options);
  return { release: dataset.release.id, releaseDir: dir, sha256sums, demonstration: dataset.release.demonstration };
}

/**
 * A folder of pages, stamped as built from `release`, for the stack to deploy: what the stack
 * does with pages does not depend on what they say, so the CDK tests need not build the portal.
 */
export function pagesBuiltFrom(release: Pick<Release, 'id' | 'demonstration'>, sha256sums: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pages-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Portal</title>\n');
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>Page not found</title>\n');
  writeFileSync(join(dir, RELEASE_STAMP_FILE), releaseStamp(release, sha256sums));
  return dir;
}

/** The portal stack as `npm run deploy` builds it, in an app of its own, over the built site and release. */
export function portalApp(overrides: Partial<PortalStackProps> = {}) {
  const app = new App();
  const { demonstration, ...release } = builtRelease();
  const stack = new PortalStack(app, 'Portal', {
    siteDir: pagesBuiltFrom({ id: release.release, demonstration }, release.sha256sums),
    ...release,
    current: release.release,
    apiConcurrency: 50,
    logRetention: RetentionDays.THREE_MONTHS,
    maxReadRequestUnits: 1000,
    alarmEmail: 'alarms@portal.example',
    monthlyBudgetUsd: 25,
    ...overrides,
  });
  return { app, stack, template: Template.fromStack(stack), release };
}

/** The logical id of the one resource of a type whose properties match `props` (objectLike). */
export function logicalIdOf(template: Template, type: string, props: Record<string, unknown> = {}): string {
  const ids = Object.keys(template.findResources(type, { Properties: props }));
  if (ids.length !== 1) throw new Error(`expected one ${type} matching ${JSON.stringify(props)}, found ${ids.length}`);
  return ids[0]!;
}
