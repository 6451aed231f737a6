/**
 * The "Cite this" block of the record pages (plans and their records, commitment documents and
 * commitments): one citation as formatted text, BibTeX, RIS and CSL-JSON. Each names the original
 * document first (issuer, title, symbol, date of adoption) and then the portal record, pinned to a
 * release, with the date it was accessed.
 *
 * The access date is the one input that changes from visit to visit, so it is an argument of its
 * own and the subject holds everything else as plain JSON. A page renders with its build date and
 * a script may render again in the browser with the reader's date: the module is pure and uses no
 * Node API. The date appears verbatim as YYYY-MM-DD in the text ("(accessed …)"), in BibTeX
 * (`urldate`) and in RIS (`Y2`), and as date-parts in CSL-JSON (`accessed`), so it can also be
 * substituted in place; anchor on those markers, since a release id such as 2026-11-22.1 can
 * contain the same date.
 */
import type { CommitmentDocument, PlanDocument } from '../../../schema/index.ts';

/** The portal's name, as every citation gives it. */
export const PORTAL_NAME = 'Hemispheric Drug Policy Portal';

/** What a citation takes from the original document: a plan's, or a commitment document's (which prints no symbol). */
export type CitedDocument = Pick<PlanDocument, 'title' | 'issuer' | 'symbol' | 'adopted'>;

/** A commitment document as a citation names it: it prints no symbol, and its date is its date of adoption. */
export const citedCommitmentDocument = (document: CommitmentDocument): CitedDocument => ({
  title: document.title,
  issuer: document.issuer,
  symbol: null,
  adopted: document.date,
});

/** What is cited: one record of the portal, or a document itself, in one release. */
export interface CitationSubject {
  /** The portal record's id, e.g. '2016-2020-dr-4-3', or the document's id, e.g. '2021-2025', 'ungass-2016'. */
  readonly id: string;
  /** The record as a reader names it, e.g. 'Priority action 4.3'; null (or empty) for the document itself. */
  readonly label: string | null;
  /** The printed document the record is published from. */
  readonly document: CitedDocument;
  /** The release the citation is pinned to, e.g. '2026-11-22.1'. */
  readonly release: string;
  /**
   * Absolute URL of the record pinned to the release, e.g.
   * 'https://…/v1/actions/2016-2020-dr-4-3?release=2026-11-22.1'.
   */
  readonly pinnedUrl: string;
}

/** A CSL-JSON item. Fields without a value are left out, never null. */
export interface CslItem {
  id: string;
  type: 'document';
  title: string;
  author: [{ literal: string }];
  issued?: { 'date-parts': [number[]] };
  number?: string;
  publisher: string;
  'container-title': string;
  URL: string;
  accessed: { 'date-parts': [number[]] };
  note: string;
}

/** One citation in the four forms of the "Cite this" block, each ready to copy or download. */
export interface Citations {
  /** Plain text, one paragraph. */
  readonly text: string;
  /** One BibTeX entry. */
  readonly bibtex: string;
  /** One RIS record. */
  readonly ris: string;
  /** A CSL-JSON array of one item, as reference managers and citeproc import it. */
  readonly csl: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The ISO 8601 calendar date of year, month or day precision as numbers: '2016-11' is [2016, 11]. */
function dateParts(iso: string): number[] {
  const match = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/.exec(iso);
  if (!match) throw new RangeError(`Not a YYYY, YYYY-MM or YYYY-MM-DD date: "${iso}"`);
  return match
    .slice(1)
    .filter((part) => part !== undefined)
    .map(Number);
}

/** The access date, unchanged, once it is known to be a day. */
function checkedAccessDate(accessed: string): string {
  if (dateParts(accessed).length !== 3) throw new RangeError(`The access date must be YYYY-MM-DD: "${accessed}"`);
  return accessed;
}

/** A date in words, only as precise as given: '2016-11' is 'November 2016', '2020-12-10' '10 December 2020'. */
function spelledDate(iso: string): string {
  const [year, month, day] = dateParts(iso);
  return compact([day, month && MONTHS[month - 1], year]).join(' ');
}

function compact<T>(items: readonly (T | null | undefined | false | '' | 0)[]): T[] {
  return items.filter((item): item is T => Boolean(item));
}

/** Text ending in a full stop; a symbol such as 'CICAD/doc.2255/16 Rev.' already has one. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function citedTitle(s: CitationSubject): string {
  return s.label ? `${s.document.title} — ${s.label}` : s.document.title;
}

function portalRecord(s: CitationSubject): string {
  return `${PORTAL_NAME}, record ${s.id}, release ${s.release}`;
}

function citationKey(s: CitationSubject): string {
  return `cicad-${s.id}`;
}

/**
 * The citation as plain text, one paragraph, e.g. `Inter-American Drug Abuse Control Commission
 * (CICAD), Organization of American States. "Hemispheric Plan of Action on Drugs, 2016-2020."
 * Priority action 4.3. OEA/Ser.L/XIV.2.60 CICAD/doc.2255/16 Rev. Adopted November 2016. In
 * Hemispheric Drug Policy Portal, record 2016-2020-dr-4-3, release 2026-11-22.1. https://…
 * (accessed 2026-11-22).` Parts the document does not print are left out.
 *
 * @param accessed the access date, YYYY-MM-DD
 */
export function formattedCitation(s: CitationSubject, accessed: string): string {
  const doc = s.document;
  return compact([
    sentence(doc.issuer),
    `"${sentence(doc.title)}"`,
    s.label && sentence(s.label),
    doc.symbol && sentence(doc.symbol),
    doc.adopted && `Adopted ${spelledDate(doc.adopted)}.`,
    `In ${portalRecord(s)}.`,
    `${s.pinnedUrl} (accessed ${checkedAccessDate(accessed)}).`,
  ]).join(' ');
}

const TEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

function tex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => TEX_ESCAPES[char]!);
}

/**
 * The citation as one BibTeX `@misc` entry keyed `cicad-{id}`, ending in a newline. The issuer is
 * double-braced so that it is one corporate author, and the title is braced so that BibTeX styles
 * keep its printed capitals. `year` and `month` (with biblatex's `date`) are only as precise as
 * the document; `note` gives the symbol and the portal record and release.
 *
 * @param accessed the access date, YYYY-MM-DD, given as `urldate`
 */
export function bibtex(s: CitationSubject, accessed: string): string {
  const doc = s.document;
  const [year, month] = doc.adopted ? dateParts(doc.adopted) : [];
  const note = compact([doc.symbol && sentence(doc.symbol), sentence(portalRecord(s))]).join(' ');
  // A verbatim field is not unescaped, but its braces must still balance.
  const url = s.pinnedUrl.replace(/[{}]/g, encodeURIComponent);
  const fields = compact([
    `author = {{${tex(doc.issuer)}}}`,
    `title = {{${tex(citedTitle(s))}}}`,
    year && `year = {${year}}`,
    month && `month = ${MONTHS[month - 1]!.slice(0, 3).toLowerCase()}`,
    doc.adopted && `date = {${doc.adopted}}`,
    `note = {${tex(note)}}`,
    `url = {${url}}`,
    `urldate = {${checkedAccessDate(accessed)}}`,
  ]);
  return `@misc{${citationKey(s)},\n${fields.map((field) => `  ${field}`).join(',\n')}\n}\n`;
}

/**
 * The citation as one RIS record, `TY  - GOVDOC` first and `ER  - ` last, LF line endings and a
 * final newline. PY is the year and DA the date as RIS writes it (YYYY/MM/DD/, unknown parts
 * empty); PB repeats the issuer; M1 is the symbol and N1 the portal record and release.
 *
 * @param accessed the access date, YYYY-MM-DD, given as `Y2`
 */
export function ris(s: CitationSubject, accessed: string): string {
  const doc = s.document;
  const adopted = doc.adopted ? dateParts(doc.adopted) : [];
  const tags = compact<[string, string]>([
    ['TY', 'GOVDOC'],
    ['AU', doc.issuer],
    ['TI', citedTitle(s)],
    doc.adopted && ['PY', String(adopted[0])],
    doc.adopted && ['DA', `${doc.adopted.replaceAll('-', '/')}${'/'.repeat(4 - adopted.length)}`],
    ['PB', doc.issuer],
    doc.symbol && ['M1', doc.symbol],
    ['N1', sentence(portalRecord(s))],
    ['UR', s.pinnedUrl],
    ['Y2', checkedAccessDate(accessed)],
    ['ER', ''],
  ]);
  return tags.map(([tag, value]) => `${tag}  - ${value}\n`).join('');
}

/**
 * The citation as one CSL-JSON item of type `document`: the issuer as a literal author and as
 * publisher, the portal as `container-title`, the symbol as `number`, and the portal record and
 * release as `note`. `issued` is only as precise as the document's date of adoption.
 *
 * @param accessed the access date, YYYY-MM-DD, given as `accessed` date-parts
 */
export function cslJson(s: CitationSubject, accessed: string): CslItem {
  const doc = s.document;
  return {
    id: citationKey(s),
    type: 'document',
    title: citedTitle(s),
    author: [{ literal: doc.issuer }],
    ...(doc.adopted ? { issued: { 'date-parts': [dateParts(doc.adopted)] } } : {}),
    ...(doc.symbol ? { number: doc.symbol } : {}),
    publisher: doc.issuer,
    'container-title': PORTAL_NAME,
    URL: s.pinnedUrl,
    accessed: { 'date-parts': [dateParts(checkedAccessDate(accessed))] },
    note: sentence(portalRecord(s)),
  };
}

/**
 * The four forms of the citation, as the "Cite this" block shows them.
 *
 * @param accessed the access date, YYYY-MM-DD
 */
export function citations(s: CitationSubject, accessed: string): Citations {
  return {
    text: formattedCitation(s, accessed),
    bibtex: bibtex(s, accessed),
    ris: ris(s, accessed),
    csl: `${JSON.stringify([cslJson(s, accessed)], null, 2)}\n`,
  };
}
