/**
 * `npm start [-- --official]`: builds the current data release and the portal, starts the embedded
 * DynamoDB-compatible engine, publishes the release into it with the deployment's loader, and
 * serves the portal, the API and the release downloads on http://localhost:4321 (PORT overrides)
 * until Ctrl-C. By default it serves the release's demonstration build, whose synthetic MEM results
 * for fictional states fill every view; `--official` serves exactly what would be published.
 */
import { parseArgs } from 'node:util';
import { buildSite } from './build-site.ts';
import { servePortal } from './serve-portal.ts';

const { values } = parseArgs({ options: { official: { type: 'boolean', default: false } } });
const options = { demonstration: !values.official };
const port = Number(process.env.PORT ?? 4321);
process.env.PORTAL_ORIGIN ??= `http://localhost:${port}`;
const portal = await servePortal(await buildSite(undefined, options), port, options);
const base = portal.origin;
console.log(
  [
    `Release ${portal.release} published to the embedded DynamoDB engine; the portal is at ${base}/`,
    options.demonstration
      ? '  Demonstration build: it includes synthetic MEM results for fictional states (XAA-XAF), labelled as such everywhere; `npm start -- --official` leaves them out.'
      : '  Official content only, as a published release.',
    `  API:        ${base}/v1/plans   ${base}/v1/actions/2016-2020-dr-4-3   ${base}/v1/results?round=8   ${base}/v1/openapi.json`,
    `  Downloads:  ${base}/releases/latest/actions.csv`,
    'Press Ctrl-C to stop.',
  ].join('\n'),
);
const stop = () => portal.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
