/** The single source of truth for every entity of the portal: import schemas and types from here. */
export * from './ids.ts';
export * from './provenance.ts';
export * from './source.ts';
export * from './erratum.ts';
export * from './item.ts';
export * from './action.ts';
export * from './objective.ts';
export * from './area.ts';
export * from './footnote.ts';
export * from './plan.ts';
export * from './release.ts';
export * from './release-record.ts';
export * from './dataset.ts';
export * from './records.ts';
export * from './flat-records.ts';
export * from './tables.ts';
export * from './csv.ts';
