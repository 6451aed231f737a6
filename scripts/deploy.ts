/**
 * `npm run deploy -- [--stage NAME] [--domain HOST --certificate-arn ARN] [--release ID] [--contact URL] [--demonstration]`:
 * builds the current data release and the portal, then deploys the whole stack with the AWS CDK
 * CLI (AWS credentials and region from the environment). The release is loaded into DynamoDB by
 * the deployment itself, and made current before the pages go live. Synthetic demonstration data
 * is never deployed unless `--demonstration` asks for it, for a stage that exists to show it.
 *
 * Pages cite absolute URLs, so they are built for the portal's origin: the custom domain, or the
 * CloudFront domain from the stack's outputs. On a stack's first deployment without a domain that
 * is not known yet, so the pages are built and deployed a second time once it is.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCurrentRelease } from '../data/steps/write-release.ts';
import { DEMONSTRATION_SUFFIX, ReleaseId } from '../schema/index.ts';
import { buildSite } from './build-site.ts';

const root = join(import.meta.dirname, '..');
const USAGE =
  'npm run deploy -- [--stage NAME] [--domain HOST --certificate-arn ARN] [--release ID] [--contact URL] [--demonstration]';

/** Stops before anything is built or deployed, saying what was wrong. */
function refuse(problem: string): never {
  console.error(`deploy: ${problem}
usage: ${USAGE}`);
  process.exit(2);
}

const options = (() => {
  try {
    return parseArgs({
      options: {
        stage: { type: 'string', default: 'dev' },
        domain: { type: 'string' },
        'certificate-arn': { type: 'string' },
        release: { type: 'string' },
        contact: { type: 'string' },
        demonstration: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return refuse((error as Error).message);
  }
})();
if (!/^[a-z][a-z0-9-]{0,20}$/.test(options.stage))
  refuse(`--stage "${options.stage}": use lowercase letters, digits and hyphens, starting with a letter`);
if (Boolean(options.domain) !== Boolean(options['certificate-arn']))
  refuse('--domain and --certificate-arn go together: a custom domain needs its certificate, issued in us-east-1');
if (options.release && !ReleaseId.safeParse(options.release).success)
  refuse(`--release "${options.release}": a release id such as 2026-11-22 or 2026-11-22.1`);
if (options.release && options.release.endsWith(DEMONSTRATION_SUFFIX) !== options.demonstration)
  refuse(`--release "${options.release}": a demonstration release goes with --demonstration, and only it`);

const stack = `DrugPolicyPortal-${options.stage}`;
const outputsFile = join(root, 'dist', `cdk-outputs-${options.stage}.json`);

/** The portal's origin as the last deployment of this stage reported it, if there was one. */
const deployedOrigin = (): string | undefined =>
  existsSync(outputsFile)
    ? (JSON.parse(readFileSync(outputsFile, 'utf8')) as Record<string, Record<string, string>>)[stack]?.PortalUrl
    : undefined;

const context = [
  ['stage', options.stage],
  ['domain', options.domain],
  ['certificateArn', options['certificate-arn']],
  ['release', options.release],
  ['demonstration', options.demonstration ? 'true' : undefined],
].flatMap(([name, value]) => (value ? ['--context', `${name}=${value}`] : []));

async function deployPagesFor(origin: string | undefined) {
  process.env.PORTAL_ORIGIN = origin ?? 'https://localhost';
  if (options.contact) process.env.PORTAL_CONTACT = options.contact;
  await buildSite(undefined, { demonstration: options.demonstration });
  const cdk = spawnSync(
    'npx',
    ['cdk', 'deploy', stack, '--require-approval', 'never', '--outputs-file', outputsFile, ...context],
    { cwd: root, stdio: 'inherit' },
  );
  if (cdk.status !== 0) process.exit(cdk.status ?? 1);
}

const { dataset } = writeCurrentRelease(root, { demonstration: options.demonstration });

const known = options.domain ? `https://${options.domain}` : deployedOrigin();
await deployPagesFor(known);
const origin = deployedOrigin();
if (origin !== known) {
  console.log(`Building the pages again for ${origin}, the origin CloudFront gave this stack.`);
  await deployPagesFor(origin);
}
console.log(`The portal is at ${origin}/ with release ${options.release ?? dataset.release.id} current.`);
