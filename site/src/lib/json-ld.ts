import type { CommitmentDocument, Plan } from '../../../schema/index.ts';
import { dataset } from './release.ts';

/** The licence of the compilation (structure, identifiers, errata, metadata). */
export const LICENSE_URL = 'https://creativecommons.org/licenses/by/4.0/';

/** The original document of a plan as a schema.org CreativeWork: what every citation names first. */
export const planDocumentJsonLd = (plan: Pick<Plan, 'id' | 'title' | 'document'>) => ({
  '@type': 'CreativeWork',
  name: plan.document.title,
  identifier: plan.document.symbol ?? undefined,
  isbn: plan.document.isbn ?? undefined,
  dateCreated: plan.document.adopted ?? undefined,
  inLanguage: 'en',
  author: { '@type': 'Organization', name: plan.document.issuer },
});

/** An international commitment document as a schema.org CreativeWork. */
export const commitmentDocumentJsonLd = (document: CommitmentDocument) => ({
  '@type': 'CreativeWork',
  name: document.title,
  dateCreated: document.date ?? undefined,
  inLanguage: 'en',
  author: { '@type': 'Organization', name: document.issuer },
});

/**
 * A record page (plan, area, objective, action, commitment document or commitment) as a
 * schema.org CreativeWork that is part of its original document (`planDocumentJsonLd`,
 * `commitmentDocumentJsonLd`).
 */
export const recordJsonLd = (
  record: { id: string; text?: string },
  name: string,
  url: string,
  isPartOf: Record<string, unknown>,
) => ({
  '@type': 'CreativeWork',
  name,
  identifier: record.id,
  url,
  text: record.text,
  inLanguage: 'en',
  isPartOf,
  license: LICENSE_URL,
  version: dataset.release.id,
});
