import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import yauzl, { type Entry } from 'yauzl';
import { readReleaseBundle } from '../../data/bundle/read-bundle.ts';
import { archiveChecksumName, archiveName, releaseArchive } from '../../data/bundle/release-archive.ts';
import { DATA_FILES, PATHS } from '../../data/paths.ts';
import { readDataFile } from '../../data/steps/read/read-data-file.ts';
import { ReleasesFile } from '../../schema/index.ts';
import { buildRelease } from '../../data/steps/build-release.ts';
import { publishedBundle } from './published-bundle.ts';

/** Every entry of a zip as yauzl (not the library that writes the archive) reads it. */
async function unzipped(zip: Buffer) {
  const zipfile = await yauzl.fromBufferPromise(zip, { lazyEntries: true, strictFileNames: true });
  const entries: Array<{ entry: Entry; bytes: Buffer }> = [];
  await new Promise<void>((resolve, reject) => {
    zipfile.on('entry', (entry: Entry) => {
      zipfile
        .openReadStreamPromise(entry)
        .then((stream) => stream.toArray())
        .then((chunks) => {
          entries.push({ entry, bytes: Buffer.concat(chunks) });
          zipfile.readEntry();
        }, reject);
    });
    zipfile.on('end', resolve);
    zipfile.on('error', reject);
    zipfile.readEntry();
  });
  return entries;
}

/** Runs `npm run data:build -- --out DIR` in another process, in the time zone `tz`. */
function dataBuildInto(dir: string, tz: string) {
  execFileSync(join(PATHS.root, 'node_modules', '.bin', 'tsx'), ['scripts/data-build.ts', '--out', dir], {
    cwd: PATHS.root,
    env: { ...process.env, TZ: tz },
    stdio: 'pipe',
  });
}

describe('the archive of a release', () => {
  let bundle: ReturnType<typeof publishedBundle>;
  let name: string;
  let zip: Buffer;
  beforeAll(() => {
    bundle = publishedBundle();
    name = archiveName(bundle.dataset.release.id);
    zip = bundle.read(name);
  });

  it('lies beside the bundle with its checksum file, and SHA256SUMS does not list it', () => {
    expect(name).toBe(`hemispheric-plans-of-action-on-drugs-${bundle.dataset.release.id}.zip`);
    expect(bundle.folder).toEqual([...bundle.files, name, archiveChecksumName(bundle.dataset.release.id)].sort());
    expect(bundle.read('SHA256SUMS').toString()).not.toContain('.zip');
  });

  it('holds every file of the bundle, README and SHA256SUMS too, byte for byte, in one folder', async () => {
    const entries = await unzipped(zip);
    const folder = name.replace(/\.zip$/, '');
    expect(entries.map(({ entry }) => entry.fileName)).toEqual(bundle.files.map((file) => `${folder}/${file}`));
    expect(bundle.files).toEqual(expect.arrayContaining(['README.md', 'SHA256SUMS', 'plans.json', 'actions.csv']));
    for (const { entry, bytes } of entries) {
      const file = entry.fileName.slice(folder.length + 1);
      expect(bytes.equals(bundle.read(file)), file).toBe(true);
      expect(entry.crc32, file).toBe(crc32(bytes));
    }
  });

  it("dates every entry at the release's date", async () => {
    const [year, month, day] = bundle.dataset.release.date.split('-').map(Number) as [number, number, number];
    for (const { entry } of await unzipped(zip)) {
      expect(entry.lastModFileDate, entry.fileName).toBe(((year - 1980) << 9) | (month << 5) | day);
      expect(entry.lastModFileTime, entry.fileName).toBe(0);
    }
  });

  it("passes Python's zip test, and once unpacked its files pass sha256sum -c SHA256SUMS", () => {
    const out = mkdtempSync(join(tmpdir(), 'unpacked-'));
    try {
      expect(execFileSync('python3', ['-m', 'zipfile', '-t', join(bundle.dir, name)]).toString()).toContain(
        'Done testing',
      );
      execFileSync('python3', ['-m', 'zipfile', '-e', join(bundle.dir, name), out]);
      const checked = execFileSync('sha256sum', ['--strict', '-c', 'SHA256SUMS'], {
        cwd: join(out, name.replace(/\.zip$/, '')),
      }).toString();
      expect(checked.trim().split('\n')).toHaveLength(bundle.files.length - 1);
      expect(checked).not.toMatch(/FAILED/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('is checksummed beside itself in the format sha256sum -c verifies', () => {
    const checksum = archiveChecksumName(bundle.dataset.release.id);
    expect(bundle.read(checksum).toString()).toMatch(new RegExp(`^[0-9a-f]{64}  ${name.replace(/\./g, '\\.')}\n$`));
    expect(execFileSync('sha256sum', ['--strict', '-c', checksum], { cwd: bundle.dir }).toString()).toBe(
      `${name}: OK\n`,
    );
  });

  it('is the same bytes in every build, whatever the time zone of the machine', () => {
    const out = mkdtempSync(join(tmpdir(), 'builds-'));
    try {
      dataBuildInto(join(out, 'a'), 'Pacific/Kiritimati');
      dataBuildInto(join(out, 'b'), 'America/Bogota');
      const a = readFileSync(join(out, 'a', name));
      expect(a.equals(readFileSync(join(out, 'b', name)))).toBe(true);
      expect(a.equals(zip)).toBe(true);
      expect(buildRelease().archive.get(name)!.equals(zip)).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('leaves the bundle as published: the release still builds to the SHA256SUMS releases.yaml records', () => {
    const { dataset, sha256sums } = buildRelease();
    const entry = readDataFile(PATHS.root, DATA_FILES.releases, ReleasesFile).value.find(
      (r) => r.id === dataset.release.id,
    )!;
    expect(entry.sha256sums).toBe(sha256sums);
  });

  it('is refused by the bundle reader when missing or not the archive of the files beside it', () => {
    const copy = (spoil: (dir: string) => void) => {
      const root = mkdtempSync(join(tmpdir(), 'spoiled-'));
      const dir = join(root, bundle.dataset.release.id);
      cpSync(bundle.dir, dir, { recursive: true });
      spoil(dir);
      return () => readReleaseBundle(root, bundle.dataset.release.id);
    };
    const path = `${bundle.dataset.release.id}/${name}`;
    expect(copy((dir) => rmSync(join(dir, name)))).toThrow(`${path}: the archive of the release is missing`);
    const other = releaseArchive({ ...bundle.dataset.release, date: '2026-11-23' }, bundle.built).get(name)!;
    expect(copy((dir) => writeFileSync(join(dir, name), other))).toThrow(
      `${path}: is not the archive of the bundle's files`,
    );
    expect(
      copy((dir) => writeFileSync(join(dir, archiveChecksumName(bundle.dataset.release.id)), `${'0'.repeat(64)}  x\n`)),
    ).toThrow(`${path}.sha256: is not the archive of the bundle's files`);
  });
});
