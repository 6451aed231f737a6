import { diffWords } from 'diff';

/** A run of a text, marked when its words are only in that text of the two compared. */
export interface DiffSegment {
  readonly text: string;
  readonly changed: boolean;
}

const nonSpace = (text: string) => text.replace(/\s+/g, '');

/**
 * `text` cut into the segments of `parts` (the word diff's parts on its side, in order), each segment its own
 * characters of `text`: the diff leaves out or moves spaces, so a part is matched by its non-space characters, and the
 * spaces between parts stay unmarked.
 */
function segmentsOf(text: string, parts: ReadonlyArray<{ value: string; changed: boolean }>): DiffSegment[] {
  if (nonSpace(text) !== nonSpace(parts.map((p) => p.value).join('')))
    throw new Error(`word diff: the parts of "${text}" are not its words`);
  const segments: DiffSegment[] = [];
  let at = 0;
  const take = (end: number, changed: boolean) => {
    if (end > at) segments.push({ text: text.slice(at, end), changed });
    at = end;
  };
  for (const part of parts) {
    let wanted = nonSpace(part.value).length;
    if (wanted === 0) continue;
    take(at + /^\s*/.exec(text.slice(at))![0].length, false);
    let end = at;
    for (; wanted > 0 && end < text.length; end++) if (!/\s/.test(text[end]!)) wanted--;
    take(end, part.changed);
  }
  take(text.length, false);
  return segments;
}

/**
 * The word-level changes from an earlier text to a later one, as each text cut into segments: in the earlier text the
 * words only there, in the later text the words only there, marked. Each side joins back into its text exactly.
 */
export function wordDiffSides(earlier: string, later: string) {
  const parts = diffWords(earlier, later);
  return {
    earlier: segmentsOf(
      earlier,
      parts.filter((p) => !p.added).map((p) => ({ value: p.value, changed: p.removed })),
    ),
    later: segmentsOf(
      later,
      parts.filter((p) => !p.removed).map((p) => ({ value: p.value, changed: p.added })),
    ),
  };
}
