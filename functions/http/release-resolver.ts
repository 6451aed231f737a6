import type { ReleaseStore } from '../storage/release-store.ts';
import { releaseKey } from '../storage/table-design.ts';
import { problems } from './problems.ts';

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
      if (release === null) throw problems.noReleasePublished();
      cached = { release, until: now() + pointerTtlMs };
      return release;
    },
    async pinned(release) {
      if (published.has(release)) return;
      if (!(await store.get(releaseKey(release)))) throw problems.noSuchRelease(release, 'query');
      published.add(release);
    },
  };
}
