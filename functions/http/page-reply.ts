import type { ReadPage } from '../storage/release-store.ts';
import type { Reply } from './route.ts';

/** A handler's answer with one page of a listing. */
export type PageReply = Extract<Reply, { kind: 'page' }>;

/** The reply of a page read from `listing` (see RouteContext.after): its records, and where the next page starts. */
export function pageReply(listing: string, page: ReadPage, total: number | null): PageReply {
  const last = page.items.at(-1);
  return {
    kind: 'page',
    items: page.items.map((item) => item.json),
    total,
    next: page.more && last ? { listing, lastKey: last.sk } : null,
  };
}
