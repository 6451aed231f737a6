import { relative } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { readReleaseBundle } from '../data/steps/read-release-bundle.ts';
import { publishRelease, type PublishOptions } from '../functions/storage/publish-release.ts';

/** Reads the release bundle in `dir` (checked against its SHA256SUMS) and publishes it to `table`. */
export async function publishBundle(client: DynamoDBClient, table: string, dir: string, options: PublishOptions = {}) {
  const root = process.cwd();
  return publishRelease(client, table, readReleaseBundle(root, relative(root, dir)), options);
}
