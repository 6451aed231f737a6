import { describe, expect, it } from 'vitest';
import { buildRelease } from '../../data/steps/build-release.ts';
import {
  DEMONSTRATION_SCALE,
  DEMONSTRATION_STATES,
  demonstrationResults,
} from '../../data/steps/assemble/demonstration-results.ts';
import { readRounds } from '../../data/steps/read/mem-reference.ts';
import { countrySummary, roundSummary, summarize, type Assessment, type RatingScale } from '../../schema/index.ts';
import { PATHS } from '../../data/paths.ts';

const SCALE: RatingScale = {
  statuses: [
    { code: 'done', label: 'Done', achieved: true },
    { code: 'partly', label: 'Partly', achieved: false },
    { code: 'not', label: 'Not', achieved: false },
  ],
  complete: true,
  source: { url: 'https://example.org/scale' },
};
const assessment = (country: string, unit: string, status: string, round = 8): Assessment => ({
  round,
  country,
  unit,
  status,
  finding: 'f',
  recommendation: null,
  source: { title: 't', url: 'https://example.org/r', page: 1 },
  published: '2024-12-31',
  data_status: 'synthetic',
});
const FIXTURE = [
  assessment('AAA', '2021-2025-ptr-1-1', 'done'),
  assessment('BBB', '2021-2025-ptr-1-1', 'done'),
  assessment('CCC', '2021-2025-ptr-1-1', 'partly'),
  assessment('DDD', '2021-2025-ptr-1-1', 'not'),
  assessment('AAA', '2021-2025-is-1-1', 'partly'),
  assessment('BBB', '2021-2025-is-1-1', 'done'),
  assessment('AAA', '2021-2025-ptr-1-2', 'not'),
  assessment('AAA', '2016-2020-dr-4', 'done', 7),
];

describe('MEM aggregates, on fixture data with known answers', () => {
  it('counts by status, the share achieved and the countries evaluated, per unit of a round', () => {
    expect(roundSummary(8, FIXTURE, () => SCALE)).toEqual([
      {
        round: 8,
        unit: '2021-2025-ptr-1-1',
        data_status: 'synthetic',
        counts: { done: 2, partly: 1, not: 1 },
        assessed: 4,
        achieved: 2,
        share_achieved: 0.5,
        countries: 4,
      },
      {
        round: 8,
        unit: '2021-2025-is-1-1',
        data_status: 'synthetic',
        counts: { done: 1, partly: 1, not: 0 },
        assessed: 2,
        achieved: 1,
        share_achieved: 0.5,
        countries: 2,
      },
      {
        round: 8,
        unit: '2021-2025-ptr-1-2',
        data_status: 'synthetic',
        counts: { done: 0, partly: 0, not: 1 },
        assessed: 1,
        achieved: 0,
        share_achieved: 0,
        countries: 1,
      },
    ]);
  });

  it('summarizes one country per round and area', () => {
    const withArea = FIXTURE.map((a) => ({ ...a, area: /^\d{4}-\d{4}-[a-z]+/.exec(a.unit)![0] }));
    expect(countrySummary('AAA', withArea, () => SCALE)).toEqual([
      {
        country: 'AAA',
        round: 8,
        area: '2021-2025-ptr',
        data_status: 'synthetic',
        counts: { done: 1, partly: 0, not: 1 },
        assessed: 2,
        achieved: 1,
        share_achieved: 0.5,
      },
      {
        country: 'AAA',
        round: 8,
        area: '2021-2025-is',
        data_status: 'synthetic',
        counts: { done: 0, partly: 1, not: 0 },
        assessed: 1,
        achieved: 0,
        share_achieved: 0,
      },
      {
        country: 'AAA',
        round: 7,
        area: '2016-2020-dr',
        data_status: 'synthetic',
        counts: { done: 1, partly: 0, not: 0 },
        assessed: 1,
        achieved: 1,
        share_achieved: 1,
      },
    ]);
  });

  it('never summarizes official and synthetic results together', () => {
    const mixed = [...FIXTURE.slice(0, 2), { ...FIXTURE[2]!, data_status: 'official' as const }];
    expect(roundSummary(8, mixed, () => SCALE).map((u) => [u.data_status, u.assessed])).toEqual([
      ['synthetic', 2],
      ['official', 1],
    ]);
  });

  it('says "not assessed" rather than 0% when there is nothing, and refuses a status off the scale', () => {
    expect(summarize([], SCALE).share_achieved).toBeNull();
    expect(() => summarize([assessment('AAA', 'x', 'maybe')], SCALE)).toThrow(
      'status "maybe" of AAA on x is not on the rating scale',
    );
  });
});

describe('demonstration results', () => {
  const rounds = readRounds(PATHS.root);
  const { plans } = buildRelease().dataset;
  const results = demonstrationResults(rounds, plans);

  it('covers rounds 7 and 8 for six fictional states with user-assigned ISO codes, every result synthetic', () => {
    expect(DEMONSTRATION_STATES.map((s) => s.iso3)).toEqual(['XAA', 'XAB', 'XAC', 'XAD', 'XAE', 'XAF']);
    expect(
      DEMONSTRATION_STATES.every((s) => s.data_status === 'synthetic' && s.names.en.startsWith('Demonstration State')),
    ).toBe(true);
    expect(results).toHaveLength(6 * (30 + 142));
    expect(
      results.every(
        (r) => r.data_status === 'synthetic' && r.finding.startsWith('Synthetic') && /^XA[A-F]$/.test(r.country),
      ),
    ).toBe(true);
    expect(new Set(results.map((r) => r.round))).toEqual(new Set([7, 8]));
    expect(
      roundSummary(8, results, () => DEMONSTRATION_SCALE).every((u) => u.countries === 6 && u.assessed === 6),
    ).toBe(true);
  });

  it('is the same for the same seed on every run, and different for another seed', () => {
    expect(demonstrationResults(rounds, plans)).toEqual(results);
    expect(demonstrationResults(rounds, plans, 1).map((r) => r.status)).not.toEqual(results.map((r) => r.status));
  });
});
