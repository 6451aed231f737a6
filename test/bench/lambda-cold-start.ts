import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** What esbuild is given to bundle: a source file, or source text resolved from a folder. */
export type BundleEntry = { readonly file: string } | { readonly source: string; readonly resolveDir: string };

/** The size of a bundle as written and as gzip compresses it. */
export interface BundleSize {
  readonly bytes: number;
  readonly gzipBytes: number;
}

/**
 * Bundles `entry` to `outfile` the way a Node 24 ESM Lambda is bundled: minified, with the AWS SDK
 * left to the runtime. The createRequire banner lets a CommonJS dependency's `require` of a Node
 * built-in work inside an ESM bundle; without it such a bundle builds but throws on import.
 */
export async function bundleForLambda(entry: BundleEntry, outfile: string): Promise<BundleSize> {
  await build({
    ...('file' in entry
      ? { entryPoints: [entry.file] }
      : { stdin: { contents: entry.source, resolveDir: entry.resolveDir, loader: 'ts' } }),
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    minify: true,
    external: ['@aws-sdk/*'],
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  const bytes = readFileSync(outfile);
  return { bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
}

/**
 * Imports `file` in a fresh Node process (this one's executable) with only `env` and PATH set, and
 * returns how long the import took in milliseconds, measured inside that process so process
 * start-up is left out. Rejects if the import throws.
 */
export async function coldImportMs(file: string, env: Readonly<Record<string, string>>): Promise<number> {
  const script =
    `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); ` +
    `console.log(performance.now() - t);`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH ?? '', ...env },
    timeout: 60_000,
  });
  const ms = Number(stdout.trim());
  if (!Number.isFinite(ms))
    throw new Error(`importing ${file} printed ${JSON.stringify(stdout)} instead of a duration`);
  return ms;
}
