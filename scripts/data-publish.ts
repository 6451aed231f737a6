/**
 * `npm run data:publish -- --table NAME [--release DIR] [--endpoint URL]`: loads a release bundle
 * (default: the newest in dist/releases) into a DynamoDB table and makes it current, with the
 * loader the deployment uses. AWS region and credentials come from the usual AWS environment;
 * `--endpoint` points at another DynamoDB-compatible engine. Prints progress after each batch.
 */
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ReleasesFile } from '../schema/index.ts';
import { DataError } from '../data/steps/read/data-error.ts';
import { readDataFile } from '../data/steps/read/read-data-file.ts';
import { LOCAL_AWS_CONFIG } from '../functions/local/local-dynamodb.ts';
import { readBundleAt } from '../data/bundle/read-bundle.ts';
import { DATA_FILES, PATHS, releaseDir } from '../data/paths.ts';
import { publishRelease } from '../functions/storage/publish-release.ts';
import { ReleaseContentConflict } from '../functions/storage/release-content-claim.ts';

const { values } = parseArgs({
  options: { table: { type: 'string' }, release: { type: 'string' }, endpoint: { type: 'string' } },
});
if (!values.table) {
  console.error('data:publish needs --table NAME (and --endpoint URL for a local engine).');
  process.exit(2);
}
const client = new DynamoDBClient(values.endpoint ? { ...LOCAL_AWS_CONFIG, endpoint: values.endpoint } : {});
const dir = values.release ?? releaseDir(readDataFile(PATHS.root, DATA_FILES.releases, ReleasesFile).value.at(-1)!.id);
try {
  const outcome = await publishRelease(client, values.table, readBundleAt(dir), {
    onProgress: (written, total) => console.log(`written ${written}/${total}`),
  });
  console.log(
    outcome.alreadyLoaded
      ? `Release ${outcome.release} was already loaded; it is current.`
      : `Release ${outcome.release} loaded (${outcome.written} items) and made current.`,
  );
} catch (error) {
  const outcome =
    error instanceof DataError
      ? 'nothing written'
      : error instanceof ReleaseContentConflict
        ? 'the current release is unchanged'
        : 'the current release is unchanged; run it again to complete the load';
  console.error(`data:publish failed, ${outcome}.\n${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  client.destroy();
}
