import { defineConfig } from 'astro/config';

/**
 * The portal is a static site built from the current data release by buildSite (site/build.ts),
 * which gives the build its settings: the origin the pages are served from (`site`), where to
 * write them, and what the pages read from `virtual:portal/build` (the release's data and the
 * contact). This file holds what does not change from one build to the next.
 */
export default defineConfig({
  trailingSlash: 'always',
  // Scripts and styles are files, never inline: the CDN's Content-Security-Policy allows only 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
