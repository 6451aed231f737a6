import { sha256 } from '../steps/read/source-text.ts';

/** A SHA256SUMS file (the format `sha256sum -c` reads) for the given files, sorted by name. */
export const sha256sums = (files: ReadonlyMap<string, Buffer>) =>
  [...files.keys()]
    .sort()
    .map((name) => `${sha256(files.get(name)!)}  ${name}\n`)
    .join('');
