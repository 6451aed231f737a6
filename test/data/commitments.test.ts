import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CommitmentId, type Commitment } from '../../schema/index.ts';
import { buildCommitments, type BuiltCommitments } from '../../data/steps/assemble/build-commitments.ts';
import { findTextDefects, hyphenatedWords } from '../../data/steps/parse/text-defects.ts';
import { rawLines } from './published-bundle.ts';
import { PATHS } from '../../data/paths.ts';

let built: BuiltCommitments;
beforeAll(() => {
  built = buildCommitments();
});
const commitment = (id: string) =>
  built.commitments.find((c) => c.id === id) ?? expect.unreachable(`no commitment ${id}`);
/** A raw line without the Markdown emphasis and footnote markers that published texts leave out. */
const unmarked = (line: string) => line.replace(/<sup>\d+<\/sup>|\*/g, '');

describe('the international commitments', () => {
  it('are published for each document, in printed order', () => {
    const counts = Object.fromEntries(
      built.documents.map((d) => [d.id, built.commitments.filter((c) => c.document === d.id).length]),
    );
    expect(counts).toEqual({ 'cnd-2019': 35, 'ungass-2016': 137, 'jms-2014': 79, 'pd-2009': 342, 'soa-security': 69 });
    expect(built.documents.map((d) => d.title)).toEqual([
      'Ministerial Declaration on Strengthening Our Actions at the National, Regional and ' +
        'International Levels to Accelerate the Implementation of Our Joint Commitments to ' +
        'Address and Counter the World Drug Problem',
      'Outcome document of the thirtieth special session of the General Assembly, entitled ' +
        '“Our joint commitment to effectively addressing and countering the world drug problem”',
      'Joint Ministerial Statement of the 2014 High-Level Review by the Commission on Narcotic ' +
        'Drugs of the Implementation by Member States of the Political Declaration and Plan of ' +
        'Action on International Cooperation towards an Integrated and Balanced Strategy to ' +
        'Counter the World Drug Problem',
      'Political Declaration and Plan of Action on International Cooperation towards an ' +
        'Integrated and Balanced Strategy to Counter the World Drug Problem',
      'MANDATES OF THE SUMMITS OF THE AMERICAS SECURITY SECTORAL AREA',
    ]);
  });

  it(
    'count the lettered operational recommendations of each UNGASS 2016 chapter as printed: ' +
      '(a)-(r), (a)-(g), (a)-(u), (a)-(o), (a)-(y), (a)-(e), (a)-(l)',
    () => {
      const perChapter = [1, 2, 3, 4, 5, 6, 7].map(
        (n) => built.commitments.filter((c) => new RegExp(`^ungass-2016-${n}-[a-z]$`).test(c.id)).length,
      );
      expect(perChapter).toEqual([18, 7, 21, 15, 25, 5, 12]);
      expect(commitment('ungass-2016-5-y').number).toBe('5 (y)');
    },
  );

  it.each<[string, Partial<Commitment>]>([
    [
      'cnd-2019-p26-a',
      {
        number: '(a)',
        section: 'Way forward',
        text:
          'Devoting a single standing agenda item at each regular session of the Commission to the ' +
          'implementation of all commitments;',
        provenance: { source: 'unodc-commitments', lines: [140, 140], ranges: [[140, 140]] },
      },
    ],
    // Joined across a page break: its footnotes stand between lines 76 and 92.
    [
      'cnd-2019-p9',
      {
        number: null,
        text: expect.stringMatching(
          /drug-related policies and programmes and that appropriate emphasis .* the well-being of all humanity;$/,
        ),
        provenance: {
          source: 'unodc-commitments',
          lines: [76, 92],
          ranges: [
            [76, 76],
            [92, 92],
          ],
        },
      },
    ],
    [
      'ungass-2016-1-f',
      {
        number: '1 (f)',
        section: 'Prevention of drug abuse',
        text:
          'Consider enhancing cooperation between public health, education and law enforcement ' +
          'authorities when developing prevention initiatives;',
        provenance: { source: 'unodc-commitments', lines: [252, 252], ranges: [[252, 252]] },
      },
    ],
    // Its letter is printed in italics, "(*m*)".
    [
      'ungass-2016-5-m',
      {
        number: '5 (m)',
        section: 'Precursors and pre-precursors',
        text: expect.stringMatching(
          /^Take appropriate measures to address the diversion .* International Narcotics Control Board tools;$/,
        ),
        provenance: { source: 'unodc-commitments', lines: [482, 482], ranges: [[482, 482]] },
      },
    ],
    // Joined across a page break, its italics and three footnote markers removed.
    [
      'jms-2014-2',
      {
        number: '2',
        footnotes: ['jms-2014-fn-3', 'jms-2014-fn-4', 'jms-2014-fn-5'],
        text: expect.stringMatching(
          /^Underscore that the Single Convention .* Narcotic Drugs and Psychotropic Substances of 1988 and other relevant international instruments constitute .* ratify or accede to those instruments;$/,
        ),
        provenance: {
          source: 'unodc-commitments',
          lines: [592, 604],
          ranges: [
            [592, 592],
            [604, 604],
          ],
        },
      },
    ],
    [
      'jms-2014-27',
      {
        number: '27',
        section: 'General challenges and priorities for action',
        text: 'Note the emerging challenge of polydrug abuse in some regions;',
        provenance: { source: 'unodc-commitments', lines: [698, 698], ranges: [[698, 698]] },
      },
    ],
    [
      'jms-2014-33-15',
      { number: '15', section: 'Achievements', text: expect.stringMatching(/^Note with appreciation the progress/) },
    ],
    [
      'pd-2009-pd-24-b-ii',
      {
        number: '24 (b) (ii)',
        section: 'Political Declaration',
        text: 'Eradication;',
        provenance: { source: 'unodc-commitments', lines: [952, 952], ranges: [[952, 952]] },
      },
    ],
    // Joined across a page break, its footnote marker removed.
    [
      'pd-2009-poa-39',
      {
        number: '39',
        footnotes: ['pd-2009-fn-29'],
        text: expect.stringMatching(
          /^While legislative and regulatory controls have prevented the diversion of precursor chemicals into illicit channels, .* smuggled across borders\. Countries not previously targeted .* inadequate in many countries\.$/,
        ),
        provenance: {
          source: 'unodc-commitments',
          lines: [1486, 1492],
          ranges: [
            [1486, 1486],
            [1492, 1492],
          ],
        },
      },
    ],
    // Printed as a heading in the source, repaired by an erratum.
    [
      'pd-2009-poa-2',
      { number: '2', text: 'Member States should:', text_status: 'corrected', errata: ['pd-2009-e001'] },
    ],
    // Italics and attribution removed.
    [
      'soa-santiago-poa-81',
      {
        number: '81',
        section: 'Plan of Action, Santiago de Chile',
        text: 'Increase cooperation with United Nations peacekeeping efforts.',
        provenance: { source: 'summits-mandates', lines: [171, 171], ranges: [[171, 171]] },
      },
    ],
    // Its bullets span three lines.
    [
      'soa-quebec-poa-65',
      {
        number: '65',
        section: 'Plan of Action, Québec',
        text: expect.stringMatching(
          /this scourge; Recommend: Intensifying joint IDB-CICAD efforts .* the necessary technical assistance;$/,
        ),
        provenance: { source: 'summits-mandates', lines: [33, 37], ranges: [[33, 37]] },
      },
    ],
    [
      'soa-miami-poa-initiative-6',
      {
        number: 'Initiative 6',
        section: 'Plan of Action, Miami',
        provenance: { source: 'summits-mandates', lines: [198, 198], ranges: [[198, 198]] },
      },
    ],
  ])('publish %s exactly as printed', (id, expected) => {
    expect(commitment(id)).toMatchObject(expected);
  });

  it('name the raw lines that print each sample: its first words on its first line, its last words on its last', () => {
    for (const id of [
      'cnd-2019-p9',
      'ungass-2016-1-f',
      'ungass-2016-5-m',
      'jms-2014-2',
      'pd-2009-pd-24-b-ii',
      'pd-2009-poa-39',
      'soa-santiago-poa-81',
      'soa-quebec-poa-65',
    ]) {
      const { text, provenance } = commitment(id);
      const lines = rawLines(provenance.source).map(unmarked);
      const words = text.split(' ');
      expect(lines[provenance.lines[0]], id).toContain(words.slice(0, 3).join(' '));
      expect(lines[provenance.lines[1]], id).toContain(words.slice(-2).join(' '));
    }
  });

  it('have unique, well-formed identifiers', () => {
    const ids = [...built.documents, ...built.commitments, ...built.footnotes, ...built.errata].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of built.commitments) expect(CommitmentId.safeParse(c.id).success, c.id).toBe(true);
    expect(built.commitments.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'ungass-2016-1-a',
        'cnd-2019-p12',
        'jms-2014-3',
        'pd-2009-poa-51-a-vii',
        'soa-quebec-poa-66',
        'soa-mar-del-plata-poa-66',
      ]),
    );
  });

  it('attach every footnote to what carries its marker', () => {
    expect(built.footnotes).toHaveLength(88);
    expect(built.footnotes.find((f) => f.id === 'ungass-2016-fn-1')).toMatchObject({
      annotates: ['ungass-2016'],
      text: 'General Assembly resolution S-30-1, annex. Adopted on 19 April 2016.',
    });
    for (const f of built.footnotes)
      for (const id of f.annotates)
        expect([...built.documents, ...built.commitments].find((r) => r.id === id)?.footnotes, f.id).toContain(f.id);
  });

  it('carry no page furniture, markup or word joined by a lost hyphen', () => {
    const raw = ['unodc-commitments', 'summits-mandates']
      .map((s) => readFileSync(join(PATHS.data, 'sources', `${s}.txt`), 'utf8'))
      .join('\n');
    const hyphenated = hyphenatedWords(raw);
    const defects = [...built.commitments, ...built.footnotes].flatMap((r) =>
      findTextDefects(r.text, hyphenated).map((d) => `${r.id}: ${d}`),
    );
    expect(defects).toEqual([]);
    expect(findTextDefects('Y—H—T—C—O—M—S To criminalize', hyphenated)).toContain('OCR noise of a page stamp');
  });

  it('record every correction of a source as an erratum with its reason', () => {
    expect(built.errata.map((e) => [e.id, e.item, e.kind])).toEqual([
      ['pd-2009-e001', 'pd-2009-poa-2', 'replace'],
      ['pd-2009-e002', 'pd-2009-poa-4', 'replace'],
      ['pd-2009-e003', 'pd-2009-poa-24', 'replace'],
      ['jms-2014-e001', 'jms-2014-2', 'flag'],
      ['pd-2009-e004', 'pd-2009-fn-4', 'flag'],
      ['pd-2009-e005', 'pd-2009-poa-43-d', 'replace'],
      ['pd-2009-e006', 'pd-2009-poa-43-d', 'replace'],
      ['soa-security-e001', 'soa-nuevo-leon-decl-69', 'replace'],
      ['soa-security-e002', 'soa-quebec-poa-86', 'replace'],
      ['soa-security-e003', 'soa-santiago-poa-86', 'replace'],
      ['soa-security-e004', 'soa-mar-del-plata-poa-76', 'flag'],
    ]);
    expect(commitment('soa-mar-del-plata-poa-76').text_status).toBe('damaged');
    // The Single Convention is of 1961; two passages print 1953, and are published as printed, flagged.
    expect(commitment('jms-2014-2').text_status).toBe('damaged');
    expect(built.footnotes.find((f) => f.id === 'pd-2009-fn-4')?.text_status).toBe('damaged');
  });

  // A mandate's attribution, "(Plan of Action, Québec)", is published in its section; a paragraph's number, "2.", in
  // its number: the rest of what an erratum publishes is in the text.
  it('publish what each erratum of every document says is published, in the field that holds it', () => {
    const records = new Map<string, { text?: string; title?: string; number?: string | null; section?: string | null }>(
      [...built.documents, ...built.commitments, ...built.footnotes].map((r) => [r.id, r]),
    );
    const errata = built.errata.filter((e) => e.kind !== 'anchor');
    expect(errata.length).toBeGreaterThan(10);
    for (const erratum of errata) {
      const record = records.get(erratum.item)!;
      const published = erratum.publish!.replace(/[*#]/g, '').replace(/\s+/g, ' ').trim();
      const attribution = /^\(([^()]+)\)$/.exec(published);
      if (attribution) {
        expect(record.section, erratum.id).toBe(attribution[1]);
        continue;
      }
      const label = record.number?.split(' ').at(-1);
      const printedLabel = `${label}. `;
      if (label && published.startsWith(printedLabel)) {
        const rest = published.slice(printedLabel.length);
        expect(record.text?.slice(0, rest.length), erratum.id).toBe(rest);
      } else expect(record.text ?? record.title, erratum.id).toContain(published);
    }
  });

  it('build the same records twice', () => {
    expect(JSON.stringify(buildCommitments())).toBe(JSON.stringify(built));
  });
});

describe('the commitments build on an erratum that no longer matches its source', () => {
  it('stops, naming the errata file, the line and the field', () => {
    const copy = mkdtempSync(join(tmpdir(), 'commitments-'));
    cpSync(PATHS.data, join(copy, 'data'), { recursive: true });
    const errata = join(copy, 'data', 'errata', 'summits-mandates.yaml');
    writeFileSync(
      errata,
      readFileSync(errata, 'utf8').replace('source: "(Plan of Action Québec)"', 'source: "(Plan of Action Quebec)"'),
    );
    expect(() => buildCommitments(copy)).toThrow(
      /^data\/errata\/summits-mandates\.yaml:12: \[1\]\.source: "\(Plan of Action Quebec\)" occurs 0 times in data\/sources\/summits-mandates\.txt line 78; it must occur exactly once$/,
    );
  });
});
