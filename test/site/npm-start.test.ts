import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATHS } from '../../data/paths.ts';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe('npm start', () => {
  it(
    'serves the portal, the API and the downloads of the demonstration build on one local ' +
      'origin from the embedded engine, and stops cleanly on Ctrl-C',
    async () => {
      const port = await freePort();
      const site = mkdtempSync(join(tmpdir(), 'portal-site-'));
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(PATHS.root, 'scripts', 'start.ts'), '--site', site],
        {
          cwd: PATHS.root,
          env: { ...process.env, PORT: String(port) },
        },
      );
      let output = '';
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('Press Ctrl-C to stop.')) resolve();
        });
        child.once('exit', () => reject(new Error(`npm start exited early: ${output}`)));
      });
      const base = `http://localhost:${port}`;
      expect(output).toContain(`${base}/v1/plans`);

      const health = (await (await fetch(`${base}/v1/health`)).json()) as { data: { status: string; release: string } };
      expect(health.data.status).toBe('ok');
      const action = (await (await fetch(`${base}/v1/actions/2016-2020-dr-4-3`)).json()) as { data: { text: string } };
      expect(action.data.text).toMatch(/^Conduct a situational diagnosis/);
      const download = await fetch(`${base}/releases/latest/actions.csv`);
      expect(download.url).toBe(`${base}/releases/${health.data.release}/actions.csv`);
      expect((await download.text()).split('\r\n')[0]).toMatch(/^id,plan,area,objective,/);
      expect(health.data.release).toMatch(/-demo$/);
      expect(output).toContain('Demonstration build: it includes synthetic MEM results for fictional states (XAA-XAF)');
      const results = (await (await fetch(`${base}/releases/latest/results.csv`)).text()).trim().split('\r\n');
      expect(results.length).toBeGreaterThan(1);
      expect(results.slice(1).every((row) => row.startsWith('mem') && row.endsWith(',synthetic'))).toBe(true);
      const page = await (await fetch(`${base}/actions/2016-2020-dr-4-3/`)).text();
      expect(page).toContain('Conduct a situational diagnosis');
      expect(page).toContain(`<link rel="canonical" href="${base}/actions/2016-2020-dr-4-3/">`);

      const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGINT');
      expect(await exit).toBe(0);
    },
    240_000,
  );
});
