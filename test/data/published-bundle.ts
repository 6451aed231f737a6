import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Dataset } from '../../schema/index.ts';
import { buildRelease } from '../../data/steps/build-release.ts';
import { writeBundle } from '../../data/bundle/write-bundle.ts';
import { PATHS } from '../../data/paths.ts';

/**
 * Builds the current release into a fresh temporary releases folder ({releasesDir}/{release}/)
 * and reads it back from disk, as a user would; `demonstration` builds its demonstration variant,
 * with the synthetic MEM results.
 */
export function publishedBundle({ demonstration = false }: { demonstration?: boolean } = {}) {
  const releasesDir = mkdtempSync(join(tmpdir(), 'releases-'));
  const built = buildRelease(PATHS.root, { demonstration });
  const { dataset, files, archive } = built;
  const dir = join(releasesDir, dataset.release.id);
  writeBundle(dir, built);
  const read = (name: string) => readFileSync(join(dir, name));
  const folder = readdirSync(dir).sort();
  return {
    releasesDir,
    built: files,
    archive,
    dir,
    /** The files of the bundle, as the folder holds them, the archive aside. */
    files: folder.filter((name) => !archive.has(name)),
    /** Everything the release's folder holds. */
    folder,
    read,
    dataset: Dataset.parse(JSON.parse(read('plans.json').toString('utf8'))),
    csv: (name: string): Record<string, string>[] =>
      parse(read(name), { columns: true, bom: true, strict: true } as never),
  };
}

/** A raw source's lines, 1-based, exactly as stored. */
export const rawLines = (source: string) => [
  '',
  ...readFileSync(join(PATHS.root, 'data', 'sources', `${source}.txt`), 'utf8').split('\n'),
];
