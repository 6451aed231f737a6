import { zipSync, type Zippable } from 'fflate';
import type { Release } from '../../schema/index.ts';
import { sha256sums } from './checksums.ts';
import { DATASET_NAME } from './datapackage.ts';

/** The file name of a release's archive: `hemispheric-plans-of-action-on-drugs-2026-11-22.2.zip`. */
export const archiveName = (release: string) => `${DATASET_NAME}-${release}.zip`;

/** The file beside the archive that gives its SHA-256, as `sha256sum -c` reads it. */
export const archiveChecksumName = (release: string) => `${archiveName(release)}.sha256`;

/**
 * The archive of a release bundle and its checksum file, by name: one zip holding every file of
 * the bundle (README.md and SHA256SUMS among them) in a folder named like the archive. The same
 * bundle always gives the same bytes: the entries go in name order, each dated midnight of the
 * release date, deflated at one level.
 */
export function releaseArchive(
  release: Pick<Release, 'id' | 'date'>,
  files: ReadonlyMap<string, Buffer>,
): Map<string, Buffer> {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(release.date);
  if (!day) throw new Error(`release ${release.id}: its date "${release.date}" is not a day (YYYY-MM-DD)`);
  // fflate writes an entry's DOS time from the local fields of a Date: a local midnight has the
  // fields of the release date in every time zone, so the bytes do not depend on the machine's.
  const mtime = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  const name = archiveName(release.id);
  const folder = name.replace(/\.zip$/, '');
  const entries: Zippable = Object.fromEntries(
    [...files.keys()].sort().map((file) => [`${folder}/${file}`, [files.get(file)!, { mtime }]]),
  );
  const zip = Buffer.from(zipSync(entries, { level: 9 }));
  return new Map([
    [name, zip],
    [archiveChecksumName(release.id), Buffer.from(sha256sums(new Map([[name, zip]])))],
  ]);
}
