import * as z from 'zod';
import { COMMITMENT_DOCUMENT_IDS, CommitmentDocumentId, CommitmentId, apiUrl } from '../../schema/index.ts';
import type { QueryParameter } from '../http/query-parameters.ts';
import { idParameter, type NamedPathParameter } from './record-routes.ts';

/** The longest section heading a filter accepts: above the longest printed (357 characters), and short enough for a partition key. */
export const MAX_SECTION_LENGTH = 500;

/** `{id}` of /v1/documents/{id}: a commitment document. */
export const documentParameter: NamedPathParameter = {
  ...idParameter('document', CommitmentDocumentId, 'ungass-2016'),
  expected: `one of ${COMMITMENT_DOCUMENT_IDS.join(', ')}`,
};

/** `{id}` of /v1/commitments/{id}: a commitment. */
export const commitmentParameter = idParameter('commitment', CommitmentId, 'ungass-2016-1-a');

/** The filters of `/v1/commitments`. */
export const commitmentFilters = {
  document: {
    name: 'document',
    schema: CommitmentDocumentId,
    expected: `one of ${COMMITMENT_DOCUMENT_IDS.join(', ')}`,
    description: 'Only the commitments of this document.',
  },
  section: {
    name: 'section',
    schema: z.string().min(1).max(MAX_SECTION_LENGTH),
    expected: `a section heading as printed, 1 to ${MAX_SECTION_LENGTH} characters (each document at ${apiUrl.document('{id}')} lists its sections)`,
    description: `Only the commitments printed under this heading, given exactly as their \`section\` prints it (${apiUrl.document('{id}')} lists a document's headings); with \`document\`, only that document's.`,
  },
} satisfies Record<string, QueryParameter>;
