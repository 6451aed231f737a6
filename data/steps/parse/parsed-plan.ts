import type { LayoutKind, PassagePart, PassageRole } from '../../../schema/index.ts';
import type { SourceText } from '../read/source-text.ts';
import { DataError } from '../read/data-error.ts';

/** The part of one raw line that belongs to a record (its number, bullet and layout stripped). */
export interface Segment {
  readonly line: number;
  readonly text: string;
}

/** A record as a parser found it: the line where it starts, its printed number and the lines that print its text. */
export interface ParsedItem {
  readonly line: number;
  readonly number: string | null;
  readonly segments: Segment[];
}

export interface ParsedObjective extends ParsedItem {
  readonly actions: ParsedItem[];
}

export interface ParsedArea extends ParsedItem {
  readonly code: string;
  readonly objectives: ParsedObjective[];
}

export interface ParsedFootnote extends ParsedItem {
  readonly number: string;
}

/** A non-blank raw line that no record prints, as its parser found it: its kind and what it is. */
export interface LayoutLine {
  readonly line: number;
  readonly kind: LayoutKind;
  readonly what: string;
}

/** Where a passage of the framing text stands: its part, its role there, and the words it is printed under. */
export interface PassagePlace {
  readonly part: PassagePart;
  readonly role: PassageRole;
  /** The heading as printed, without its closing colon or comma. */
  readonly heading: string;
  readonly leadIn: string | null;
}

/**
 * A passage of the framing text as a parser found it. Its `line` is that of the heading or lead-in it is the first
 * passage under, where they are printed on lines of their own, and otherwise the line where its text begins.
 */
export interface ParsedPassage extends ParsedItem, PassagePlace {}

/** The structure of one plan as read from its raw text, before identifiers and validation. */
export interface ParsedPlan {
  /** The framing text before the first area, in printed order. */
  readonly passages: ParsedPassage[];
  readonly areas: ParsedArea[];
  readonly footnotes: ParsedFootnote[];
  /**
   * The other lines before the first area (title pages, running headers, the index), searched for plan-level
   * footnote markers.
   */
  readonly frontMatter: Segment[];
  /** The other lines that no record prints: headings and page furniture. */
  readonly layout: LayoutLine[];
}

/** Reads one plan's raw text into its structure. */
export type PlanParser = (source: SourceText) => ParsedPlan;

/** Throws a DataError pointing at a line of the raw source. */
export const sourceError = (source: SourceText, line: number, problem: string): never => {
  throw new DataError(source.file, line, null, problem);
};

/** Starts a record printed from `line`, whose text begins with `text` (possibly empty). */
export const startItem = (line: number, number: string | null, text: string) => ({
  line,
  number,
  segments: text.trim() === '' ? [] : [{ line, text }],
});

/**
 * Starts a passage whose text begins on line `n`, under the heading or lead-in printed on line `under` when it is the
 * first passage below them.
 */
export const startPassage = (
  n: number,
  text: string,
  place: PassagePlace,
  { under = null, number = null }: { under?: number | null; number?: string | null } = {},
): ParsedPassage => ({ ...place, line: under ?? n, number, segments: [{ line: n, text }] });

/** A heading or lead-in as a passage records it: as printed, without the colon or comma that closes it. */
export const printedHeading = (line: string) => line.replace(/\s*[,:]$/, '');

/** Numbers the lines of a source from 1, for parsers that walk it top to bottom. */
export function* numberedLines(source: SourceText): Generator<[number, string]> {
  for (let n = 1; n <= source.lineCount; n++) yield [n, source.line(n)];
}

/** The text of a record: its segments joined, with line breaks and layout spaces collapsed to single spaces. */
export const joinSegments = (segments: ReadonlyArray<Segment>) =>
  segments
    .map((s) => s.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Every raw line a record occupies: its first line and the lines of its text. */
export const linesOf = (item: ParsedItem) => [item.line, ...item.segments.map((s) => s.line)];
