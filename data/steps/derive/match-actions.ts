import type { SimilarityIndex } from './text-similarity.ts';

/**
 * The least TF-IDF cosine similarity at which two actions of consecutive plans are linked
 * one-to-one (`revised`). Read against the texts: from about 0.4 up, most best matches
 * reword the same activity; below it, most share only the plans' common vocabulary
 * ("strengthen", "mechanisms", "information").
 */
export const REVISED_MIN_SCORE = 0.4;

/**
 * The least similarity at which an action left without a counterpart is linked to one that
 * already has its own, making a `split` or a `merged`. At least REVISED_MIN_SCORE, so that an
 * action linked this way could not have been matched one-to-one instead.
 */
export const PART_MIN_SCORE = 0.45;

/** A priority action as compared: its id and its text. */
export interface ActionText {
  readonly id: string;
  readonly text: string;
}

/** A computed link between actions of consecutive plans, before its relation is classified. */
export interface MatchedPair {
  readonly from: string;
  readonly to: string;
  readonly score: number;
}

/** Collapses whitespace and case: texts equal after this are `unchanged`. */
export const normalizedText = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Links the actions of one plan (`previous`) to those of the next (`next`), in three passes:
 * 1. texts identical after normalizedText are paired one-to-one, in printed order;
 * 2. the remaining pairs scoring at least REVISED_MIN_SCORE are paired one-to-one, best score
 *    first (ties in printed order), each action at most once;
 * 3. an action of `next`, then of `previous`, still without a link is linked to its most similar
 *    counterpart, if that scores at least PART_MIN_SCORE.
 * Every action of the other plan is a candidate, whatever its area: the 2021-2025 plan regrouped
 * the areas into new pillars, so an action's counterpart often stands in another area.
 */
export function matchActions(
  previous: ReadonlyArray<ActionText>,
  next: ReadonlyArray<ActionText>,
  index: SimilarityIndex,
): MatchedPair[] {
  const pairs: MatchedPair[] = [];
  const linked = new Set<string>();
  const link = (from: string, to: string) => {
    pairs.push({ from, to, score: index.similarity(from, to) });
    linked.add(from).add(to);
  };

  const previousByText = Map.groupBy(previous, (a) => normalizedText(a.text));
  for (const b of next) {
    const a = previousByText.get(normalizedText(b.text))?.find((a) => !linked.has(a.id));
    if (a) link(a.id, b.id);
  }

  const candidates = previous
    .flatMap((a, i) => next.map((b, j) => ({ a: a.id, b: b.id, i, j, score: index.similarity(a.id, b.id) })))
    .filter(({ a, b, score }) => score >= REVISED_MIN_SCORE && !linked.has(a) && !linked.has(b))
    .sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const { a, b } of candidates) if (!linked.has(a) && !linked.has(b)) link(a, b);

  const bestCounterpart = (id: string, among: ReadonlyArray<ActionText>) => {
    let best: { id: string; score: number } | null = null;
    for (const other of among) {
      const score = index.similarity(id, other.id);
      if (score >= PART_MIN_SCORE && score > (best?.score ?? -1)) best = { id: other.id, score };
    }
    return best?.id ?? null;
  };
  for (const b of next.filter((b) => !linked.has(b.id))) {
    const a = bestCounterpart(b.id, previous);
    if (a) link(a, b.id);
  }
  for (const a of previous.filter((a) => !linked.has(a.id))) {
    const b = bestCounterpart(a.id, next);
    if (b) link(a.id, b);
  }
  return pairs;
}
