import { problems } from './problems.ts';

/**
 * Opaque pagination cursors: the listing a page was read from (its partition, with any filters
 * applied to it) and the sort key of its last item, so that a cursor only ever continues the
 * listing that issued it.
 */
export const encodeCursor = (listing: string, lastKey: string) =>
  Buffer.from(JSON.stringify([listing, lastKey])).toString('base64url');

/** The sort key to continue after, or a 400 when the cursor was not issued for this listing. */
export function decodeCursor(cursor: string, listing: string): string {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = null;
  }
  if (Array.isArray(decoded) && decoded.length === 2 && decoded[0] === listing && typeof decoded[1] === 'string')
    return decoded[1];
  throw problems.badInput(
    [{ in: 'query', name: 'cursor', detail: 'was not issued for this listing, its filters and its release.' }],
    'The cursor does not continue this listing: follow the "next" link of a previous page unchanged.',
  );
}
