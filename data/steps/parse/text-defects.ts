import { SUPERSCRIPT_CLASS } from './footnote-markers.ts';

/**
 * Detects extraction defects in published text: page furniture (running headers, column
 * titles, headings, lost characters), words joined where a hyphen was lost at a line break, and
 * words split at a line break and rejoined with a stray space.
 */

const FURNITURE: ReadonlyArray<[RegExp, string]> = [
  [/HEMISPHERIC (?:PLAN OF ACTION|DRUG STRATEGY)/, 'running header'],
  [/\bObjectives\b/, 'column title "Objectives"'],
  [/\bPriority [Aa]ctions\b/, 'column title "Priority actions"'],
  [/\bOBJECTIVE No\./, 'objective heading'],
  [/\bArea \d+:/, 'area heading'],
  [/\uFFFD/, 'character lost in extraction (U+FFFD)'],
  [/^\d{1,3}\s|\s\d{1,3}$/, 'page number at the start or end of the text'],
  [/ {2}/, 'layout spaces'],
  [/MANDATES OF THE SUMMITS/, 'running header of the Summits mandates'],
  [/\bY[—-]H[—-]|\bSECRET\b/, 'OCR noise of a page stamp'],
  [/<\/?sup>|\*/, 'markup (footnote marker or emphasis)'],
  [new RegExp(SUPERSCRIPT_CLASS), 'footnote marker (superscript digit)'],
];

/**
 * The words after which a hyphen followed by a space is a suspended hyphen, not a break: "short- and long-term",
 * "drug- or crime-related", "national- to regional-level".
 */
const SUSPENDED_BEFORE = ['and', 'or', 'nor', 'to'];

/**
 * A word split by a line break after its hyphen or slash and rejoined with a stray space ("socio- economic",
 * "and/ or"), or split before its slash ("and /or"); a hyphen followed by a space and "and", "or", "nor" or "to" is a
 * suspended hyphen and stays.
 */
const STRAY_SPACE_JOIN = new RegExp(
  `\\p{L}+(?:-(?! (?:${SUSPENDED_BEFORE.join('|')})\\b) |\\/ )\\S+|\\p{L}+ \\/\\p{L}+`,
  'gu',
);

/** Every word of `text` split at a line break and rejoined with a stray space after its hyphen or slash. */
export const straySpaceJoins = (text: string) => [...text.matchAll(STRAY_SPACE_JOIN)].map((m) => m[0]);

/** Joins the source is known to print where a hyphen was lost at a line break. */
const KNOWN_JOINS = ['lowlevel', 'drugdependent', 'atrisk', 'crosscutting', 'interamerican'];

/**
 * Closed compounds that are standard English and that the sources print as one word in the middle
 * of a line (so not at a break); their hyphenated twins elsewhere in the sources are no evidence
 * of a lost hyphen. The United Nations and Summits texts spell several both ways.
 */
const STANDARD_CLOSED_COMPOUNDS = new Set([
  'ongoing',
  'interagency',
  'intergovernmental',
  'multidisciplinary',
  'bilateral',
  'online',
  'antipersonnel',
  'cybercrime',
  'midterm',
  'multidimensional',
  'noncustodial',
  'peacekeeping',
  'policymaking',
  'socioeconomic',
  'southeast',
  'subregional',
]);

/** Every hyphenated word of a corpus, keyed by its letters without the hyphen (lower case): "atrisk" → "at-risk". */
export const hyphenatedWords = (corpus: string) =>
  new Map(
    [...corpus.matchAll(/\b[A-Za-z]+(?:-[A-Za-z]+)+\b/g)].map((m) => [m[0].replaceAll('-', '').toLowerCase(), m[0]]),
  );

/**
 * Lists the defects found in `text`, each as a short description. `hyphenated` (from
 * hyphenatedWords over the raw sources) lets a word that the sources also print with a hyphen
 * count as a lost hyphen.
 */
export function findTextDefects(text: string, hyphenated: ReadonlyMap<string, string>): string[] {
  const found = FURNITURE.filter(([pattern]) => pattern.test(text)).map(([, what]) => what);
  for (const join of straySpaceJoins(text)) found.push(`word rejoined with a stray space in "${join}"`);
  for (const word of text.match(/[A-Za-z]+/g) ?? []) {
    const key = word.toLowerCase();
    if (KNOWN_JOINS.includes(key)) found.push(`hyphen lost in "${word}"`);
    else if (hyphenated.has(key) && !STANDARD_CLOSED_COMPOUNDS.has(key))
      found.push(`hyphen lost in "${word}" (printed "${hyphenated.get(key)}" elsewhere)`);
  }
  return found;
}
