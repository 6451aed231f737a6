import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEMONSTRATION_SUFFIX,
  Dataset,
  ErrataFile,
  PLAN_IDS,
  actionsOf,
  ReleasesFile,
  SourceManifest,
  textRecordsOf,
  type Footnote,
  type Erratum,
  type Passage,
  type PlanId,
  type Plan,
  type SourceLayoutRun,
} from '../../schema/index.ts';
import { assemblePlan } from './assemble/assemble-plan.ts';
import { DataError } from './read/data-error.ts';
import type { PlanParser } from './parse/parsed-plan.ts';
import { parsePlan2011to2015 } from './parse/plan-2011-2015.ts';
import { parsePlan2016to2020 } from './parse/plan-2016-2020.ts';
import { parsePlan2021to2025 } from './parse/plan-2021-2025.ts';
import { readDataFile } from './read/read-data-file.ts';
import { readSourceText, sha256 } from './read/source-text.ts';
import { refuseTextDefects } from './assemble/refuse-text-defects.ts';
import { hyphenatedWords } from './parse/text-defects.ts';
import { bundleFiles } from '../bundle/bundle-files.ts';
import { releaseArchive } from '../bundle/release-archive.ts';
import { writeBundle, type ReleaseFolder } from '../bundle/write-bundle.ts';
import { DATA_FILES, PATHS, releaseDir } from '../paths.ts';
import { memContent } from './assemble/mem-content.ts';
import { buildCommitments } from './assemble/build-commitments.ts';
import { readLineageOverrides } from './derive/lineage-overrides.ts';
import { buildLineage } from './derive/plan-lineage.ts';
import { relatedCommitments } from './derive/related-commitments.ts';

const PARSERS: Record<PlanId, PlanParser> = {
  '2011-2015': parsePlan2011to2015,
  '2016-2020': parsePlan2016to2020,
  '2021-2025': parsePlan2021to2025,
};

/** A release built in memory: its dataset, the files of its bundle and the archive of them. */
export interface BuiltRelease extends ReleaseFolder {
  readonly dataset: Dataset;
  /** The SHA-256 of its SHA256SUMS file: the digest releases.yaml records for a published release. */
  readonly sha256sums: string;
}

/** How to build a release. */
export interface BuildOptions {
  /**
   * Build the demonstration variant: the release plus synthetic MEM results for fictional states,
   * under the release's id with the suffix "-demo". It is for trying the portal locally and is
   * never published; a deployment includes it only when explicitly told to.
   */
  readonly demonstration?: boolean;
}

/**
 * Builds the current release (the newest entry of data/releases.yaml) from the `data/` folder
 * under `root` (the repository unless another is given): source manifests, raw texts, errata, the
 * MEM reference data and results, and the lineage overrides. Reads files and writes none; throws
 * a DataError on the first problem found. A release already published must rebuild to the bytes
 * recorded for it: a release never changes, and different content needs a new release entry.
 */
export function buildRelease(root: string = PATHS.root, { demonstration = false }: BuildOptions = {}): BuiltRelease {
  const sourcesDir = join(root, DATA_FILES.sources);
  const manifests = readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readDataFile(root, `${DATA_FILES.sources}/${f}`, SourceManifest));
  for (const m of manifests) {
    if (`${m.value.id}.yaml` !== m.path.split('/').at(-1))
      throw new DataError(
        m.path,
        m.lineOf(['id']),
        'id',
        `the manifest of source "${m.value.id}" must be named ${m.value.id}.yaml`,
      );
  }
  const releases = readDataFile(root, DATA_FILES.releases, ReleasesFile);
  const currentIndex = releases.value.length - 1;
  const current = releases.value[currentIndex]!;

  const plans: Plan[] = [];
  const passages: Passage[] = [];
  const footnotes: Footnote[] = [];
  const errata: Erratum[] = [];
  const layout: SourceLayoutRun[] = [];
  const rawTexts: string[] = [];
  PLAN_IDS.forEach((planId, index) => {
    const manifest = manifests.find((m) => m.value.plan === planId);
    if (!manifest) throw new DataError(DATA_FILES.sources, null, 'plan', `no source manifest declares plan ${planId}`);
    const errataFile = readDataFile(root, DATA_FILES.errata(planId), ErrataFile);
    const source = readSourceText(sourcesDir, manifest.value, errataFile.value, errataFile.path, (i, field) =>
      errataFile.lineOf([i, field]),
    );
    rawTexts.push(source.text);
    const assembled = assemblePlan(planId, index + 1, source, PARSERS[planId](source), errataFile);
    plans.push(assembled.plan);
    passages.push(...assembled.passages);
    footnotes.push(...assembled.footnotes);
    errata.push(...assembled.errata);
    layout.push(...assembled.layout);
  });

  refuseTextDefects([...passages, ...textRecordsOf(plans), ...footnotes], hyphenatedWords(rawTexts.join('\n')));
  const commitments = buildCommitments(root);
  const dataset = Dataset.parse({
    release: {
      id: demonstration ? `${current.id}${DEMONSTRATION_SUFFIX}` : current.id,
      date: current.date,
      summary: current.summary,
      demonstration,
      changelog: releases.value.map(({ id, date, summary, changes }) => ({ id, date, summary, changes })),
    },
    plans,
    passages,
    footnotes,
    errata,
    sources: manifests.map((m) => m.value),
    source_layout: sourceLayout(manifests, [...layout, ...commitments.layout]),
    ...memContent(root, plans, demonstration),
    ...commitmentsContent(commitments),
    ...lineageContent(root, plans, commitments),
  });
  const files = bundleFiles(dataset);
  const sums = sha256(files.get('SHA256SUMS')!);
  if (!demonstration && current.sha256sums && current.sha256sums !== sums) {
    throw new DataError(
      releases.path,
      releases.lineOf([currentIndex, 'sha256sums']),
      `[${currentIndex}].sha256sums`,
      `release ${current.id} is published and may not change, but the data now builds to ` +
        `different files (SHA-256 of SHA256SUMS: ${sums}); add a new release entry that lists ` +
        `the changes`,
    );
  }
  let archive: ReadonlyMap<string, Buffer> | undefined;
  return {
    dataset,
    files,
    sha256sums: sums,
    // Zipping the bundle takes about a third of a second: only what writes or shows the archive pays for it.
    get archive() {
      return (archive ??= releaseArchive(dataset.release, files));
    },
  };
}

/** The runs of every source that no record prints, in the order of the sources' manifests. */
const sourceLayout = (manifests: ReadonlyArray<{ value: { id: string } }>, runs: ReadonlyArray<SourceLayoutRun>) =>
  manifests.flatMap((m) => runs.filter((run) => run.source === m.value.id));

/** The international commitments as the dataset holds them. */
const commitmentsContent = ({ documents, commitments, footnotes, errata }: ReturnType<typeof buildCommitments>) => ({
  documents,
  commitments,
  commitment_footnotes: footnotes,
  commitment_errata: errata,
});

/** How the priority actions continue across the plans, and the commitments closest to each. */
const lineageContent = (
  root: string,
  plans: ReadonlyArray<Plan>,
  { commitments }: ReturnType<typeof buildCommitments>,
) => ({
  lineage: buildLineage(actionsOf(plans), readLineageOverrides(root)),
  related: relatedCommitments(actionsOf(plans), commitments),
});

/**
 * Builds the current release (or its demonstration build) from the repository and writes its
 * bundle where `npm run data:build` does; returns the release with the folder it is in.
 */
export function writeCurrentRelease(options: BuildOptions = {}) {
  const built = buildRelease(PATHS.root, options);
  const dir = releaseDir(built.dataset.release.id);
  writeBundle(dir, built);
  return { ...built, dir };
}
