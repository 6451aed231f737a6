import * as z from 'zod';
import { Commitment, DocumentRecord, commitmentTable, documentTable } from '../../schema/index.ts';
import { documentKey } from '../storage/table-design.ts';
import { commitmentParameter, documentParameter } from './commitment-parameters.ts';
import { commitmentsRoute } from './commitments-route.ts';
import { recordListRoute, recordRoute } from './record-routes.ts';
import type { Route } from './route.ts';

const DOCUMENT =
  'its title, issuer, date and kind of instrument, how many commitments it holds and the section headings they are printed under, its footnotes, errata and provenance';

/** `/v1/documents`: the international documents whose commitments are published. */
export const documentsRoute = recordListRoute({
  segment: 'documents',
  operationId: 'getDocuments',
  tag: 'Commitments',
  kind: 'documents',
  summary: 'International documents',
  description: `The international documents on drug policy whose commitments are published (UN and Summits of the Americas), in the order of their sources, each with ${DOCUMENT}.`,
  table: documentTable,
  data: z.array(DocumentRecord),
});

/** `/v1/documents/{id}`: one document. */
export const documentRoute = recordRoute({
  segment: 'documents',
  operationId: 'getDocument',
  tag: 'Commitments',
  kind: 'documents',
  noun: 'document',
  parameter: documentParameter,
  sortKey: documentKey,
  table: documentTable,
  data: DocumentRecord,
  description: `An international document: ${DOCUMENT}.`,
});

/** `/v1/commitments/{id}`: one commitment. */
export const commitmentRoute = recordRoute({
  segment: 'commitments',
  operationId: 'getCommitment',
  tag: 'Commitments',
  kind: 'commitments',
  noun: 'commitment',
  parameter: commitmentParameter,
  table: commitmentTable,
  data: Commitment,
  description:
    'A paragraph, recommendation or mandate of an international document: its text as printed, number, section heading, footnotes, errata and provenance.',
});

/** The routes of the international commitments, in the order the OpenAPI document lists them. */
export const commitmentRoutes: ReadonlyArray<Route> = [
  documentsRoute,
  documentRoute,
  commitmentsRoute,
  commitmentRoute,
];
