import { beforeAll, describe, expect, it } from 'vitest';
import { actionsOf, areaPairingsOf, areasOf, pairAreas, type AreaPairing, type Dataset } from '../../schema/index.ts';
import { publishedBundle } from './published-bundle.ts';

let dataset: Dataset;
let lineageCsv: Record<string, string>[];
let pairings: AreaPairing[];
beforeAll(() => {
  const bundle = publishedBundle();
  dataset = bundle.dataset;
  lineageCsv = bundle.csv('lineage.csv');
  pairings = areaPairingsOf(dataset.plans, dataset.lineage.links);
});

const planOf = (id: string) => dataset.plans.find((p) => p.id === id) ?? expect.unreachable(`no plan ${id}`);
const nameOf = (area: string) => areasOf(dataset.plans).find((a) => a.id === area)?.name;
const pairingFrom = (plan: string) => pairings.find((p) => p.from === plan) ?? expect.unreachable(`no pairing ${plan}`);
const earlierArea = (area: string) =>
  pairingFrom(area.slice(0, 9)).earlier.find((a) => a.area === area) ?? expect.unreachable(`no area ${area}`);
const changesOf = (area: string) =>
  pairings.flatMap((p) => p.changes).find((c) => c.area === area) ?? expect.unreachable(`no changes of ${area}`);
const areaOfAction = (id: string) => actionsOf(dataset.plans).find((a) => a.id === id)!.area;

describe('the pairing of the areas of consecutive plans by the lineage of their actions', () => {
  it('pairs 2016-2020 Control Measures with the 2021-2025 pillar on control, which receives all 33 of its links', () => {
    expect(nameOf('2016-2020-cm')).toBe('Control Measures');
    expect(nameOf('2021-2025-cc')).toMatch(/^Measures to Control and Counter the Illicit Cultivation/);
    expect(earlierArea('2016-2020-cm')).toEqual({
      area: '2016-2020-cm',
      actions: 33,
      counterparts: [{ area: '2021-2025-cc', links: 33 }],
    });
    // Printed fourth, like Research, Information, Monitoring, and Evaluation, which receives none of its actions.
    expect(planOf('2016-2020').areas[3]!.id).toBe('2016-2020-cm');
    expect(planOf('2021-2025').areas[3]!.id).toBe('2021-2025-rime');
  });

  it('pairs Demand Reduction with Prevention, Treatment, and Recovery Support, and lists the counterparts of an area strongest first', () => {
    expect(earlierArea('2016-2020-dr').counterparts).toEqual([{ area: '2021-2025-ptr', links: 22 }]);
    expect(earlierArea('2011-2015-cm').counterparts).toEqual([
      { area: '2016-2020-cm', links: 16 },
      { area: '2016-2020-ic', links: 2 },
      { area: '2016-2020-is', links: 1 },
    ]);
    expect(earlierArea('2016-2020-ic').counterparts.map((c) => c.links)).toEqual([4, 3, 1, 1]);
  });

  it('orders counterparts with as many links by the sum of their scores', () => {
    const sources = pairingFrom('2011-2015').later.find((a) => a.area === '2016-2020-ic')!.counterparts;
    expect(sources).toEqual([
      { area: '2011-2015-ic', links: 2 },
      { area: '2011-2015-cm', links: 2 },
    ]);
    const scoreFrom = (area: string) =>
      dataset.lineage.links
        .filter((l) => areaOfAction(l.from) === area && areaOfAction(l.to) === '2016-2020-ic')
        .reduce((sum, l) => sum + l.score, 0);
    expect(scoreFrom('2011-2015-ic')).toBeGreaterThan(scoreFrom('2011-2015-cm'));
  });

  it('counts exactly the rows of lineage.csv between each pair of areas', () => {
    const rows = lineageCsv.filter((r) => r.from && r.to);
    for (const pairing of pairings) {
      for (const { area, counterparts } of pairing.earlier) {
        const linked = Map.groupBy(
          rows.filter((r) => areaOfAction(r.from!) === area),
          (r) => areaOfAction(r.to!),
        );
        expect(Object.fromEntries(counterparts.map((c) => [c.area, c.links])), area).toEqual(
          Object.fromEntries([...linked].map(([to, links]) => [to, links.length])),
        );
      }
    }
  });

  it('lists every link, new action and dropped action of lineage.csv on exactly one page of its pair of plans', () => {
    for (const { from, to, changes } of pairings) {
      const rows = lineageCsv.filter((r) => r.from_plan === from || (r.relation === 'new' && r.to_plan === to));
      const listed = changes.flatMap((c) => [
        ...[...c.revised, ...c.unchanged, ...c.splitOrMerged].map((l) => `${l.relation} ${l.from} ${l.to}`),
        ...c.new.map((id) => `new  ${id}`),
        ...c.dropped.map((id) => `dropped ${id} `),
      ]);
      expect(listed.sort()).toEqual(rows.map((r) => `${r.relation} ${r.from} ${r.to}`).sort());
    }
  });

  it('lists the new actions of a later area with the earlier area that sends it most links', () => {
    const newInCc = lineageCsv
      .filter((r) => r.relation === 'new' && r.to!.startsWith('2021-2025-cc-'))
      .map((r) => r.to);
    expect(newInCc).toHaveLength(15);
    expect(changesOf('2016-2020-cm')).toMatchObject({ newIn: ['2021-2025-cc'], new: newInCc });
    // Supply Reduction sends 17 links to the control pillar, Control Measures 33: the pillar's new actions go there.
    expect(changesOf('2016-2020-sr')).toMatchObject({ newIn: [], new: [] });
    expect(changesOf('2016-2020-ic').newIn).toEqual(['2021-2025-rime', '2021-2025-ic']);
  });

  it('gives an area of the later plan that no link reaches a page of its own, with all its actions new', () => {
    const [from, to] = [planOf('2016-2020'), planOf('2021-2025')];
    const withoutIc = dataset.lineage.links.filter((l) => areaOfAction(l.from) !== '2016-2020-ic');
    const pairing = pairAreas(from, to, withoutIc);
    expect(pairing.earlier.find((a) => a.area === '2016-2020-ic')!.counterparts).toEqual([]);
    expect(pairing.later.find((a) => a.area === '2021-2025-ic')!.counterparts).toEqual([]);
    expect(pairing.changes.map((c) => c.area)).toEqual([...from.areas.map((a) => a.id), '2021-2025-ic']);
    expect(pairing.changes.at(-1)).toEqual({
      area: '2021-2025-ic',
      newIn: ['2021-2025-ic'],
      new: actionsOf([to])
        .filter((a) => a.area === '2021-2025-ic')
        .map((a) => a.id),
      revised: [],
      unchanged: [],
      splitOrMerged: [],
      dropped: [],
    });
    expect(pairing.changes.find((c) => c.area === '2016-2020-ic')!.dropped).toHaveLength(22);
  });
});
