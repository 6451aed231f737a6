const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];

/**
 * The label a printed sequence should carry at position `index` (0-based): 1, 2, 3, ..., a, b, c, ...
 * or i, ii, iii, ... in the style of its first label (a sequence of letters starts at "a", so one
 * that starts at "i" counts in Roman numerals).
 */
export const expectedLabel = (first: string, index: number) =>
  /^\d+$/.test(first)
    ? String(index + 1)
    : first === 'i'
      ? (ROMAN[index] ?? '')
      : String.fromCharCode('a'.charCodeAt(0) + index);

/** Whether `label` is a Roman numeral as sub-paragraphs print them: i, ii, iii, iv, ... */
export const isRoman = (label: string) => ROMAN.includes(label);

/**
 * Finds the first break in a printed sequence: a label that is not the one expected at its place.
 * Returns null when the sequence runs 1, 2, 3, ... (or a, b, c, ..., or i, ii, iii, ...) without gap or repeat.
 */
export function firstNumberingBreak(
  labels: ReadonlyArray<string>,
): { index: number; expected: string; found: string } | null {
  for (const [index, found] of labels.entries()) {
    const expected = expectedLabel(labels[0]!, index);
    if (found !== expected) return { index, expected, found };
  }
  return null;
}
