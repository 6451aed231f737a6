import { distance } from 'fastest-levenshtein';
import { LANGUAGES, localized, type Language } from '../../../schema/urls.ts';

/**
 * The English paths of the portal's pages, grouped by the path they sit under, each by its last
 * segment: `{ "/actions/": ["2011-2015-is-1-1", ...], "/": ["compare", ...] }`. The site build
 * writes it for the 404 page, which looks a mistyped address up in it.
 */
export type PageIndex = Readonly<Record<string, ReadonlyArray<string>>>;

/** Where the site build writes the PageIndex of its pages (src/pages/page-index.json.ts). */
export const PAGE_INDEX_URL = '/page-index.json';

/** The most pages the 404 page suggests when several are as close as each other. */
export const MOST_SUGGESTIONS = 3;

/** The index of these English page paths (`/actions/2016-2020-dr-4-3/`); the home page has no segment to index. */
export function pageIndexOf(paths: ReadonlyArray<string>): PageIndex {
  const index: Record<string, string[]> = {};
  for (const path of paths) {
    const segments = path.split('/').filter(Boolean);
    const last = segments.pop();
    if (last !== undefined) (index[directoryOf(segments)] ??= []).push(last);
  }
  return index;
}

/**
 * The existing pages closest to a path that was not found, in the language of its prefix (`/es/`):
 * among the pages under the same path (its kind of record, whatever its case), the page whose
 * last segment is the same but for case, or else those fewest edits away (Levenshtein distance,
 * case ignored), at most one edit for every 5 characters of the segment, so that nothing is
 * offered for a short code or for an address unlike every page. Several pages as close as each
 * other are all offered, up to MOST_SUGGESTIONS, in the order of the index; none if more are.
 */
export function closestPages(pathname: string, index: PageIndex): { language: Language; paths: string[] } {
  const segments = decoded(pathname)
    .split('/')
    .filter((s) => s && s !== 'index.html');
  const prefix = LANGUAGES.find((l) => l !== 'en' && l === segments[0]?.toLowerCase());
  const language = prefix ?? 'en';
  if (prefix) segments.shift();
  const last = segments.pop()?.toLowerCase();
  const under = directoryOf(segments).toLowerCase();
  const parent = Object.keys(index).find((key) => key.toLowerCase() === under);
  if (last === undefined || parent === undefined) return { language, paths: [] };
  let best: string[] = [];
  let fewest = Math.floor(last.length / 5);
  for (const candidate of index[parent]!) {
    const edits = distance(last, candidate.toLowerCase());
    if (edits < fewest) [best, fewest] = [[candidate], edits];
    else if (edits === fewest) best.push(candidate);
  }
  const paths = best.length > MOST_SUGGESTIONS ? [] : best;
  return { language, paths: paths.map((segment) => localized(`${parent}${segment}/`, language)) };
}

/** The path of the directory these segments name: `/actions/` for ["actions"], `/` for none. */
const directoryOf = (segments: ReadonlyArray<string>) => `/${segments.map((s) => `${s}/`).join('')}`;

/** The path with its escapes undone; as it came if it holds a malformed escape. */
function decoded(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
