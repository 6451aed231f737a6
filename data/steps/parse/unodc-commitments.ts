import type { CommitmentDocumentId } from '../../../schema/index.ts';
import { firstNumberingBreak, isRoman } from './numbering.ts';
import { numberedLines, sourceError, type LayoutLine, type Segment } from './parsed-plan.ts';
import type { SourceText } from '../read/source-text.ts';
import {
  cleanText,
  type CommitmentsParser,
  type ParsedCommitment,
  type ParsedCommitmentDocument,
  type ParsedCommitmentFootnote,
} from './parsed-commitments.ts';

/**
 * The four documents of the compilation, by the start of their headings, with the parts whose
 * paragraphs are numbered afresh: their code goes into the ids ("pd-2009-poa-2-a"). The items of
 * paragraph 33 of the Joint Ministerial Statement are numbered afresh from 1 under A, B and C.
 */
const DOCUMENTS: ReadonlyArray<{
  id: CommitmentDocumentId;
  heading: string;
  parts: ReadonlyArray<{ heading: string; code: string }>;
}> = [
  { id: 'cnd-2019', heading: 'Ministerial Declaration on Strengthening Our Actions', parts: [] },
  { id: 'ungass-2016', heading: 'Outcome document of the thirtieth special session', parts: [] },
  {
    id: 'jms-2014',
    heading: 'Joint Ministerial Statement of the 2014 High-Level Review',
    parts: [{ heading: 'A. Demand reduction and related measures', code: '33' }],
  },
  {
    id: 'pd-2009',
    heading: 'Political Declaration and Plan of Action on International Cooperation',
    parts: [
      { heading: 'Political Declaration', code: 'pd' },
      { heading: 'Plan of Action', code: 'poa' },
    ],
  },
];
/** The back cover, after the last document. */
const BACK_COVER = 'UNODC';
/** What the compilation prints before its first document. */
const FRONT_MATTER = 'title page, publication notes and contents';

const HEADING = /^(?:#+\s*(.*)|\*\*(.+)\*\*|\*(Problem|Action)\*)$/;
const FOOTNOTE = /^<sup>(\d+)<\/sup>\s*(.+)$/;
const NUMBERED = /^(\d+)\.\s+(.+)$/;
const LETTERED = /^\(\*?([a-z]+)\*?\)\s+(.+)$/;
/**
 * The labels of a sub-paragraph, not printed as a heading: "Problem" and "Action" only divide the Plan of Action's
 * paragraphs.
 */
const PARAGRAPH_ROLE = /^(?:Problem|Action)$/;

interface Level {
  item: ParsedCommitment;
  labels: string[];
}

/**
 * The UNODC/CND compilation "Implementation of all international drug policy commitments", a
 * Markdown extraction. Each document starts at its heading; headings (any level, or a line in
 * bold) set the section; paragraphs are numbered "N.", lettered "(a)" and sub-lettered "(i)", or
 * unnumbered. A page break (footnotes, a separator) cuts paragraphs: text that starts in lower
 * case, follows a text cut mid-sentence, or stands without a number among numbered paragraphs
 * continues the paragraph before.
 */
export const parseUnodcCommitments: CommitmentsParser = (source) => {
  const documents: ParsedCommitmentDocument[] = [];
  const commitments: ParsedCommitment[] = [];
  const footnotes: ParsedCommitmentFootnote[] = [];
  let document: ParsedCommitmentDocument | undefined;
  let part = '';
  let section: string | null = null;
  let stack: Level[] = [];
  let unnumbered = 0;
  let numberedScope = false;
  let afterHeading = false;
  const numberedInPart: ParsedCommitment[] = [];
  const layout: LayoutLine[] = [];

  const startPart = (code: string) => {
    checkNumbering(source, numberedInPart);
    part = code ? `${code}-` : '';
    stack = [];
    unnumbered = 0;
    numberedScope = false;
    numberedInPart.length = 0;
  };
  const start = (depth: number, label: string, printed: string | null, n: number, text: string) => {
    const parent = stack[depth - 1];
    const labels = depth === 0 ? [label] : [...parent!.labels, label];
    const item: ParsedCommitment = {
      document: document!.id,
      id: `${document!.id}-${part}${labels.join('-')}`,
      section,
      number: printed,
      line: n,
      segments: [{ line: n, text }],
    };
    commitments.push(item);
    stack = [...stack.slice(0, depth), { item, labels }];
    afterHeading = false;
  };

  for (const [n, raw] of numberedLines(source)) {
    const line = raw.trim().replace(/^-\s+/, '');
    if (line === '') continue;
    if (line === '---') {
      layout.push({ line: n, kind: 'page furniture', what: 'footnote separator' });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const text = (heading[1] ?? heading[2] ?? heading[3])!;
      const title = cleanText([{ line: n, text }]);
      if (title === BACK_COVER && document) {
        layout.push(...backCover(source, n));
        break;
      }
      const next = DOCUMENTS.find((d) => title.startsWith(d.heading));
      if (next) {
        startPart('');
        document = { id: next.id, heading: [{ line: n, text }], markedHeadings: [] };
        documents.push(document);
        section = null;
      } else if (document) {
        const partStart = DOCUMENTS.find((d) => d.id === document!.id)!.parts.find((p) => title === p.heading);
        if (partStart) startPart(partStart.code);
        const role = PARAGRAPH_ROLE.test(title);
        if (!role) section = title;
        layout.push({ line: n, kind: 'heading', what: role ? `label "${title}" of a paragraph` : 'section heading' });
      } else layout.push({ line: n, kind: 'front matter', what: FRONT_MATTER });
      if (document && text.includes('<sup>')) document.markedHeadings.push({ line: n, text });
      afterHeading = true;
      continue;
    }
    if (!document) {
      layout.push({ line: n, kind: 'front matter', what: FRONT_MATTER });
      continue;
    }
    const footnote = FOOTNOTE.exec(line);
    if (footnote) {
      footnotes.push({
        document: document.id,
        number: footnote[1]!,
        line: n,
        segments: [{ line: n, text: footnote[2]! }],
      });
      continue;
    }
    const numbered = NUMBERED.exec(line);
    if (numbered) {
      numberedScope = true;
      start(0, numbered[1]!, numbered[1]!, n, numbered[2]!);
      numberedInPart.push(stack[0]!.item);
      continue;
    }
    const lettered = LETTERED.exec(line);
    if (lettered) {
      const label = lettered[1]!;
      const letter = stack[1];
      const depth = letter && isRoman(label) && label !== nextLetter(letter.labels.at(-1)!) ? 2 : 1;
      const parent = stack[depth - 1] ?? sourceError(source, n, `sub-paragraph (${label}) outside any paragraph`);
      const printed = `${parent.item.number === null ? '' : `${parent.item.number} `}(${label})`;
      start(depth, label, printed, n, lettered[2]!);
      continue;
    }
    const open = stack.at(-1);
    if (open && (/^[a-z]/.test(line) || endsMidSentence(open.item.segments) || (numberedScope && !afterHeading))) {
      open.item.segments.push({ line: n, text: line });
      continue;
    }
    if (numberedScope && stack[0]) {
      // An unnumbered paragraph under a heading within a numbered paragraph introduces more of its items.
      const parent = stack[0].item.id;
      start(1, `p${commitments.filter((c) => c.id.startsWith(`${parent}-p`)).length + 1}`, null, n, line);
      continue;
    }
    unnumbered += 1;
    start(0, `p${unnumbered}`, null, n, line);
  }
  checkNumbering(source, numberedInPart);
  checkSubSequences(source, commitments);
  return { documents, commitments, footnotes, layout };
};

/** The back cover, from its heading at `first` to the end of the source. */
const backCover = (source: SourceText, first: number): LayoutLine[] =>
  Array.from({ length: source.lineCount - first + 1 }, (_, i) => first + i)
    .filter((n) => source.line(n).trim() !== '')
    .map((n) => ({ line: n, kind: 'page furniture', what: 'back cover' }));

const nextLetter = (label: string) => String.fromCharCode(label.charCodeAt(0) + 1);

/** Whether a text stops without punctuation, as one cut by a page break does. */
const endsMidSentence = (segments: ReadonlyArray<Segment>) => /[A-Za-z0-9]$/.test(cleanText(segments));

/** Checks that the numbered paragraphs of a document part run 1, 2, 3, ... without gap or repeat. */
function checkNumbering(source: SourceText, paragraphs: ReadonlyArray<ParsedCommitment>) {
  const gap = firstNumberingBreak(paragraphs.map((p) => p.number!));
  if (gap)
    sourceError(
      source,
      paragraphs[gap.index]!.line,
      `paragraph ${gap.found} of ${paragraphs[0]!.document} where paragraph ${gap.expected} was expected`,
    );
}

/** Checks that the lettered and Roman sub-paragraphs of every paragraph run without gap or repeat. */
function checkSubSequences(source: SourceText, commitments: ReadonlyArray<ParsedCommitment>) {
  const children = new Map<string, ParsedCommitment[]>();
  for (const c of commitments) {
    const parent = c.id.slice(0, c.id.lastIndexOf('-'));
    if (c.number?.endsWith(')')) children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  for (const [parent, items] of children) {
    const gap = firstNumberingBreak(items.map((c) => c.id.slice(c.id.lastIndexOf('-') + 1)));
    if (gap)
      sourceError(
        source,
        items[gap.index]!.line,
        `sub-paragraph (${gap.found}) of ${parent} where (${gap.expected}) was expected`,
      );
  }
}
