import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRelease } from '../../data/steps/build-release.ts';
import { writeBundle } from '../../data/bundle/write-bundle.ts';
import { createApi, type ApiOptions } from '../../functions/app.ts';
import { dynamoReleaseStore } from '../../functions/storage/release-store.ts';
import { countCommands } from '../../functions/storage/count-commands.ts';
import { startLocalDynamoDB, type LocalDynamoDB } from '../../functions/local/local-dynamodb.ts';
import { readBundleAt } from '../../data/bundle/read-bundle.ts';
import { publishRelease } from '../../functions/storage/publish-release.ts';
import { publishedBundle } from '../data/published-bundle.ts';
import { PATHS } from '../../data/paths.ts';

/** The id of the made-up release that tests publish after the real one. */
export const NEXT_RELEASE = '2099-01-01';

/**
 * The data of the repository built as a further release, NEXT_RELEASE, into its own folder:
 * the same content under another id, as the next real release would be.
 */
export function nextReleaseBundle(): string {
  const work = mkdtempSync(join(tmpdir(), 'next-release-'));
  cpSync(PATHS.data, join(work, 'data'), { recursive: true });
  appendFileSync(
    join(work, 'data', 'releases.yaml'),
    `- id: ${NEXT_RELEASE}\n  date: ${NEXT_RELEASE}\n  summary: A release made by the ` +
      `tests.\n  changes:\n    - Nothing but its id.\n`,
  );
  const dir = join(work, 'releases', NEXT_RELEASE);
  writeBundle(dir, buildRelease(work));
  return dir;
}

/** A client of the engine that counts the operations it sends, by name ("GetItem", "Query", ...). */
export function countingClient(db: LocalDynamoDB) {
  const client = db.client();
  const counts = countCommands(client);
  return { client, counts, reset: () => Object.keys(counts).forEach((k) => delete counts[k]) };
}

/**
 * The API over a fresh embedded engine into which the repository's current release has been
 * published with the real loader, and the bundle it was published from; `demonstration` publishes
 * the demonstration build instead, with its synthetic MEM results.
 */
export async function publishedApi({
  demonstration = false,
  ...options
}: ApiOptions & { demonstration?: boolean } = {}) {
  const bundle = publishedBundle({ demonstration });
  const db = await startLocalDynamoDB();
  const releaseDir = join(bundle.releasesDir, bundle.dataset.release.id);
  await publishRelease(db.client(), db.table, readBundleAt(releaseDir));
  const reads = countingClient(db);
  const app = createApi(dynamoReleaseStore(reads.client, db.table), options);
  return { app, db, bundle, releaseDir, reads, release: bundle.dataset.release.id };
}

/** A CSV file's header and its non-empty rows. */
const csvLines = (text: string) => {
  const [header, ...rows] = text.split('\r\n');
  return { header, rows: rows.filter(Boolean) };
};

/**
 * The header and rows of a CSV answer, and beside them the header of the bundle's `file` and its rows that `keep`
 * selects: a listing served as CSV must be the bundle's table narrowed to the listing, byte for byte.
 */
export async function servedAndBundledCsv(
  response: Response,
  bundle: { read(name: string): Buffer },
  file: string,
  keep: (row: string) => boolean,
) {
  const bundled = csvLines(bundle.read(file).toString('utf8'));
  return { served: csvLines(await response.text()), bundled: { ...bundled, rows: bundled.rows.filter(keep) } };
}
