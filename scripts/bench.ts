/**
 * `npm run bench`: a performance report, not a test. On loopback it publishes the current release
 * to the embedded DynamoDB engine and measures, side by side:
 *   - throughput and p50/p99 latency of two API routes against "the ceiling", a plain node:http
 *     server sending the same bytes from files;
 *   - DynamoDB commands per API request, counted on the API's own client;
 *   - the gzip size of the Lambda bundle and its import time in a fresh process, against a
 *     hello-world Lambda bundled the same way.
 * Prints metric, measured, target and pass/MISS, and writes everything to dist/bench/results.json.
 * Exits 0 when targets are missed; non-zero only when a measurement fails.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { TABLE_NAME } from '../functions/environment.ts';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { PATHS } from '../data/paths.ts';
import { writeCurrentRelease } from '../data/steps/build-release.ts';
import { createApi } from '../functions/app.ts';
import { dynamoReleaseStore } from '../functions/storage/release-store.ts';
import { bundleForLambda, coldImportMs } from '../test/bench/lambda-cold-start.ts';
import { measureLoad, serveFetch, serveFiles, type LoadResult } from '../test/bench/load-test.ts';
import { countCommands } from '../functions/storage/count-commands.ts';
import { startLocalDynamoDB } from '../functions/local/local-dynamodb.ts';
import { readBundleAt } from '../data/bundle/read-bundle.ts';
import { publishRelease } from '../functions/storage/publish-release.ts';

const WARMUP_SECONDS = 1;
const MEASURE_SECONDS = 5;
const CONNECTIONS = 10;
const IMPORT_RUNS = 7;
const TARGETS = [
  { name: 'action as JSON', path: '/v1/actions/2016-2020-dr-4-3' },
  { name: 'plan actions as CSV', path: '/v1/plans/2021-2025/actions.csv' },
];

const { dataset, dir: releaseDir } = writeCurrentRelease();
// Inside the project, not the OS temp folder: the bundles import @aws-sdk/* from node_modules.
mkdirSync(PATHS.scratch, { recursive: true });
const work = mkdtempSync(join(PATHS.scratch, 'bench-'));

interface Row {
  readonly metric: string;
  readonly measured: string;
  readonly target: string;
  readonly pass?: boolean;
}
const rows: Row[] = [];
const check = (metric: string, measured: string, target: string, pass?: boolean) =>
  rows.push({ metric, measured, target, pass });
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const median = (values: ReadonlyArray<number>) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Load on each target, API then ceiling, and the DynamoDB commands the API sent meanwhile. */
async function measureApi() {
  const db = await startLocalDynamoDB();
  try {
    await publishRelease(db.client(), db.table, readBundleAt(releaseDir));
    const apiClient = db.client();
    const commands = countCommands(apiClient);
    const app = createApi(dynamoReleaseStore(apiClient, db.table));
    let answered = 0;
    const api = await serveFetch(async (request) => {
      const response = await app.fetch(request);
      answered++;
      return response;
    });

    const staticFiles = [];
    for (const [i, target] of TARGETS.entries()) {
      const response = await fetch(`${api.origin}${target.path}`);
      if (!response.ok) throw new Error(`${target.path} answered ${response.status}: ${await response.text()}`);
      const file = join(work, `response-${i}`);
      writeFileSync(file, Buffer.from(await response.arrayBuffer()));
      staticFiles.push({
        path: target.path,
        file,
        contentType: response.headers.get('Content-Type') ?? 'application/octet-stream',
      });
    }
    const ceiling = await serveFiles(staticFiles);

    const run = async (url: string) => {
      await measureLoad(url, WARMUP_SECONDS, CONNECTIONS);
      return measureLoad(url, MEASURE_SECONDS, CONNECTIONS);
    };
    const load: Record<string, { api: LoadResult; ceiling: LoadResult; ratio: number }> = {};
    for (const target of TARGETS) {
      const apiResult = await run(`${api.origin}${target.path}`);
      const ceilingResult = await run(`${ceiling.origin}${target.path}`);
      const ratio = apiResult.requestsPerSecond / ceilingResult.requestsPerSecond;
      load[target.path] = { api: apiResult, ceiling: ceilingResult, ratio };
      check(
        `${target.name}: req/s, API / ceiling`,
        `${int(apiResult.requestsPerSecond)} / ${int(ceilingResult.requestsPerSecond)} = ${ratio.toFixed(2)}x`,
        '>= 0.50x',
        ratio >= 0.5,
      );
      check(
        `${target.name}: API p50 / p99`,
        `${apiResult.p50Ms} / ${apiResult.p99Ms} ms`,
        'p99 < 20 ms',
        apiResult.p99Ms < 20,
      );
      check(`${target.name}: ceiling p50 / p99`, `${ceilingResult.p50Ms} / ${ceilingResult.p99Ms} ms`, '');
    }
    await Promise.all([api.close(), ceiling.close()]);

    const total = Object.values(commands).reduce((sum, n) => sum + n, 0);
    const readsPerRequest = total / answered;
    const scans = commands.Scan ?? 0;
    const byName = Object.entries(commands)
      .map(([name, n]) => `${name} ${int(n)}`)
      .join(', ');
    check(
      'DynamoDB reads per API request',
      `${readsPerRequest.toFixed(3)} (${byName} / ${int(answered)} requests)`,
      '<= 1.2',
      readsPerRequest <= 1.2,
    );
    check('DynamoDB Scans', String(scans), '0', scans === 0);
    return { load, dynamodb: { apiRequests: answered, commands: { ...commands }, readsPerRequest, scans } };
  } finally {
    await db.close();
  }
}

/** Bundle sizes and cold import times of the Lambda, a hello-world Lambda, and the SDK alone. */
async function measureLambda() {
  const bundles = {
    lambda: { entry: { file: join(PATHS.root, 'functions', 'lambda.ts') }, outfile: join(work, 'lambda.mjs') },
    hello: {
      entry: { source: "export const handler = async () => ({ statusCode: 200, body: 'hello' });", resolveDir: work },
      outfile: join(work, 'hello.mjs'),
    },
    // Not a Lambda: the SDK the lambda bundle leaves external, to show its share of the import time.
    sdk: {
      entry: { source: "export * from '@aws-sdk/client-dynamodb';", resolveDir: PATHS.root },
      outfile: join(work, 'sdk.mjs'),
    },
  };
  const sizes = {
    lambda: await bundleForLambda(bundles.lambda.entry, bundles.lambda.outfile),
    hello: await bundleForLambda(bundles.hello.entry, bundles.hello.outfile),
    sdk: await bundleForLambda(bundles.sdk.entry, bundles.sdk.outfile),
  };
  const env = { [TABLE_NAME]: 'bench', AWS_REGION: 'us-east-1' };
  const importMs = { lambda: [] as number[], hello: [] as number[], sdk: [] as number[] };
  // Interleaved, so that a slow moment of the machine does not fall on one bundle only.
  for (let i = 0; i < IMPORT_RUNS; i++) {
    for (const name of ['hello', 'lambda', 'sdk'] as const)
      importMs[name].push(await coldImportMs(bundles[name].outfile, env));
  }
  const medians = { lambda: median(importMs.lambda), hello: median(importMs.hello), sdk: median(importMs.sdk) };
  const importRatio = medians.lambda / medians.hello;
  check(
    'Lambda bundle, gzip',
    `${(sizes.lambda.gzipBytes / 1000).toFixed(1)} kB (${(sizes.lambda.bytes / 1000).toFixed(1)} kB minified)`,
    '< 150 kB',
    sizes.lambda.gzipBytes < 150_000,
  );
  check(
    `Cold import, lambda / hello (median of ${IMPORT_RUNS})`,
    `${medians.lambda.toFixed(1)} / ${medians.hello.toFixed(1)} ms = ${importRatio.toFixed(1)}x`,
    '<= 2x',
    importRatio <= 2,
  );
  check('  of which @aws-sdk/client-dynamodb alone', `${medians.sdk.toFixed(1)} ms`, '');
  return { bundleBytes: sizes, importMs, medianImportMs: medians, importRatio };
}

try {
  console.log(`Measuring (about ${TARGETS.length * 2 * (WARMUP_SECONDS + MEASURE_SECONDS) + 10} s)...`);
  const { load, dynamodb } = await measureApi();
  const lambda = await measureLambda();

  const table = [
    { metric: 'metric', measured: 'measured', target: 'target', result: 'result' },
    ...rows.map((r) => ({ ...r, result: r.pass === undefined ? 'info' : r.pass ? 'pass' : 'MISS' })),
  ];
  const width = (key: 'metric' | 'measured' | 'target') => Math.max(...table.map((r) => r[key].length));
  const line = (r: (typeof table)[number]) =>
    [
      r.metric.padEnd(width('metric')),
      r.measured.padEnd(width('measured')),
      r.target.padEnd(width('target')),
      r.result,
    ].join('  ');
  const cpu = cpus();
  console.log(
    `Benchmark on loopback, release ${dataset.release.id}, Node ${process.versions.node}, ` +
      `${cpu.length} x ${cpu[0]?.model ?? 'unknown CPU'}`,
  );
  console.log(
    `${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up + ${MEASURE_SECONDS} s per ` +
      `target; ceiling = node:http serving the same bytes from files;`,
  );
  console.log('the API, its DynamoDB client and dynalite share this process and its one thread\n');
  console.log([line(table[0]!), '-'.repeat(line(table[0]!).length), ...table.slice(1).map(line)].join('\n'));

  const results = {
    measuredAt: new Date().toISOString(),
    node: process.versions.node,
    cpus: cpu.map((c) => c.model),
    release: dataset.release.id,
    settings: {
      connections: CONNECTIONS,
      warmupSeconds: WARMUP_SECONDS,
      measureSeconds: MEASURE_SECONDS,
      importRuns: IMPORT_RUNS,
    },
    load,
    dynamodb,
    lambda,
    checks: rows,
  };
  mkdirSync(PATHS.bench, { recursive: true });
  writeFileSync(join(PATHS.bench, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nResults written to dist/bench/results.json`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
