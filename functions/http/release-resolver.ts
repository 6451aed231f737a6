import { apiUrl } from '../../schema/index.ts';
import type { ReleaseStore } from '../storage/release-store.ts';
import { releaseKey } from '../storage/table-design.ts';
import { HttpProblem } from './problem.ts';

/** The 503 of a store in which no release has been published yet. */
export const noReleasePublished = () =>
  new HttpProblem(503, 'No data release has been published yet.', [], { 'Retry-After': '60' });

/** The 404 of a release id, given in the query or the path, that names no published release. */
export const unknownRelease = (release: string, given: 'query' | 'path') =>
  new HttpProblem(404, `There is no published release ${release}.`, [
    { in: given, name: 'release', detail: `names no published release; ${apiUrl.releases()} lists them.` },
  ]);

/** Resolves which release a request reads, remembering what it may: each answer saves a read. */
export interface ReleaseResolver {
  /** The current release; a 503 when none has been published. */
  current(): Promise<string>;
  /** Checks that a release named by a request is published; a 404 otherwise. */
  pinned(release: string): Promise<void>;
}

/**
 * A resolver that keeps the current release for `pointerTtlMs` (a new release reaches every
 * instance within that time) and remembers published releases forever, since they never change.
 */
export function releaseResolver(store: ReleaseStore, pointerTtlMs = 5_000, now = Date.now): ReleaseResolver {
  let cached: { release: string; until: number } | null = null;
  const published = new Set<string>();
  return {
    async current() {
      if (cached && now() < cached.until) return cached.release;
      const release = await store.currentRelease();
      if (release === null) throw noReleasePublished();
      cached = { release, until: now() + pointerTtlMs };
      return release;
    },
    async pinned(release) {
      if (published.has(release)) return;
      if (!(await store.get(releaseKey(release)))) throw unknownRelease(release, 'query');
      published.add(release);
    },
  };
}
