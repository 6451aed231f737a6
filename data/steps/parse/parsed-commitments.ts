import type { CommitmentDocumentId } from '../../../schema/index.ts';
import { takeOutFootnoteMarkers } from './footnote-markers.ts';
import { joinSegments, type LayoutLine, type ParsedItem, type Segment } from './parsed-plan.ts';
import type { SourceText } from '../read/source-text.ts';

/** A document of a commitments source as a parser found it: its heading, and the markers in its headings. */
export interface ParsedCommitmentDocument {
  readonly id: CommitmentDocumentId;
  /** The lines of the document's heading. */
  readonly heading: Segment[];
  /** Headings of the document that carry footnote markers. */
  readonly markedHeadings: Segment[];
}

/** A commitment as a parser found it, with its permanent id and the heading it is printed under. */
export interface ParsedCommitment extends ParsedItem {
  readonly document: CommitmentDocumentId;
  readonly id: string;
  readonly section: string | null;
}

/** A footnote of a commitment document as printed. */
export interface ParsedCommitmentFootnote extends ParsedItem {
  readonly document: CommitmentDocumentId;
  readonly number: string;
}

/** Everything one commitments source holds, before validation. */
export interface ParsedCommitments {
  readonly documents: ParsedCommitmentDocument[];
  readonly commitments: ParsedCommitment[];
  readonly footnotes: ParsedCommitmentFootnote[];
  /** The lines that no record prints: headings, front matter and page furniture. */
  readonly layout: LayoutLine[];
}

/** Reads one commitments source into its structure. */
export type CommitmentsParser = (source: SourceText) => ParsedCommitments;

/** Markdown emphasis as the extractions print italics and bold: `*text*`, `**text**`. */
const EMPHASIS = /\*+/g;

/**
 * Printed text with its emphasis removed and its line breaks and layout spaces collapsed, its footnote markers kept.
 */
export const withoutEmphasis = (segments: ReadonlyArray<Segment>) =>
  joinSegments(segments.map((s) => ({ line: s.line, text: s.text.replace(EMPHASIS, '') })));

/**
 * The published form of printed text: emphasis and footnote markers removed, line breaks and layout spaces collapsed.
 */
export const cleanText = (segments: ReadonlyArray<Segment>) => takeOutFootnoteMarkers(withoutEmphasis(segments)).text;
