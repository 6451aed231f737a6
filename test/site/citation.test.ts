import { parse, type Entry } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { buildRelease } from '../../data/steps/build-release.ts';
import { apiUrl, withQuery, type Plan, type PlanDocument } from '../../schema/index.ts';
import {
  PORTAL_NAME,
  bibtex,
  citations,
  cslJson,
  formattedCitation,
  ris,
  type CitationSubject,
} from '../../site/src/lib/citation.ts';

const { dataset } = buildRelease();
const release = dataset.release.id;
const ACCESSED = '2026-12-01';
const HOST = 'https://portal.example';

const subject = (plan: Plan, id: string, path: string, label: string | null): CitationSubject => ({
  id,
  label,
  document: plan.document,
  release,
  pinnedUrl: `${HOST}${withQuery(path, { release })}`,
});

const plans = dataset.plans.map((plan) => subject(plan, plan.id, apiUrl.plan(plan.id), null));
const records = dataset.plans.flatMap((plan) =>
  plan.areas.flatMap((area) => [
    subject(plan, area.id, apiUrl.area(area.id), `${plan.area_term === 'pillar' ? 'Pillar' : 'Area'}: ${area.name}`),
    ...area.objectives.flatMap((objective) => [
      subject(plan, objective.id, apiUrl.objective(objective.id), `Objective ${objective.number}`),
      ...objective.actions.map((action) =>
        subject(plan, action.id, apiUrl.action(action.id), `Priority action ${objective.number}.${action.number}`),
      ),
    ]),
  ]),
);
const everything = [...plans, ...records];
const byId = (id: string) => everything.find((s) => s.id === id)!;
const action = byId('2016-2020-dr-4-3');

const titleOf = (s: CitationSubject) => (s.label ? `${s.document.title} — ${s.label}` : s.document.title);

/** A real subject whose document says something else. */
const withDocument = (s: CitationSubject, changes: Partial<PlanDocument>): CitationSubject => ({
  ...s,
  document: { ...s.document, ...changes },
});
const bare = withDocument(byId('2021-2025'), { adopted: null, symbol: null, session: null, place: null, isbn: null });
const special = String.raw`Plan {of} Action & 100% $5 #1 snake_case ~tilde ^caret back\slash }{`;
const awkward = withDocument(action, { title: special, issuer: `Issuer ${special}`, symbol: `SYM/${special}` });

/** Parses BibTeX as it is written, without the sentence-casing an English-language import applies to titles. */
const parseVerbatim = (text: string) => parse(text, { english: false });

describe('bibtex', () => {
  it('gives every plan and record a distinct key and parses without errors, as one library', () => {
    const library = parse(everything.map((s) => bibtex(s, ACCESSED)).join('\n'));
    expect(library.errors).toEqual([]);
    expect(library.entries.map((e) => e.key)).toEqual(everything.map((s) => `cicad-${s.id}`));
    expect(new Set(library.entries.map((e) => e.key)).size).toBe(everything.length);
  });

  const sample = [...plans, byId('2011-2015-cm-2-h'), action, byId('2021-2025-cc'), byId('2021-2025-is-1')];
  it.each(sample.map((s) => [s.id, s] as const))('round-trips the fields of %s', (_id, s) => {
    const { errors, entries } = parseVerbatim(bibtex(s, ACCESSED));
    expect(errors).toEqual([]);
    const [entry] = entries as [Entry];
    const doc = s.document;
    expect(entry.type).toBe('misc');
    expect(entry.fields.author).toEqual([{ name: doc.issuer }]);
    expect(entry.fields.title).toBe(titleOf(s));
    expect(entry.fields.url).toBe(s.pinnedUrl);
    expect(entry.fields.urldate).toBe(ACCESSED);
    expect(entry.fields.year).toBe(doc.adopted!.slice(0, 4));
    expect(entry.fields.month).toBe(String(Number(doc.adopted!.slice(5, 7))));
    expect(entry.fields.date).toBe(doc.adopted);
    for (const part of [doc.symbol!, PORTAL_NAME, `record ${s.id}`, `release ${release}`]) {
      expect(entry.fields.note).toContain(part);
    }
  });

  it('gives no month or date that the document does not print', () => {
    const fields = parseVerbatim(bibtex(withDocument(action, { adopted: '2016' }), ACCESSED)).entries[0]!.fields;
    expect(fields.year).toBe('2016');
    expect(fields.month).toBeUndefined();
    expect(parseVerbatim(bibtex(bare, ACCESSED)).entries[0]!.fields).not.toHaveProperty('year');
  });

  it('escapes { } & % $ # _ ~ ^ \\ so that the values parse back exactly', () => {
    const text = bibtex(awkward, ACCESSED);
    expect(parse(text).errors).toEqual([]);
    const { errors, entries } = parseVerbatim(text);
    expect(errors).toEqual([]);
    const fields = entries[0]!.fields;
    expect(fields.title).toBe(titleOf(awkward));
    expect(fields.author).toEqual([{ name: awkward.document.issuer }]);
    expect(fields.note).toContain(awkward.document.symbol);
  });
});

describe('ris', () => {
  const lines = (text: string) => {
    expect(text.endsWith('\n')).toBe(true);
    return text.slice(0, -1).split('\n');
  };
  const tags = (text: string) => new Map(lines(text).map((line) => [line.slice(0, 2), line.slice(6)]));

  it.each(everything.map((s) => [s.id, s] as const))('is one well-formed record for %s', (_id, s) => {
    const text = ris(s, ACCESSED);
    const all = lines(text);
    expect(all[0]).toBe('TY  - GOVDOC');
    expect(all.at(-1)).toBe('ER  - ');
    for (const line of all) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(all).toContain(`UR  - ${s.pinnedUrl}`);
    expect(all).toContain(`Y2  - ${ACCESSED}`);
    const tag = tags(text);
    expect(tag.get('AU')).toBe(s.document.issuer);
    expect(tag.get('TI')).toBe(titleOf(s));
    expect(tag.get('M1')).toBe(s.document.symbol);
    expect(tag.get('N1')).toContain(`record ${s.id}, release ${release}`);
  });

  it.each([
    ['2011', '2011///'],
    ['2011-05', '2011/05//'],
    ['2020-12-10', '2020/12/10/'],
  ])('writes adopted %s as PY and DA %s', (adopted, da) => {
    const tag = tags(ris(withDocument(action, { adopted }), ACCESSED));
    expect(tag.get('PY')).toBe(adopted.slice(0, 4));
    expect(tag.get('DA')).toBe(da);
  });

  it('leaves out what the document does not print', () => {
    expect([...tags(ris(bare, ACCESSED)).keys()]).toEqual(['TY', 'AU', 'TI', 'PB', 'N1', 'UR', 'Y2', 'ER']);
  });
});

describe('cslJson', () => {
  const nulls = (value: unknown, path = '$'): string[] =>
    value === null || value === undefined
      ? [path]
      : typeof value === 'object'
        ? Object.entries(value).flatMap(([key, v]) => nulls(v, `${path}.${key}`))
        : [];

  it.each(everything.map((s) => [s.id, s] as const))(
    'is a complete item for %s, serialised as an array of one',
    (_id, s) => {
      const item = cslJson(s, ACCESSED);
      expect(JSON.parse(citations(s, ACCESSED).csl)).toEqual([item]);
      expect(nulls(item)).toEqual([]);
      expect(item).toMatchObject({
        id: `cicad-${s.id}`,
        type: 'document',
        title: titleOf(s),
        author: [{ literal: s.document.issuer }],
        number: s.document.symbol,
        publisher: s.document.issuer,
        'container-title': PORTAL_NAME,
        URL: s.pinnedUrl,
        accessed: { 'date-parts': [[2026, 12, 1]] },
      });
      expect(item.note).toContain(`record ${s.id}, release ${release}`);
    },
  );

  it.each([
    ['2011', [2011]],
    ['2016-11', [2016, 11]],
    ['2020-12-10', [2020, 12, 10]],
  ])('gives adopted %s as issued date-parts %j', (adopted, parts) => {
    expect(cslJson(withDocument(action, { adopted }), ACCESSED).issued).toEqual({ 'date-parts': [parts] });
  });

  it('leaves out, rather than nulls, what the document does not print', () => {
    const item = cslJson(bare, ACCESSED);
    expect(nulls(item)).toEqual([]);
    expect(item).not.toHaveProperty('issued');
    expect(item).not.toHaveProperty('number');
  });
});

describe('formattedCitation', () => {
  it('reads as one paragraph naming the document first, then the pinned portal record', () => {
    expect(formattedCitation(action, ACCESSED)).toBe(
      'Inter-American Drug Abuse Control Commission (CICAD), Organization of American States. ' +
        '"Hemispheric Plan of Action on Drugs, 2016-2020." Priority action 4.3. ' +
        'OEA/Ser.L/XIV.2.60 CICAD/doc.2255/16 Rev. Adopted November 2016. ' +
        `In Hemispheric Drug Policy Portal, record 2016-2020-dr-4-3, release ${release}. ` +
        `${HOST}/v1/actions/2016-2020-dr-4-3?release=${release} (accessed 2026-12-01).`,
    );
  });

  it.each(everything.map((s) => [s.id, s] as const))(
    'names issuer, title, symbol, release and URL for %s',
    (_id, s) => {
      const text = formattedCitation(s, ACCESSED);
      for (const part of [s.document.issuer, s.document.title, s.document.symbol!, release, s.pinnedUrl, ACCESSED]) {
        expect(text).toContain(part);
      }
      expect(text).not.toMatch(/null|undefined|\n/);
    },
  );

  it.each([
    ['2011', 'Adopted 2011.'],
    ['2011-05', 'Adopted May 2011.'],
    ['2020-12-10', 'Adopted 10 December 2020.'],
  ])('gives adopted %s only as precisely as printed: %s', (adopted, words) => {
    expect(formattedCitation(withDocument(action, { adopted }), ACCESSED)).toContain(words);
  });

  it('leaves out what the document does not print', () => {
    const text = formattedCitation(bare, ACCESSED);
    expect(text).not.toMatch(/null|undefined|Adopted|\.\./);
    expect(text).toMatch(/^Inter-American .*\. "Hemispheric Plan of Action on Drugs 2021-2025\." In Hemispheric/);
  });
});

describe('the access date', () => {
  // The build date of a release's pages is often the release's own date, which its id contains.
  const built = release.slice(0, 10);
  const today = '2027-01-05';

  it('is the only difference between two visits, in one anchored place per form', () => {
    const before = citations(action, built);
    const after = citations(action, today);
    expect(before.text.replace(`(accessed ${built})`, `(accessed ${today})`)).toBe(after.text);
    expect(before.bibtex.replace(`urldate = {${built}}`, `urldate = {${today}}`)).toBe(after.bibtex);
    expect(before.ris.replace(`Y2  - ${built}`, `Y2  - ${today}`)).toBe(after.ris);
    expect({ ...JSON.parse(before.csl)[0], accessed: { 'date-parts': [[2027, 1, 5]] } }).toEqual(
      JSON.parse(after.csl)[0],
    );
  });

  it.each(['2026-12', '01/12/2026', '2026-13-01', '2026-12-01T10:00:00Z', ''])(
    'must be a day: %j is refused',
    (bad) => {
      expect(() => citations(action, bad)).toThrow(RangeError);
    },
  );
});
