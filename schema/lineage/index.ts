/** The lineage of the priority actions across plans, and the commitments related to each action. */
export * from './link-relation.ts';
export * from './action-link.ts';
export * from './action-lineage.ts';
export * from './lineage-override.ts';
export * from './related-commitment.ts';
export * from './action-detail.ts';
export * from './tables.ts';
export * from './area-pairing.ts';
