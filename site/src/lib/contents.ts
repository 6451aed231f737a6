import type { Translate, UiKey } from '../i18n/i18n.ts';

/** An entry of a page's contents: the anchor of a section, its title, and the sections within it. */
export interface ContentsEntry {
  readonly href: string;
  readonly label: string;
  /** The language of the title when it is not the page's. */
  readonly lang?: string | undefined;
  readonly children?: ReadonlyArray<ContentsEntry> | undefined;
}

/** The entry of a section whose heading has the id `id` and the title `key`. */
export const sectionEntry = (t: Translate, id: string, key: UiKey): ContentsEntry => ({
  href: `#${id}`,
  label: t(key),
});

/**
 * The sections every record page (a plan's area, objective or priority action, or a commitment) ends with, by the
 * ids of their headings: its footnotes when it has any, where its text comes from, the record as data and "Cite this".
 */
export const recordEndEntries = (t: Translate, hasFootnotes: boolean): ContentsEntry[] => [
  ...(hasFootnotes ? [sectionEntry(t, 'footnotes-heading', 'record.footnotes')] : []),
  sectionEntry(t, 'provenance-heading', 'record.provenance'),
  sectionEntry(t, 'formats-heading', 'formats.heading'),
  sectionEntry(t, 'cite-heading', 'cite.heading'),
];
