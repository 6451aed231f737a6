import * as z from 'zod';
import type { Plugin } from 'vite';

/** Where readers report problems with the portal: a web page or an e-mail address. */
export const ContactUrl = z
  .string()
  .refine(
    (value) => URL.canParse(value) && ['https:', 'http:', 'mailto:'].includes(new URL(value).protocol),
    'a URL (https://...) or an e-mail address as mailto:...',
  );

/**
 * What a build of the portal is configured with: the origin it is served from (canonical links,
 * the sitemap and cited URLs are absolute), the contact the About page shows, and whether it shows
 * the demonstration build of the release, with synthetic MEM results.
 */
export const SiteSettings = z
  .object({
    origin: z
      .url({ protocol: /^https?$/ })
      .refine((url) => new URL(url).origin === url, 'an origin without a path, e.g. https://example.org'),
    contact: ContactUrl.nullable(),
    demonstration: z.boolean(),
  })
  .strict();
export type SiteSettings = z.infer<typeof SiteSettings>;

/** What the pages are built from: the settings, and the folder whose data/ holds the release. */
export const SiteBuild = SiteSettings.extend({ dataRoot: z.string().min(1) });
export type SiteBuild = z.infer<typeof SiteBuild>;

/** The module through which the pages read their build: `import build from 'virtual:portal/build'`. */
export const BUILD_MODULE = 'virtual:portal/build';

/**
 * The Vite plugin that serves BUILD_MODULE, as Starlight hands its configuration to its pages:
 * settings reach the pages as a typed value, never through the environment.
 */
export function buildModule(build: SiteBuild): Plugin {
  const resolved = `\0${BUILD_MODULE}`;
  return {
    name: 'portal-build',
    resolveId: (id) => (id === BUILD_MODULE ? resolved : undefined),
    load: (id) => (id === resolved ? `export default ${JSON.stringify(build)};` : undefined),
  };
}
