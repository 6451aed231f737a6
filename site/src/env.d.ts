declare module 'virtual:portal/build' {
  /** What this build of the portal shows, as buildSite (site/build.ts) gave it. */
  const build: import('../settings.ts').SiteBuild;
  export default build;
}
