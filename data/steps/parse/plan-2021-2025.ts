import { AREAS } from '../../../schema/index.ts';
import { SUPERSCRIPT_CLASS, superscriptToDigits } from './footnote-markers.ts';
import {
  numberedLines,
  printedHeading,
  sourceError,
  startItem,
  startPassage,
  type LayoutLine,
  type ParsedArea,
  type ParsedFootnote,
  type ParsedItem,
  type ParsedObjective,
  type ParsedPassage,
  type PassagePlace,
  type PlanParser,
  type Segment,
} from './parsed-plan.ts';

const OBJECTIVE = /^Objective (\d+):\s*(.+)$/;
const ACTION = /^(?:- )?(\d+)\.(\d+)\.?\s+(.+)$/;
const FOOTNOTE = new RegExp(`^(${SUPERSCRIPT_CLASS}+)\\s*(.+)$`);
/** Page furniture: page numbers, footnote separators and the column title. */
const FURNITURE: ReadonlyArray<[RegExp, string]> = [
  [/^\d+$/, 'page number'],
  [/^_$/, 'footnote separator'],
  [/^Priority [Aa]ctions$/, 'column title'],
];
const INTRODUCTION = 'Introduction';

/**
 * The 2021-2025 plan: five pillars headed by their full titles, "Objective N: text" lines and
 * priority actions "N.M text" (often as "- " bullets). Footnotes, page numbers and separators
 * interrupt actions at page ends; the text after them, starting in lower case, continues the
 * interrupted action. The title pages end with the heading "Introduction", whose paragraphs are printed one a line
 * until the first pillar; the page break in the fourth leaves its text after the footnote, in lower case like an
 * action's.
 */
export const parsePlan2021to2025: PlanParser = (source) => {
  const pillars = AREAS['2021-2025'];
  const passages: ParsedPassage[] = [];
  const areas: ParsedArea[] = [];
  const footnotes: ParsedFootnote[] = [];
  const frontMatter: Segment[] = [];
  const layout: LayoutLine[] = [];
  let introduction: { line: number; place: PassagePlace } | undefined;
  let objective: ParsedObjective | undefined;
  let open: ParsedItem | undefined;

  for (const [n, raw] of numberedLines(source)) {
    const line = raw.trim();
    if (line === '') continue;
    const furniture = FURNITURE.find(([pattern]) => pattern.test(line));
    if (furniture) {
      layout.push({ line: n, kind: 'page furniture', what: furniture[1] });
      continue;
    }
    const footnote = FOOTNOTE.exec(line);
    if (footnote) {
      footnotes.push({
        line: n,
        number: superscriptToDigits(footnote[1]!),
        segments: [{ line: n, text: footnote[2]! }],
      });
      continue;
    }
    const pillar = pillars.find((p) => p.name === line);
    if (pillar) {
      areas.push({ line: n, code: pillar.code, number: null, segments: [{ line: n, text: line }], objectives: [] });
      objective = open = undefined;
      continue;
    }
    const area = areas.at(-1);
    if (!area) {
      const passage = passages.at(-1);
      if (line === INTRODUCTION) {
        const place = { part: 'introduction', role: 'paragraph', heading: printedHeading(line), leadIn: null } as const;
        introduction = { line: n, place };
      } else if (!introduction) frontMatter.push({ line: n, text: line });
      else if (/^[a-z]/.test(line) && passage) passage.segments.push({ line: n, text: line });
      else passages.push(startPassage(n, line, introduction.place, { under: passage ? null : introduction.line }));
      continue;
    }
    const objectiveMatch = OBJECTIVE.exec(line);
    if (objectiveMatch) {
      objective = { ...startItem(n, objectiveMatch[1]!, objectiveMatch[2]!), actions: [] };
      area.objectives.push(objective);
      open = objective;
      continue;
    }
    const action = ACTION.exec(line);
    if (action) {
      if (!objective || action[1] !== objective.number) {
        sourceError(
          source,
          n,
          `priority action ${action[1]}.${action[2]} is not under objective ${action[1]} of pillar "${area.code}"`,
        );
      }
      open = startItem(n, action[2]!, action[3]!);
      objective!.actions.push(open);
      continue;
    }
    const text = line.replace(/^- /, '');
    if (/^[a-z]/.test(text) && open) {
      open.segments.push({ line: n, text });
      continue;
    }
    sourceError(
      source,
      n,
      objective
        ? `text without a number under objective ${objective.number} of pillar "${area.code}": a ` +
            `priority action printed without its number? Add an erratum in ` +
            `data/errata/2021-2025.yaml that restores it`
        : `unexpected text before the first objective of pillar "${area.code}"`,
    );
  }
  return { passages, areas, footnotes, frontMatter, layout };
};
