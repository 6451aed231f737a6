import type * as z from 'zod';
import type { AnyTable, PathParameter } from '../../schema/index.ts';
import type { RecordPageSource } from '../html/record-page.ts';
import type { QueryParameter } from './query-parameters.ts';
import type { ReleaseResolver } from './release-resolver.ts';
import type { ReleaseStore } from '../storage/release-store.ts';

/** What a route's handler receives: validated inputs and the means to read. */
export interface RouteContext {
  readonly store: ReleaseStore;
  readonly resolver: ReleaseResolver;
  /** The release the request reads (routes that take `release=`); null otherwise. */
  readonly release: string | null;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string | undefined>>;
  /** Page size (paginated routes). */
  readonly limit: number;
  /**
   * Where to continue `listing` (a partition, with any filters applied to it): the cursor's sort key, or undefined on
   * the first page.
   */
  after(listing: string): string | undefined;
}

/** What a handler answers. */
export type Reply =
  | { readonly kind: 'record'; readonly json: string; readonly release?: string | null }
  | {
      readonly kind: 'page';
      readonly items: ReadonlyArray<string>;
      readonly total: number | null;
      /**
       * Where the next page starts: the listing (its partition, and any filters applied to it) and the last sort key of
       * this one; null on the last page.
       */
      readonly next: { listing: string; lastKey: string } | null;
      readonly release?: string | null;
    }
  | { readonly kind: 'document'; readonly body: unknown };

/**
 * How long a response may be cached: `per-release` data is immutable when pinned and short-lived
 * otherwise; `immutable` never changes; `short` may change at any time; `none` is never cached.
 */
export type CachePolicy = 'per-release' | 'immutable' | 'short' | 'none';

/** One endpoint of the API: the single description the router, the OpenAPI document and the tests share. */
export interface Route {
  /** The public path, with {parameters} as in OpenAPI, e.g. "/v1/actions/{id}". */
  readonly path: string;
  /** The OpenAPI operationId, e.g. "getAction". */
  readonly operationId: string;
  readonly tag: string;
  readonly summary: string;
  readonly description: string;
  readonly pathParameters: ReadonlyArray<PathParameter>;
  /** Query parameters of this route besides the common ones (release, format, excel, limit, cursor). */
  readonly filters: ReadonlyArray<QueryParameter>;
  /** Whether the route reads a data release and takes `release=` to pin it. */
  readonly pinnable: boolean;
  readonly paginated: boolean;
  /** The CSV columns of the route's records; null when it has no CSV form. */
  readonly table: AnyTable | null;
  /** The schema of the response's `data` (of the whole body for a `document`). */
  readonly data: z.ZodType;
  readonly cache: CachePolicy;
  /**
   * How a browser reads the route's one record as an HTML page, which it gets when its Accept
   * header prefers text/html and the URL names no format; absent where the route has no such page.
   */
  readonly html?: RecordPageSource;
  handle(context: RouteContext): Promise<Reply>;
}
