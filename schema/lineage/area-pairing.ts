import type { Area } from '../area.ts';
import type { Plan } from '../plan.ts';
import type { ActionLink } from './action-link.ts';

/** An area of the other plan of a pair that shares lineage links with an area, and how many. */
export interface AreaCounterpart {
  readonly area: string;
  readonly links: number;
}

/** An area of one plan of a pair, with the areas of the other plan its actions are linked to, strongest first. */
export interface PairedArea {
  readonly area: string;
  /** How many priority actions it holds. */
  readonly actions: number;
  readonly counterparts: ReadonlyArray<AreaCounterpart>;
}

/**
 * What changed in one area from a plan to the next, as the page of the pairing lists it. Over the pages of a pair of
 * plans every link, every new action and every dropped action is listed exactly once.
 */
export interface AreaChanges {
  /** An area of the earlier plan; or an area of the later plan that no link reaches, whose actions are all new. */
  readonly area: string;
  /**
   * The areas of the later plan whose new actions are listed here: those this area sends more links than any other
   * area does, or the unreached area itself.
   */
  readonly newIn: ReadonlyArray<string>;
  /** The new actions of those areas (no link reaches them), in printed order. */
  readonly new: ReadonlyArray<string>;
  /** The links from the area's actions by relation, in printed order. */
  readonly revised: ReadonlyArray<ActionLink>;
  readonly unchanged: ReadonlyArray<ActionLink>;
  readonly splitOrMerged: ReadonlyArray<ActionLink>;
  /** The area's dropped actions (no link leaves them), in printed order. */
  readonly dropped: ReadonlyArray<string>;
}

/** How the areas of a plan continue in the next plan, read from the lineage links of their priority actions. */
export interface AreaPairing {
  readonly from: string;
  readonly to: string;
  /** Every area of the earlier plan, in printed order, with the later plan's areas that receive its actions. */
  readonly earlier: ReadonlyArray<PairedArea>;
  /** Every area of the later plan, in printed order, with the earlier plan's areas its actions come from. */
  readonly later: ReadonlyArray<PairedArea>;
  /** A page per area of the earlier plan in printed order, then one per area of the later plan no link reaches. */
  readonly changes: ReadonlyArray<AreaChanges>;
}

const actionsIn = (area: Area) => area.objectives.flatMap((o) => o.actions);

/**
 * The areas of `to` linked to each area of `from`, and those of `from` to each area of `to`, counted from the lineage
 * links of their actions: strongest first, that is most links, then the higher sum of the links' similarity scores,
 * then printed order. Each area of `from` gets the page of its changes, with the new actions of the later areas it is
 * the strongest source of; an area of `to` no link reaches gets a page of its own. Pure: the same plans and links give
 * the same pairing.
 */
export function pairAreas(from: Plan, to: Plan, lineageLinks: ReadonlyArray<ActionLink>): AreaPairing {
  const areaOf = new Map(
    [from, to].flatMap((plan) => plan.areas.flatMap((area) => actionsIn(area).map((a) => [a.id, area.id] as const))),
  );
  const links = lineageLinks.filter((l) => areaOf.has(l.from) && areaOf.has(l.to));
  const linked = new Set(links.flatMap((l) => [l.from, l.to]));

  const pairedAreas = (plan: Plan, own: 'from' | 'to', other: Plan): PairedArea[] => {
    const rank = new Map(other.areas.map((a, i) => [a.id, i]));
    return plan.areas.map((area) => {
      const byCounterpart = Map.groupBy(
        links.filter((l) => areaOf.get(l[own]) === area.id),
        (l) => areaOf.get(own === 'from' ? l.to : l.from)!,
      );
      const count = (id: string) => byCounterpart.get(id)!.length;
      const score = (id: string) => byCounterpart.get(id)!.reduce((sum, l) => sum + l.score, 0);
      const counterparts = [...byCounterpart.keys()]
        .sort((a, b) => count(b) - count(a) || score(b) - score(a) || rank.get(a)! - rank.get(b)!)
        .map((id) => ({ area: id, links: count(id) }));
      return { area: area.id, actions: actionsIn(area).length, counterparts };
    });
  };
  const earlier = pairedAreas(from, 'from', to);
  const later = pairedAreas(to, 'to', from);

  const newActionsIn = (areas: ReadonlyArray<string>) =>
    to.areas
      .filter((area) => areas.includes(area.id))
      .flatMap((area) => actionsIn(area).filter((a) => !linked.has(a.id)))
      .map((a) => a.id);
  const fromArea = (area: string, relations: ReadonlyArray<ActionLink['relation']>) =>
    links.filter((l) => areaOf.get(l.from) === area && relations.includes(l.relation));
  const changes = [
    ...from.areas.map((area): AreaChanges => {
      const newIn = later.filter((l) => l.counterparts[0]?.area === area.id).map((l) => l.area);
      return {
        area: area.id,
        newIn,
        new: newActionsIn(newIn),
        revised: fromArea(area.id, ['revised']),
        unchanged: fromArea(area.id, ['unchanged']),
        splitOrMerged: fromArea(area.id, ['split', 'merged']),
        dropped: actionsIn(area)
          .filter((a) => !linked.has(a.id))
          .map((a) => a.id),
      };
    }),
    ...later
      .filter((l) => l.counterparts.length === 0)
      .map((l): AreaChanges => ({
        area: l.area,
        newIn: [l.area],
        new: newActionsIn([l.area]),
        revised: [],
        unchanged: [],
        splitOrMerged: [],
        dropped: [],
      })),
  ];
  return { from: from.id, to: to.id, earlier, later, changes };
}

/** The pairing of the areas of each plan with those of the next, in the order of the plans. */
export const areaPairingsOf = (plans: ReadonlyArray<Plan>, links: ReadonlyArray<ActionLink>) =>
  plans.slice(1).map((to, i) => pairAreas(plans[i]!, to, links));
