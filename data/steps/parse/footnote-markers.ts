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

/** A text without its HTML footnote markers. */
export const withoutHtmlFootnoteMarkers = (text: string) => text.replace(HTML_MARKER, '');
