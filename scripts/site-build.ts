/**
 * `npm run site:build [-- --demonstration] [--origin URL] [--contact URL] [--out DIR]`: builds the
 * portal into dist/site (or DIR) from the current release; `--demonstration` builds it from the
 * release's demonstration build, with synthetic MEM results, as `npm start` does (never for
 * publication). `--origin` is the origin the pages will be served from (canonical links, the
 * sitemap and citations; default http://localhost:4321); `--contact` (a URL or mailto:) is shown
 * on the About page.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from '../site/build.ts';

const { values } = parseArgs({
  options: {
    demonstration: { type: 'boolean', default: false },
    origin: { type: 'string', default: 'http://localhost:4321' },
    contact: { type: 'string' },
    out: { type: 'string' },
  },
});
const settings = { origin: values.origin, contact: values.contact ?? null, demonstration: values.demonstration };
try {
  const dir = await buildSite(settings, values.out && resolve(values.out));
  console.log(`Site built in ${dir}${values.demonstration ? ', with synthetic demonstration data' : ''}`);
} catch (error) {
  console.error(`site:build failed. ${(error as Error).message}`);
  process.exitCode = 1;
}
