import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { writeCurrentRelease } from '../../data/steps/write-release.ts';
import { PortalStack, type PortalStackProps } from '../../cdk/lib/portal-stack.ts';
import { SITE_DIR } from '../site/built-site.ts';

const root = join(import.meta.dirname, '..', '..');

/** The current release, written to dist/releases as `npm run data:build` does, with what the stack needs of it. */
export function builtRelease() {
  const { dataset, dir, sha256sums } = writeCurrentRelease(root);
  return { release: dataset.release.id, releaseDir: dir, sha256sums };
}

/** The portal stack as `npm run deploy` builds it, in an app of its own, over the built site and release. */
export function portalApp(overrides: Partial<PortalStackProps> = {}) {
  const app = new App();
  const release = builtRelease();
  const stack = new PortalStack(app, 'Portal', {
    siteDir: SITE_DIR,
    ...release,
    current: release.release,
    apiConcurrency: 50,
    logRetention: RetentionDays.THREE_MONTHS,
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
