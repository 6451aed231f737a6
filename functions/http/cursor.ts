import { problems } from './problems.ts';

/**
 * Opaque pagination cursors: the listing a page was read from (its partition, with any filters
 * applied to it), the sort key of its last item, so that a cursor only ever continues the listing
 * that issued it, and how many records came before the page it opens, so that a page can name its
 * rows.
 */
export const encodeCursor = (listing: string, lastKey: string, position: number) =>
  Buffer.from(JSON.stringify([listing, lastKey, position])).toString('base64url');

/** Where a cursor continues: after which sort key, and after how many records of the listing. */
export interface CursorPlace {
  readonly lastKey: string;
  readonly position: number;
}

/** Where the cursor continues `listing`, or a 400 when it was not issued for this listing. */
export function decodeCursor(cursor: string, listing?: string): CursorPlace {
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
    (listing === undefined || decoded[0] === listing) &&
    typeof decoded[1] === 'string' &&
    Number.isSafeInteger(decoded[2]) &&
    decoded[2] > 0
  )
    return { lastKey: decoded[1], position: decoded[2] };
  throw problems.badInput(
    [{ in: 'query', name: 'cursor', detail: 'was not issued for this listing, its filters and its release.' }],
    'The cursor does not continue this listing: follow the "next" link of a previous page unchanged.',
  );
}
