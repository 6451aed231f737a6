/**
 * `npm start`: builds the current data release and the portal, starts the embedded
 * DynamoDB-compatible engine, publishes the release into it with the deployment's loader, and
 * serves the portal, the API and the release downloads on http://localhost:4321 (PORT overrides)
 * until Ctrl-C.
 */
import { buildSite } from './build-site.ts';
import { servePortal } from './serve-portal.ts';

const port = Number(process.env.PORT ?? 4321);
process.env.PORTAL_ORIGIN ??= `http://localhost:${port}`;
const portal = await servePortal(await buildSite(), port);
const base = portal.origin;
console.log(
  [
    `Release ${portal.release} published to the embedded DynamoDB engine; the portal is at ${base}/`,
    `  API:        ${base}/v1/plans   ${base}/v1/actions/2016-2020-dr-4-3   ${base}/v1/openapi.json`,
    `  Downloads:  ${base}/releases/latest/actions.csv`,
    'Press Ctrl-C to stop.',
  ].join('\n'),
);
const stop = () => portal.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
