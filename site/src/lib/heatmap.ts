import { groupBy, type RatingScale } from '../../../schema/index.ts';

/** One column of a heatmap: a unit, the short label printed above it, and the group (area) it is shown with. */
export interface HeatmapColumn {
  readonly id: string;
  readonly label: string;
  readonly group: string;
}

/** A run of columns of one group, placed in a band. */
export interface HeatmapSegment {
  readonly group: string;
  readonly x: number;
  readonly columns: ReadonlyArray<HeatmapColumn & { readonly x: number }>;
}

/** A strip of the heatmap: its group labels, column labels and one row per country, from `y` down. */
export interface HeatmapBand {
  readonly y: number;
  /** Where the first row of cells starts. */
  readonly rowsY: number;
  readonly segments: ReadonlyArray<HeatmapSegment>;
}

/** Where everything of a heatmap goes, in SVG user units (CSS pixels). */
export interface HeatmapLayout {
  readonly width: number;
  readonly height: number;
  /** Where row labels end (they are right-aligned against it) and cells begin. */
  readonly labelsEnd: number;
  readonly bands: ReadonlyArray<HeatmapBand>;
}

export const CELL = { width: 13, height: 18 } as const;
export const FONT_SIZE = { label: 12, column: 10 } as const;
/** At most this many columns side by side: about the width of the page's text column on a desktop screen. */
const MAX_COLUMNS = 60;
const SEGMENT_GAP = 8;
const BAND_GAP = 24;
const GROUP_LABEL_HEIGHT = 16;
const PADDING = 6;

/** A generous estimate of the width of a line of system-font text, which the build cannot measure. */
const textWidth = (text: string, fontSize: number) => Math.ceil(text.length * fontSize * 0.62);

/**
 * Cuts columns, in order, into bands at most `max` columns wide: a group stays whole within one band
 * when it fits, and a group wider than a band is cut into near-equal parts.
 */
export function packBands(columns: ReadonlyArray<HeatmapColumn>, max = MAX_COLUMNS): HeatmapColumn[][][] {
  const parts = [...groupBy(columns, (c) => c.group).values()].flatMap((group) => {
    const size = Math.ceil(group.length / Math.ceil(group.length / max));
    return Array.from({ length: Math.ceil(group.length / size) }, (_, i) => group.slice(i * size, (i + 1) * size));
  });
  const bands: HeatmapColumn[][][] = [];
  let width = Infinity;
  for (const part of parts) {
    if (width + part.length > max) {
      bands.push([]);
      width = 0;
    }
    bands.at(-1)!.push(part);
    width += part.length;
  }
  return bands;
}

/** Lays out a heatmap of `rows` (their labels) by `columns`, in bands stacked from top to bottom. */
export function heatmapLayout(rows: ReadonlyArray<string>, columns: ReadonlyArray<HeatmapColumn>): HeatmapLayout {
  const labelsEnd = PADDING + Math.max(0, ...rows.map((r) => textWidth(r, FONT_SIZE.label))) + PADDING;
  const columnLabelHeight = Math.max(0, ...columns.map((c) => textWidth(c.label, FONT_SIZE.column))) + PADDING;
  const bands: HeatmapBand[] = [];
  let y = PADDING;
  let width = labelsEnd;
  for (const parts of packBands(columns)) {
    let x = labelsEnd;
    const segments = parts.map((part) => {
      const segment = { group: part[0]!.group, x, columns: part.map((c, i) => ({ ...c, x: x + i * CELL.width })) };
      x += part.length * CELL.width + SEGMENT_GAP;
      return segment;
    });
    const rowsY = y + GROUP_LABEL_HEIGHT + columnLabelHeight;
    bands.push({ y, rowsY, segments });
    width = Math.max(width, x - SEGMENT_GAP + PADDING);
    y = rowsY + rows.length * CELL.height + BAND_GAP;
  }
  return { width, height: y - BAND_GAP + PADDING, labelsEnd, bands };
}

/** How a heatmap cell shows a status besides its colour, so that colour is never the only cue. */
export type StatusMark = 'solid' | 'stripes' | 'dots' | 'back-stripes' | 'cross';

/**
 * Okabe-Ito colours, which people with the common colour-vision deficiencies tell apart, ordered
 * from blue (the best status of a scale) through yellow to vermillion (the worst), each with its
 * own pattern.
 */
const STYLES: ReadonlyArray<{ colour: string; mark: StatusMark }> = [
  { colour: '#0072B2', mark: 'solid' },
  { colour: '#56B4E9', mark: 'stripes' },
  { colour: '#F0E442', mark: 'dots' },
  { colour: '#E69F00', mark: 'back-stripes' },
  { colour: '#D55E00', mark: 'cross' },
];

/** The colour and pattern of each status of a scale, best first, spread over the whole range of styles. */
export function statusStyles(scale: RatingScale) {
  const n = scale.statuses.length;
  if (n > STYLES.length)
    throw new Error(
      `a heatmap can tell apart ${STYLES.length} statuses, but a scale has ${n}: add a colour ` +
        `and a pattern to site/src/lib/heatmap.ts`,
    );
  return scale.statuses.map((status, i) => ({
    ...status,
    ...STYLES[n === 1 ? 0 : Math.round((i * (STYLES.length - 1)) / (n - 1))]!,
  }));
}
