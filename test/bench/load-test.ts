import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';

/** What one load run measured, over its completed requests. */
export interface LoadResult {
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/**
 * Sends GETs to `url` over `connections` keep-alive connections for `seconds`. The load generator
 * runs in a worker thread, so it does not compete with the servers under test for this thread's
 * event loop. Fails if any request errs or answers other than 2xx: the numbers would mean nothing.
 */
export async function measureLoad(url: string, seconds: number, connections = 10): Promise<LoadResult> {
  const result = await autocannon({ url, connections, duration: seconds, workers: 1 });
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`${url} under load: ${result.errors} connection errors, ${result.non2xx} non-2xx answers`);
  }
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
  };
}

/** A file served at a path with a content type. */
export interface StaticFile {
  readonly path: string;
  readonly file: string;
  readonly contentType: string;
}

/** A running loopback HTTP server. */
export interface RunningServer {
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * The ceiling: a plain node:http server that answers each path of `files` by reading its file
 * from disk on every request, with nothing else (no routing framework, no headers but the type).
 */
export async function serveFiles(files: ReadonlyArray<StaticFile>): Promise<RunningServer> {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const server = createServer(async (request, response) => {
    const found = byPath.get(request.url ?? '');
    if (!found) {
      response.writeHead(404).end();
      return;
    }
    const body = await readFile(found.file);
    response.writeHead(200, { 'Content-Type': found.contentType }).end(body);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Serves a fetch handler (such as a Hono app's) on a free loopback port, as `npm start` does. */
export async function serveFetch(fetch: (request: Request) => Response | Promise<Response>): Promise<RunningServer> {
  return new Promise((resolve) => {
    const server = serve({ fetch, hostname: '127.0.0.1', port: 0 }, (info) =>
      resolve({
        origin: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    );
  });
}
