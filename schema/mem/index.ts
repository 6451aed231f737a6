/** The Multilateral Evaluation Mechanism: rounds, countries, assessments, published results and their summaries. */
export * from './reference.ts';
export * from './country.ts';
export * from './round.ts';
export * from './assessment.ts';
export * from './result.ts';
export * from './summary.ts';
export * from './tables.ts';
