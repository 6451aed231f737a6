import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The portal is a static site built from the current data release. PORTAL_ORIGIN is the origin it
 * is served from (canonical links, sitemap, citations); it defaults to the local `npm start` origin.
 * PORTAL_CONTACT is where readers report problems with the portal (a URL or mailto:); optional.
 * PORTAL_DEMONSTRATION=1 builds it from the demonstration build of the release (synthetic MEM
 * results), as `npm start` does; scripts/build-site.ts sets it.
 */
export default defineConfig({
  site: process.env.PORTAL_ORIGIN ?? 'http://localhost:4321',
  outDir: `${root}dist/site`,
  trailingSlash: 'always',
  // Scripts and styles are files, never inline: the CDN's Content-Security-Policy allows only 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    build: { assetsInlineLimit: 0 },
    define: {
      'import.meta.env.PORTAL_DATA_DIR': JSON.stringify(`${root}data`),
      'import.meta.env.PORTAL_CONTACT': JSON.stringify(process.env.PORTAL_CONTACT ?? ''),
      // Astro passes every environment variable through to import.meta.env as a string, ahead of
      // these defines, so this one is a string too: "1" for a demonstration build.
      'import.meta.env.PORTAL_DEMONSTRATION': JSON.stringify(process.env.PORTAL_DEMONSTRATION ?? ''),
    },
  },
});
