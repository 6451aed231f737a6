import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { Dataset, type ReleaseFile } from '../../schema/index.ts';
import { DataError } from '../steps/read/data-error.ts';
import { readDataFile } from '../steps/read/read-data-file.ts';
import { sha256 } from '../steps/read/source-text.ts';
import { archiveChecksumName, archiveName, releaseArchive } from './release-archive.ts';

/** A release bundle read back from disk and proved intact: its dataset and its files. */
export interface ReleaseBundle {
  readonly dataset: Dataset;
  readonly files: ReadonlyArray<ReleaseFile>;
  /** SHA-256 of the bundle's SHA256SUMS file: one value that fixes every byte of the release. */
  readonly sha256sums: string;
}

const SUMS = 'SHA256SUMS';

/**
 * Reads the release bundle in `dir` (relative to `root`, and shown so in messages), as written by
 * `npm run data:build`: validates plans.json against the schema, checks that SHA256SUMS lists
 * exactly the bundle's files and that every file has the listed checksum, that the archive beside
 * them and its checksum file are those of exactly these files, and that the folder is named after
 * the release it holds. Any problem is thrown as a DataError naming file, line and field.
 */
export function readReleaseBundle(root: string, dir: string): ReleaseBundle {
  const plans = readDataFile(root, `${dir}/plans.json`, Dataset);
  const release = plans.value.release.id;
  if (release !== basename(dir)) {
    throw new DataError(
      plans.path,
      plans.lineOf(['release', 'id']),
      'release.id',
      `the bundle folder must be named after its release "${release}", not "${basename(dir)}"`,
    );
  }
  const sumsPath = `${dir}/${SUMS}`;
  const sumsBytes = readFileSync(join(root, sumsPath));
  const listed = sumsBytes
    .toString('utf8')
    .split('\n')
    .slice(0, -1)
    .map((line, i) => {
      const match = /^([0-9a-f]{64}) {2}([^/\\]+)$/.exec(line);
      if (!match) throw new DataError(sumsPath, i + 1, null, 'expected "{sha256}  {file name}"');
      return { line: i + 1, sha256: match[1]!, name: match[2]! };
    });
  const beside = [SUMS, archiveName(release), archiveChecksumName(release)];
  const present = readdirSync(join(root, dir)).filter((name) => !beside.includes(name));
  const unlisted = present.find((name) => !listed.some((entry) => entry.name === name));
  if (unlisted)
    throw new DataError(sumsPath, null, null, `the bundle holds ${unlisted}, which SHA256SUMS does not list`);
  const contents = new Map([[SUMS, sumsBytes]]);
  const files = listed.map(({ line, sha256: expected, name }) => {
    if (!present.includes(name))
      throw new DataError(sumsPath, line, null, `lists ${name}, which the bundle does not hold`);
    const bytes = readFileSync(join(root, dir, name));
    contents.set(name, bytes);
    if (sha256(bytes) !== expected)
      throw new DataError(
        `${dir}/${name}`,
        null,
        null,
        `SHA-256 is ${sha256(bytes)}, not ${expected} as SHA256SUMS line ${line} lists`,
      );
    return { name, bytes: bytes.length, sha256: expected };
  });
  for (const [name, bytes] of releaseArchive(plans.value.release, contents)) {
    const path = `${dir}/${name}`;
    if (!existsSync(join(root, path)))
      throw new DataError(path, null, null, 'the archive of the release is missing; npm run data:build writes it');
    if (!readFileSync(join(root, path)).equals(bytes))
      throw new DataError(path, null, null, "is not the archive of the bundle's files; npm run data:build rewrites it");
  }
  return { dataset: plans.value, files, sha256sums: sha256(sumsBytes) };
}

/** Reads the release bundle in `dir`, naming its files relative to the working directory in messages. */
export const readBundleAt = (dir: string): ReleaseBundle =>
  readReleaseBundle(process.cwd(), relative(process.cwd(), dir));
