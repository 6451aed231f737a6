import { join } from 'node:path';
import { Duration } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type ICommandHooks } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { PATHS } from '../../data/paths.ts';

/** What differs between the project's Lambda functions. */
export interface NodeFunctionProps {
  /** The handler module, relative to the repository root, e.g. `functions/lambda.ts`. */
  readonly entry: string;
  readonly environment: Record<string, string>;
  readonly timeout: Duration;
  readonly memorySize: number;
  readonly logRetention: RetentionDays;
  readonly reservedConcurrentExecutions?: number;
  /** Shell commands run after esbuild, e.g. to place data beside the handler. */
  readonly commandHooks?: ICommandHooks;
}

/**
 * A Lambda function of this repository, built the same way for all: Node.js 24 on arm64, an ESM
 * bundle made by the local esbuild (no Docker) with the AWS SDK left to the runtime, JSON logs
 * in a log group of its own with a retention. Its role may write to that log group and nowhere
 * else; what else it may do, its owner grants.
 */
export class NodeFunction extends Construct {
  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, props: NodeFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', { retention: props.logRetention });
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);
    this.function = new NodejsFunction(this, 'Function', {
      role,
      entry: join(PATHS.root, props.entry),
      handler: 'handler',
      projectRoot: PATHS.root,
      depsLockFilePath: join(PATHS.root, 'package-lock.json'),
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      environment: props.environment,
      loggingFormat: LoggingFormat.JSON,
      logGroup,
      bundling: {
        format: OutputFormat.ESM,
        target: 'node24',
        minify: true,
        externalModules: ['@aws-sdk/*'],
        forceDockerBundling: false,
        commandHooks: props.commandHooks,
      },
    });
  }
}
