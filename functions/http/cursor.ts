import { problems } from './problems.ts';

/**
 * Opaque pagination cursors: the listing a page was read from (its partition, with any filters
 * applied to it), the sort key of its last item, so that a cursor only ever continues the listing
 * that issued it, and how many records came before the page it opens, so that a page can name its
 * rows.
 */
export const encodeCursor = (listing: string, lastKey: string, position: number) =>
  Buffer.from(JSON.stringify([listing, lastKey, position])).toString('base64url');

/** Where a cursor continues: in which listing, after which sort key, and after how many of its records. */
export interface CursorPlace {
  readonly listing: string;
  readonly lastKey: string;
  readonly position: number;
}

const notThisListing = () =>
  problems.badInput(
    [{ in: 'query', name: 'cursor', detail: 'was not issued for this listing, its filters and its release.' }],
    'The cursor does not continue this listing: follow the "next" link of a previous page unchanged.',
  );

/** Where a cursor continues, or a 400 when it is not one the API issued. */
export function decodeCursor(cursor: string): CursorPlace {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = null;
  }
  if (
    Array.isArray(decoded) &&
    decoded.length === 3 &&
    typeof decoded[0] === 'string' &&
    typeof decoded[1] === 'string' &&
    Number.isSafeInteger(decoded[2]) &&
    decoded[2] > 0
  )
    return { listing: decoded[0], lastKey: decoded[1], position: decoded[2] };
  throw notThisListing();
}

/** The sort key a cursor continues `listing` after, or a 400 when it was issued for another listing. */
export function continueAfter(place: CursorPlace, listing: string): string {
  if (place.listing !== listing) throw notThisListing();
  return place.lastKey;
}
