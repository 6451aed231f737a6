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
  type ParsedObjective,
  type ParsedPassage,
  type PassagePlace,
  type PlanParser,
  type Segment,
} from './parsed-plan.ts';
import type { SourceText } from '../read/source-text.ts';

const OBJECTIVE = /^OBJECTIVE No\. (\d+)\s*[-–]\s*(.+?)$/;
const ACTION = /^([a-z])\)\s+(.+)$/;
/** The column titles "Action" and "Actions". */
const COLUMN_TITLE = /^Actions?$/;
const FOOTNOTE_NUMBER = /^(\d+)\.$/;
const FOOTNOTE = /^(\d+)\.?\s+(.+)$/;
/** The enacting formula that opens the resolution and heads its preamble. */
const GENERAL_ASSEMBLY = 'THE GENERAL ASSEMBLY,';
const RESOLVES = 'RESOLVES:';
/** A lead-in printed alone before the clauses it introduces, such as "CONSIDERING:". */
const LEAD_IN = /^[A-Z][A-Z ]+:$/;
/** A clause introduced by a lead-in. */
const LED_CLAUSE = /^That /;
const OPERATIVE = /^(\d+)\.\s+(.+)$/;
/** A run-in heading of the introduction, e.g. "Purpose:" or "Cross-cutting issues:", and the text after it. */
const RUN_IN_HEADING = /^([A-Z][a-z]+(?:[- ][a-z]+)*):\s+(\S.*)$/;
/** A line without a letter, such as the stray "/" between two preamble clauses: no wording of a passage. */
const NO_WORDING = /^[^A-Za-z]*$/;

/**
 * The 2011-2015 plan, printed after the draft General Assembly resolution that endorses it:
 * five areas headed in capitals, objectives "OBJECTIVE No. N – AREA" followed by their text,
 * and actions lettered "a)", one line each. Footnotes follow the last action, "N. text"; a footnote's
 * continuation from an earlier page is printed as its number alone on a line, then the text.
 *
 * The draft resolution opens with "THE GENERAL ASSEMBLY," after the title lines: its preamble clauses follow one a
 * line (three of them "That ..." under the lead-in "CONSIDERING:"), then "RESOLVES:" and the operative paragraphs
 * "N. text", until the continued footnote. The introduction has no heading of its own: it begins at the first run-in
 * heading ("Purpose:"), and each of its paragraphs is one line, under the last run-in heading printed.
 */
export const parsePlan2011to2015: PlanParser = (source) => {
  const headings = AREAS['2011-2015'].map((a) => ({ ...a, heading: a.name.toUpperCase() }));
  const passages: ParsedPassage[] = [];
  const areas: ParsedArea[] = [];
  const footnotes: ParsedFootnote[] = [];
  const frontMatter: Segment[] = [];
  const layout: LayoutLine[] = [];
  const framing = framingReader(source, passages);
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
        framing.end();
      } else if (continuedFootnote?.segments.length === 0) {
        continuedFootnote.segments.push({ line: n, text: line });
      } else if (!framing.read(n, line)) {
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
  return { passages, areas, footnotes, frontMatter, layout };
};

/**
 * Reads the framing text line by line into `passages`: the draft resolution from its enacting formula to `end()`, then
 * the introduction from its first run-in heading. `read` tells whether a line was a passage's, a heading or a
 * lead-in; the other lines are front matter.
 */
function framingReader(source: SourceText, passages: ParsedPassage[]) {
  let place: PassagePlace | null = null;
  let under: number | null = null;
  return {
    end() {
      place = null;
    },
    read(n: number, line: string): boolean {
      if (line === GENERAL_ASSEMBLY || line === RESOLVES) {
        const role = line === RESOLVES ? 'operative' : 'preamble';
        place = { part: 'resolution', role, heading: printedHeading(line), leadIn: null };
        under = n;
        return true;
      }
      if (place?.part === 'resolution' && LEAD_IN.test(line)) {
        place = { ...place, leadIn: printedHeading(line) };
        under = n;
        return true;
      }
      const runIn = place?.part === 'resolution' ? null : RUN_IN_HEADING.exec(line);
      if (runIn) place = { part: 'introduction', role: 'paragraph', heading: runIn[1]!, leadIn: null };
      const text = runIn?.[2] ?? line;
      if (!place || NO_WORDING.test(text)) return false;
      if (place.leadIn && !LED_CLAUSE.test(text)) place = { ...place, leadIn: null };
      const operative =
        place.role === 'operative'
          ? (OPERATIVE.exec(text) ??
            sourceError(source, n, 'an operative paragraph of the resolution without its number'))
          : null;
      passages.push(startPassage(n, operative?.[2] ?? text, place, { under, number: operative?.[1] ?? null }));
      under = null;
      return true;
    },
  };
}
