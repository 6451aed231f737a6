import build from 'virtual:portal/build';
import { buildRelease } from '../../../data/steps/build-release.ts';
import {
  RECORD_KINDS,
  actionKind,
  actionsOf,
  areaKind,
  areaPairingsOf,
  areasOf,
  commitmentKind,
  documentKind,
  objectiveKind,
  objectivesOf,
  pageUrl,
  planKind,
  type Action,
  type ActionLineage,
  type ActionLink,
  type AnyRecordKind,
  type Area,
  type Objective,
  type Plan,
  type RecordKind,
  type RelatedCommitment,
} from '../../../schema/index.ts';

/**
 * The current data release, built once per site build from `data/` by the same code that writes the
 * release bundle, so every page shows exactly what the bundle and the API publish. A demonstration
 * build of the site also shows the synthetic MEM results of the release's demonstration build.
 */
export const {
  dataset,
  files: releaseFiles,
  archive: releaseArchive,
  sha256sums: releaseSha256sums,
} = buildRelease(build.dataRoot, { demonstration: build.demonstration });

/** A record of a plan that has its own page, as a tree or as the flat record the API serves. */
export type PlanItem = Omit<Area, 'objectives'> | Omit<Objective, 'actions'> | Action;

/** A plan, as a tree or as the flat record the API serves: what a label needs of it. */
export type PlanInfo = Omit<Plan, 'areas'>;

export const release = dataset.release;
/** The plans as trees (areas, objectives, priority actions), and each level in printed order. */
export const plans = dataset.plans;
export const areas = areasOf(plans);
export const objectives = objectivesOf(plans);
export const actions = actionsOf(plans);
export const documents = dataset.documents;
export const commitments = dataset.commitments;

/** Every record of every kind that has identifiers (RECORD_KINDS), by kind and identifier. */
const recordIndex = new Map<AnyRecordKind, ReadonlyMap<string, unknown>>(
  RECORD_KINDS.flatMap((kind) => {
    const { idOf } = kind;
    return idOf ? [[kind, new Map(kind.recordsOf(dataset).map((record) => [idOf(record), record]))]] : [];
  }),
);

/** The record with this id in `map`; a missing one is a build error, never an empty page. */
const found = <T>(map: ReadonlyMap<string, T>, id: string, kind: string): T => {
  const record = map.get(id);
  if (!record) throw new Error(`release ${release.id} has no ${kind} "${id}"`);
  return record;
};

/** The record of `kind` with this identifier. */
export const recordOf = <R>(kind: RecordKind<R>, id: string): R =>
  found(recordIndex.get(kind) ?? new Map(), id, kind.served?.noun ?? kind.name) as R;

/** The plan, area, objective, priority action, commitment document or commitment with this id, as the API serves it. */
export const planOf = (id: string) => recordOf(planKind, id);
export const areaOf = (id: string) => recordOf(areaKind, id);
export const objectiveOf = (id: string) => recordOf(objectiveKind, id);
export const actionOf = (id: string) => recordOf(actionKind, id);
export const documentOf = (id: string) => recordOf(documentKind, id);
export const commitmentOf = (id: string) => recordOf(commitmentKind, id);

const byId = <T extends { id: string }>(records: ReadonlyArray<T>) => new Map(records.map((r) => [r.id, r]));
// Plans and documents name their footnotes and errata apart ("2021-2025-fn-3", "ungass-2016-fn-1"), so one map
// serves both.
const footnoteById = byId([...dataset.footnotes, ...dataset.commitment_footnotes]);
const erratumById = byId([...dataset.errata, ...dataset.commitment_errata]);
const sourceById = byId(dataset.sources);
const passageById = byId(dataset.passages);

/** A document's commitments in printed order. */
export const commitmentsIn = (document: string) =>
  commitments.filter((c) => c.document === document).sort((a, b) => a.ordinal - b.ordinal);

/** A document's footnotes in printed order (those on its headings and those in its commitments). */
export const documentFootnotes = (document: string) =>
  dataset.commitment_footnotes.filter((f) => f.document === document);

/** A document's errata, in the order of their ids. */
export const documentErrata = (document: string) => dataset.commitment_errata.filter((e) => e.document === document);

/** The footnotes and errata a record (of a plan or of a commitment document) names, in the order it names them. */
export const footnotesOf = (ids: ReadonlyArray<string>) => ids.map((id) => found(footnoteById, id, 'footnote'));
export const errataOf = (ids: ReadonlyArray<string>) => ids.map((id) => found(erratumById, id, 'erratum'));

/** The source manifest a record's provenance names. */
export const sourceOf = (id: string) => found(sourceById, id, 'source');

/** The English path of the page of every record that has one (RECORD_KINDS says which), by its identifier. */
const pagePaths = new Map(
  RECORD_KINDS.flatMap(({ idOf, page, recordsOf }) =>
    idOf && page ? recordsOf(dataset).map((record) => [idOf(record), page(idOf(record))] as const) : [],
  ),
);

/** How the areas of each plan pair with those of the next by the lineage of their actions, in the order of the plans. */
export const areaPairings = areaPairingsOf(plans, dataset.lineage.links);

/** The English path of every page of the portal that shows content (search and 404 excluded). */
export const contentPagePaths = () => [
  pageUrl.home(),
  pageUrl.compare(),
  ...areaPairings.flatMap(({ from, to, changes }) => changes.map(({ area }) => pageUrl.areaChanges(from, to, area))),
  pageUrl.mem(),
  pageUrl.data(),
  pageUrl.about(),
  pageUrl.documents(),
  ...pagePaths.values(),
];

/**
 * Where the record an erratum names is shown: the page of a plan, area, objective, priority
 * action, commitment document or commitment, a passage's place in its plan's framing text, or a
 * footnote's place among its plan's or its document's footnotes.
 */
export const recordPath = (id: string) => {
  const passage = passageById.get(id);
  if (passage) return `${pageUrl.plan(passage.plan)}#${passage.id}`;
  const footnote = footnoteById.get(id);
  if (!footnote) return found(pagePaths, id, 'record');
  return `${'plan' in footnote ? pageUrl.plan(footnote.plan) : pageUrl.document(footnote.document)}#${footnote.id}`;
};

const lineageByAction = new Map(dataset.lineage.actions.map((a) => [a.action, a]));
const linkByPair = new Map(dataset.lineage.links.map((l) => [`${l.from} ${l.to}`, l]));

/** Where a priority action comes from in the previous plan and where it goes in the next. */
export const lineageOf = (action: string): ActionLineage => found(lineageByAction, action, 'lineage of action');

/** The link from an action of one plan to its counterpart in the next. */
export const linkBetween = (from: string, to: string): ActionLink => found(linkByPair, `${from} ${to}`, 'lineage link');

/** The commitments closest to a priority action by text similarity, closest first. */
export const relatedCommitmentsOf = (action: string): RelatedCommitment[] =>
  dataset.related.filter((r) => r.action === action).sort((a, b) => a.rank - b.rank);

/** The priority actions a commitment is among the closest commitments of, highest score first. */
export const actionsRelatedTo = (commitment: string): RelatedCommitment[] =>
  dataset.related.filter((r) => r.commitment === commitment).sort((a, b) => b.score - a.score);

/** Where a record stands: its plan, area and objective (those above it). */
export function placeOf(record: PlanItem) {
  const plan = planOf(record.plan);
  const area = 'area' in record ? areaOf(record.area) : undefined;
  const objective = 'objective' in record ? objectiveOf(record.objective) : undefined;
  return { plan, area, objective };
}
