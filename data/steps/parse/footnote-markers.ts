const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A character class matching the superscript digits that print footnote markers. */
export const SUPERSCRIPT_CLASS = `[${SUPERSCRIPT_DIGITS}]`;

/** The superscript marker of footnote `number` as printed in a text, e.g. "12" → "¹²". */
export const footnoteMarker = (number: string) => [...number].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');

/** The footnote number a superscript marker prints, e.g. "¹²" → "12". */
export const superscriptToDigits = (marker: string) => [...marker].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join('');

/** Every footnote number whose superscript marker appears in a text. */
export const footnoteNumbersIn = (text: string) =>
  [...text.matchAll(new RegExp(`${SUPERSCRIPT_CLASS}+`, 'g'))].map((m) => superscriptToDigits(m[0]));

const HTML_MARKER = /<sup>(\d+)<\/sup>/g;

/** Every footnote number whose HTML marker (`<sup>12</sup>`, as Markdown extractions print them) appears in a text. */
export const htmlFootnoteNumbersIn = (text: string) => [...text.matchAll(HTML_MARKER)].map((m) => m[1]!);

/** A footnote marker taken out of a text: the footnote's printed number and where the marker stood. */
export interface MarkerPlace {
  readonly number: string;
  /** The number of Unicode code points of the text without markers that precede the marker. */
  readonly position: number;
}

/** Either form of marker: a run of superscript digits, or an HTML `<sup>12</sup>`. */
const ANY_MARKER = new RegExp(`${SUPERSCRIPT_CLASS}+|${HTML_MARKER.source}`, 'g');

/**
 * A text as clean prose, its footnote markers (superscript digits or `<sup>n</sup>`) taken out, with the place of
 * each marker in order. Positions count code points, so that they agree in every language (JavaScript's string
 * length counts UTF-16 units).
 */
export function takeOutFootnoteMarkers(printed: string): { text: string; markers: MarkerPlace[] } {
  const markers: MarkerPlace[] = [];
  let text = '';
  let length = 0;
  let from = 0;
  for (const match of printed.matchAll(ANY_MARKER)) {
    const before = printed.slice(from, match.index);
    text += before;
    length += [...before].length;
    markers.push({ number: match[1] ?? superscriptToDigits(match[0]), position: length });
    from = match.index + match[0].length;
  }
  return { text: text + printed.slice(from), markers };
}
