import { RelatedCommitment, type Action, type Commitment } from '../../../schema/index.ts';
import { similarityIndex, termsOf } from './text-similarity.ts';

/** At most this many commitments are related to each priority action. */
export const RELATED_COMMITMENTS_PER_ACTION = 3;

/**
 * The least TF-IDF cosine similarity at which a commitment is related to an action. Below it,
 * the closest commitments mostly share the drug-policy vocabulary common to every text rather
 * than the action's subject.
 */
export const RELATED_MIN_SCORE = 0.3;

/**
 * A commitment with fewer distinct terms than this is never related: a lead-in such as "Member
 * States should:" or a one-word item such as "Eradication;" says too little on its own to compare.
 */
export const RELATED_MIN_TERMS = 3;

/**
 * For every priority action, the commitments whose texts are most similar to its text (TF-IDF
 * cosine similarity over the texts of all actions and all commitments together): at most
 * RELATED_COMMITMENTS_PER_ACTION, each scoring at least RELATED_MIN_SCORE and having at least
 * RELATED_MIN_TERMS terms, closest first (ties in the commitments' order). Each is labelled `basis: text-similarity`:
 * a computed reading aid,
 * not an official mapping. Pure and deterministic.
 */
export function relatedCommitments(
  actions: ReadonlyArray<Pick<Action, 'id' | 'text'>>,
  commitments: ReadonlyArray<Pick<Commitment, 'id' | 'document' | 'text'>>,
): RelatedCommitment[] {
  const index = similarityIndex([...actions, ...commitments]);
  const comparable = commitments.filter((c) => new Set(termsOf(c.text)).size >= RELATED_MIN_TERMS);
  return actions.flatMap((action) =>
    comparable
      .map((c, order) => ({ c, order, score: index.similarity(action.id, c.id) }))
      .filter(({ score }) => score >= RELATED_MIN_SCORE)
      .sort((x, y) => y.score - x.score || x.order - y.order)
      .slice(0, RELATED_COMMITMENTS_PER_ACTION)
      .map(({ c, score }, i) =>
        RelatedCommitment.parse({
          action: action.id,
          commitment: c.id,
          document: c.document,
          rank: i + 1,
          score,
          basis: 'text-similarity',
        }),
      ),
  );
}
