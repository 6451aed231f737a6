import { buildRelease } from '../../../data/steps/build-release.ts';
import { actionsOf, areasOf, objectivesOf, pageUrl, type Action, type Area, type Objective, type Plan } from '../../../schema/index.ts';

/**
 * The current data release, built once per site build from `data/` by the same code that writes the
 * release bundle, so every page shows exactly what the bundle and the API publish. A demonstration
 * build of the site also shows the synthetic MEM results of the release's demonstration build.
 */
export const { dataset, files: releaseFiles, sha256sums: releaseSha256sums } = buildRelease(import.meta.env.PORTAL_DATA_DIR, { demonstration: import.meta.env.PORTAL_DEMONSTRATION === '1' });

export const release = dataset.release;
export const plans = dataset.plans;
export const areas = areasOf(plans);
export const objectives = objectivesOf(plans);
export const actions = actionsOf(plans);

const byId = <T extends { id: string }>(records: ReadonlyArray<T>) => new Map(records.map((r) => [r.id, r]));
const planById = byId(plans);
const areaById = byId(areas);
const objectiveById = byId(objectives);
const footnoteById = byId(dataset.footnotes);
const erratumById = byId(dataset.errata);
const sourceById = byId(dataset.sources);

const found = <T>(map: ReadonlyMap<string, T>, id: string, kind: string): T => {
  const record = map.get(id);
  if (!record) throw new Error(`release ${release.id} has no ${kind} "${id}"`);
  return record;
};

/** The plan, area or objective with this id; a missing id is a build error, never an empty page. */
export const planOf = (id: string): Plan => found(planById, id, 'plan');
export const areaOf = (id: string): Area => found(areaById, id, 'area');
export const objectiveOf = (id: string): Objective => found(objectiveById, id, 'objective');

/** The footnotes and errata a record names, in the order it names them. */
export const footnotesOf = (ids: ReadonlyArray<string>) => ids.map((id) => found(footnoteById, id, 'footnote'));
export const errataOf = (ids: ReadonlyArray<string>) => ids.map((id) => found(erratumById, id, 'erratum'));

/** The source manifest a record's provenance names. */
export const sourceOf = (id: string) => found(sourceById, id, 'source');

const pagePaths = new Map<string, string>([
  ...plans.map((r) => [r.id, pageUrl.plan(r.id)] as const),
  ...areas.map((r) => [r.id, pageUrl.area(r.id)] as const),
  ...objectives.map((r) => [r.id, pageUrl.objective(r.id)] as const),
  ...actions.map((r) => [r.id, pageUrl.action(r.id)] as const),
]);

/** The English path of every page of the portal that shows content (search and 404 excluded). */
export const contentPagePaths = () => [
  pageUrl.home(),
  pageUrl.compare(),
  pageUrl.mem(),
  pageUrl.data(),
  pageUrl.about(),
  ...pagePaths.values(),
  ...dataset.rounds.map((r) => pageUrl.round(r.round)),
  ...dataset.countries.map((c) => pageUrl.country(c.iso3)),
];

/**
 * Where the record an erratum names is shown: the page of a plan, area, objective or priority
 * action, or a footnote's place among its plan's footnotes.
 */
export const recordPath = (id: string) => {
  const footnote = footnoteById.get(id);
  return footnote ? `${pageUrl.plan(footnote.plan)}#${footnote.id}` : found(pagePaths, id, 'record');
};

/** Where a record stands: its plan, area and objective (those above it). */
export function placeOf(record: Area | Objective | Action) {
  const plan = planOf(record.plan);
  const area = 'area' in record ? areaOf(record.area) : undefined;
  const objective = 'objective' in record ? objectiveOf(record.objective) : undefined;
  return { plan, area, objective };
}
