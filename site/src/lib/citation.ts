/**
 * The "Cite this" blocks: one citation as formatted text, APA 7th edition, BibTeX, RIS and
 * CSL-JSON. What is cited is either a record of the portal (a plan and its records, a commitment
 * document and its commitments), which names the original document first and then the portal
 * record pinned to a release, or a whole release, cited as a dataset of the portal.
 *
 * The access date is the one input that changes from visit to visit, so it is an argument of its
 * own and the subject holds everything else as plain JSON. A page renders with its build date and
 * a script may render again in the browser with the reader's date: the module is pure and uses no
 * Node API. The date appears verbatim as YYYY-MM-DD in the text ("(accessed …)"), in BibTeX
 * (`urldate`) and in RIS (`Y2`), and as date-parts in CSL-JSON (`accessed`), so it can also be
 * substituted in place; anchor on those markers, since a release id such as 2026-11-22.1 can
 * contain the same date. The APA reference has none: APA 7 gives a retrieval date only for
 * content designed to change, and a release never changes.
 */
import type { CommitmentDocument, PlanDocument } from '../../../schema/index.ts';
// From its own module, not the index: this module runs in the browser, which must not load every schema.
import { PORTAL_NAME } from '../../../schema/portal.ts';

/** The title a release is cited under as a dataset, in sentence case as APA writes titles. */
export const DATASET_TITLE = 'Hemispheric Plans of Action on Drugs: Structured open data';

/** What a citation takes from the original document: a plan's, or a commitment document's (which prints no symbol). */
export type CitedDocument = Pick<PlanDocument, 'title' | 'issuer' | 'symbol' | 'adopted'>;

/** A commitment document as a citation names it: it prints no symbol, and its date is its date of adoption. */
export const citedCommitmentDocument = (document: CommitmentDocument): CitedDocument => ({
  title: document.title,
  issuer: document.issuer,
  symbol: null,
  adopted: document.date,
});

/** One record of the portal, or a document itself, in one release. */
export interface RecordSubject {
  readonly kind: 'record';
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

/** A whole release of the portal, cited as a dataset. */
export interface DatasetSubject {
  readonly kind: 'dataset';
  /** The release, which is the dataset's version, e.g. '2026-11-22.1'. */
  readonly release: string;
  /** The day it was published, YYYY-MM-DD. */
  readonly date: string;
  /** Absolute URL of the release in the API, which lists its files: 'https://…/v1/releases/2026-11-22.1'. */
  readonly url: string;
  /** Absolute URL of the release's Data Package descriptor: 'https://…/releases/2026-11-22.1/datapackage.json'. */
  readonly files: string;
}

/** What is cited. */
export type CitationSubject = RecordSubject | DatasetSubject;

/** A CSL-JSON item. Fields without a value are left out, never null. */
export interface CslItem {
  id: string;
  type: 'document' | 'dataset';
  title: string;
  author: [{ literal: string }];
  issued?: { 'date-parts': [number[]] };
  number?: string;
  version?: string;
  publisher: string;
  'container-title'?: string;
  URL: string;
  accessed: { 'date-parts': [number[]] };
  note: string;
}

/** The APA reference in runs: the title is set in italics, and HTML makes the URL a link. */
export interface ApaReference {
  readonly before: string;
  readonly italic: string;
  readonly after: string;
  readonly url: string;
}

/** One citation in the forms of the "Cite this" block, each ready to copy or download. */
export interface Citations {
  /** The key of the BibTeX entry and CSL item, and the name of a downloaded file, e.g. 'cicad-2016-2020-dr-4-3'. */
  readonly key: string;
  /** Plain text, one paragraph. */
  readonly text: string;
  /** The APA 7th edition reference as plain text, without italics. */
  readonly apa: string;
  /** One BibTeX entry. */
  readonly bibtex: string;
  /** One RIS record. */
  readonly ris: string;
  /** A CSL-JSON array of one item, as reference managers and citeproc import it. */
  readonly csl: string;
}

/**
 * A cited work as every form reads it: a record of a printed document, or the portal's dataset.
 * `author` is given whole; `body` and `parent` split it where it names its parent organisation.
 */
interface Work {
  readonly key: string;
  readonly type: 'document' | 'dataset';
  readonly author: string;
  readonly title: string;
  /** The part of the work cited, e.g. 'Priority action 4.3'; null for the whole work. */
  readonly part: string | null;
  /** The document symbol. */
  readonly number: string | null;
  readonly version: string | null;
  /** ISO 8601, only as precise as known. */
  readonly date: string | null;
  /** What the date is, in the formatted text. */
  readonly dated: 'Adopted' | 'Released';
  /** The record of the portal, in the formatted text; null for the dataset itself. */
  readonly record: string | null;
  /** The portal record and release, or the release's files. */
  readonly note: string;
  readonly url: string;
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

/**
 * A corporate author as its body and the organisation it belongs to, where it names one after a
 * comma: 'Inter-American Drug Abuse Control Commission (CICAD), Organization of American States'.
 */
function corporateAuthor(author: string): { body: string; parent: string | null } {
  const comma = author.indexOf(', ');
  return comma < 0 ? { body: author, parent: null } : { body: author.slice(0, comma), parent: author.slice(comma + 2) };
}

function workOf(s: CitationSubject): Work {
  if (s.kind === 'dataset') {
    return {
      key: `hdpp-release-${s.release}`,
      type: 'dataset',
      author: PORTAL_NAME,
      title: DATASET_TITLE,
      part: null,
      number: null,
      version: s.release,
      date: s.date,
      dated: 'Released',
      record: null,
      note: `Release ${s.release}; its files are described by ${s.files}.`,
      url: s.url,
    };
  }
  const doc = s.document;
  const record = `${PORTAL_NAME}, record ${s.id}, release ${s.release}`;
  return {
    key: `cicad-${s.id}`,
    type: 'document',
    author: doc.issuer,
    title: doc.title,
    part: s.label || null,
    number: doc.symbol,
    version: null,
    date: doc.adopted,
    dated: 'Adopted',
    record,
    note: sentence(record),
    url: s.pinnedUrl,
  };
}

function fullTitle(w: Work): string {
  return w.part ? `${w.title} — ${w.part}` : w.title;
}

/**
 * The citation as plain text, one paragraph, e.g. `Inter-American Drug Abuse Control Commission
 * (CICAD), Organization of American States. "Hemispheric Plan of Action on Drugs, 2016-2020."
 * Priority action 4.3. OEA/Ser.L/XIV.2.60 CICAD/doc.2255/16 Rev. Adopted November 2016. In
 * Hemispheric Drug Policy Portal, record 2016-2020-dr-4-3, release 2026-11-22.1. https://…
 * (accessed 2026-11-22).` A dataset gives its version and release date instead of the
 * record. Parts the document does not print are left out.
 *
 * @param accessed the access date, YYYY-MM-DD
 */
export function formattedCitation(s: CitationSubject, accessed: string): string {
  const w = workOf(s);
  return compact([
    sentence(w.author),
    `"${sentence(w.title)}"`,
    w.part && sentence(w.part),
    w.number && sentence(w.number),
    w.version && `Dataset, version ${w.version}.`,
    w.date && `${w.dated} ${spelledDate(w.date)}.`,
    w.record && `In ${w.record}.`,
    `${w.url} (accessed ${checkedAccessDate(accessed)}).`,
  ]).join(' ');
}

/**
 * The APA 7th edition reference, in runs so that HTML can set the title in italics and link the
 * URL, and plain text can leave both out. A record is cited as a report of its issuer (APA 10.4): the
 * body as group author, without the abbreviation APA keeps for the text; the year of adoption
 * (n.d. without one); the title in italics as printed (the official name of an instrument); the
 * symbol as its report number; a description in brackets naming the part and the pinned portal
 * record; the parent organisation as publisher (left out when it is the author, APA 9.24); the
 * URL. A release is cited as a dataset (APA 10.9): `Hemispheric Drug Policy Portal. (2026).
 * <i>Hemispheric Plans of Action on Drugs: Structured open data</i> (Version 2026-11-22.1)
 * [Data set]. https://…`.
 */
export function apaReference(s: CitationSubject): ApaReference {
  const w = workOf(s);
  const { body, parent } = corporateAuthor(w.author);
  const author = body.replace(/ \([A-Z]{2,}\)$/, '');
  const year = w.date ? dateParts(w.date)[0] : 'n.d.';
  const description =
    s.kind === 'dataset'
      ? 'Data set'
      : compact([w.part, `${PORTAL_NAME} record ${s.id}, release ${s.release}`]).join('; ');
  return {
    before: `${sentence(author)} (${year}). `,
    italic: w.title,
    after:
      compact([w.number && ` (${w.number})`, w.version && ` (Version ${w.version})`]).join('') +
      ` [${description}]. ` +
      (parent ? `${sentence(parent)} ` : ''),
    url: w.url,
  };
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
 * The citation as one BibTeX entry keyed `cicad-{id}` (`hdpp-release-{release}` for a
 * dataset), ending in a newline: `@misc` for a record, biblatex's `@dataset` with `version` and
 * `publisher` for a release. The author is double-braced so that it is one corporate author,
 * and the title is braced so that BibTeX styles keep its printed capitals. `year` and `month`
 * (with biblatex's `date`) are only as precise as the document; `note` gives the symbol and the
 * portal record and release, or the release's files.
 *
 * @param accessed the access date, YYYY-MM-DD, given as `urldate`
 */
export function bibtex(s: CitationSubject, accessed: string): string {
  const w = workOf(s);
  const [year, month] = w.date ? dateParts(w.date) : [];
  const note = compact([w.number && sentence(w.number), w.note]).join(' ');
  // A verbatim field is not unescaped, but its braces must still balance.
  const url = w.url.replace(/[{}]/g, encodeURIComponent);
  const fields = compact([
    `author = {{${tex(w.author)}}}`,
    `title = {{${tex(fullTitle(w))}}}`,
    w.version && `version = {${tex(w.version)}}`,
    w.type === 'dataset' && `publisher = {${tex(PORTAL_NAME)}}`,
    year && `year = {${year}}`,
    month && `month = ${MONTHS[month - 1]!.slice(0, 3).toLowerCase()}`,
    w.date && `date = {${w.date}}`,
    `note = {${tex(note)}}`,
    `url = {${url}}`,
    `urldate = {${checkedAccessDate(accessed)}}`,
  ]);
  const type = w.type === 'dataset' ? 'dataset' : 'misc';
  return `@${type}{${w.key},\n${fields.map((field) => `  ${field}`).join(',\n')}\n}\n`;
}

/**
 * The citation as one RIS record, `TY  - GOVDOC` (`TY  - DATA` for a dataset) first and `ER  - `
 * last, LF line endings and a final newline. RIS reads an author as "Last, First", so an
 * author that names its parent organisation after a comma gives its body as AU and the parent
 * as PB; otherwise PB repeats the author. PY is the year and DA the date as RIS writes it
 * (YYYY/MM/DD/, unknown parts empty); ET is a dataset's version; M1 is the symbol and N1 the
 * portal record and release.
 *
 * @param accessed the access date, YYYY-MM-DD, given as `Y2`
 */
export function ris(s: CitationSubject, accessed: string): string {
  const w = workOf(s);
  const { body, parent } = corporateAuthor(w.author);
  const date = w.date ? dateParts(w.date) : [];
  const tags = compact<[string, string]>([
    ['TY', w.type === 'dataset' ? 'DATA' : 'GOVDOC'],
    ['AU', body],
    ['TI', fullTitle(w)],
    w.date && ['PY', String(date[0])],
    w.date && ['DA', `${w.date.replaceAll('-', '/')}${'/'.repeat(4 - date.length)}`],
    w.version && ['ET', w.version],
    ['PB', parent ?? body],
    w.number && ['M1', w.number],
    ['N1', w.note],
    ['UR', w.url],
    ['Y2', checkedAccessDate(accessed)],
    ['ER', ''],
  ]);
  return tags.map(([tag, value]) => `${tag}  - ${value}\n`).join('');
}

/**
 * The citation as one CSL-JSON item of type `document`, or `dataset` with its `version` for a
 * release: the author as a literal author and as publisher (the portal for a dataset), the
 * portal as a record's `container-title`, the symbol as `number`, and the portal record and
 * release as `note`. `issued` is only as precise as the date known.
 *
 * @param accessed the access date, YYYY-MM-DD, given as `accessed` date-parts
 */
export function cslJson(s: CitationSubject, accessed: string): CslItem {
  const w = workOf(s);
  return {
    id: w.key,
    type: w.type,
    title: fullTitle(w),
    author: [{ literal: w.author }],
    ...(w.date ? { issued: { 'date-parts': [dateParts(w.date)] } } : {}),
    ...(w.number ? { number: w.number } : {}),
    ...(w.version ? { version: w.version } : {}),
    publisher: w.author,
    ...(w.record ? { 'container-title': PORTAL_NAME } : {}),
    URL: w.url,
    accessed: { 'date-parts': [dateParts(checkedAccessDate(accessed))] },
    note: w.note,
  };
}

/**
 * Every form of the citation, as the "Cite this" block shows them.
 *
 * @param accessed the access date, YYYY-MM-DD
 */
export function citations(s: CitationSubject, accessed: string): Citations {
  const apa = apaReference(s);
  return {
    key: workOf(s).key,
    text: formattedCitation(s, accessed),
    apa: `${apa.before}${apa.italic}${apa.after}${apa.url}`,
    bibtex: bibtex(s, accessed),
    ris: ris(s, accessed),
    csl: `${JSON.stringify([cslJson(s, accessed)], null, 2)}\n`,
  };
}

/** The forms of a citation that download as a file a reference manager imports. */
export type CitationFileForm = 'bibtex' | 'ris' | 'csl';

const CITATION_FILES: Record<CitationFileForm, { extension: string; type: string }> = {
  bibtex: { extension: 'bib', type: 'application/x-bibtex' },
  ris: { extension: 'ris', type: 'application/x-research-info-systems' },
  csl: { extension: 'json', type: 'application/vnd.citationstyles.csl+json' },
};

/**
 * A form of the citation as a file to download: its name (`cicad-2016-2020-dr-4-3.bib`) and a
 * `data:` URL of its text, which a link downloads without a request or a script.
 */
export function citationFile(form: CitationFileForm, cited: Citations): { name: string; href: string } {
  const { extension, type } = CITATION_FILES[form];
  return { name: `${cited.key}.${extension}`, href: `data:${type};charset=utf-8,${encodeURIComponent(cited[form])}` };
}
