import { AREAS } from '../../../schema/index.ts';
import {
  numberedLines,
  sourceError,
  startItem,
  type LayoutLine,
  type ParsedArea,
  type ParsedFootnote,
  type ParsedObjective,
  type PlanParser,
  type Segment,
} from './parsed-plan.ts';

const OBJECTIVE = /^OBJECTIVE No\. (\d+)\s*[-–]\s*(.+?)$/;
const ACTION = /^([a-z])\)\s+(.+)$/;
/** The column titles "Action" and "Actions". */
const COLUMN_TITLE = /^Actions?$/;
const FOOTNOTE_NUMBER = /^(\d+)\.$/;
const FOOTNOTE = /^(\d+)\.?\s+(.+)$/;

/**
 * The 2011-2015 plan, printed after the draft General Assembly resolution that endorses it:
 * five areas headed in capitals, objectives "OBJECTIVE No. N – AREA" followed by their text,
 * and actions lettered "a)", one line each. Footnotes follow the last action, "N. text"; a footnote's
 * continuation from an earlier page is printed as its number alone on a line, then the text.
 */
export const parsePlan2011to2015: PlanParser = (source) => {
  const headings = AREAS['2011-2015'].map((a) => ({ ...a, heading: a.name.toUpperCase() }));
  const areas: ParsedArea[] = [];
  const footnotes: ParsedFootnote[] = [];
  const frontMatter: Segment[] = [];
  const layout: LayoutLine[] = [];
  let objective: ParsedObjective | undefined;
  let objectiveTextOpen = false;
  let inFootnotes = false;
  let continuedFootnote: ParsedFootnote | undefined;

  for (const [n, raw] of numberedLines(source)) {
    const line = raw.trim();
    if (line === '') continue;
    const heading = headings.find((h) => h.heading === line);
    if (heading) {
      areas.push({ line: n, code: heading.code, number: null, segments: [{ line: n, text: line }], objectives: [] });
      objective = undefined;
      objectiveTextOpen = false;
      continue;
    }
    const area = areas.at(-1);
    if (!area) {
      const number = FOOTNOTE_NUMBER.exec(line);
      if (number) {
        continuedFootnote = { line: n, number: number[1]!, segments: [] };
        footnotes.push(continuedFootnote);
      } else if (continuedFootnote?.segments.length === 0) {
        continuedFootnote.segments.push({ line: n, text: line });
      } else {
        frontMatter.push({ line: n, text: line });
      }
      continue;
    }
    const objectiveMatch = OBJECTIVE.exec(line);
    if (objectiveMatch) {
      if (objectiveMatch[2] !== area.segments[0]!.text) {
        sourceError(
          source,
          n,
          `objective heading names area "${objectiveMatch[2]}" under the heading "${area.segments[0]!.text}"`,
        );
      }
      objective = { ...startItem(n, objectiveMatch[1]!, ''), actions: [] };
      area.objectives.push(objective);
      objectiveTextOpen = true;
      continue;
    }
    if (COLUMN_TITLE.test(line)) {
      layout.push({ line: n, kind: 'page furniture', what: 'column title' });
      objectiveTextOpen = false;
      continue;
    }
    const action = ACTION.exec(line);
    if (action && objective && !inFootnotes) {
      objective.actions.push(startItem(n, action[1]!, action[2]!));
      objectiveTextOpen = false;
      continue;
    }
    const footnote = FOOTNOTE.exec(line);
    if (footnote) {
      inFootnotes = true;
      const part = { line: n, number: footnote[1]!, segments: [{ line: n, text: footnote[2]! }] };
      const earlier = footnotes.find((f) => f.number === part.number);
      if (earlier) earlier.segments.unshift(...part.segments);
      else footnotes.push(part);
      continue;
    }
    if (objectiveTextOpen && !inFootnotes) {
      objective!.segments.push({ line: n, text: line });
      continue;
    }
    sourceError(
      source,
      n,
      `unexpected text ${inFootnotes ? 'among the footnotes' : 'outside any objective or action'}`,
    );
  }
  return { areas, footnotes, frontMatter, layout };
};
