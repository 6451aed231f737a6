import { readdirSync } from 'node:fs';
import { tableName } from './environment.ts';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { LOADER_CLIENT_CONFIG } from './dynamodb-clients.ts';
import { readReleaseBundle } from '../data/bundle/read-bundle.ts';
import { writeCursorKeyOnce } from './storage/cursor-key.ts';
import { loadRelease, makeCurrent } from './storage/publish-release.ts';

/**
 * The directory, beside this handler in its deployment package, that holds the release bundle to load, in a folder
 * named after its release.
 */
export const BUNDLE_DIR = 'releases';

/** What CloudFormation asks of a release custom resource (the CDK provider framework's onEvent). */
export interface ReleaseResourceEvent {
  readonly RequestType: 'Create' | 'Update' | 'Delete';
  readonly PhysicalResourceId?: string;
  readonly ResourceProperties:
    | {
        /** `load`: write the bundled release into the table. `make-current`: point the table at `Release`. */
        readonly Action: 'load' | 'make-current';
        readonly Release: string;
      }
    | {
        /** `cursor-key`: give the table its key for signing cursors, unless it has one. */
        readonly Action: 'cursor-key';
      };
}

/**
 * The deployment's data publishing, as a CloudFormation custom resource: the same loader as
 * `npm run data:publish`, run in two ordered steps. `load` writes the release bundled with this
 * function (refusing one whose files do not match its SHA256SUMS, or whose id holds other content);
 * `make-current` then flips the pointer, so a failed load leaves the previous release live. Deleting
 * either resource changes nothing: old releases stay, and the table outlives the stack. `cursor-key`
 * writes the table's key for signing cursors when it has none, so that a table loaded before cursors
 * were signed gets one on the first deployment that signs them, whatever release it carries.
 */
export async function releaseResource(
  event: ReleaseResourceEvent,
  { client, table, bundleRoot }: { client: DynamoDBClient; table: string; bundleRoot: string },
) {
  const properties = event.ResourceProperties;
  if (properties.Action === 'cursor-key') {
    if (event.RequestType !== 'Delete') await writeCursorKeyOnce(client, table);
    return { PhysicalResourceId: 'cursor-key' };
  }
  const { Action, Release } = properties;
  const physicalResourceId = `${Action}:${Release}`;
  if (event.RequestType === 'Delete') return { PhysicalResourceId: event.PhysicalResourceId ?? physicalResourceId };
  if (Action === 'load') {
    const carried = readdirSync(join(bundleRoot, BUNDLE_DIR));
    if (carried.length !== 1 || carried[0] !== Release)
      throw new Error(`the bundled release is ${carried.join(', ')}, not ${Release}`);
    const bundle = readReleaseBundle(bundleRoot, `${BUNDLE_DIR}/${Release}`);
    const outcome = await loadRelease(client, table, bundle);
    return { PhysicalResourceId: physicalResourceId, Data: { Written: outcome.written } };
  }
  const { previous } = await makeCurrent(client, table, Release);
  return { PhysicalResourceId: physicalResourceId, Data: { Previous: previous ?? '' } };
}

/** The Lambda entry: the table from TABLE_NAME, the bundle beside this file. */
export const handler = (event: ReleaseResourceEvent) => {
  return releaseResource(event, {
    client: new DynamoDBClient(LOADER_CLIENT_CONFIG),
    table: tableName(process.env),
    bundleRoot: import.meta.dirname,
  });
};
