interface ImportMetaEnv {
  /** Absolute path of the repository's data/ folder, set by astro.config.ts. */
  readonly PORTAL_DATA_DIR: string;
  /** Where readers report problems with the portal (a URL or mailto:), or empty. */
  readonly PORTAL_CONTACT: string;
  /** "1" when the site shows the demonstration build of the release, with synthetic MEM results. */
  readonly PORTAL_DEMONSTRATION: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
