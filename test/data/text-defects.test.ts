import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLAN_IDS, textRecordsOf, type Dataset } from '../../schema/index.ts';
import { findTextDefects, hyphenatedWords, straySpaceJoins } from '../../data/steps/parse/text-defects.ts';
import { publishedBundle } from './published-bundle.ts';
import { PATHS } from '../../data/paths.ts';

const rawCorpus = PLAN_IDS.map((p) => readFileSync(join(PATHS.root, 'data', 'sources', `hpa-${p}.txt`), 'utf8')).join(
  '\n',
);
const hyphenated = hyphenatedWords(rawCorpus);

/** The fields of plans.json that hold printed prose: texts, titles, names and section headings. */
const PROSE_FIELDS = new Set(['text', 'title', 'name', 'section']);

let dataset: Dataset;
beforeAll(() => {
  dataset = publishedBundle().dataset;
});

describe('published text', () => {
  it('carries no page furniture and no word joined by a lost hyphen', () => {
    const texts = [...textRecordsOf(dataset.plans), ...dataset.footnotes];
    expect(texts.length).toBeGreaterThan(500);
    const defects = texts.flatMap((t) => findTextDefects(t.text, hyphenated).map((d) => `${t.id}: ${d}`));
    expect(defects).toEqual([]);
  });

  it('has no word split at a line break and rejoined with a stray space, in any text of any record kind', () => {
    const texts: string[] = [];
    const walk = (value: unknown, field: string) => {
      if (typeof value === 'string' && PROSE_FIELDS.has(field)) texts.push(value);
      else if (Array.isArray(value)) value.forEach((v) => walk(v, field));
      else if (value && typeof value === 'object') for (const [key, v] of Object.entries(value)) walk(v, key);
    };
    walk(dataset, '');
    expect(texts.length).toBeGreaterThan(1300);
    expect(texts.flatMap(straySpaceJoins)).toEqual([]);
  });

  it.each([
    ['and socio- economic development', 'socio- economic'],
    ['greater coordination and/ or delegation', 'and/ or'],
    ['the creation and /or strengthening', 'and /or'],
  ])('finds the stray space in "%s"', (text, join) => {
    expect(straySpaceJoins(text)).toEqual([join]);
    expect(findTextDefects(text, hyphenated)).toContain(`word rejoined with a stray space in "${join}"`);
  });

  it.each([
    'short- and long-term',
    'drug- and crime-related',
    'national- and regional-level',
    'drug- or crime-related',
    'national- to regional-level',
    'and/or',
    'a dash - set with spaces',
  ])('keeps the suspended hyphen or whole word of "%s"', (text) => {
    expect(straySpaceJoins(text)).toEqual([]);
  });

  it.each([
    ['for lowlevel drug-related offenses', 'hyphen lost in "lowlevel"'],
    ['services for drugdependent criminal offenders', 'hyphen lost in "drugdependent"'],
    ['particularly with respect to atrisk populations', 'hyphen lost in "atrisk"'],
    ['that include a crosscutting human rights perspective', 'hyphen lost in "crosscutting"'],
    ['and the InterAmerican Convention', 'hyphen lost in "InterAmerican"'],
    ['to prevent drug traffic in nonmedical channels', 'hyphen lost in "nonmedical" (printed "non-medical" elsewhere)'],
    ['services offered. Objectives', 'column title "Objectives"'],
    ['alternative, integral Objectives Priority actions and sustainable', 'column title "Priority actions"'],
    ['HEMISPHERIC PLAN OF ACTION ON DRUGS, 2016-2020 Establish', 'running header'],
    ['OBJECTIVE No. 2 OBJECTIVE No. 1 - INSTITUTIONAL STRENGTHENING', 'objective heading'],
    ['� The working plan', 'character lost in extraction (U+FFFD)'],
    ['related crimes. 16', 'page number at the start or end of the text'],
    ['for the implementation of   national projects', 'layout spaces'],
    ['particularly with respect to at-risk populations³, in the process', 'footnote marker (superscript digit)'],
  ])('finds the defect in "%s"', (text, defect) => {
    expect(findTextDefects(text, hyphenated)).toContain(defect);
  });

  it('accepts closed compounds the plans print within a line', () => {
    expect(
      findTextDefects('Strengthen interagency cooperation through ongoing, bilateral and online training.', hyphenated),
    ).toEqual([]);
  });
});
