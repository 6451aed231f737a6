import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATHS } from '../../data/paths.ts';

/**
 * Runs `npm run data:build`'s script on a copy of data/ spoiled by `spoil`, into an output
 * folder that already holds a release, and reports what it printed and what it left there.
 */
function buildSpoiled(spoil: (dataDir: string) => void) {
  const work = mkdtempSync(join(tmpdir(), 'spoiled-'));
  const dataDir = join(work, 'data');
  cpSync(PATHS.data, dataDir, { recursive: true });
  spoil(dataDir);
  const out = join(work, 'out');
  mkdirSync(out);
  writeFileSync(join(out, 'plans.json'), 'the previous release');
  const run = spawnSync(
    process.execPath,
    [
      join(PATHS.root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      join(PATHS.root, 'scripts', 'data-build.ts'),
      '--data',
      dataDir,
      '--out',
      out,
    ],
    { encoding: 'utf8' },
  );
  return {
    status: run.status,
    stderr: run.stderr,
    left: readdirSync(out),
    previous: readFileSync(join(out, 'plans.json'), 'utf8'),
    siblings: readdirSync(work).sort(),
  };
}

const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`the fixture edit of ${file} matched nothing`);
  writeFileSync(file, changed);
};

/** Adds to a plan's errata a replace erratum of `source` by `publish` on `line`, for the record `{plan}-{item}`. */
const appendErratum = (dataDir: string, plan: string, item: string, line: number, source: string, publish: string) =>
  writeFileSync(
    join(dataDir, 'errata', `${plan}.yaml`),
    readFileSync(join(dataDir, 'errata', `${plan}.yaml`), 'utf8') +
      `- id: ${plan}-e999\n  kind: replace\n  item: ${plan}-${item}\n  line: ${line}\n` +
      `  source: "${source}"\n  publish: "${publish}"\n  reason: A spoiled copy for the test.\n`,
  );

describe('npm run data:build on a data file with an error', () => {
  it.each([
    [
      'an erratum whose line is not a number',
      (d: string) => edit(join(d, 'errata', '2016-2020.yaml'), 'line: 144', 'line: one hundred forty-four'),
      /^data\/errata\/2016-2020\.yaml:4: \[0\]\.line: Invalid input: expected number, received string$/m,
    ],
    [
      'an erratum whose quoted source is not on its line',
      (d: string) => edit(join(d, 'errata', '2016-2020.yaml'), 'source: "crosscutting"', 'source: "crosscuting"'),
      /^data\/errata\/2016-2020\.yaml:5: \[0\]\.source: "crosscuting" occurs 0 times in data\/sources\/hpa-2016-2020\.txt line 144; it must occur exactly once$/m,
    ],
    [
      'an erratum that names the wrong record',
      (d: string) => edit(join(d, 'errata', '2021-2025.yaml'), 'item: 2021-2025-cc-1-6', 'item: 2021-2025-cc-1-5'),
      /^data\/errata\/2021-2025\.yaml:\d+: \[2\]\.line: line 178 of data\/sources\/hpa-2021-2025\.txt prints 2021-2025-cc-1-6, not 2021-2025-cc-1-5$/m,
    ],
    [
      'a source manifest with a malformed ISBN',
      (d: string) => edit(join(d, 'sources', 'hpa-2016-2020.yaml'), 'isbn: 978-0-8270-6623-6', 'isbn: 0-8270-6623'),
      /^data\/sources\/hpa-2016-2020\.yaml:14: isbn: expected an ISBN-13 such as 978-0-8270-6623-6$/m,
    ],
    [
      'a raw source that is no longer the file its manifest describes',
      (d: string) =>
        edit(
          join(d, 'sources', 'hpa-2021-2025.txt'),
          'Place national drug authorities',
          'Place the national drug authorities',
        ),
      /^data\/sources\/hpa-2021-2025\.yaml: sha256: data\/sources\/hpa-2021-2025\.txt has SHA-256 [0-9a-f]{64}, not c85c50eb/m,
    ],
    [
      'a numbering gap that no erratum explains',
      (d: string) =>
        edit(join(d, 'errata', '2021-2025.yaml'), /- id: 2021-2025-e003[\s\S]*?(?=- id: 2021-2025-e004)/, ''),
      /^data\/sources\/hpa-2021-2025\.txt:178: text without a number under objective 1 of pillar "cc"/m,
    ],
    [
      'an operative paragraph of the 2011-2015 draft resolution without its number',
      (d: string) => appendErratum(d, '2011-2015', 'resolution-2', 29, '2. To thank', 'To thank'),
      /^data\/sources\/hpa-2011-2015\.txt:29: an operative paragraph of the resolution without its number/m,
    ],
    [
      'an operative paragraph numbered out of sequence',
      (d: string) => appendErratum(d, '2011-2015', 'resolution-6', 31, '3. To invite', '6. To invite'),
      /^data\/sources\/hpa-2011-2015\.txt:31: operative paragraph 6 where paragraph 3 was expected/m,
    ],
    [
      'a published release whose content would change',
      (d: string) => {
        edit(join(d, 'releases.yaml'), /\n- id: 2026-11-22\.1\n[\s\S]*$/, '\n');
        edit(join(d, 'errata', '2016-2020.yaml'), 'publish: "cross-cutting"', 'publish: "cross-cuting"');
      },
      /^data\/releases\.yaml:6: \[0\]\.sha256sums: release 2026-11-22 is published and may not change/m,
    ],
  ])('fails on %s, naming file, line and field, and writes nothing', (_, spoil, message) => {
    const result = buildSpoiled(spoil);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('nothing written');
    expect(result.left).toEqual(['plans.json']);
    expect(result.previous).toBe('the previous release');
    expect(result.siblings).toEqual(['data', 'out']);
  });

  it('replaces the previous release whole when the data is sound', () => {
    const result = buildSpoiled(() => {});
    expect(result.status).toBe(0);
    expect(result.left).toContain('SHA256SUMS');
    expect(result.previous).toMatch(/^\{\n {2}"release"/);
    expect(result.siblings).toEqual(['data', 'out']);
  });
});
