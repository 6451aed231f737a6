import { join } from 'node:path';

/**
 * Where the repository keeps its inputs and writes what it builds: the one module of paths. It
 * imports nothing of the project, so every layer can use it.
 */

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');

/** Absolute paths in this repository. */
export const PATHS = {
  root,
  /** The inputs: raw sources, errata, the MEM reference data and results, lineage overrides, releases. */
  data: join(root, 'data'),
  /** The Astro project of the portal. */
  siteProject: join(root, 'site'),
  /** Release bundles, one folder per release, as `npm run data:build` writes them. */
  releases: join(dist, 'releases'),
  /** The built portal, as `npm run site:build` writes it. */
  site: join(dist, 'site'),
  /** What `npm run bench` measured. */
  bench: join(dist, 'bench'),
  /** What `npm run screenshots` saved. */
  screenshots: join(dist, 'screenshots'),
  /** Scratch space inside the project (git-ignored), for work that must resolve the project's node_modules. */
  scratch: join(root, '.tmp'),
} as const;

/** The folder of a release's bundle. */
export const releaseDir = (release: string) => join(PATHS.releases, release);

/** Where `npm run deploy` keeps the outputs of a stage's last deployment. */
export const deploymentOutputsFile = (stage: string) => join(dist, `cdk-outputs-${stage}.json`);

/**
 * The input files, relative to the folder that holds `data/` (the repository, or a copy of it in
 * a test): relative, so that messages name them as their authors know them.
 */
export const DATA_FILES = {
  releases: 'data/releases.yaml',
  sources: 'data/sources',
  errata: (source: string) => `data/errata/${source}.yaml`,
  rounds: 'data/mem/rounds.yaml',
  countries: 'data/mem/countries.yaml',
  results: 'data/mem/results.csv',
  lineageOverrides: 'data/lineage/overrides.yaml',
} as const;
