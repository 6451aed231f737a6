import * as z from 'zod';
import { PRINTED_NUMBER } from '../ids.ts';

/**
 * Permanent identifiers of the international commitments. Like the plans' identifiers, they are
 * built from what the source prints (a document's year, a paragraph's number and letters, a
 * mandate's Summit, instrument and number), so that anyone can find the record in the original.
 */

/** The documents of the international commitments, in the order of their sources. */
export const COMMITMENT_DOCUMENT_IDS = ['cnd-2019', 'ungass-2016', 'jms-2014', 'pd-2009', 'soa-security'] as const;

export const CommitmentDocumentId = z
  .enum(COMMITMENT_DOCUMENT_IDS)
  .describe(
    'Commitment document identifier: "cnd-2019" (2019 Ministerial Declaration), ' +
      '"ungass-2016" (UNGASS 2016 outcome document), "jms-2014" (2014 Joint Ministerial ' +
      'Statement), "pd-2009" (2009 Political Declaration and Plan of Action), "soa-security" ' +
      '(mandates of the Summits of the Americas, security sectoral area).',
  );
export type CommitmentDocumentId = z.infer<typeof CommitmentDocumentId>;

const unodcDocument = '(?:cnd-2019|ungass-2016|jms-2014|pd-2009)';
/** The labels of a paragraph and its sub-paragraphs, e.g. "1-a", "24-b-ii", "p12", "p27-a", "5-p1". */
const paragraphPath = `p?${PRINTED_NUMBER}(?:-(?:[a-z]{1,8}|p?${PRINTED_NUMBER})){0,4}`;
/** Part of the 2009 instrument: "pd" the Political Declaration, "poa" the Plan of Action. */
const unodcCommitment = `(?:(?:cnd-2019|ungass-2016|jms-2014)-${paragraphPath}|pd-2009-(?:pd|poa)-${paragraphPath})`;
const summitMandate = `soa-[a-z]{1,20}(?:-[a-z]{1,20}){0,4}-(?:poa|decl)-(?:initiative-)?${PRINTED_NUMBER}`;

export const CommitmentId = z
  .string()
  .regex(new RegExp(`^(?:${unodcCommitment}|${summitMandate})$`))
  .describe(
    'Commitment identifier. UNODC/CND documents: "{document}-{n}" for paragraph n as ' +
      'printed, "-{letter}" and "-{roman}" for its sub-paragraphs ("ungass-2016-1-a" is ' +
      'operational recommendation 1 (a), "pd-2009-pd-24-b-ii" is paragraph 24 (b) (ii) of the ' +
      'Political Declaration, "pd-2009-poa-2-a" paragraph 2 (a) of the Plan of Action); a ' +
      'paragraph printed without a number is "p{k}", k its position among the unnumbered ' +
      'paragraphs of its document or part ("cnd-2019-p12"); the lettered items of paragraph 33 ' +
      'of the Joint Ministerial Statement, numbered afresh from 1 under A, B and C, are ' +
      '"jms-2014-33-{n}". Summits mandates: "soa-{summit}-{instrument}-{n}", instrument "poa" ' +
      '(Plan of Action) or "decl" (Declaration), e.g. "soa-quebec-poa-66", ' +
      '"soa-miami-poa-initiative-6".',
  );

export const CommitmentFootnoteId = z
  .string()
  .regex(new RegExp(`^${unodcDocument}-fn-${PRINTED_NUMBER}$`))
  .describe(
    'Footnote of a commitment document: "{document}-fn-{n}", n its printed number (each ' +
      'document numbers its footnotes from 1).',
  );

export const CommitmentErratumId = z
  .string()
  .regex(/^(?:cnd-2019|ungass-2016|jms-2014|pd-2009|soa-security)-e\d{3}$/)
  .describe('Erratum of a commitment document: "{document}-e{nnn}", e.g. "ungass-2016-e001".');

/** Any record of the commitments that a footnote can annotate or an erratum correct. */
export const CommitmentItemId = z.union([CommitmentDocumentId, CommitmentId, CommitmentFootnoteId]);

/** Builds the id of a footnote of a commitment document. */
export const commitmentFootnoteId = (document: CommitmentDocumentId, n: string) => `${document}-fn-${n}`;

/** The key that sorts commitment documents in the order of their sources: their place among them, zero-padded. */
export const documentSortKey = (id: string) =>
  String(COMMITMENT_DOCUMENT_IDS.indexOf(id as CommitmentDocumentId)).padStart(6, '0');
