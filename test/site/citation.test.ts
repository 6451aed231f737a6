import { parse, type Entry } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { buildRelease } from '../../data/steps/build-release.ts';
import { PORTAL_NAME, apiUrl, releaseFileUrl, withQuery, type Plan, type PlanDocument } from '../../schema/index.ts';
import {
  DATASET_TITLE,
  apaReference,
  citedCommitmentDocument,
  bibtex,
  citationFile,
  citations,
  cslJson,
  formattedCitation,
  ris,
  type DatasetSubject,
  type RecordSubject,
} from '../../site/src/lib/citation.ts';
import { builtPage } from './built-site.ts';
import { citeprocApa, readCitations } from './citation-readers.ts';

const { dataset } = buildRelease();
const release = dataset.release.id;
const ACCESSED = '2026-12-01';
const HOST = 'https://portal.example';

const subject = (plan: Plan, id: string, path: string, label: string | null): RecordSubject => ({
  kind: 'record',
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
/** The body that issues the plans, and the organisation it belongs to, which the plans print after it. */
const CICAD = 'Inter-American Drug Abuse Control Commission (CICAD)';
const OAS = 'Organization of American States';

const commitmentDocuments = dataset.documents.map((doc): RecordSubject => ({
  kind: 'record',
  id: doc.id,
  label: null,
  document: citedCommitmentDocument(doc),
  release,
  pinnedUrl: `${HOST}${withQuery(apiUrl.document(doc.id), { release })}`,
}));
const commitment = (id: string, label: string): RecordSubject => {
  const { document } = dataset.commitments.find((c) => c.id === id)!;
  const doc = commitmentDocuments.find((d) => d.id === document)!;
  return { ...doc, id, label, pinnedUrl: `${HOST}${withQuery(apiUrl.commitment(id), { release })}` };
};
const commitments = [commitment('ungass-2016-1-a', 'Paragraph 1 (a)'), commitment('soa-quebec-poa-66', 'Mandate 66')];
const releaseDataset: DatasetSubject = {
  kind: 'dataset',
  release,
  date: dataset.release.date,
  url: `${HOST}${apiUrl.release(release)}`,
  files: `${HOST}${releaseFileUrl(release, 'datapackage.json')}`,
};

const titleOf = (s: RecordSubject) => (s.label ? `${s.document.title} — ${s.label}` : s.document.title);

/** A real subject whose document says something else. */
const withDocument = (s: RecordSubject, changes: Partial<PlanDocument>): RecordSubject => ({
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
    expect(tag.get('AU')).toBe(CICAD);
    expect(tag.get('PB')).toBe(OAS);
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

describe('apaReference', () => {
  const plain = (s: Parameters<typeof apaReference>[0]) => {
    const { before, italic, after, url } = apaReference(s);
    return `${before}${italic}${after}${url}`;
  };

  it('cites a record as a report of its issuing body, published by its parent organisation', () => {
    expect(apaReference(action)).toEqual({
      before: 'Inter-American Drug Abuse Control Commission. (2016). ',
      italic: 'Hemispheric Plan of Action on Drugs, 2016-2020',
      after:
        ' (OEA/Ser.L/XIV.2.60 CICAD/doc.2255/16 Rev.) [Priority action 4.3; Hemispheric Drug Policy Portal ' +
        `record 2016-2020-dr-4-3, release ${release}]. Organization of American States. `,
      url: `${HOST}/v1/actions/2016-2020-dr-4-3?release=${release}`,
    });
    expect(citations(action, ACCESSED).apa).toBe(plain(action));
  });

  it('cites a whole release as a dataset, with its version, and no publisher when the author publishes it', () => {
    expect(plain(releaseDataset)).toBe(
      `Hemispheric Drug Policy Portal. (${release.slice(0, 4)}). ${DATASET_TITLE} (Version ${release}) ` +
        `[Data set]. ${HOST}/v1/releases/${release}`,
    );
    expect(apaReference(releaseDataset).italic).toBe(DATASET_TITLE);
  });

  const all = [...everything, ...commitmentDocuments, ...commitments, releaseDataset];
  it.each(all.map((s) => [s.kind === 'record' ? s.id : 'the release', s] as const))(
    'is an APA 7 reference for %s: author. (year). italic title, description in brackets, URL last',
    (_id, s) => {
      const { before, italic, after, url } = apaReference(s);
      expect(url).toBe(s.kind === 'record' ? s.pinnedUrl : s.url);
      expect(before).toMatch(/^[^.]+(?:\.[^ ][^.]*)*\. \((?:\d{4}|n\.d\.)\)\. $/);
      expect(before).not.toMatch(/\([A-Z]{2,}\)/);
      expect(italic).toBe(s.kind === 'record' ? s.document.title : DATASET_TITLE);
      expect(after).toMatch(/^(?: \([^)]+\))? \[[^\]]+\]\. (?:[^ ][^\]]*\. )?$/);
      // The pinned release never changes, so APA asks for no retrieval date.
      expect(plain(s)).not.toMatch(/Retrieved|accessed|null|undefined|\.\./);
    },
  );

  it('gives n.d. for a document without a date, and leaves out the publisher that is its author', () => {
    const undated = withDocument(action, { adopted: null, issuer: 'General Assembly', symbol: null });
    expect(plain(undated)).toBe(
      'General Assembly. (n.d.). Hemispheric Plan of Action on Drugs, 2016-2020 [Priority action 4.3; ' +
        `Hemispheric Drug Policy Portal record 2016-2020-dr-4-3, release ${release}]. ${action.pinnedUrl}`,
    );
  });

  it.each(
    [releaseDataset, ...commitmentDocuments, ...commitments].map(
      (s) => [s.kind === 'record' ? s.id : 'release', s] as const,
    ),
  )('agrees with citeproc-js and the APA 7th edition CSL style on the author, year and URL of %s', (_id, s) => {
    const ours = apaReference(s);
    const theirs = citeprocApa(cslJson(s, ACCESSED));
    // citeproc gives a document the day it was adopted too, "(2016, April 19)"; APA's report has the year alone.
    expect(theirs.startsWith(ours.before.replace(/\)\. $/, ''))).toBe(true);
    expect(theirs.endsWith(s.kind === 'record' ? s.pinnedUrl : s.url)).toBe(true);
    if (s.kind === 'dataset') expect(theirs).toContain(`<i>${ours.italic}</i>`);
  });
});

describe('the citation of a release as a dataset', () => {
  it('reads as one paragraph naming the portal, the dataset, its version and its release date', () => {
    expect(formattedCitation(releaseDataset, ACCESSED)).toBe(
      `Hemispheric Drug Policy Portal. "${DATASET_TITLE}." Dataset, version ${release}. ` +
        `Released ${new Date(dataset.release.date).toLocaleDateString('en-GB', { dateStyle: 'long' })}. ` +
        `${HOST}/v1/releases/${release} (accessed ${ACCESSED}).`,
    );
  });

  it('is a biblatex @dataset with its version and publisher, which BibTeX parses', () => {
    const { errors, entries } = parseVerbatim(bibtex(releaseDataset, ACCESSED));
    expect(errors).toEqual([]);
    const [entry] = entries as [Entry];
    expect(entry.type).toBe('dataset');
    expect(entry.key).toBe(`hdpp-release-${release}`);
    expect(entry.fields).toMatchObject({
      author: [{ name: PORTAL_NAME }],
      title: DATASET_TITLE,
      version: release,
      publisher: [PORTAL_NAME],
      date: dataset.release.date,
      url: releaseDataset.url,
      urldate: ACCESSED,
    });
    expect(entry.fields.note).toContain(releaseDataset.files);
  });

  it('is a RIS record of type DATA that Citation.js reads back as a dataset with its version', () => {
    const text = ris(releaseDataset, ACCESSED);
    expect(text.startsWith('TY  - DATA\n')).toBe(true);
    expect(readCitations(text)).toEqual([
      expect.objectContaining({
        type: 'dataset',
        author: [{ literal: PORTAL_NAME }],
        title: DATASET_TITLE,
        version: release,
        publisher: PORTAL_NAME,
        URL: releaseDataset.url,
        issued: { 'date-parts': [dataset.release.date.split('-').map(Number)] },
        accessed: { 'date-parts': [[2026, 12, 1]] },
      }),
    ]);
  });

  it('is a CSL-JSON item of type dataset', () => {
    const item = cslJson(releaseDataset, ACCESSED);
    expect(item).toEqual({
      id: `hdpp-release-${release}`,
      type: 'dataset',
      title: DATASET_TITLE,
      author: [{ literal: PORTAL_NAME }],
      issued: { 'date-parts': [dataset.release.date.split('-').map(Number)] },
      version: release,
      publisher: PORTAL_NAME,
      URL: releaseDataset.url,
      accessed: { 'date-parts': [[2026, 12, 1]] },
      note: `Release ${release}; its files are described by ${releaseDataset.files}.`,
    });
    expect(readCitations(citations(releaseDataset, ACCESSED).csl)).toEqual([expect.objectContaining(item)]);
  });
});

describe("other readers' judgement", () => {
  it.each([...everything, ...commitmentDocuments, ...commitments].map((s) => [s.id, s] as const))(
    'Citation.js reads the RIS of %s with one corporate author, its title, year, publisher and URL',
    (_id, s) => {
      const [item] = readCitations(ris(s, ACCESSED)) as [Record<string, unknown>];
      const issuer = s.document.issuer;
      expect(item.author).toEqual([{ literal: issuer === `${CICAD}, ${OAS}` ? CICAD : issuer }]);
      expect(item.publisher).toBe(issuer === `${CICAD}, ${OAS}` ? OAS : issuer);
      expect(item.title).toBe(titleOf(s));
      expect(item.URL).toBe(s.pinnedUrl);
      expect(item.accessed).toEqual({ 'date-parts': [[2026, 12, 1]] });
      if (s.document.adopted)
        expect(item.issued).toMatchObject({ 'date-parts': [[Number(s.document.adopted.slice(0, 4))]] });
    },
  );

  it('Citation.js reads the CSL-JSON of every plan and record as it was written', () => {
    for (const s of [...everything, ...commitments]) {
      const written = JSON.parse(citations(s, ACCESSED).csl) as object[];
      expect(readCitations(written)).toEqual(written.map((item) => expect.objectContaining(item)));
    }
  });
});

describe('the "Cite this" blocks of the built pages', () => {
  // The site tests' portal is built from the demonstration build of the release, under its own id.
  const built = buildRelease(undefined, { demonstration: true }).dataset.release.id;
  const decoded = (html: string, form: string) => {
    const href = new RegExp(`href="(data:[^"]+)" download="([^"]+)" data-download="${form}"`).exec(html)!;
    return { name: href[2]!, text: decodeURIComponent(href[1]!.replace(/^data:[^,]+,/, '').replaceAll('&amp;', '&')) };
  };

  it.each(['/actions/2016-2020-dr-4-3/', '/es/actions/2016-2020-dr-4-3/'])(
    'give on %s the APA reference with its title in italics, and files to download that parse',
    (path) => {
      const html = builtPage(path);
      const apa = apaReference({
        ...action,
        label: 'Demand Reduction, Priority action 4.3',
        release: built,
        pinnedUrl: `http://localhost:4321${withQuery(apiUrl.action(action.id), { release: built })}`,
      });
      expect(html).toContain(`${apa.before}<i>${apa.italic}</i>${apa.after}<a href="${apa.url}">${apa.url}</a>`);
      const bib = decoded(html, 'bibtex');
      expect(bib.name).toBe('cicad-2016-2020-dr-4-3.bib');
      expect(parseVerbatim(bib.text).entries[0]!.key).toBe('cicad-2016-2020-dr-4-3');
      const risFile = decoded(html, 'ris');
      expect(risFile.name).toBe('cicad-2016-2020-dr-4-3.ris');
      expect(readCitations(risFile.text)[0]).toMatchObject({ author: [{ literal: CICAD }] });
      const csl = decoded(html, 'csl');
      expect(csl.name).toBe('cicad-2016-2020-dr-4-3.json');
      expect(readCitations(csl.text)[0]).toMatchObject({ id: 'cicad-2016-2020-dr-4-3', type: 'document' });
    },
  );

  it.each([
    ['/data/', 'Cite this release', 'APA (7th edition)'],
    ['/es/data/', 'Cite esta versión', 'APA (7.ª edición)'],
  ])('cite on %s the release as a dataset in every form', (path, heading, apaHeading) => {
    const html = builtPage(path);
    expect(html).toContain(`<h2 id="cite-heading">${heading}</h2>`);
    expect(html).toContain(`<h3 id="cite-apa-label">${apaHeading}</h3>`);
    const url = `http://localhost:4321/v1/releases/${built}`;
    expect(html).toContain(`<i>${DATASET_TITLE}</i> (Version ${built}) [Data set]. <a href="${url}">${url}</a>`);
    expect(html).toContain(`Hemispheric Drug Policy Portal. &quot;${DATASET_TITLE}.&quot; Dataset, version ${built}.`);
    const bib = parseVerbatim(decoded(html, 'bibtex').text).entries[0]!;
    expect(bib).toMatchObject({ type: 'dataset', key: `hdpp-release-${built}` });
    expect(bib.fields.url).toBe(url);
    expect(readCitations(decoded(html, 'ris').text)[0]).toMatchObject({ type: 'dataset', version: built, URL: url });
    expect(readCitations(decoded(html, 'csl').text)[0]).toMatchObject({ type: 'dataset', version: built });
    expect(decoded(html, 'csl').name).toBe(`hdpp-release-${built}.json`);
  });

  it('names each downloaded file after the citation key', () => {
    expect(citationFile('ris', citations(releaseDataset, ACCESSED)).name).toBe(`hdpp-release-${release}.ris`);
  });
});
