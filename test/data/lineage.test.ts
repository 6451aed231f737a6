import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ActionLineage,
  RelatedCommitment,
  actionsOf,
  type Action,
  type Commitment,
  type Lineage,
} from '../../schema/index.ts';
import { buildRelease } from '../../data/steps/build-release.ts';
import { buildCommitments } from '../../data/steps/assemble/build-commitments.ts';
import { readLineageOverrides } from '../../data/steps/derive/lineage-overrides.ts';
import { PART_MIN_SCORE, REVISED_MIN_SCORE } from '../../data/steps/derive/match-actions.ts';
import { buildLineage, type LineageAction } from '../../data/steps/derive/plan-lineage.ts';
import {
  RELATED_COMMITMENTS_PER_ACTION,
  RELATED_MIN_SCORE,
  relatedCommitments,
} from '../../data/steps/derive/related-commitments.ts';
import { DATA_FILES, PATHS } from '../../data/paths.ts';

let actions: Action[];
let commitments: Commitment[];
let lineage: Lineage;
let related: RelatedCommitment[];
beforeAll(() => {
  actions = actionsOf(buildRelease().dataset.plans);
  commitments = buildCommitments(PATHS.root).commitments;
  lineage = buildLineage(actions, readLineageOverrides(PATHS.root));
  related = relatedCommitments(actions, commitments);
});

const lineageOf = (id: string) =>
  lineage.actions.find((a) => a.action === id) ?? expect.unreachable(`no lineage for ${id}`);
const linksBetween = (from: string, to: string) => lineage.links.filter((l) => l.from === from && l.to === to);
const textOf = (id: string) => actions.find((a) => a.id === id)?.text ?? expect.unreachable(`no action ${id}`);
const rawSource = (id: string) => readFileSync(join(PATHS.root, 'data', 'sources', `${id}.txt`), 'utf8');

/** Writes `yaml` as the overrides file of a fresh root and reads it back as the build does. */
function overridesFile(yaml: string) {
  const root = mkdtempSync(join(tmpdir(), 'lineage-'));
  mkdirSync(join(root, 'data', 'lineage'), { recursive: true });
  writeFileSync(join(root, DATA_FILES.lineageOverrides), yaml);
  return readLineageOverrides(root);
}

describe('the lineage of the priority actions', () => {
  it('links an action printed with the same text in the next plan as unchanged, with score 1', () => {
    expect(textOf('2021-2025-is-1-1')).toBe(textOf('2016-2020-is-1-1'));
    expect(textOf('2016-2020-is-1-1')).toBe('Place national drug authorities at a high political level.');
    expect(linksBetween('2016-2020-is-1-1', '2021-2025-is-1-1')).toEqual([
      {
        from: '2016-2020-is-1-1',
        to: '2021-2025-is-1-1',
        relation: 'unchanged',
        score: 1,
        basis: 'computed',
        reason: null,
      },
    ]);
    expect(lineageOf('2016-2020-is-1-1')).toMatchObject({
      status_to_next: 'unchanged',
      successors: ['2021-2025-is-1-1'],
    });
    // Moved from Control Measures to the new pillar cc, yet linked: candidates are not limited to the same area.
    expect(linksBetween('2016-2020-cm-1-3', '2021-2025-cc-1-4')).toMatchObject([{ relation: 'unchanged', score: 1 }]);
  });

  it(
    'gives no predecessor to an action on a subject new in 2021-2025: IONICS, for incidents ' +
      'involving NPS and fentanyl',
    () => {
      expect(textOf('2021-2025-cc-2-4')).toContain('Incident Communication System (IONICS)');
      expect(rawSource('hpa-2016-2020')).not.toMatch(/IONICS|Project ION/);
      expect(lineageOf('2021-2025-cc-2-4')).toEqual({
        action: '2021-2025-cc-2-4',
        plan: '2021-2025',
        status_from_previous: 'new',
        predecessors: [],
        status_to_next: null,
        successors: [],
      });
    },
  );

  it('lists every action of every plan once, in printed order, with a status towards each neighbouring plan', () => {
    expect(lineage.actions.map((a) => a.action)).toEqual(actions.map((a) => a.id));
    for (const a of lineage.actions) {
      expect(ActionLineage.parse(a)).toEqual(a);
      expect(a.status_from_previous === null, a.action).toBe(a.plan === '2011-2015');
      expect(a.status_to_next === null, a.action).toBe(a.plan === '2021-2025');
      expect(a.status_from_previous === 'new', a.action).toBe(a.plan !== '2011-2015' && a.predecessors.length === 0);
      expect(a.status_to_next === 'dropped', a.action).toBe(a.plan !== '2021-2025' && a.successors.length === 0);
    }
  });

  it(
    'links only actions of consecutive plans, each pair once, with scores in [0, 1] and ' +
      'computed links above their threshold',
    () => {
      const planOf = new Map(actions.map((a) => [a.id, a.plan]));
      const pairs = new Set(lineage.links.map((l) => `${l.from} ${l.to}`));
      expect(pairs.size).toBe(lineage.links.length);
      for (const l of lineage.links) {
        expect(['2011-2015 2016-2020', '2016-2020 2021-2025'], `${l.from} ${l.to}`).toContain(
          `${planOf.get(l.from)} ${planOf.get(l.to)}`,
        );
        expect(l.score).toBeGreaterThanOrEqual(0);
        expect(l.score).toBeLessThanOrEqual(1);
        if (l.basis === 'computed') expect(l.score).toBeGreaterThanOrEqual(Math.min(REVISED_MIN_SCORE, PART_MIN_SCORE));
      }
    },
  );

  it(
    'agrees with itself: each action lists as predecessors and successors exactly the links ' +
      'that end and start there',
    () => {
      for (const a of lineage.actions) {
        expect(a.predecessors).toEqual(lineage.links.filter((l) => l.to === a.action).map((l) => l.from));
        expect(a.successors).toEqual(lineage.links.filter((l) => l.from === a.action).map((l) => l.to));
      }
    },
  );

  it('applies the curated overrides: a link added with its reason, a wrong computed link removed', () => {
    expect(linksBetween('2016-2020-is-7-1', '2021-2025-is-6-1')).toEqual([
      {
        from: '2016-2020-is-7-1',
        to: '2021-2025-is-6-1',
        relation: 'revised',
        score: expect.any(Number),
        basis: 'curated',
        reason: expect.stringContaining('proportionate sentencing'),
      },
    ]);
    expect(buildLineage(actions).links.some((l) => l.from === '2011-2015-sr-3-i' && l.to === '2016-2020-ic-1-5')).toBe(
      true,
    );
    expect(linksBetween('2011-2015-sr-3-i', '2016-2020-ic-1-5')).toEqual([]);
    expect(lineageOf('2011-2015-sr-3-i').status_to_next).toBe('dropped');
  });

  it('gives the same links and scores, byte for byte, when built twice', () => {
    const again = buildLineage(actionsOf(buildRelease().dataset.plans), readLineageOverrides(PATHS.root));
    expect(again).toEqual(lineage);
    expect(JSON.stringify(again)).toBe(JSON.stringify(lineage));
  });
});

describe('the lineage computed from small texts with known answers', () => {
  const fixture: LineageAction[] = [
    {
      id: '2011-2015-is-1-a',
      plan: '2011-2015',
      text: 'Train customs officers to detect precursor chemicals and train prosecutors in money laundering cases.',
    },
    { id: '2011-2015-is-1-b', plan: '2011-2015', text: 'Establish national drug observatories.' },
    { id: '2011-2015-is-1-c', plan: '2011-2015', text: 'Fund national drug observatories.' },
    { id: '2011-2015-is-1-d', plan: '2011-2015', text: 'Promote alternative development  in rural areas.' },
    { id: '2011-2015-is-1-e', plan: '2011-2015', text: 'Conduct household surveys on tobacco.' },
    { id: '2016-2020-is-1-1', plan: '2016-2020', text: 'Train customs officers to detect precursor chemicals.' },
    { id: '2016-2020-is-1-2', plan: '2016-2020', text: 'Train prosecutors in money laundering cases.' },
    { id: '2016-2020-is-1-3', plan: '2016-2020', text: 'Establish and fund national drug observatories.' },
    { id: '2016-2020-is-1-4', plan: '2016-2020', text: 'promote alternative development in rural areas.' },
    { id: '2016-2020-is-1-5', plan: '2016-2020', text: 'Regulate synthetic opioids such as fentanyl.' },
  ];
  const relationsOf = (built: Lineage) =>
    built.links.map((l) => [l.from.slice(10), l.to.slice(10), l.relation, l.basis]);

  it(
    'finds one action split in two, two merged into one, one unchanged but for spacing and ' +
      'case, one dropped and one new',
    () => {
      const built = buildLineage(fixture);
      expect(relationsOf(built)).toEqual([
        ['is-1-a', 'is-1-1', 'split', 'computed'],
        ['is-1-a', 'is-1-2', 'split', 'computed'],
        ['is-1-b', 'is-1-3', 'merged', 'computed'],
        ['is-1-c', 'is-1-3', 'merged', 'computed'],
        ['is-1-d', 'is-1-4', 'unchanged', 'computed'],
      ]);
      expect(built.actions.find((a) => a.action === '2011-2015-is-1-e')).toMatchObject({
        status_to_next: 'dropped',
        successors: [],
      });
      expect(built.actions.find((a) => a.action === '2016-2020-is-1-5')).toMatchObject({
        status_from_previous: 'new',
        predecessors: [],
      });
      expect(built.actions.find((a) => a.action === '2016-2020-is-1-3')).toMatchObject({
        status_from_previous: 'merged',
        predecessors: ['2011-2015-is-1-b', '2011-2015-is-1-c'],
      });
    },
  );

  it(
    'lets a curated override remove, add and reclassify links, and reclassifies the computed ' + 'links that remain',
    () => {
      const built = buildLineage(
        fixture,
        overridesFile(`
- change: remove
  from: 2011-2015-is-1-a
  to: 2016-2020-is-1-2
  reason: Fixture.
- change: add
  from: 2011-2015-is-1-e
  to: 2016-2020-is-1-5
  relation: revised
  reason: Fixture reason for adding.
- change: reclassify
  from: 2011-2015-is-1-b
  to: 2016-2020-is-1-3
  relation: revised
  reason: Fixture reason for reclassifying.
`),
      );
      expect(relationsOf(built)).toEqual([
        ['is-1-a', 'is-1-1', 'revised', 'computed'],
        ['is-1-b', 'is-1-3', 'revised', 'curated'],
        ['is-1-c', 'is-1-3', 'merged', 'computed'],
        ['is-1-d', 'is-1-4', 'unchanged', 'computed'],
        ['is-1-e', 'is-1-5', 'revised', 'curated'],
      ]);
      expect(built.links.find((l) => l.to === '2016-2020-is-1-5')).toMatchObject({
        reason: 'Fixture reason for adding.',
        score: 0,
      });
      expect(built.actions.find((a) => a.action === '2016-2020-is-1-2')).toMatchObject({ status_from_previous: 'new' });
    },
  );

  it.each([
    [
      'an override without a reason',
      '- change: remove\n  from: 2011-2015-is-1-a\n  to: 2016-2020-is-1-2\n',
      /^data\/lineage\/overrides\.yaml:1: \[0\]\.reason: Invalid input/,
    ],
    [
      'an unknown change',
      '- change: rename\n  from: 2011-2015-is-1-a\n  to: 2016-2020-is-1-2\n  reason: x\n',
      /^data\/lineage\/overrides\.yaml:1: \[0\]\.change: /,
    ],
    [
      'a malformed action id',
      '- change: remove\n  from: 2011-2015-is-1-a\n  to: is-1-2\n  reason: x\n',
      /^data\/lineage\/overrides\.yaml:3: \[0\]\.to: /,
    ],
    ['a YAML syntax error', '- change: remove\n  from: [2011-2015-is-1-a\n', /^data\/lineage\/overrides\.yaml:\d+: /],
  ])('refuses %s, naming the file and the line', (_, yaml, message) => {
    expect(() => overridesFile(yaml)).toThrow(message);
  });

  it.each([
    [
      'an action that does not exist',
      '- change: add\n  from: 2011-2015-is-1-z\n  to: 2016-2020-is-1-5\n  relation: revised\n  reason: x\n',
      'data/lineage/overrides.yaml:2: [0].from: no priority action 2011-2015-is-1-z',
    ],
    [
      'actions of plans that do not follow each other',
      '- change: add\n  from: 2016-2020-is-1-5\n  to: 2011-2015-is-1-e\n  relation: revised\n  reason: x\n',
      'data/lineage/overrides.yaml:3: [0].to: 2011-2015-is-1-e is not in the plan after 2016-2020',
    ],
    [
      'the removal of a link that does not exist',
      '- change: add\n  from: 2011-2015-is-1-e\n  to: 2016-2020-is-1-5\n  relation: revised\n  ' +
        'reason: x\n- change: remove\n  from: 2011-2015-is-1-d\n  to: 2016-2020-is-1-5\n  ' +
        'reason: x\n',
      'data/lineage/overrides.yaml:6: [1].change: 2011-2015-is-1-d is not linked to ' +
        '2016-2020-is-1-5: nothing to remove',
    ],
    [
      'the addition of a link that exists',
      '- change: add\n  from: 2011-2015-is-1-d\n  to: 2016-2020-is-1-4\n  relation: revised\n  reason: x\n',
      'data/lineage/overrides.yaml:1: [0].change: 2011-2015-is-1-d is already linked to 2016-2020-is-1-4',
    ],
  ])('refuses an override naming %s, with the file and the line', (_, yaml, message) => {
    expect(() => buildLineage(fixture, overridesFile(yaml))).toThrow(message);
  });
});

describe('the commitments related to each priority action', () => {
  it(
    `gives each action at most ${RELATED_COMMITMENTS_PER_ACTION}, closest first, each at ` +
      `least ${RELATED_MIN_SCORE} and labelled as computed by text similarity`,
    () => {
      const ids = new Set(commitments.map((c) => c.id));
      const byAction = Map.groupBy(related, (r) => r.action);
      expect([...byAction.keys()].every((id) => actions.some((a) => a.id === id))).toBe(true);
      for (const [action, rows] of byAction) {
        expect(rows.length, action).toBeLessThanOrEqual(RELATED_COMMITMENTS_PER_ACTION);
        expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
        expect(rows.map((r) => r.score)).toEqual(rows.map((r) => r.score).sort((x, y) => y - x));
        expect(new Set(rows.map((r) => r.commitment)).size).toBe(rows.length);
        for (const r of rows) {
          expect(RelatedCommitment.parse(r)).toEqual(r);
          expect(r.basis).toBe('text-similarity');
          expect(ids.has(r.commitment)).toBe(true);
          expect(r.score).toBeGreaterThanOrEqual(RELATED_MIN_SCORE);
          expect(r.score).toBeLessThanOrEqual(1);
        }
      }
      expect(RelatedCommitment.shape.basis.description).toMatch(/not an official mapping/);
    },
  );

  it('relates an action on money laundering to commitments on money-laundering', () => {
    expect(textOf('2021-2025-cc-7-6')).toMatch(/^Identify and analyze money laundering threats/);
    const rows = related.filter((r) => r.action === '2021-2025-cc-7-6');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows)
      expect(commitments.find((c) => c.id === r.commitment)!.text, r.commitment).toMatch(/money.laundering/i);
  });

  it('never relates a lead-in that says nothing on its own, such as "Member States should:"', () => {
    const leadIns = new Set(commitments.filter((c) => c.text === 'Member States should:').map((c) => c.id));
    expect(leadIns.size).toBeGreaterThan(20);
    expect(related.filter((r) => leadIns.has(r.commitment))).toEqual([]);
  });

  it('gives the same rows and scores, byte for byte, when computed twice', () => {
    const again = relatedCommitments(actions, buildCommitments(PATHS.root).commitments);
    expect(JSON.stringify(again)).toBe(JSON.stringify(related));
  });
});
