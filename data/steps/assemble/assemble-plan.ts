import {
  AREAS,
  actionId,
  areaId,
  footnoteId,
  objectiveId,
  passageId,
  type Action,
  type Area,
  type ErratumEntry,
  type Erratum,
  type Footnote,
  type FootnoteMarker,
  type Objective,
  type Passage,
  type Plan,
  type PlanId,
  type SourceLayoutRun,
} from '../../../schema/index.ts';
import { accountForLines } from './account-for-lines.ts';
import { applyErrata, type Annotated } from './apply-errata.ts';
import { linesUsedBy, provenanceOf } from './provenance-of.ts';
import { footnoteNumbersIn, takeOutFootnoteMarkers } from '../parse/footnote-markers.ts';
import { firstNumberingBreak } from '../parse/numbering.ts';
import { joinSegments, linesOf, sourceError, type ParsedItem, type ParsedPlan } from '../parse/parsed-plan.ts';
import type { DataFile } from '../read/read-data-file.ts';
import type { SourceText } from '../read/source-text.ts';

/** Everything one plan contributes to a release. */
export interface AssembledPlan {
  readonly plan: Plan;
  readonly passages: Passage[];
  readonly footnotes: Footnote[];
  readonly errata: Erratum[];
  /** The lines of its source that no record prints. */
  readonly layout: SourceLayoutRun[];
}

/** What each plan prints before its first area besides its framing text, as the source layout names it. */
const FRONT_MATTER: Record<PlanId, string> = {
  '2011-2015':
    'titles of the draft resolution and of the plan, the note of its approval, and a stray "/" between clauses',
  '2016-2020': 'title pages, cataloguing data and contents, with their running headers and page numbers',
  '2021-2025': 'title page',
};

/**
 * Turns a parsed plan into published records: assigns the permanent identifiers, checks that
 * every sequence of numbers runs without gap or repeat and that no record is empty, attributes
 * each erratum to the record printed on its line, and attaches every footnote to what it annotates.
 */
export function assemblePlan(
  planId: PlanId,
  ordinal: number,
  source: SourceText,
  parsed: ParsedPlan,
  errataFile: DataFile<ErratumEntry[]>,
): AssembledPlan {
  const records = new Map<string, { record: Annotated; parsed: ParsedItem | null }>();
  const lineOwner = new Map<number, string>();
  const register = (record: Annotated, item: ParsedItem | null) => {
    if (records.has(record.id)) sourceError(source, item?.line ?? 1, `duplicate identifier ${record.id}`);
    records.set(record.id, { record, parsed: item });
    for (const line of item ? linesOf(item) : []) lineOwner.set(line, record.id);
  };
  const textOf = (item: ParsedItem, id: string) =>
    joinSegments(item.segments) || sourceError(source, item.line, `${id} has no text`);
  const itemFields = (item: ParsedItem, id: string, index: number) => ({
    ordinal: index + 1,
    number: item.number,
    text: textOf(item, id),
    text_status: 'as-printed' as const,
    provenance: provenanceOf(source, linesUsedBy(source, item, id, errataFile.value)),
    footnotes: [] as string[],
    footnote_markers: [] as FootnoteMarker[],
    errata: [] as string[],
  });
  const flagged = (id: string) => errataFile.value.some((e) => e.kind === 'flag' && e.item === id);

  const passages = parsed.passages.map((parsedPassage): Passage => {
    const { part, role, heading, leadIn } = parsedPassage;
    const siblings = parsed.passages.filter((p) => p.part === part && p.role === role);
    const ordinal = siblings.indexOf(parsedPassage) + 1;
    const id = passageId(planId, parsedPassage, ordinal, parsedPassage.number);
    const passage: Passage = {
      id,
      plan: planId,
      part,
      role,
      heading,
      lead_in: leadIn,
      ...itemFields(parsedPassage, id, ordinal - 1),
    };
    register(passage, parsedPassage);
    return passage;
  });
  const operative = parsed.passages.filter((p) => p.role === 'operative');
  const operativeBreak = firstNumberingBreak(operative.map((p) => p.number!));
  if (operativeBreak) {
    sourceError(
      source,
      operative[operativeBreak.index]!.line,
      `operative paragraph ${operativeBreak.found} where paragraph ${operativeBreak.expected} was expected`,
    );
  }

  const expectedAreas = AREAS[planId];
  const areas = expectedAreas.map(({ code, name }, areaIndex): Area => {
    const parsedArea = parsed.areas[areaIndex];
    if (parsedArea?.code !== code) {
      sourceError(source, parsedArea?.line ?? source.lineCount, `expected area "${name}" as area ${areaIndex + 1}`);
    }
    const area = parsedArea!;
    const aId = areaId(planId, code);
    const objectiveBreak = firstNumberingBreak(area.objectives.map((o) => o.number!));
    if (objectiveBreak) {
      const at = area.objectives[objectiveBreak.index]!;
      sourceError(
        source,
        at.line,
        `objective ${objectiveBreak.found} of ${aId} where objective ${objectiveBreak.expected} was expected`,
      );
    }
    const objectives = area.objectives.map((parsedObjective, objectiveIndex): Objective => {
      const oId = objectiveId(aId, parsedObjective.number!);
      if (parsedObjective.actions.length === 0)
        sourceError(source, parsedObjective.line, `objective ${oId} has no priority actions`);
      const actionBreak = firstNumberingBreak(parsedObjective.actions.map((a) => a.number!));
      if (actionBreak && !flagged(oId)) {
        const at = parsedObjective.actions[actionBreak.index]!;
        sourceError(
          source,
          at.line,
          `numbering gap in ${oId}: priority action ${actionBreak.found} where ` +
            `${actionBreak.expected} was expected (restore the number with a replace erratum, or ` +
            `explain the gap with a flag erratum on ${oId})`,
        );
      }
      const actions = parsedObjective.actions.map((parsedAction, actionIndex): Action => {
        const action: Action = {
          id: actionId(oId, parsedAction.number!),
          plan: planId,
          area: aId,
          objective: oId,
          ...itemFields(parsedAction, actionId(oId, parsedAction.number!), actionIndex),
        };
        register(action, parsedAction);
        return action;
      });
      const objective: Objective = {
        id: oId,
        plan: planId,
        area: aId,
        ...itemFields(parsedObjective, oId, objectiveIndex),
        actions,
      };
      register(objective, parsedObjective);
      return objective;
    });
    const published: Area = { id: aId, plan: planId, code, name, ...itemFields(area, aId, areaIndex), objectives };
    register(published, area);
    return published;
  });
  if (parsed.areas.length > expectedAreas.length) {
    sourceError(
      source,
      parsed.areas[expectedAreas.length]!.line,
      `this plan has ${expectedAreas.length} areas; found another`,
    );
  }

  const planRecord = { id: planId, footnotes: [] as string[], errata: [] as string[] };
  register(planRecord, null);
  const footnotes = assembleFootnotes(planId, source, parsed, errataFile.value, register);
  const errata = applyErrata(source, errataFile, records, lineOwner, {
    name: () => `plan ${planId}`,
    idPrefix: () => planId,
    footnoteId: (entry) => footnoteId(planId, entry.footnote),
  }).map(({ id, ...rest }): Erratum => ({ id, plan: planId, ...rest }));
  annotate(planId, source, parsed, footnotes, records, errataFile.value);

  const objectives = areas.flatMap((a) => a.objectives);
  const [start, end] = planId.split('-').map(Number) as [number, number];
  const m = source.manifest;
  const plan: Plan = {
    id: planId,
    ordinal,
    title: m.title,
    period: [start, end],
    area_term: planId === '2021-2025' ? 'pillar' : 'area',
    document: {
      source: m.id,
      title: m.title,
      issuer: m.issuer,
      session: m.session ?? null,
      place: m.place ?? null,
      session_dates: m.session_dates ?? null,
      adopted: m.adopted ?? null,
      symbol: m.symbol ?? null,
      isbn: m.isbn ?? null,
      sha256: m.sha256,
    },
    counts: {
      areas: areas.length,
      objectives: objectives.length,
      actions: objectives.flatMap((o) => o.actions).length,
    },
    footnotes: planRecord.footnotes,
    errata: planRecord.errata,
    areas,
  };
  const layout = accountForLines(
    source,
    [...passages, ...areas.flatMap((a) => [a, ...a.objectives.flatMap((o) => [o, ...o.actions])]), ...footnotes],
    [
      ...parsed.frontMatter.map((s) => ({ line: s.line, kind: 'front matter' as const, what: FRONT_MATTER[planId] })),
      ...parsed.layout,
    ],
  );
  return { plan, passages, footnotes, errata, layout };
}

function assembleFootnotes(
  planId: PlanId,
  source: SourceText,
  parsed: ParsedPlan,
  errata: ReadonlyArray<ErratumEntry>,
  register: (record: Annotated, item: ParsedItem) => void,
): Footnote[] {
  const numberBreak = firstNumberingBreak(parsed.footnotes.map((f) => f.number));
  if (numberBreak) {
    sourceError(
      source,
      parsed.footnotes[numberBreak.index]!.line,
      `footnote ${numberBreak.found} where footnote ${numberBreak.expected} was expected`,
    );
  }
  return parsed.footnotes.map((f) => {
    const id = footnoteId(planId, f.number);
    const footnote: Footnote = {
      id,
      plan: planId,
      number: f.number,
      text: joinSegments(f.segments) || sourceError(source, f.line, `footnote ${f.number} has no text`),
      text_status: 'as-printed',
      annotates: [],
      provenance: provenanceOf(source, linesUsedBy(source, f, id, errata)),
      errata: [],
    };
    register(footnote, f);
    return footnote;
  });
}

/**
 * Attaches each footnote to the records whose text carries its superscript marker, to the plan
 * when the marker stands in the front matter, and to the records named by anchor errata. Every
 * record's markers are taken out of its text and recorded with their places in `footnote_markers`.
 * A marker without its footnote, or a footnote that annotates nothing, stops the build.
 */
function annotate(
  planId: PlanId,
  source: SourceText,
  parsed: ParsedPlan,
  footnotes: Footnote[],
  records: ReadonlyMap<string, { record: Annotated; parsed: ParsedItem | null }>,
  errata: ReadonlyArray<ErratumEntry>,
) {
  const link = (number: string, recordId: string, line: number) => {
    const footnote =
      footnotes.find((f) => f.number === number) ??
      sourceError(source, line, `marker of footnote ${number}, but the plan has no footnote ${number}`);
    if (!footnote.annotates.includes(recordId)) footnote.annotates.push(recordId);
    const record = records.get(recordId)!.record;
    if (record.footnotes && !record.footnotes.includes(footnote.id)) record.footnotes.push(footnote.id);
  };
  for (const segment of parsed.frontMatter) {
    for (const number of footnoteNumbersIn(segment.text)) link(number, planId, segment.line);
  }
  for (const { record, parsed: item } of records.values()) {
    if (!item || !record.footnotes || record.text === undefined) continue;
    const { text, markers } = takeOutFootnoteMarkers(record.text);
    record.text = text;
    record.footnote_markers = markers.map(({ number, position }) => {
      link(number, record.id, item.line);
      return { footnote: footnoteId(planId, number), position };
    });
  }
  for (const entry of errata) {
    if (entry.kind === 'anchor') link(entry.footnote, entry.item, entry.line);
  }
  for (const footnote of footnotes) {
    if (footnote.annotates.length === 0) {
      sourceError(
        source,
        footnote.provenance.lines[0],
        `footnote ${footnote.number} annotates nothing: no record carries its marker (add an ` +
          `anchor erratum naming the record)`,
      );
    }
  }
}
