import type { FootnoteMarker, Language } from '../../../schema/index.ts';
import { localized } from '../i18n/i18n.ts';
import { footnotesOf } from './release.ts';

/** A footnote's marker as a page shows it: its printed number, linking to the footnote. */
export interface FootnoteRef {
  readonly number: string;
  readonly href: string;
}

/** A run of a text, or the marker of a footnote placed between runs. */
export type Marked<R> = R | { readonly ref: FootnoteRef };

/** A record whose text may have footnote markers (a footnote's text has none). */
export interface MarkedRecord {
  readonly text: string;
  readonly footnote_markers?: ReadonlyArray<FootnoteMarker>;
}

/**
 * How the markers of a record's footnotes link to them: to the footnote on `page` (the English path of the page that
 * lists the record's footnotes, i.e. the record's own page), or on this page when none is given.
 */
export const footnoteRefs =
  (language: Language, page?: string) =>
  (footnote: string): FootnoteRef => ({
    number: footnotesOf([footnote])[0]!.number,
    href: `${page ? localized(page, language) : ''}#${footnote}`,
  });

const nonSpaceCount = (characters: ReadonlyArray<string>) => characters.filter((c) => !/\s/.test(c)).length;

/**
 * `runs` (`record.text` cut into runs, e.g. a word diff's parts) with the marker of each of the record's footnotes
 * placed right after the character it follows. Markers are placed by the non-space characters before them, since a
 * word diff may leave out or move spaces; only the runs for which `ofRecord` holds belong to the record, the others
 * (and markers placed already) are passed through.
 */
export function placeMarkers<R extends { readonly text: string }>(
  runs: ReadonlyArray<Marked<R>>,
  record: MarkedRecord,
  refOf: (footnote: string) => FootnoteRef,
  ofRecord: (run: R) => boolean = () => true,
): Marked<R>[] {
  const characters = [...record.text];
  const pending = (record.footnote_markers ?? []).map(({ footnote, position }) => ({
    ref: refOf(footnote),
    after: nonSpaceCount(characters.slice(0, position)),
  }));
  const placed: Marked<R>[] = [];
  let seen = 0;
  const placeDue = () => {
    while (pending.length > 0 && pending[0]!.after <= seen) placed.push({ ref: pending.shift()!.ref });
  };
  placeDue();
  for (const run of runs) {
    if ('ref' in run || !ofRecord(run)) {
      placed.push(run);
      continue;
    }
    const own = [...run.text];
    let from = 0;
    own.forEach((character, index) => {
      if (/\s/.test(character)) return;
      seen++;
      if (pending.length === 0 || pending[0]!.after > seen) return;
      placed.push({ ...run, text: own.slice(from, index + 1).join('') });
      from = index + 1;
      placeDue();
    });
    if (from < own.length) placed.push({ ...run, text: own.slice(from).join('') });
  }
  if (pending.length > 0) throw new Error(`footnote markers: the runs of "${record.text}" end before a marker`);
  return placed;
}
