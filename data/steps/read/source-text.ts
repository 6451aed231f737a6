import { createHash } from 'node:crypto';
import { DATA_FILES } from '../../paths.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErratumEntry, SourceManifest } from '../../../schema/index.ts';
import { DataError } from './data-error.ts';

/** A raw source text split into lines, with the `replace` errata applied line by line. */
export interface SourceText {
  readonly manifest: SourceManifest;
  /** The file name shown in error messages, e.g. data/sources/hpa-2011-2015.txt. */
  readonly file: string;
  /** `line(n)` is the text of 1-based line n after errata. */
  line(n: number): string;
  readonly lineCount: number;
  /** The whole text after errata, lines joined by "\n". */
  readonly text: string;
  /** For each erratum applied, the lines it changed. */
  readonly corrected: ReadonlyMap<string, readonly [number, number]>;
}

/** The SHA-256 of bytes, hex. */
export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/**
 * Reads a raw source, proves it is byte for byte the file its manifest describes, and applies
 * `replace` errata. Each erratum's `source` must be found exactly once in the lines it names,
 * so an erratum that no longer matches its source stops the build instead of silently lapsing.
 */
export function readSourceText(
  sourcesDir: string,
  manifest: SourceManifest,
  errata: ReadonlyArray<ErratumEntry>,
  errataFile: string,
  errataLineOf: (index: number, field: string) => number,
): SourceText {
  const file = `${DATA_FILES.sources}/${manifest.file}`;
  const bytes = readFileSync(join(sourcesDir, manifest.file));
  const actual = sha256(bytes);
  if (actual !== manifest.sha256) {
    throw new DataError(
      `${DATA_FILES.sources}/${manifest.id}.yaml`,
      null,
      'sha256',
      `${file} has SHA-256 ${actual}, not ${manifest.sha256}: raw sources must stay untouched`,
    );
  }
  const lines = bytes.toString('utf8').split('\n');
  const corrected = new Map<string, readonly [number, number]>();
  errata.forEach((erratum, index) => {
    if (erratum.kind !== 'replace' && erratum.kind !== 'flag') return;
    const span = erratum.source.split('\n').length;
    const first = erratum.line;
    const last = first + span - 1;
    if (last > lines.length) {
      throw new DataError(
        errataFile,
        errataLineOf(index, 'line'),
        `[${index}].line`,
        `line ${first} is beyond the end of ${file} (${lines.length} lines)`,
      );
    }
    const original = lines.slice(first - 1, last).join('\n');
    const occurrences = original.split(erratum.source).length - 1;
    if (occurrences !== 1) {
      const where = span === 1 ? `line ${first}` : `lines ${first}-${last}`;
      throw new DataError(
        errataFile,
        errataLineOf(index, 'source'),
        `[${index}].source`,
        `${JSON.stringify(erratum.source)} occurs ${occurrences} times in ${file} ${where}; it must occur exactly once`,
      );
    }
    if (erratum.kind === 'replace') {
      lines.splice(first - 1, span, ...original.replace(erratum.source, () => erratum.publish).split('\n'));
    }
    corrected.set(erratum.id, [first, last]);
  });
  return {
    manifest,
    file,
    line: (n) => lines[n - 1] ?? '',
    lineCount: lines.length,
    text: lines.join('\n'),
    corrected,
  };
}
