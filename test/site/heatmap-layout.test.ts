import { describe, expect, it } from 'vitest';
import type { RatingScale } from '../../schema/index.ts';
import { CELL, heatmapLayout, packBands, statusStyles, type HeatmapColumn } from '../../site/src/lib/heatmap.ts';

const columns = (group: string, count: number): HeatmapColumn[] =>
  Array.from({ length: count }, (_, i) => ({ id: `${group}-${i + 1}`, label: `${i + 1}`, group }));
const scaleOf = (count: number): RatingScale => ({
  statuses: Array.from({ length: count }, (_, i) => ({ code: `s${i}`, label: `Status ${i}`, achieved: i === 0 })),
  complete: true,
  source: { url: 'https://example.org/' },
});
const sizes = (bands: HeatmapColumn[][][]) =>
  bands.map((band) => band.map((part) => `${part[0]!.group}:${part.length}`));

describe('the layout of a heatmap', () => {
  it('keeps a group of columns whole in one band when it fits, and starts a new band when it does not', () => {
    expect(
      sizes(packBands([...columns('is', 24), ...columns('ptr', 25), ...columns('rime', 21), ...columns('ic', 7)], 60)),
    ).toEqual([
      ['is:24', 'ptr:25'],
      ['rime:21', 'ic:7'],
    ]);
  });

  it('cuts a group wider than a band into near-equal parts', () => {
    expect(sizes(packBands(columns('cc', 65), 60))).toEqual([['cc:33'], ['cc:32']]);
  });

  it('places every row of every band below its labels, one cell apart', () => {
    const layout = heatmapLayout(
      ['Argentina', 'Saint Vincent and the Grenadines'],
      [...columns('is', 3), ...columns('dr', 2)],
    );
    expect(layout.bands).toHaveLength(1);
    const [band] = layout.bands;
    expect(band!.segments.map((s) => s.columns.map((c) => c.x - layout.labelsEnd))).toEqual([
      [0, CELL.width, 2 * CELL.width],
      [3 * CELL.width + 8, 4 * CELL.width + 8],
    ]);
    expect(layout.height).toBeGreaterThan(band!.rowsY + 2 * CELL.height);
    expect(layout.width).toBeGreaterThan(band!.segments[1]!.columns[1]!.x + CELL.width);
  });
});

describe('the colours and patterns of statuses', () => {
  it('spreads a scale over the range from the best style to the worst, each status its own pattern', () => {
    expect(statusStyles(scaleOf(3)).map((s) => [s.colour, s.mark])).toEqual([
      ['#0072B2', 'solid'],
      ['#F0E442', 'dots'],
      ['#D55E00', 'cross'],
    ]);
    expect(new Set(statusStyles(scaleOf(5)).map((s) => s.mark)).size).toBe(5);
  });

  it('refuses a scale with more statuses than it can tell apart, rather than reuse a style', () => {
    expect(() => statusStyles(scaleOf(6))).toThrow(/can tell apart 5 statuses, but a scale has 6/);
  });
});
