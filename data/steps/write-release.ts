import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes a release bundle to `dir` all or nothing: the files go to a sibling temporary folder
 * that replaces `dir` only once every file is written, so a failed or interrupted build never
 * leaves a half-written release behind.
 */
export function writeRelease(dir: string, files: ReadonlyMap<string, Buffer>) {
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
    renameSync(staging, dir);
    rmSync(previous, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
