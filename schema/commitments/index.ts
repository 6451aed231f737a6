/** The international commitments: documents, their commitments, footnotes and errata. */
export * from './ids.ts';
export * from './document.ts';
export * from './document-record.ts';
export * from './commitment.ts';
export * from './footnote.ts';
export * from './erratum.ts';
export * from './tables.ts';
