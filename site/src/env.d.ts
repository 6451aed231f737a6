declare module 'virtual:portal/build' {
  /** What this build of the portal shows, as buildSite (site/build.ts) gave it. */
  const build: import('../settings.ts').SiteBuild;
  export default build;
}

declare namespace App {
  /** What the middleware (src/middleware.ts) sets for every page. */
  interface Locals {
    /** The page's interface language. */
    language: import('../../schema/index.ts').Language;
    /** Its interface strings. */
    t: import('./i18n/i18n.ts').Translate;
  }
}

declare module '*.css?raw' {
  /** The text of a stylesheet, as Vite imports it with `?raw`. */
  const text: string;
  export default text;
}
