import { LRUCache } from 'lru-cache';

/** A response as rendered, before the ETag and CORS middleware add their headers. */
export interface RenderedResponse {
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Rendered responses of release data, kept in memory up to `maxBytes`. A release never changes,
 * so a response keyed by its release, representation and URL stays right forever; keeping it
 * spares the store a read and the instance the rendering.
 */
export function responseCache(maxBytes: number) {
  const cache =
    maxBytes > 0
      ? new LRUCache<string, RenderedResponse>({
          maxSize: maxBytes,
          sizeCalculation: (r) => Math.max(1, r.body.length * 2),
        })
      : null;
  return {
    key: (release: string, format: string, pathAndQuery: string) => `${release}\n${format}\n${pathAndQuery}`,
    get: (key: string) => cache?.get(key),
    set: (key: string, response: RenderedResponse) => void cache?.set(key, response),
  };
}

/** The cache of an API instance. */
export type ResponseCache = ReturnType<typeof responseCache>;
