import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import * as z from 'zod';
import { PATHS } from '../data/paths.ts';
import { DEMONSTRATION_SUFFIX, ReleaseId } from '../schema/index.ts';

/**
 * The settings of a deployment and their rules, each written once: `npm run deploy` checks its
 * options with them before it builds anything, and the CDK app checks its context with them
 * before it synthesizes anything. Values come as the CDK's context carries them, as text.
 */

const RETENTION_PERIODS = Object.values(RetentionDays).filter((days): days is number => typeof days === 'number');

/** Each setting on its own, as text. */
const Fields = z.object({
  stage: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,20}$/, 'use lowercase letters, digits and hyphens, starting with a letter')
    .default('dev'),
  domain: z.string().min(1, 'a host name').optional(),
  certificateArn: z.string().startsWith('arn:', 'the ARN of an ACM certificate').optional(),
  release: z
    .string()
    .refine((id) => ReleaseId.safeParse(id).success, 'a release id such as 2026-11-22 or 2026-11-22.1')
    .optional(),
  demonstration: z.enum(['true', 'false'], 'true or false').default('false'),
  apiConcurrency: z
    .string()
    .regex(/^[1-9]\d*$/, 'a whole number of concurrent executions, at least 1')
    .default('50'),
  logRetentionDays: z
    .string()
    .refine(
      (days) => RETENTION_PERIODS.includes(Number(days)),
      "one of CloudWatch's retention periods, e.g. 30, 90, 365",
    )
    .default('90'),
  maxReadRequestUnits: z
    .string()
    .regex(/^[1-9]\d*$/, 'a whole number of read request units per second, at least 1')
    .default('1000'),
  alarmEmail: z.email('an email address').optional(),
  monthlyBudgetUsd: z
    .string()
    .regex(/^[1-9]\d*$/, 'a whole number of US dollars a month, at least 1')
    .default('25'),
  siteDir: z.string().min(1, 'the folder of the built pages').default(PATHS.site),
});

/** The settings, by the name the CDK context gives them. */
export const DEPLOY_SETTING_NAMES = Fields.keyof().options;
export type DeploySettingName = (typeof DEPLOY_SETTING_NAMES)[number];

/** A deployment's settings, checked. */
export interface DeploySettings {
  /** The stage, e.g. "dev" or "prod": the stack is `DrugPolicyPortal-{stage}`. */
  readonly stage: string;
  /** A custom domain and the ARN of its certificate in us-east-1, or none. */
  readonly domain: { readonly name: string; readonly certificateArn: string } | null;
  /** An older release, already loaded, to make current (a rollback); null for the release deployed. */
  readonly release: string | null;
  /** Whether the stage shows the demonstration build, with synthetic MEM results: never by default. */
  readonly demonstration: boolean;
  /** At most this many concurrent executions of the API. */
  readonly apiConcurrency: number;
  /** How long the logs are kept, in days: one of CloudWatch's retention periods. */
  readonly logRetention: RetentionDays;
  /** At most this many read request units a second on the table: DynamoDB throttles reads beyond it. */
  readonly maxReadRequestUnits: number;
  /** Where alarms and budget notifications are sent; none subscribed when null. */
  readonly alarmEmail: string | null;
  /** The monthly cost budget of the account, in US dollars. */
  readonly monthlyBudgetUsd: number;
  /** The built pages to deploy: dist/site unless another folder is given. */
  readonly siteDir: string;
}

/**
 * Checks a deployment's settings, given as text by name (absent ones take their defaults). Returns
 * the settings, or every problem, each naming the setting as `nameOf` calls it (`--stage` on the
 * command line, `context stage` in the CDK app) and the value given.
 */
export function readDeploySettings(
  values: Readonly<Partial<Record<DeploySettingName, string>>>,
  nameOf: (setting: DeploySettingName) => string,
): { settings: DeploySettings; problems: [] } | { settings: null; problems: string[] } {
  const given: Partial<Record<DeploySettingName, string>> = Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  );
  const problem = (setting: DeploySettingName, message: string) =>
    `${nameOf(setting)}${given[setting] === undefined ? '' : ` "${given[setting]}"`}: ${message}`;
  const result = Fields.safeParse(given);
  if (!result.success) {
    return {
      settings: null,
      problems: result.error.issues.map((issue) => problem(issue.path[0] as DeploySettingName, issue.message)),
    };
  }
  const s = result.data;
  const problems: string[] = [];
  if (Boolean(s.domain) !== Boolean(s.certificateArn)) {
    problems.push(
      `${nameOf('domain')} and ${nameOf('certificateArn')} go together: a custom domain needs ` +
        `its certificate, issued in us-east-1`,
    );
  }
  if (s.release !== undefined && s.release.endsWith(DEMONSTRATION_SUFFIX) !== (s.demonstration === 'true')) {
    problems.push(problem('release', `a demonstration release goes with ${nameOf('demonstration')}, and only it`));
  }
  if (problems.length > 0) return { settings: null, problems };
  return {
    settings: {
      stage: s.stage,
      domain: s.domain && s.certificateArn ? { name: s.domain, certificateArn: s.certificateArn } : null,
      release: s.release ?? null,
      demonstration: s.demonstration === 'true',
      apiConcurrency: Number(s.apiConcurrency),
      logRetention: Number(s.logRetentionDays) as RetentionDays,
      maxReadRequestUnits: Number(s.maxReadRequestUnits),
      alarmEmail: s.alarmEmail ?? null,
      monthlyBudgetUsd: Number(s.monthlyBudgetUsd),
      siteDir: s.siteDir,
    },
    problems: [],
  };
}

/** The stack of a stage. */
export const stackName = (stage: string) => `DrugPolicyPortal-${stage}`;
