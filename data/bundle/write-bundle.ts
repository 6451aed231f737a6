import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Whether `dir` holds exactly these files, byte for byte, and nothing else. */
function holds(dir: string, files: ReadonlyMap<string, Buffer>): boolean {
  if (!existsSync(dir)) return false;
  const present = readdirSync(dir);
  return (
    present.length === files.size &&
    [...files].every(([name, bytes]) => present.includes(name) && readFileSync(join(dir, name)).equals(bytes))
  );
}

/** What the folder of a release holds: the files of its bundle, and the archive of them with its checksum file. */
export interface ReleaseFolder {
  /** The bundle: every file SHA256SUMS lists, and SHA256SUMS. */
  readonly files: ReadonlyMap<string, Buffer>;
  /** The zip of the bundle and its checksum file (releaseArchive), beside the bundle's files. */
  readonly archive: ReadonlyMap<string, Buffer>;
}

/**
 * Writes a release's folder, its bundle and the archive of it, to `dir` all or nothing: the files
 * go to a sibling temporary folder that replaces `dir` only once every file is written, so a
 * failed or interrupted build never leaves a half-written release behind. A folder that already holds exactly these files is left
 * as it is: writing a release again, even from several processes at once, never takes it away
 * from whatever is reading it.
 */
export function writeBundle(dir: string, folder: ReleaseFolder) {
  const files = new Map([...folder.files, ...folder.archive]);
  if (holds(dir, files)) return;
  mkdirSync(dirname(dir), { recursive: true });
  const staging = `${dir}.partial-${process.pid}`;
  const previous = `${dir}.previous-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  try {
    for (const [name, bytes] of files) writeFileSync(join(staging, name), bytes);
    rmSync(previous, { recursive: true, force: true });
    try {
      renameSync(dir, previous);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another process wrote the same release in the meantime: nothing is left to do.
      if (!['ENOTEMPTY', 'EEXIST'].includes((error as NodeJS.ErrnoException).code!) || !holds(dir, files)) throw error;
    }
    rmSync(previous, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
