import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildRelease, type BuildOptions } from './build-release.ts';

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

/**
 * Builds the current release from `{root}/data` (or its demonstration build) and writes its bundle
 * where `npm run data:build` does, `{root}/dist/releases/{release}/`; returns the release with
 * the folder it is in.
 */
export function writeCurrentRelease(root: string, options: BuildOptions = {}) {
  const built = buildRelease(join(root, 'data'), options);
  const dir = join(root, 'dist', 'releases', built.dataset.release.id);
  writeRelease(dir, built.files);
  return { ...built, dir };
}
