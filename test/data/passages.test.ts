import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, Passage } from '../../schema/index.ts';
import { publishedBundle, rawLines } from './published-bundle.ts';

let dataset: Dataset;
let passagesCsv: Record<string, string>[];
beforeAll(() => {
  const bundle = publishedBundle();
  dataset = bundle.dataset;
  passagesCsv = bundle.csv('passages.csv');
});

/**
 * The wording the raw source prints on a passage's lines, read independently of the parsers: its lines with the
 * passage's replace errata applied, less blank lines, lines without a letter (page furniture), lines that print a
 * footnote (across a page break) and the heading or lead-in printed on a line of its own; then less the run-in heading
 * or the printed number that opens it.
 */
function printedWording(passage: Passage) {
  const [first, last] = passage.provenance.lines;
  let block = rawLines(passage.provenance.source)
    .slice(first, last + 1)
    .join('\n');
  for (const erratum of dataset.errata.filter((e) => e.item === passage.id && e.kind === 'replace'))
    block = block.replace(erratum.source!, erratum.publish!);
  const footnotes = dataset.footnotes.filter((f) => f.provenance.source === passage.provenance.source);
  const printsFootnote = (line: string) =>
    footnotes.some((f) => f.text.includes(line.replace(/^[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+\.?\s*/, '')));
  const heads = [passage.heading, passage.lead_in].filter((h) => h !== null).flatMap((h) => [`${h},`, `${h}:`, h]);
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /[A-Za-z]/.test(line) && !heads.includes(line) && !printsFootnote(line))
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(new RegExp(`^${passage.heading}:\\s*`), '')
    .replace(new RegExp(`^${passage.number ?? 'no number'}\\.\\s*`), '');
}

/** A passage's text with each footnote's marker put back where `footnote_markers` places it, as the source prints it. */
function withMarkers(passage: Passage) {
  const characters = Array.from(passage.text);
  for (const { footnote, position } of [...passage.footnote_markers].reverse()) {
    const { number } = dataset.footnotes.find((f) => f.id === footnote)!;
    characters.splice(position, 0, [...number].map((digit) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(digit)]).join(''));
  }
  return characters.join('');
}

const ofPlan = (plan: string, role?: Passage['role']) =>
  dataset.passages.filter((p) => p.plan === plan && (role === undefined || p.role === role));

describe("the plans' framing text", () => {
  it('publishes every passage with exactly the wording the source prints on its lines, markers at their places', () => {
    expect(dataset.passages.length).toBeGreaterThan(0);
    for (const passage of dataset.passages) expect(withMarkers(passage), passage.id).toBe(printedWording(passage));
  });

  it.each([
    ['2011-2015', { preamble: 7, operative: 5, paragraph: 7 }],
    ['2016-2020', { preamble: 0, operative: 0, paragraph: 3 }],
    ['2021-2025', { preamble: 0, operative: 0, paragraph: 6 }],
  ])('holds the passages plan %s prints: %j', (plan, counts) => {
    for (const [role, count] of Object.entries(counts))
      expect(ofPlan(plan, role as Passage['role']), role).toHaveLength(count);
  });

  it('names each passage by its part and place, and numbers the operative paragraphs as printed', () => {
    expect(ofPlan('2011-2015').map((p) => p.id)).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `2011-2015-resolution-p${n}`),
      ...[1, 2, 3, 4, 5].map((n) => `2011-2015-resolution-${n}`),
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `2011-2015-introduction-${n}`),
    ]);
    expect(ofPlan('2011-2015', 'operative').map((p) => [p.number, p.ordinal])).toEqual(
      ['1', '2', '3', '4', '5'].map((n) => [n, Number(n)]),
    );
    expect(ofPlan('2021-2025').map((p) => p.id)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `2021-2025-introduction-${n}`));
  });

  it('records the headings and lead-ins the passages are printed under', () => {
    const under = (plan: string) => ofPlan(plan).map((p) => [p.heading, p.lead_in]);
    expect(under('2011-2015')).toEqual([
      ...[null, null, 'CONSIDERING', 'CONSIDERING', 'CONSIDERING', null, null].map((l) => ['THE GENERAL ASSEMBLY', l]),
      ...Array(5).fill(['RESOLVES', null]),
      ...[
        'Purpose',
        'Purpose',
        'General comments',
        'Cross-cutting issues',
        'Coordination',
        'Follow-up',
        'Follow-up',
      ].map((h) => [h, null]),
    ]);
    expect(under('2016-2020')).toEqual(Array(3).fill(['INTRODUCTION', null]));
    expect(under('2021-2025')).toEqual(Array(6).fill(['Introduction', null]));
  });

  it('publishes the 2021-2025 paragraph the page break interrupts as one passage', () => {
    const fourth = dataset.passages.find((p) => p.id === '2021-2025-introduction-4')!;
    expect(fourth.provenance.lines).toEqual([25, 31]);
    expect(fourth.text).toContain('when designing and implementing national drug policies');
    expect(fourth.text).not.toContain('Community includes ethnicity');
  });

  it('attaches footnote 1 of 2021-2025 to the introduction paragraph that carries its marker', () => {
    const footnote = dataset.footnotes.find((f) => f.id === '2021-2025-fn-1')!;
    expect(footnote.annotates).toEqual(['2021-2025-introduction-3']);
    expect(dataset.passages.filter((p) => p.footnotes.length > 0).map((p) => [p.id, p.footnotes])).toEqual([
      ['2021-2025-introduction-3', ['2021-2025-fn-1']],
    ]);
    expect(dataset.plans.find((p) => p.id === '2021-2025')!.footnotes).toEqual([]);
  });

  it('lists every passage in passages.csv as plans.json holds it', () => {
    expect(
      passagesCsv.map((row) => [row.id, row.plan, row.part, row.role, row.heading, row.lead_in, row.text]),
    ).toEqual(dataset.passages.map((p) => [p.id, p.plan, p.part, p.role, p.heading, p.lead_in ?? '', p.text]));
  });
});
