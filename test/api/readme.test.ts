import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATHS } from '../../data/paths.ts';
import { archiveChecksumName, archiveName } from '../../data/bundle/release-archive.ts';
import { API_ROUTES } from '../../functions/api-routes.ts';
import { STABILITY_PROMISE } from '../../functions/openapi-document.ts';
import { BUNDLE_TABLES } from '../../schema/index.ts';

const readme = readFileSync(join(PATHS.root, 'README.md'), 'utf8');

/** The lines of the README section under `heading`, up to the next heading of any level. */
function section(heading: string): string[] {
  const lines = readme.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`README.md has no heading "${heading}"`);
  const end = lines.findIndex((line, i) => i > start && /^#{1,6} /.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** The first cells of the first table of a section, one per row, header and rule left out. */
const firstColumn = (lines: ReadonlyArray<string>) =>
  lines
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) => line.split('|')[1]!.trim());

/** Every `code` span of a text. */
const codeSpans = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);

describe('the README says what the code does', () => {
  it("states the API's stability promise word for word as the OpenAPI document does", () => {
    const paragraph = readme.match(/\*\*Stability promise\.\*\* ([\s\S]+?)\n\n/)?.[1];
    expect(paragraph?.replace(/\s+/g, ' ')).toBe(STABILITY_PROMISE);
  });

  it('lists in its table of endpoints every path the API serves, and no other', () => {
    const documented = firstColumn(section('## The API')).flatMap(codeSpans);
    expect([...documented].sort()).toEqual(API_ROUTES.map((route) => route.path).sort());
  });

  it("names the release's archive and its checksum file in its table of files", () => {
    const files = firstColumn(section('### Release bundle')).flatMap(codeSpans);
    expect(files).toEqual(expect.arrayContaining([archiveName('{release}'), archiveChecksumName('{release}')]));
  });

  it('names every table of the release bundle in its table of files', () => {
    const files = firstColumn(section('### Release bundle')).flatMap(codeSpans);
    expect(BUNDLE_TABLES.map((table) => `${table.name}.csv`).filter((file) => !files.includes(file))).toEqual([]);
  });
});
