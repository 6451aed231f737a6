/** The Multilateral Evaluation Mechanism: rounds, countries and assessments. */
export * from './reference.ts';
export * from './country.ts';
export * from './round.ts';
export * from './assessment.ts';
