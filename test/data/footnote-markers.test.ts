import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CommitmentErrataFile,
  ErrataFile,
  PLAN_IDS,
  SourceManifest,
  actionId,
  areaId,
  footnoteId,
  passageId,
  objectiveId,
  textRecordsOf,
  type Dataset,
  type PlanId,
} from '../../schema/index.ts';
import { footnoteMarker, takeOutFootnoteMarkers } from '../../data/steps/parse/footnote-markers.ts';
import { joinSegments, type PlanParser } from '../../data/steps/parse/parsed-plan.ts';
import type { CommitmentsParser } from '../../data/steps/parse/parsed-commitments.ts';
import { parseSummitsMandates } from '../../data/steps/parse/summits-mandates.ts';
import { parseUnodcCommitments } from '../../data/steps/parse/unodc-commitments.ts';
import { parsePlan2011to2015 } from '../../data/steps/parse/plan-2011-2015.ts';
import { parsePlan2016to2020 } from '../../data/steps/parse/plan-2016-2020.ts';
import { parsePlan2021to2025 } from '../../data/steps/parse/plan-2021-2025.ts';
import { readDataFile } from '../../data/steps/read/read-data-file.ts';
import { readSourceText } from '../../data/steps/read/source-text.ts';
import { DATA_FILES, PATHS } from '../../data/paths.ts';
import { publishedBundle } from './published-bundle.ts';

/** A footnote marker in either printed form: a superscript digit (U+00B2, U+00B3, U+00B9, U+2070-U+2079) or `<sup>`. */
const MARKER = /[\u00B2\u00B3\u00B9\u2070-\u2079]|<\/?sup\b/i;

const PARSERS: Record<PlanId, PlanParser> = {
  '2011-2015': parsePlan2011to2015,
  '2016-2020': parsePlan2016to2020,
  '2021-2025': parsePlan2021to2025,
};

/** A raw source as its parser reads it: with its errata applied. */
function sourceText(source: string, errataOf: string, errataSchema: typeof ErrataFile | typeof CommitmentErrataFile) {
  const manifest = readDataFile(PATHS.root, `${DATA_FILES.sources}/${source}.yaml`, SourceManifest);
  const errata = readDataFile(PATHS.root, DATA_FILES.errata(errataOf), errataSchema);
  return readSourceText(join(PATHS.root, DATA_FILES.sources), manifest.value, errata.value, errata.path, () => 0);
}

/** Every record of a plan (passages, areas, objectives, actions, footnotes) with its text as the parser reads it from the source. */
function parsedTexts(planId: PlanId): Map<string, string> {
  const parsed = PARSERS[planId](sourceText(`hpa-${planId}`, planId, ErrataFile));
  const texts = new Map<string, string>();
  for (const area of parsed.areas) {
    const aId = areaId(planId, area.code);
    texts.set(aId, joinSegments(area.segments));
    for (const objective of area.objectives) {
      const oId = objectiveId(aId, objective.number!);
      texts.set(oId, joinSegments(objective.segments));
      for (const action of objective.actions) texts.set(actionId(oId, action.number!), joinSegments(action.segments));
    }
  }
  for (const footnote of parsed.footnotes)
    texts.set(footnoteId(planId, footnote.number), joinSegments(footnote.segments));
  for (const passage of parsed.passages) {
    const siblings = parsed.passages.filter((p) => p.part === passage.part && p.role === passage.role);
    texts.set(
      passageId(planId, passage, siblings.indexOf(passage) + 1, passage.number),
      joinSegments(passage.segments),
    );
  }
  return texts;
}

const COMMITMENT_PARSERS: Record<string, CommitmentsParser> = {
  'unodc-commitments': parseUnodcCommitments,
  'summits-mandates': parseSummitsMandates,
};

/** Every commitment with its text as the parser reads it from the source, its emphasis (`*`) left out. */
const parsedCommitmentTexts = () =>
  new Map(
    Object.entries(COMMITMENT_PARSERS).flatMap(([source, parse]) =>
      parse(sourceText(source, source, CommitmentErrataFile)).commitments.map((c) => [
        c.id,
        joinSegments(c.segments.map((s) => ({ ...s, text: s.text.replace(/\*+/g, '') }))),
      ]),
    ),
  );

/**
 * A record's text with the marker of each of its footnotes put back where it stood, printed as `print` prints the
 * footnote's number.
 */
const withMarkersPutBack = (
  record: { text: string; footnote_markers?: { footnote: string; position: number }[] },
  print: (number: string) => string,
) => {
  const characters = [...record.text];
  for (const { footnote, position } of [...(record.footnote_markers ?? [])].reverse())
    characters.splice(position, 0, print(footnote.split('-').at(-1)!));
  return characters.join('');
};

/** Every string a JSON value holds, with its path. */
const stringsOf = (value: unknown, path = ''): Array<[string, string]> =>
  typeof value === 'string'
    ? [[path, value]]
    : Array.isArray(value)
      ? value.flatMap((v, i) => stringsOf(v, `${path}[${i}]`))
      : value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => stringsOf(v, `${path}.${k}`))
        : [];

let bundle: ReturnType<typeof publishedBundle>;
let dataset: Dataset;
beforeAll(() => {
  bundle = publishedBundle();
  dataset = bundle.dataset;
});

describe('footnote markers', () => {
  it('stand in no published text: no string of plans.json and no cell of any CSV holds one', () => {
    const strings = stringsOf(JSON.parse(bundle.read('plans.json').toString('utf8')));
    expect(strings.filter(([path]) => path.endsWith('.text')).length).toBeGreaterThan(1200);
    const csvFiles = bundle.files.filter((name) => name.endsWith('.csv'));
    expect(csvFiles.length).toBeGreaterThan(20);
    // Whether each file is well-formed CSV is the CSV test's concern; this reads every cell of every row.
    const cells = csvFiles.flatMap((name) =>
      (parse(bundle.read(name), { bom: true, relax_column_count: true }) as string[][]).flatMap((row, r) =>
        row.map((cell, c): [string, string] => [`${name} row ${r + 1} column ${c + 1}`, cell]),
      ),
    );
    expect(cells.length).toBeGreaterThan(20_000);
    const marked = [...strings, ...cells].filter(([, text]) => MARKER.test(text)).map(([where]) => where);
    expect(marked).toEqual([]);
  });

  it('put back at their positions, give every record of the plans the text the parser read', () => {
    const records = [...dataset.passages, ...textRecordsOf(dataset.plans), ...dataset.footnotes];
    const parsed = new Map(PLAN_IDS.flatMap((planId) => [...parsedTexts(planId)]));
    expect(records.map((r) => r.id).sort()).toEqual([...parsed.keys()].sort());
    for (const record of records)
      expect(withMarkersPutBack(record, footnoteMarker), record.id).toBe(parsed.get(record.id));
    const marked = [...dataset.passages, ...textRecordsOf(dataset.plans)].filter((r) => r.footnote_markers.length > 0);
    expect(marked.map((r) => r.id)).toEqual([
      '2021-2025-introduction-3',
      '2016-2020-is-2',
      '2016-2020-ic-4',
      '2021-2025-is-2',
      '2021-2025-is-2-6',
      '2021-2025-ptr-1',
      '2021-2025-ptr-2',
      '2021-2025-ptr-2-4',
      '2021-2025-cc-2-4',
      '2021-2025-cc-12-3',
    ]);
  });

  it('put back at their positions, give every commitment the text the parser read, its HTML markers too', () => {
    const parsed = parsedCommitmentTexts();
    expect(dataset.commitments.map((c) => c.id).sort()).toEqual([...parsed.keys()].sort());
    for (const commitment of dataset.commitments) {
      const printed = withMarkersPutBack(commitment, (number) => `<sup>${number}</sup>`);
      expect(printed, commitment.id).toBe(parsed.get(commitment.id));
    }
    expect(dataset.commitments.flatMap((c) => c.footnote_markers)).toHaveLength(87);
  });

  it('name footnotes that list the record in annotates and among its footnotes', () => {
    const footnotes = new Map([...dataset.footnotes, ...dataset.commitment_footnotes].map((f) => [f.id, f]));
    for (const record of [...textRecordsOf(dataset.plans), ...dataset.commitments]) {
      for (const { footnote } of record.footnote_markers) {
        expect(footnotes.get(footnote)?.annotates, `${record.id} → ${footnote}`).toContain(record.id);
        expect(record.footnotes, record.id).toContain(footnote);
      }
    }
  });

  it('are placed in the CSV tables as footnote@position', () => {
    const row = bundle.csv('actions.csv').find((r) => r.id === '2021-2025-is-2-6')!;
    expect(row.footnote_markers).toBe('2021-2025-fn-3@113');
    expect([...row.text!].slice(0, 113).join('')).toMatch(/at-risk populations$/);
  });

  it('are counted in code points and taken out in either printed form', () => {
    expect(takeOutFootnoteMarkers('𝔸 at-risk populations³, and instruments²')).toEqual({
      text: '𝔸 at-risk populations, and instruments',
      markers: [
        { number: '3', position: 21 },
        { number: '2', position: 38 },
      ],
    });
    expect(takeOutFootnoteMarkers('Human Rights,<sup>12</sup> with')).toEqual({
      text: 'Human Rights, with',
      markers: [{ number: '12', position: 13 }],
    });
  });
});
