import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { PATHS } from '../../data/paths.ts';
import { buildRelease } from '../../data/steps/build-release.ts';

const official = buildRelease();
const demonstration = buildRelease(PATHS.root, { demonstration: true });
const readme = readFileSync(join(PATHS.root, 'README.md'), 'utf8').replace(/\s+/g, ' ');
const rowCount = (built: typeof official, file: string) => parse(built.files.get(file)!, { columns: true }).length;
const synthetic = (built: typeof official) => ({
  results: built.dataset.results.filter((r) => r.data_status === 'synthetic').length,
  states: built.dataset.countries.filter((c) => c.data_status === 'synthetic').length,
});
const spelled = (n: number) => ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][n];

describe("what the README and the changelog say of a build's rows is what the build holds", () => {
  it("the project README: the published release's results and the demonstration build's synthetic rows", () => {
    expect(readme).toContain('`results.csv` of a published release is empty');
    expect(rowCount(official, 'results.csv')).toBe(0);
    const { results, states } = synthetic(demonstration);
    expect(readme).toContain(`adds ${spelled(states)} fictional states`);
    expect(readme).toContain(`with ${results.toLocaleString('en')} seeded, reproducible synthetic results`);
    expect(rowCount(demonstration, 'results.csv')).toBe(results);
  });

  it('the changelog: every table a release says holds no rows holds none in the release', () => {
    const empty = official.dataset.release.changelog
      .flatMap((release) => release.changes)
      .filter((change) => /holds no rows/.test(change))
      .map((change) => /^New table (\w+\.csv)/.exec(change));
    expect(empty.map((m) => m?.[1])).toEqual(['results.csv']);
    for (const match of empty) expect(rowCount(official, match![1]!), match![1]).toBe(0);
  });

  it("a demonstration build's README says, beside that changelog, what the build adds, with its counts", () => {
    const { results, states } = synthetic(demonstration);
    const bundleReadme = demonstration.files.get('README.md')!.toString('utf8');
    const changelog = bundleReadme.slice(bundleReadme.indexOf('## Changelog'));
    expect(changelog).toContain(
      `This demonstration build adds ${results} synthetic results to \`results.csv\` and ${states} ` +
        'fictional states to `countries.csv`.',
    );
    expect(rowCount(demonstration, 'countries.csv') - rowCount(official, 'countries.csv')).toBe(states);
    expect(official.files.get('README.md')!.toString('utf8')).not.toContain('This demonstration build adds');
  });
});
