import {
  formatLines,
  isSingleLine,
  printedActionNumber,
  type Action,
  type Area,
  type Commitment,
  type CommitmentDocumentId,
  type Language,
  type Objective,
  type Provenance,
} from '../../../schema/index.ts';
import type { Translate, UiKey } from '../i18n/i18n.ts';
import { areaOf, objectiveOf, sourceOf, type PlanInfo, type PlanItem } from './release.ts';

/** The kind of a record, read from the fields only that kind has. */
export const kindOf = (record: PlanItem) =>
  'objective' in record ? 'action' : 'area' in record ? 'objective' : 'area';

/** What a plan calls an area ("area", "pillar") in the interface language. */
export const areaTerm = (plan: PlanInfo, t: Translate) => t(plan.area_term === 'pillar' ? 'term.pillar' : 'term.area');

/** How many areas (pillars), objectives and actions a plan holds, in the plan's own terms. */
export const planCounts = (plan: PlanInfo, t: Translate) =>
  t(plan.area_term === 'pillar' ? 'plan.counts_pillars' : 'plan.counts_areas', plan.counts);

/** An area's code as its identifier carries it, in capitals: "PTR" for 2021-2025-ptr. */
export const areaCode = (area: Pick<Area, 'id' | 'plan'>) => area.id.slice(area.plan.length + 1).toUpperCase();

/** What a plan calls its actions: "action" in 2011-2015, "priority action" afterwards. */
const actionTerm = (plan: PlanInfo, t: Translate) =>
  t(plan.id === '2011-2015' ? 'term.action' : 'term.priority_action');

/**
 * A record's number as the plan prints it: 2016-2020 and 2021-2025 print an action's number after
 * its objective's ("4.3"); 2011-2015 letters actions within each objective ("h)"). Null for an
 * area printed without a number.
 */
export function printedNumber(record: PlanItem): string | null {
  return kindOf(record) === 'action'
    ? printedActionNumber(record, objectiveOf((record as Action).objective))
    : record.number;
}

/** An action's number within its area, its objective's number first: "4.3", or "2 h" in 2011-2015. */
export function numberInArea(action: Action, plan: PlanInfo): string {
  const objective = objectiveOf(action.objective);
  return plan.id === '2011-2015' ? `${objective.number} ${action.number}` : `${objective.number}.${action.number}`;
}

/**
 * How a reader names a record within its area: "Priority action 4.3", "Objective 2", "Action 2 h",
 * "Pillar: International Cooperation". An area without a printed number is named by its name.
 */
export function recordLabel(record: PlanItem, plan: PlanInfo, t: Translate): string {
  switch (kindOf(record)) {
    case 'action':
      return `${actionTerm(plan, t)} ${numberInArea(record as Action, plan)}`;
    case 'objective':
      return `${t('term.objective')} ${record.number}`;
    case 'area': {
      const { number, name } = record as Area;
      return `${areaTerm(plan, t)}${number ? ` ${number}` : ''}: ${name}`;
    }
  }
}

/**
 * A record named unambiguously within its plan: its area's name, then its label ("Demand Reduction, Priority action
 * 4.3").
 */
export function qualifiedLabel(record: PlanItem, plan: PlanInfo, t: Translate): string {
  const label = recordLabel(record, plan, t);
  return kindOf(record) === 'area' ? label : `${areaOf((record as Objective).area).name}, ${label}`;
}

/**
 * How a reader names a commitment by its printed number: "Paragraph 1 (a)", or "Mandate 66" for a
 * Summits mandate; by its id where the document prints no number ("Unnumbered paragraph (cnd-2019-p12)").
 */
export function commitmentLabel(commitment: Commitment, t: Translate): string {
  if (commitment.number === null) return t('commitment.unnumbered', { id: commitment.id });
  return t(commitment.document === 'soa-security' ? 'commitment.mandate' : 'commitment.paragraph', {
    number: commitment.number,
  });
}

/** The interface string of each commitment document's short name. */
const DOCUMENT_SHORT_NAMES: Record<CommitmentDocumentId, UiKey> = {
  'cnd-2019': 'documents.short.cnd-2019',
  'ungass-2016': 'documents.short.ungass-2016',
  'jms-2014': 'documents.short.jms-2014',
  'pd-2009': 'documents.short.pd-2009',
  'soa-security': 'documents.short.soa-security',
};

/**
 * The short name readers know a commitment document by, in the interface language ("UNGASS 2016",
 * "2014 Joint Ministerial Statement"): for lists, breadcrumbs and subtitles, where its full title,
 * shown on its own page, would crowd.
 */
export const documentShortName = (document: CommitmentDocumentId, t: Translate) => t(DOCUMENT_SHORT_NAMES[document]);

/** A commitment named unambiguously within its document: its section (heading or Summit instrument), then its label. */
export const qualifiedCommitmentLabel = (commitment: Commitment, t: Translate) =>
  commitment.section ? `${commitment.section}, ${commitmentLabel(commitment, t)}` : commitmentLabel(commitment, t);

/** A similarity score (0 to 1, 4 decimals) written as the interface language writes decimals: "0.5212", "0,5212". */
export const formatScore = (score: number, language: Language) =>
  new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(score);

/** A number of actions or links in words, the singular for one: "1 link", "33 links". */
export const countOf = (count: number, noun: 'pairing.actions' | 'pairing.links', t: Translate) =>
  t(count === 1 ? (`${noun}_one` as const) : noun, { count });

/** Where a record's text stands in its raw source, in the interface language: "lines 36-37, 468 of hpa-2011-2015.txt". */
export const sourceLines = (provenance: Provenance, t: Translate) =>
  t(isSingleLine(provenance) ? 'record.line_of' : 'record.lines_of', {
    lines: formatLines(provenance.ranges),
    file: sourceOf(provenance.source).file,
  });
