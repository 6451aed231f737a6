import * as z from 'zod';

/** Formats the schemas share, each written once. */

/** A SHA-256 digest, hexadecimal. */
export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 digest: 64 hexadecimal digits');

/** A day of the calendar, ISO 8601: YYYY-MM-DD. */
export const IsoDay = z.iso.date('a date YYYY-MM-DD');

/** A date only as precisely as a document prints it, ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD');

/** A footnote's number as printed. */
export const FootnoteNumber = z.string().regex(/^\d+$/, 'a footnote number as printed, e.g. "3"');
