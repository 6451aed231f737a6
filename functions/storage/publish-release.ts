import {
  BatchWriteItemCommand,
  GetItemCommand,
  PutItemCommand,
  type DynamoDBClient,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import type { ReleaseBundle } from '../../data/bundle/read-bundle.ts';
import { writeCursorKeyOnce } from './cursor-key.ts';
import { claimRelease, markReleaseLoaded, ReleaseContentConflict } from './release-content-claim.ts';
import { releaseContentItems, releaseRecordOf, type StoredItem } from './release-items.ts';
import { keyAttributes, pointerKey, releaseKey, type ItemKey } from './table-design.ts';

/** What a load did. */
export interface PublishOutcome {
  readonly release: string;
  /** Content items written; 0 when the release was already complete in the table. */
  readonly written: number;
  readonly alreadyLoaded: boolean;
}

/** Options of a load. */
export interface PublishOptions {
  /** Called after each batch with the number of content items written so far and the total. */
  readonly onProgress?: (written: number, total: number) => void;
}

const BATCH_SIZE = 25;
const MAX_ATTEMPTS = 8;

const toAttributes = (item: StoredItem) => ({
  ...keyAttributes(item),
  json: { S: item.json },
  ...(item.total === undefined ? {} : { total: { N: String(item.total) } }),
  ...(item.totals === undefined
    ? {}
    : {
        totals: { M: Object.fromEntries(Object.entries(item.totals).map(([prefix, n]) => [prefix, { N: String(n) }])) },
      }),
});

/**
 * Loads a release bundle into the table and makes it the current release: the one loader, used by
 * `npm start`, `npm run data:publish` and the deployment. It is `loadRelease` then `makeCurrent`,
 * so a load that fails or is killed part way leaves the current release untouched and fully
 * served, and running it again completes it.
 */
export async function publishRelease(
  client: DynamoDBClient,
  table: string,
  bundle: ReleaseBundle,
  options: PublishOptions = {},
): Promise<PublishOutcome> {
  const outcome = await loadRelease(client, table, bundle, options);
  await makeCurrent(client, table, outcome.release);
  return outcome;
}

/**
 * Writes a release into the table without making it current. It first claims the release id for
 * the bundle's content; content goes under the release's own keys next; then its marker, which
 * makes it readable by pinned requests and eligible for `makeCurrent`. A release already complete
 * in the table is not written again. Other content under the same id, published or claimed by a
 * load that was interrupted or is under way, is refused before anything is written
 * (ReleaseContentConflict): a release id only ever holds the items of one content, and a
 * published release never changes. The marker is written under the same condition as the claim,
 * so that no load overwrites a marker that a loader without claims wrote for other content.
 */
export async function loadRelease(
  client: DynamoDBClient,
  table: string,
  bundle: ReleaseBundle,
  options: PublishOptions = {},
): Promise<PublishOutcome> {
  await writeCursorKeyOnce(client, table);
  const record = releaseRecordOf(bundle.dataset, bundle.files, bundle.sha256sums);
  // The marker is read before the claim is made: a release published before ids were claimed has a marker only.
  const existingSums = await loadedSums(client, table, record.id);
  if (existingSums !== undefined && existingSums !== record.sha256sums) {
    throw new ReleaseContentConflict(record.id, existingSums, record.sha256sums, 'marker');
  }
  let written = 0;
  if (existingSums === undefined) {
    await claimRelease(client, table, record.id, record.sha256sums);
    const items = releaseContentItems(bundle.dataset);
    for (let start = 0; start < items.length; start += BATCH_SIZE) {
      const batch = items.slice(start, start + BATCH_SIZE);
      await writeBatch(
        client,
        table,
        batch.map((item) => ({ PutRequest: { Item: toAttributes(item) } })),
      );
      written += batch.length;
      options.onProgress?.(written, items.length);
    }
    await markReleaseLoaded(client, table, record);
  }
  return { release: record.id, written, alreadyLoaded: existingSums !== undefined };
}

/**
 * Makes a release that is completely loaded the current one, with one PutItem of the pointer:
 * atomic, and the way to roll back to an older release, which stays loaded. Writes nothing when
 * the pointer already names it; refuses a release whose load is missing or incomplete.
 */
export async function makeCurrent(
  client: DynamoDBClient,
  table: string,
  release: string,
): Promise<{ readonly previous: string | undefined }> {
  if ((await loadedSums(client, table, release)) === undefined) {
    throw new Error(`release ${release} is not loaded completely in table ${table}; load it before making it current`);
  }
  const previous = (await readItem(client, table, pointerKey)).Item?.release?.S;
  if (previous !== release) {
    await client.send(
      new PutItemCommand({
        TableName: table,
        Item: { ...keyAttributes(pointerKey), release: { S: release }, updated: { S: new Date().toISOString() } },
      }),
    );
  }
  return { previous };
}

const readItem = (client: DynamoDBClient, table: string, key: ItemKey) =>
  client.send(new GetItemCommand({ TableName: table, Key: keyAttributes(key), ConsistentRead: true }));

/** The SHA256SUMS digest of a release whose load completed (its marker is written last), or undefined. */
const loadedSums = async (client: DynamoDBClient, table: string, release: string) =>
  (await readItem(client, table, releaseKey(release))).Item?.sha256sums?.S;

async function writeBatch(client: DynamoDBClient, table: string, requests: WriteRequest[]) {
  let pending = requests;
  for (let attempt = 1; pending.length > 0; attempt++) {
    if (attempt > MAX_ATTEMPTS)
      throw new Error(`DynamoDB left ${pending.length} items unwritten after ${MAX_ATTEMPTS} attempts`);
    if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
    const result = await client.send(new BatchWriteItemCommand({ RequestItems: { [table]: pending } }));
    pending = result.UnprocessedItems?.[table] ?? [];
  }
}
