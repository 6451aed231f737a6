/**
 * `npm start [-- --official] [--site DIR]`: builds the current data release and the portal,
 * starts the embedded DynamoDB-compatible engine, publishes the release into it with the
 * deployment's loader, and serves the portal, the API and the release downloads on
 * http://localhost:4321 (PORT overrides) until Ctrl-C. By default it serves the release's
 * demonstration build, whose synthetic MEM results for fictional states fill every view;
 * `--official` serves exactly what would be published. `--site` builds the portal into DIR
 * instead of dist/site.
 */
import { parseArgs } from 'node:util';
import { servePortal } from '../functions/local/serve-portal.ts';
import { buildSite } from '../site/build.ts';

const { values } = parseArgs({ options: { official: { type: 'boolean', default: false }, site: { type: 'string' } } });
const demonstration = !values.official;
const port = Number(process.env.PORT ?? 4321);
const siteDir = await buildSite({ origin: `http://localhost:${port}`, contact: null, demonstration }, values.site);
const portal = await servePortal({ siteDir, port, demonstration });
const base = portal.origin;
console.log(
  [
    `Release ${portal.release} published to the embedded DynamoDB engine; the portal is at ${base}/`,
    demonstration
      ? '  Demonstration build: it includes synthetic MEM results for fictional states ' +
        '(XAA-XAF), labelled as such everywhere; `npm start -- --official` leaves them out.'
      : '  Official content only, as a published release.',
    `  API:        ${base}/v1/plans   ${base}/v1/actions/2016-2020-dr-4-3   ${base}` +
      `/v1/results?round=8   ${base}/v1/openapi.json`,
    `  Downloads:  ${base}/releases/latest/actions.csv`,
    'Press Ctrl-C to stop.',
  ].join('\n'),
);
const stop = () => portal.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
