declare module '@citation-js/core' {
  /** A bibliography as Citation.js reads it from any format its plugins know, held as CSL-JSON items. */
  export class Cite {
    constructor(data: unknown);
    readonly data: Array<Record<string, unknown>>;
    format(format: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string;
  }
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
