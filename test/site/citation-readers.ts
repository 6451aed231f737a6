import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';

/**
 * Other people's readers of citations, to judge ours: Citation.js parses RIS and CSL-JSON into
 * CSL-JSON items, and formats them with citeproc-js and the APA 7th edition CSL style.
 */

/** A CSL-JSON item as Citation.js gives it back. */
export type ReadItem = Record<string, unknown>;

/** The items Citation.js reads from RIS or CSL-JSON (as text or parsed), without its bookkeeping. */
export function readCitations(input: string | object): ReadItem[] {
  return new Cite(input).data.map(({ _graph, ...item }) => item);
}

/** The APA 7th edition reference citeproc-js gives a CSL-JSON item, as the HTML of its entry (the title in `<i>`). */
export function citeprocApa(item: object): string {
  const html = new Cite(item).format('bibliography', { format: 'html', template: 'apa', lang: 'en-US' });
  return /<div[^>]*class="csl-entry">(.*?)<\/div>/s.exec(html)![1]!;
}
