import {
  LineageOverridesFile,
  PLAN_IDS,
  type ActionLink,
  type LinkRelation,
  type PlanId,
} from '../../../schema/index.ts';
import { DataError } from '../read/data-error.ts';
import { DATA_FILES } from '../../paths.ts';
import { readDataFile, type DataFile } from '../read/read-data-file.ts';

/** The overrides of the lineage, as read and validated from their file. */
export type LineageOverrides = DataFile<LineageOverridesFile>;

/** No overrides: the lineage exactly as computed. */
export const NO_OVERRIDES: LineageOverrides = { path: DATA_FILES.lineageOverrides, value: [], lineOf: () => 1 };

/**
 * Reads data/lineage/overrides.yaml under `root`; a syntax or schema error is a DataError naming file, line and field.
 */
export const readLineageOverrides = (root: string): LineageOverrides =>
  readDataFile(root, DATA_FILES.lineageOverrides, LineageOverridesFile);

/** A link while the lineage is assembled: curated links keep the relation their override gives. */
export type DraftLink = Omit<ActionLink, 'relation'> & { relation: LinkRelation | null };

/**
 * Applies the overrides to the computed links, in file order: `remove` drops a computed link,
 * `add` adds a curated one (scored by `scoreOf`), `reclassify` sets the relation of an existing
 * link and makes it curated. Each must name actions of `planOf` in consecutive plans, and
 * `remove` and `reclassify` a link that exists, `add` one that does not; otherwise a DataError
 * names the file, the line of the override and the field.
 */
export function applyOverrides(
  links: ReadonlyArray<DraftLink>,
  overrides: LineageOverrides,
  planOf: ReadonlyMap<string, PlanId>,
  scoreOf: (from: string, to: string) => number,
): DraftLink[] {
  const result = [...links];
  overrides.value.forEach((override, i) => {
    const fail = (field: string, problem: string): never => {
      throw new DataError(overrides.path, overrides.lineOf([i, field]), `[${i}].${field}`, problem);
    };
    const fromPlan = planOf.get(override.from) ?? fail('from', `no priority action ${override.from}`);
    const toPlan = planOf.get(override.to) ?? fail('to', `no priority action ${override.to}`);
    if (PLAN_IDS.indexOf(toPlan) !== PLAN_IDS.indexOf(fromPlan) + 1)
      fail('to', `${override.to} is not in the plan after ${fromPlan}`);
    const at = result.findIndex((l) => l.from === override.from && l.to === override.to);
    const { from, to, reason } = override;
    if (override.change === 'add') {
      if (at >= 0) fail('change', `${from} is already linked to ${to}`);
      result.push({ from, to, relation: override.relation, score: scoreOf(from, to), basis: 'curated', reason });
    } else if (at < 0) {
      fail('change', `${from} is not linked to ${to}: nothing to ${override.change}`);
    } else if (override.change === 'remove') {
      result.splice(at, 1);
    } else {
      result[at] = { ...result[at]!, relation: override.relation, basis: 'curated', reason };
    }
  });
  return result;
}
