import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishedBundle } from './published-bundle.ts';

let bundle: ReturnType<typeof publishedBundle>;
beforeAll(() => {
  bundle = publishedBundle();
});
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema?: { fields: { name: string; type: string; description: string }[]; primaryKey?: string | string[] };
}

describe('the release bundle', () => {
  it('holds the files of the open-data contract', () => {
    const expected = ['README.md', 'SHA256SUMS', 'datapackage.json', 'plans.json'];
    for (const t of [
      'plans',
      'passages',
      'areas',
      'objectives',
      'actions',
      'footnotes',
      'errata',
      'rounds',
      'countries',
      'results',
      'documents',
      'commitments',
      'commitment_footnotes',
      'commitment_errata',
      'lineage',
      'related',
      'source_layout',
    ])
      expected.push(`${t}.csv`, `${t}-excel.csv`);
    expect(bundle.files).toEqual(expected.sort());
  });

  it('describes every file in datapackage.json with its true size and checksum', () => {
    const descriptor = JSON.parse(bundle.read('datapackage.json').toString());
    expect(descriptor).toMatchObject({
      profile: 'data-package',
      name: 'hemispheric-plans-of-action-on-drugs',
      version: bundle.dataset.release.id,
    });
    const resources: Resource[] = descriptor.resources;
    expect(resources.map((r) => r.path).sort()).toEqual(
      bundle.files.filter((f) => !['README.md', 'SHA256SUMS', 'datapackage.json'].includes(f)),
    );
    for (const r of resources) {
      const bytes = bundle.read(r.path);
      expect(r.bytes, r.path).toBe(bytes.length);
      expect(r.hash, r.path).toBe(`sha256:${sha256(bytes)}`);
    }
  });

  it('declares exactly the columns each CSV has, with types that its values satisfy', () => {
    const resources: Resource[] = JSON.parse(bundle.read('datapackage.json').toString()).resources;
    for (const r of resources.filter((x) => x.schema)) {
      const text = bundle.read(r.path).toString('utf8');
      const [header] = text.replace(/^\uFEFF/, '').split('\r\n');
      expect(header!.split(','), r.path).toEqual(r.schema!.fields.map((f) => f.name));
      const rows = bundle.csv(r.path);
      for (const field of r.schema!.fields) {
        expect(field.description.length, `${r.path} ${field.name}`).toBeGreaterThan(10);
        const values = rows.map((row) => row[field.name]).filter((v) => v !== '');
        if (field.type === 'integer') for (const v of values) expect(v, `${r.path} ${field.name}`).toMatch(/^\d+$/);
        if (field.type === 'boolean')
          for (const v of values) expect(v, `${r.path} ${field.name}`).toMatch(/^(true|false)$/);
      }
      const key = [r.schema!.primaryKey ?? []].flat();
      if (key.length > 0)
        expect(new Set(rows.map((row) => key.map((k) => row[k]).join('|'))).size, r.path).toBe(rows.length);
    }
  });

  it('has actions.csv with the promised columns, one row per priority action', () => {
    const rows = bundle.csv('actions.csv');
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining(['id', 'plan', 'area', 'objective', 'number', 'text', 'source', 'source_lines']),
    );
    expect(rows).toHaveLength(bundle.dataset.plans.reduce((n, p) => n + p.counts.actions, 0));
    expect(rows.find((r) => r.id === '2016-2020-dr-4-3')).toMatchObject({
      plan: '2016-2020',
      area: '2016-2020-dr',
      objective: '2016-2020-dr-4',
      number: '3',
      source: 'hpa-2016-2020',
      source_lines: '433-435',
    });
    expect(bundle.read('actions.csv').toString()).toContain('\r\n');
  });

  it('publishes as tables every footnote and erratum that documents.csv and commitments.csv name', () => {
    const named = (column: 'footnotes' | 'errata') =>
      [...bundle.csv('documents.csv'), ...bundle.csv('commitments.csv')].flatMap((row) =>
        row[column] ? row[column].split(' ') : [],
      );
    const footnotes = bundle.csv('commitment_footnotes.csv').map((row) => row.id);
    const errata = bundle.csv('commitment_errata.csv').map((row) => row.id);
    expect(footnotes).toHaveLength(bundle.dataset.commitment_footnotes.length);
    expect(errata).toHaveLength(bundle.dataset.commitment_errata.length);
    expect(named('footnotes').filter((id) => !footnotes.includes(id))).toEqual([]);
    expect(named('errata').filter((id) => !errata.includes(id))).toEqual([]);
    expect(bundle.csv('commitment_footnotes.csv').find((row) => row.id === 'cnd-2019-fn-1')).toMatchObject({
      document: 'cnd-2019',
      number: '1',
      annotates: 'cnd-2019-p1',
      source: 'unodc-commitments',
    });
  });

  it('lists a correct SHA-256 for every other file in SHA256SUMS', () => {
    const lines = bundle.read('SHA256SUMS').toString().trim().split('\n');
    expect(lines.map((l) => l.split('  ')[1])).toEqual(bundle.files.filter((f) => f !== 'SHA256SUMS'));
    for (const line of lines) {
      const [hash, name] = line.split('  ');
      expect(sha256(bundle.read(name!)), name).toBe(hash);
    }
  });

  it('explains itself in a README with terms, citation, provenance and caveats', () => {
    const readme = bundle.read('README.md').toString();
    for (const heading of [
      '## Contents',
      '## The Multilateral Evaluation Mechanism (MEM)',
      '## Provenance and method',
      '## Caveats',
      '## How to cite',
      '## Terms',
      '## Changelog',
    ])
      expect(readme).toContain(heading);
    expect(readme).toContain('OEA/Ser.L/XIV.2.68 CICAD/doc.2533/20');
    expect(readme).toContain('2021-2025-rime-4-1');
  });
});
