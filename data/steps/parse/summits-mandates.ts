import { numberedLines, sourceError, type LayoutLine, type Segment } from './parsed-plan.ts';
import type { CommitmentsParser, ParsedCommitment } from './parsed-commitments.ts';

/** The instruments the mandates are attributed to, as printed, with the codes of their ids. */
const INSTRUMENTS: ReadonlyArray<{ printed: string; code: string }> = [
  { printed: 'Plan of Action, Miami', code: 'miami-poa' },
  { printed: 'Plan of Action, Santiago de Chile', code: 'santiago-poa' },
  { printed: 'Plan of Action, Québec', code: 'quebec-poa' },
  { printed: 'Declaration of Nuevo Leon', code: 'nuevo-leon-decl' },
  { printed: 'Plan of Action, Mar del Plata', code: 'mar-del-plata-poa' },
];

const RUNNING_HEADER = 'MANDATES OF THE SUMMITS OF THE AMERICAS SECURITY SECTORAL AREA';
/**
 * Page furniture: the running header (its first occurrence is the title), the OCR noise of the page stamp
 * ("Y—H—T—C—O—M—S", "SECRET") and empty bullets.
 */
const FURNITURE: ReadonlyArray<[RegExp, string]> = [
  [new RegExp(`^${RUNNING_HEADER}$`), 'running header'],
  [/^(?:Y[—-]H[—-].*|SECRET)$/, 'OCR noise of a page stamp'],
  [/^-$/, 'stray bullet'],
];
const MANDATE = /^(?:-\s+)?(?:(\d+)\.(?:\*\*)?|Initiative (\d+)\.?)\s+(.+)$/;
/** The attribution that ends a mandate, e.g. "(Plan of Action, Québec)", before the closing italics. */
const ATTRIBUTION = /\s*\(([^()]+)\)\**$/;

/**
 * The Summits of the Americas' security mandates, an OCR'd compilation: each mandate starts with
 * its number ("17.", "- 61.**", "Initiative 6") and ends with the instrument it comes from in
 * parentheses; bullets within a mandate continue it. Numbers repeat across instruments, so a
 * mandate's id names its Summit and instrument.
 */
export const parseSummitsMandates: CommitmentsParser = (source) => {
  const commitments: ParsedCommitment[] = [];
  let heading: Segment | undefined;
  let open: { line: number; number: string; label: string; segments: { line: number; text: string }[] } | undefined;
  const drafts: NonNullable<typeof open>[] = [];
  const layout: LayoutLine[] = [];

  for (const [n, raw] of numberedLines(source)) {
    const line = raw.trim();
    if (line === '') continue;
    const furniture = FURNITURE.find(([pattern]) => pattern.test(line));
    if (furniture) {
      if (!heading && line === RUNNING_HEADER) heading = { line: n, text: line };
      else layout.push({ line: n, kind: 'page furniture', what: furniture[1] });
      continue;
    }
    const mandate = MANDATE.exec(line);
    if (mandate) {
      const label = mandate[1] ?? `initiative-${mandate[2]}`;
      open = {
        line: n,
        number: mandate[1] ?? `Initiative ${mandate[2]}`,
        label,
        segments: [{ line: n, text: mandate[3]! }],
      };
      drafts.push(open);
      continue;
    }
    if (!open) {
      layout.push({ line: n, kind: 'front matter', what: 'text before the first mandate' });
      continue;
    }
    open.segments.push({ line: n, text: line.replace(/^-\s+/, '') });
  }
  for (const draft of drafts) {
    const last = draft.segments.at(-1)!;
    const attribution =
      ATTRIBUTION.exec(last.text) ??
      sourceError(
        source,
        last.line,
        `mandate ${draft.number} does not end with the instrument it comes from, in parentheses`,
      );
    const instrument =
      INSTRUMENTS.find((i) => i.printed === attribution[1]) ??
      sourceError(
        source,
        last.line,
        `mandate ${draft.number} is attributed to "${attribution[1]}", not one of the known instruments`,
      );
    last.text = last.text.slice(0, attribution.index);
    commitments.push({
      document: 'soa-security',
      id: `soa-${instrument.code}-${draft.label}`,
      section: instrument.printed,
      number: draft.number,
      line: draft.line,
      segments: draft.segments,
    });
  }
  if (!heading) sourceError(source, 1, 'no title "MANDATES OF THE SUMMITS OF THE AMERICAS SECURITY SECTORAL AREA"');
  return {
    documents: [{ id: 'soa-security', heading: [heading!], markedHeadings: [] }],
    commitments,
    footnotes: [],
    layout,
  };
};
