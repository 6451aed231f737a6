import {
  Lineage,
  PLAN_IDS,
  type Action,
  type ActionLineage,
  type ActionLink,
  type LinkRelation,
} from '../../../schema/index.ts';
import { applyOverrides, NO_OVERRIDES, type DraftLink, type LineageOverrides } from './lineage-overrides.ts';
import { matchActions, normalizedText } from './match-actions.ts';
import { similarityIndex } from './text-similarity.ts';

/** A priority action as the lineage needs it. */
export type LineageAction = Pick<Action, 'id' | 'plan' | 'text'>;

/** When an action's links disagree, the relation that stands for them all: the first of these it has. */
const RELATION_PRECEDENCE: ReadonlyArray<LinkRelation> = ['split', 'merged', 'revised', 'unchanged'];

/**
 * The lineage of the priority actions across consecutive plans (2011-2015 to 2016-2020, 2016-2020
 * to 2021-2025): the links matchActions computes from the texts of each pair of plans, scored by
 * TF-IDF cosine similarity over that pair's texts, corrected by the curated `overrides`, then
 * classified; and every action with its status. Pure and deterministic: the same actions and
 * overrides give the same lineage, byte for byte.
 */
export function buildLineage(
  actions: ReadonlyArray<LineageAction>,
  overrides: LineageOverrides = NO_OVERRIDES,
): Lineage {
  const byPlan = Map.groupBy(actions, (a) => a.plan);
  const textOf = new Map(actions.map((a) => [a.id, a.text]));
  const scorers = new Map<string, (from: string, to: string) => number>();
  const computed = PLAN_IDS.slice(1).flatMap((plan, i) => {
    const previous = byPlan.get(PLAN_IDS[i]!) ?? [];
    const next = byPlan.get(plan) ?? [];
    const index = similarityIndex([...previous, ...next]);
    scorers.set(plan, index.similarity);
    return matchActions(previous, next, index).map((pair): DraftLink => ({
      ...pair,
      relation: null,
      basis: 'computed',
      reason: null,
    }));
  });
  const planOf = new Map(actions.map((a) => [a.id, a.plan]));
  const drafts = applyOverrides(computed, overrides, planOf, (from, to) => scorers.get(planOf.get(to)!)!(from, to));

  const order = new Map(actions.map((a, i) => [a.id, i]));
  const outgoing = Map.groupBy(drafts, (l) => l.from);
  const incoming = Map.groupBy(drafts, (l) => l.to);
  const links = drafts
    .map((l): ActionLink => ({
      ...l,
      relation:
        l.relation ??
        (outgoing.get(l.from)!.length > 1
          ? 'split'
          : incoming.get(l.to)!.length > 1
            ? 'merged'
            : normalizedText(textOf.get(l.from)!) === normalizedText(textOf.get(l.to)!)
              ? 'unchanged'
              : 'revised'),
    }))
    .sort((x, y) => order.get(x.from)! - order.get(y.from)! || order.get(x.to)! - order.get(y.to)!);

  const summary = (own: ReadonlyArray<ActionLink>) =>
    RELATION_PRECEDENCE.find((r) => own.some((l) => l.relation === r))!;
  const lineageOf = (action: LineageAction): ActionLineage => {
    const position = PLAN_IDS.indexOf(action.plan);
    const from = links.filter((l) => l.to === action.id);
    const to = links.filter((l) => l.from === action.id);
    return {
      action: action.id,
      plan: action.plan,
      status_from_previous: position === 0 ? null : from.length === 0 ? 'new' : summary(from),
      predecessors: from.map((l) => l.from),
      status_to_next: position === PLAN_IDS.length - 1 ? null : to.length === 0 ? 'dropped' : summary(to),
      successors: to.map((l) => l.to),
    };
  };
  return Lineage.parse({ links, actions: actions.map(lineageOf) });
}
