import { AREAS } from '../../../schema/index.ts';
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
  type PlanParser,
  type Segment,
} from './parsed-plan.ts';

const AREA = /^Area (\d+):$/;
const OBJECTIVE = /^(\d+)\.(?:\s+(.+))?$/;
const ACTION = /^(\d+)\.(\d+)\.?\s+(.+)$/;
const FOOTNOTE = /^(\d+) (\S.*)$/;
/** The column titles repeated on every page. */
const COLUMN_TITLE = /^(?:Objectives|Priority [Aa]ctions)$/;
const INTRODUCTION = 'INTRODUCTION';
/**
 * The share of the introduction's longest line below which a line ends its paragraph. The extraction keeps no blank
 * line between paragraphs, and the last line of each falls well short of the column (at most 76 characters against 84
 * to 96 for the others), so a paragraph whose last line happened to fill the column could not be told apart.
 */
const PARAGRAPH_END = 0.8;

/**
 * The 2016-2020 plan, printed in two columns: objectives ("N." then their text, wrapped to a
 * narrow column, sometimes one word a line) on the left and priority actions ("N.M text") on
 * the right. Each area opens with "Area N:", its title over several lines, and a running
 * header (indented; once in Spanish). Column titles repeat at every page, in the middle of an
 * action when it crosses a page. Footnotes ("N text") close the page and run until a blank line or the next heading.
 * Before the first area, the introduction follows the last heading "INTRODUCTION" (the index prints it too), its
 * paragraphs wrapped without blank lines between them.
 */
export const parsePlan2016to2020: PlanParser = (source) => {
  const codes = AREAS['2016-2020'];
  const areas: ParsedArea[] = [];
  const footnotes: ParsedFootnote[] = [];
  const frontMatter: Segment[] = [];
  const layout: LayoutLine[] = [];
  let introduction: { line: number; lines: Segment[] } | undefined;
  let content: ParsedItem | undefined;
  let footnote: ParsedFootnote | undefined;
  let heading: ParsedArea | undefined;

  for (const [n, raw] of numberedLines(source)) {
    const line = raw.trim();
    if (line === '') {
      footnote = undefined;
      continue;
    }
    const areaMatch = AREA.exec(line);
    if (areaMatch) {
      const code =
        codes[Number(areaMatch[1]) - 1]?.code ??
        sourceError(source, n, `there is no area ${areaMatch[1]} in this plan`);
      heading = { line: n, code, number: areaMatch[1]!, segments: [], objectives: [] };
      areas.push(heading);
      content = undefined;
      continue;
    }
    const area = areas.at(-1);
    if (!area) {
      if (line === INTRODUCTION) {
        if (introduction) frontMatter.push({ line: introduction.line, text: INTRODUCTION }, ...introduction.lines);
        introduction = { line: n, lines: [] };
      } else if (introduction) introduction.lines.push({ line: n, text: line });
      else frontMatter.push({ line: n, text: line });
      continue;
    }
    if (heading) {
      // The title runs until the indented running header or the first column title.
      if (raw.startsWith(' ') || COLUMN_TITLE.test(line)) {
        heading = undefined;
        layout.push({
          line: n,
          kind: 'page furniture',
          what: COLUMN_TITLE.test(line) ? 'column title' : 'running header',
        });
      } else heading.segments.push({ line: n, text: line });
      continue;
    }
    if (COLUMN_TITLE.test(line)) {
      layout.push({ line: n, kind: 'page furniture', what: 'column title' });
      footnote = undefined;
      continue;
    }
    const action = ACTION.exec(line);
    if (action) {
      const objective = area.objectives.find((o) => o.number === action[1]);
      if (!objective)
        sourceError(
          source,
          n,
          `priority action ${action[1]}.${action[2]} comes before its objective ${action[1]} in area ${area.number}`,
        );
      content = startItem(n, action[2]!, action[3]!);
      objective!.actions.push(content);
      footnote = undefined;
      continue;
    }
    const objectiveMatch = OBJECTIVE.exec(line);
    if (objectiveMatch) {
      const objective: ParsedObjective = { ...startItem(n, objectiveMatch[1]!, objectiveMatch[2] ?? ''), actions: [] };
      area.objectives.push(objective);
      content = objective;
      footnote = undefined;
      continue;
    }
    if (footnote) {
      footnote.segments.push({ line: n, text: line });
      continue;
    }
    const footnoteMatch = FOOTNOTE.exec(line);
    if (footnoteMatch) {
      footnote = { line: n, number: footnoteMatch[1]!, segments: [{ line: n, text: footnoteMatch[2]! }] };
      footnotes.push(footnote);
      continue;
    }
    if (!content) sourceError(source, n, `text outside any objective or priority action of area ${area.number}`);
    content!.segments.push({ line: n, text: line });
  }
  return { passages: introduction ? paragraphsOf(introduction) : [], areas, footnotes, frontMatter, layout };
};

/** The paragraphs of the introduction under its heading on line `line`: each ends at a line short of the column. */
function paragraphsOf({ line, lines }: { line: number; lines: ReadonlyArray<Segment> }): ParsedPassage[] {
  const place = {
    part: 'introduction',
    role: 'paragraph',
    heading: printedHeading(INTRODUCTION),
    leadIn: null,
  } as const;
  const column = Math.max(...lines.map((l) => l.text.length));
  const passages: ParsedPassage[] = [];
  let open: ParsedPassage | undefined;
  for (const segment of lines) {
    if (open) open.segments.push(segment);
    else {
      open = startPassage(segment.line, segment.text, place, { under: passages.length === 0 ? line : null });
      passages.push(open);
    }
    if (segment.text.length < PARAGRAPH_END * column) open = undefined;
  }
  return passages;
}
