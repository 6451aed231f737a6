/**
 * The label a printed sequence should carry at position `index` (0-based): 1, 2, 3, ... or a, b, c, ...
 * in the style of its first label.
 */
export const expectedLabel = (first: string, index: number) =>
  /^\d+$/.test(first) ? String(index + 1) : String.fromCharCode('a'.charCodeAt(0) + index);

/**
 * Finds the first break in a printed sequence: a label that is not the one expected at its place.
 * Returns null when the sequence runs 1, 2, 3, ... (or a, b, c, ...) without gap or repeat.
 */
export function firstNumberingBreak(labels: ReadonlyArray<string>): { index: number; expected: string; found: string } | null {
  for (const [index, found] of labels.entries()) {
    const expected = expectedLabel(labels[0]!, index);
    if (found !== expected) return { index, expected, found };
  }
  return null;
}
