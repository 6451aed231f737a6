import { createHmac, timingSafeEqual } from 'node:crypto';
import { StorageUnavailable } from '../storage/release-store.ts';
import { problems } from './problems.ts';

/**
 * Opaque pagination cursors: the listing a page was read from (its partition, with any filters
 * applied to it), the sort key of its last item, so that a cursor only ever continues the listing
 * that issued it, and how many records came before the page it opens, so that a page can name its
 * rows. Each is signed with the table's secret key, so that only a cursor the API issued makes it
 * read: a forged one is refused before the listing is read, and cannot make the API read pages no
 * link leads to.
 */

/** Where a cursor continues: in which listing, after which sort key, and after how many of its records. */
export interface CursorPlace {
  readonly listing: string;
  readonly lastKey: string;
  readonly position: number;
}

/** Issues and reads the cursors of one API instance. */
export interface Cursors {
  /** The cursor of the page that continues `place`. */
  issue(place: CursorPlace): Promise<string>;
  /** Where a cursor continues, or a 400 when it is not one the API issued. */
  read(cursor: string): Promise<CursorPlace>;
}

/** Bytes of the HMAC-SHA-256 kept in a cursor: 128 bits, as many as a forger would have to guess. */
const MAC_BYTES = 16;

const notThisListing = () =>
  problems.badInput(
    [{ in: 'query', name: 'cursor', detail: 'was not issued for this listing, its filters and its release.' }],
    'The cursor does not continue this listing: follow the "next" link of a previous page unchanged.',
  );

/**
 * Cursors signed with the key `readKey` gives, read once per instance: as the instance starts, and again on demand
 * after a read that failed. A table without a key has never been loaded by this loader: the API cannot page, and says
 * so as of a store it cannot use.
 */
export function signedCursors(readKey: () => Promise<Uint8Array | null>): Cursors {
  let key: Promise<Uint8Array> | undefined;
  const signingKey = () =>
    (key ??= readKey()
      .then((read) => {
        if (read === null) throw new StorageUnavailable(new Error('the table holds no cursor key; load a release'));
        return read;
      })
      .catch((error: unknown) => {
        key = undefined;
        throw error;
      }));
  // A failure here is met again, and answered, by the first request that needs the key.
  signingKey().catch(() => {});
  const mac = async (payload: Buffer) =>
    createHmac('sha256', await signingKey())
      .update(payload)
      .digest()
      .subarray(0, MAC_BYTES);
  return {
    async issue({ listing, lastKey, position }) {
      const payload = Buffer.from(JSON.stringify([listing, lastKey, position]));
      return Buffer.concat([await mac(payload), payload]).toString('base64url');
    },
    async read(cursor) {
      const bytes = Buffer.from(cursor, 'base64url');
      const payload = bytes.subarray(MAC_BYTES);
      if (bytes.length <= MAC_BYTES || !timingSafeEqual(bytes.subarray(0, MAC_BYTES), await mac(payload)))
        throw notThisListing();
      const [listing, lastKey, position] = JSON.parse(payload.toString('utf8')) as [string, string, number];
      return { listing, lastKey, position };
    },
  };
}

/** The sort key a cursor continues `listing` after, or a 400 when it was issued for another listing. */
export function continueAfter(place: CursorPlace, listing: string): string {
  if (place.listing !== listing) throw notThisListing();
  return place.lastKey;
}
