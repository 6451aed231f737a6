import { BUNDLE_TABLES, excelFileName, syntheticCounts, type Dataset } from '../../schema/index.ts';
import { DATASET_TITLE } from './datapackage.ts';

/** The README.md that travels inside a release bundle: contents, provenance, caveats, terms and how to cite. */
export function bundleReadme(dataset: Dataset): string {
  const { release } = dataset;
  const damaged = dataset.errata.filter((e) => e.kind === 'flag');
  const lines = [
    `# ${DATASET_TITLE}`,
    '',
    ...demonstrationWarning(dataset),
    `Release **${release.id}** (${release.date}). ${release.summary}`,
    '',
    'The Hemispheric Plans of Action on Drugs adopted by the Inter-American Drug Abuse Control Commission (CICAD)',
    'of the Organization of American States, turned from the official documents into structured open data:',
    'every area, objective and priority action with its exact text, a permanent identifier, and the place in the',
    'source document it was taken from.',
    '',
    '## Contents',
    '',
    '| plan | document | areas | objectives | priority actions |',
    '|---|---|---|---|---|',
    ...dataset.plans.map(
      (p) =>
        `| ${p.id} | ${p.document.symbol ?? p.document.title} | ${p.counts.areas} | ` +
        `${p.counts.objectives} | ${p.counts.actions} |`,
    ),
    '',
    '| file | what it holds |',
    '|---|---|',
    '| `plans.json` | The whole dataset as one tree: release, plans → areas → objectives → ' +
      "priority actions, the plans' framing text (passages), footnotes, errata, source manifests, " +
      'and the MEM rounds (with ' +
      'schedules and published figures), countries and results. |',
    ...BUNDLE_TABLES.map(
      (t) =>
        `| \`${t.name}.csv\` | ${t.title}: RFC 4180, UTF-8, header row. \`` +
        `${excelFileName(t.name)}\` holds the same rows with a byte-order mark, so that Excel ` +
        `shows accents correctly. |`,
    ),
    '| `datapackage.json` | Frictionless Data Package descriptor: every file with size and ' +
      'SHA-256, every column with type and description. |',
    '| `SHA256SUMS` | Checksums of every other file; verify with `sha256sum -c SHA256SUMS`. |',
    '',
    ...memSection(dataset),
    '## Identifiers',
    '',
    'Identifiers are permanent: `2021-2025` (plan), `2021-2025-ptr` (area), `2021-2025-ptr-1` (objective),',
    '`2016-2020-dr-4-3` (priority action 4.3), `2011-2015-cm-2-h` (action h), `2021-2025-introduction-3`',
    '(third paragraph of the introduction), `2011-2015-resolution-p3` and `2011-2015-resolution-2` (preamble clause 3',
    'and operative paragraph 2 of the draft resolution), `2021-2025-fn-3` (footnote),',
    '`2021-2025-e001` (erratum), `mem8-jam-2021-2025-ptr-3-2` (the result of MEM round 8 for Jamaica on that',
    'priority action), `JAM` (country, ISO 3166-1 alpha-3), `8` (round). Published fields ' +
      'only ever gain siblings; a release never changes once published.',
    '',
    '## Provenance and method',
    '',
    'Each record carries `source` (the raw text of the document, kept untouched) and `source_lines` (the lines of',
    'that text which print it, e.g. "36-37, 468" for a footnote printed in two pieces). The texts are extractions of',
    'the official PDFs and carry their defects. Records are parsed from them, not retyped: line breaks and layout',
    'spaces are collapsed, numbers and bullets are taken into `number`, footnote markers into `footnote_markers`',
    '(each as its footnote and how many characters of `text`, counted in Unicode code points, precede it), and page',
    'furniture (running headers, page numbers, column titles) is left out. Every other difference from the source is',
    'an erratum listed in `errata.csv` (`commitment_errata.csv` for the international documents), with what the',
    'source says, what is published and why. `source_layout.csv` lists every line of the sources that no record',
    'prints (headings, front matter, page furniture), so that every non-blank line is accounted for.',
    '',
    '| source | document | SHA-256 |',
    '|---|---|---|',
    ...dataset.sources.map(
      (s) => `| \`${s.id}\` | ${s.title}${s.symbol ? ` (${s.symbol})` : ''}, ${s.issuer} | \`${s.sha256}\` |`,
    ),
    '',
    '## Caveats',
    '',
    `- ${dataset.errata.length} errata correct or flag defects of the source texts.`,
    ...damaged.map((e) => `- \`${e.item}\` is damaged in the source and published as printed: ${e.reason}`),
    '- Texts are in English, the language of the source documents used; no translation is implied.',
    '',
    '## How to cite',
    '',
    'Cite the original document first, then this dataset. For example:',
    '',
    ...dataset.plans.map(
      (p) =>
        `- ${p.document.issuer}. *${p.document.title}*` +
        `${p.document.symbol ? `, ${p.document.symbol}` : ''}` +
        `${p.document.adopted ? `, ${p.document.adopted}` : ''}.`,
    ),
    `- Hemispheric Drug Policy Portal. *${DATASET_TITLE}*, release ${release.id}.`,
    '',
    '## Terms',
    '',
    'The plan texts are official documents of the Organization of American States (OAS/CICAD) and are reproduced',
    'for information and research. The compilation (structure, identifiers, errata, metadata) is released under',
    'Creative Commons Attribution 4.0 (CC BY 4.0).',
    '',
    '## Changelog',
    '',
    ...demonstrationChangelogNote(dataset),
    ...release.changelog.flatMap((entry) => [
      `### ${entry.id} (${entry.date})`,
      '',
      entry.summary,
      '',
      ...entry.changes.map((c) => `- ${c}`),
      '',
    ]),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The warning that opens the README of a demonstration build: its synthetic rows, and how to tell them. */
function demonstrationWarning(dataset: Dataset): string[] {
  if (!dataset.release.demonstration) return [];
  const { results } = syntheticCounts(dataset);
  const states = dataset.countries.filter((c) => c.data_status === 'synthetic');
  return [
    '> **Demonstration build: not for publication.** This bundle includes synthetic data, generated to show how',
    `> the portal's MEM views work: ${results} results for ${states.length} fictional ` +
      `states (${states.map((s) => s.iso3).join(', ')}),`,
    '> on an invented rating scale. They are not real evaluations of any country. Every synthetic row has',
    `> \`data_status\` = \`synthetic\` in \`countries.csv\` and \`results.csv\`. Published ` +
      `releases never include them.`,
    '',
  ];
}

/**
 * In a demonstration build, what the changelog does not say: the entries describe the published
 * release, and this build holds synthetic rows besides.
 */
function demonstrationChangelogNote(dataset: Dataset): string[] {
  if (!dataset.release.demonstration) return [];
  const { results, states } = syntheticCounts(dataset);
  return [
    `> The entries below describe the published releases. This demonstration build adds ${results} ` +
      `synthetic results to \`results.csv\` and ${states} fictional states to \`countries.csv\`.`,
    '',
  ];
}

/** What the bundle holds of the Multilateral Evaluation Mechanism, and what it does not hold yet. */
function memSection(dataset: Dataset): string[] {
  const official = dataset.results.filter((r) => r.data_status === 'official');
  const participants = dataset.countries.filter((c) => c.data_status === 'official' && c.mem_participant).length;
  const unsourced = dataset.rounds.filter((r) => r.sources.length === 0).map((r) => r.round);
  return [
    '## The Multilateral Evaluation Mechanism (MEM)',
    '',
    `\`rounds.csv\` describes the MEM's ${dataset.rounds.length} evaluation rounds and ` +
      `\`countries.csv\` the ` +
      `${dataset.countries.filter((c) => c.data_status === 'official').length} OAS member ` +
      `states`,
    `(${participants} take part in the MEM). Every fact carries the URL that publishes it` +
      `${unsourced.length ? `; round ${unsourced.join(', ')} is marked "not yet sourced"` : ''}` +
      `.`,
    "A round's rating scale is given only where its status words are published.",
    '',
    official.length
      ? `\`results.csv\` holds ${official.length} official results, each transcribed from a ` +
        `published MEM report with its title, URL and page.`
      : '`results.csv` holds no official result yet: MEM reports are published as PDFs, and none ' +
        'has been transcribed. Rows are added with `npm run data:import` and published in the ' +
        'next release.',
    '',
  ];
}
