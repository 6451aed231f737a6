/**
 * `npm run deploy -- [--stage NAME] [--domain HOST --certificate-arn ARN] [--release ID] [--contact URL]
 * [--alarm-email ADDRESS] [--demonstration]`:
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
import { parseArgs } from 'node:util';
import { readDeploySettings, stackName, type DeploySettingName } from '../cdk/settings.ts';
import { PATHS, deploymentOutputsFile } from '../data/paths.ts';
import { writeCurrentRelease } from '../data/steps/build-release.ts';
import { buildSite } from '../site/build.ts';
import { ContactUrl } from '../site/settings.ts';

const USAGE =
  'npm run deploy -- [--stage NAME] [--domain HOST --certificate-arn ARN] [--release ID] ' +
  '[--contact URL] [--alarm-email ADDRESS] [--demonstration]';

/** Stops before anything is built or deployed, saying what was wrong. */
function refuse(...problems: string[]): never {
  console.error(`${problems.map((problem) => `deploy: ${problem}`).join('\n')}\nusage: ${USAGE}`);
  process.exit(2);
}

const options = (() => {
  try {
    return parseArgs({
      options: {
        stage: { type: 'string' },
        domain: { type: 'string' },
        'certificate-arn': { type: 'string' },
        release: { type: 'string' },
        contact: { type: 'string' },
        'alarm-email': { type: 'string' },
        demonstration: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return refuse((error as Error).message);
  }
})();
/** The CDK context the options make: what the CDK app reads, checked here by the same rules first. */
const context: Partial<Record<DeploySettingName, string>> = {
  stage: options.stage,
  domain: options.domain,
  certificateArn: options['certificate-arn'],
  release: options.release,
  alarmEmail: options['alarm-email'],
  demonstration: options.demonstration ? 'true' : undefined,
};
const read = readDeploySettings(context, (name) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
const settings = read.settings ?? refuse(...read.problems);
const given = ContactUrl.nullable().safeParse(options.contact ?? null);
const contact = given.success
  ? given.data
  : refuse(`--contact "${options.contact}": ${given.error.issues[0]!.message}`);

const stack = stackName(settings.stage);
const outputsFile = deploymentOutputsFile(settings.stage);

/** The portal's origin as the last deployment of this stage reported it, if there was one. */
const deployedOrigin = (): string | undefined =>
  existsSync(outputsFile)
    ? (JSON.parse(readFileSync(outputsFile, 'utf8')) as Record<string, Record<string, string>>)[stack]?.PortalUrl
    : undefined;

const contextArguments = Object.entries(context).flatMap(([name, value]) =>
  value ? ['--context', `${name}=${value}`] : [],
);

async function deployPagesFor(origin: string | undefined) {
  await buildSite({
    origin: origin ?? 'https://localhost',
    contact,
    demonstration: settings.demonstration,
  });
  const cdk = spawnSync(
    'npx',
    ['cdk', 'deploy', stack, '--require-approval', 'never', '--outputs-file', outputsFile, ...contextArguments],
    { cwd: PATHS.root, stdio: 'inherit' },
  );
  if (cdk.status !== 0) process.exit(cdk.status ?? 1);
}

const { dataset } = writeCurrentRelease({ demonstration: settings.demonstration });

const known = settings.domain ? `https://${settings.domain.name}` : deployedOrigin();
await deployPagesFor(known);
const origin = deployedOrigin();
if (origin !== known) {
  console.log(`Building the pages again for ${origin}, the origin CloudFront gave this stack.`);
  await deployPagesFor(origin);
}
console.log(`The portal is at ${origin}/ with release ${settings.release ?? dataset.release.id} current.`);
