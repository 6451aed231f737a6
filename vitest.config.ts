import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The test files that take longest, longest first. They start before the others, which then fill
 * the remaining cores beside them; left to vitest, a fresh clone would run them last.
 */
const LONGEST = [
  'test/site/accessibility.test.ts',
  'test/site/mem-tables-layout.test.ts',
  'test/site/downloads.test.ts',
  'test/site/npm-start.test.ts',
  'test/site/mem-pages.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const at = LONGEST.findIndex((file) => spec.moduleId.endsWith(file));
      return at < 0 ? LONGEST.length : at;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

/**
 * One project per area, each with its own set-up: only the site tests build the portal (once,
 * before them), so a data, API or CDK test runs alone in seconds. `npx vitest run --project api`
 * runs one area.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Every core: the browser sweep of the site tests and the other areas' tests run side by side.
    maxWorkers: '100%',
    sequence: { sequencer: LongestFirst },
    projects: [
      { extends: true, test: { name: 'data', include: ['test/data/**/*.test.ts'] } },
      { extends: true, test: { name: 'api', include: ['test/api/**/*.test.ts'] } },
      { extends: true, test: { name: 'cdk', include: ['test/cdk/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'site', include: ['test/site/**/*.test.ts'], globalSetup: ['test/site/build-site.global.ts'] },
      },
    ],
  },
});
