import * as z from 'zod';
import { PlanId, SourceId } from './ids.ts';
import { IsoDate, Sha256 } from './formats.ts';

/**
 * Where the issuer publishes a document, recorded only once someone has checked that the address
 * serves that very document: when, and how.
 */
export const OfficialPublication = z
  .object({
    url: z.url({ protocol: /^https$/ }).describe("The issuer's own address of the document."),
    verified: IsoDate.describe('The day someone opened the address and found the document there.'),
    evidence: z.string().min(1).describe('What showed it to be the document, e.g. its symbol on the title page.'),
  })
  .strict();
export type OfficialPublication = z.infer<typeof OfficialPublication>;

/**
 * The manifest beside each raw source in data/sources/: what the document is, who issued it,
 * and the checksum that proves the raw text is untouched. `printed_at` gives, for each fact
 * taken from the document, the line of the raw text that prints it.
 */
export const SourceManifest = z
  .object({
    id: SourceId,
    file: z
      .string()
      .regex(/^[a-z0-9-]+\.txt$/)
      .describe('File name of the raw text in data/sources/.'),
    sha256: Sha256.describe('SHA-256 of the raw file, hex.'),
    received_as: z.string().min(1).describe('Name of the file as it was received.'),
    format: z.string().min(1).describe('What the raw file is, e.g. a text extraction of the official PDF.'),
    title: z.string().min(1),
    issuer: z.string().min(1),
    plan: PlanId.optional().describe('The plan this document is, when it is one of the Plans of Action.'),
    session: z.string().min(1).optional().describe('The session that adopted the document.'),
    place: z.string().min(1).optional(),
    session_dates: z.tuple([IsoDate, IsoDate]).optional().describe('First and last day of that session.'),
    adopted: IsoDate.optional().describe('Date of adoption, only as precisely as the document prints it.'),
    symbol: z
      .string()
      .min(1)
      .optional()
      .describe('Document symbol(s) as printed, e.g. "OEA/Ser.L/XIV.2.68 CICAD/doc.2533/20".'),
    isbn: z
      .string()
      .regex(/^97[89]-[0-9-]{13}$/, 'expected an ISBN-13 such as 978-0-8270-6623-6')
      .optional(),
    printed_at: z
      .record(z.string(), z.number().int().positive())
      .default({})
      .describe('For each field taken from the document, the line of the raw text that prints it.'),
    notes: z.string().min(1).optional(),
    publication: OfficialPublication.optional().describe(
      'Where the issuer publishes the document, once verified; absent while no address has been verified.',
    ),
  })
  .strict();
export type SourceManifest = z.infer<typeof SourceManifest>;
