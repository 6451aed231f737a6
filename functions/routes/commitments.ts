import * as z from 'zod';
import { Commitment, apiUrl, commitmentTable, documentParameter, type InputProblem } from '../../schema/index.ts';
import type { QueryParameter } from '../http/query-parameters.ts';
import { problems } from '../http/problems.ts';
import { commitmentScope, commitmentsInPartition } from '../storage/table-design.ts';
import { pageReply } from '../http/page-reply.ts';
import type { Route } from '../http/route.ts';

/**
 * The longest section heading a filter accepts: above the longest printed (357 characters), and short enough for a
 * partition key.
 */
export const MAX_SECTION_LENGTH = 500;

/** The filters of `/v1/commitments`. */
export const commitmentFilters = {
  document: {
    name: 'document',
    schema: documentParameter.schema,
    expected: documentParameter.expected,
    description: 'Only the commitments of this document.',
  },
  section: {
    name: 'section',
    schema: z.string().min(1).max(MAX_SECTION_LENGTH),
    expected:
      `a section heading as printed, 1 to ${MAX_SECTION_LENGTH} characters (each document at ` +
      `${apiUrl.document('{id}')} lists its sections)`,
    description:
      `Only the commitments printed under this heading, given exactly as their \`section\` ` +
      `prints it (${apiUrl.document('{id}')} lists a document's headings); with \`document\`, ` +
      `only that document's.`,
  },
} satisfies Record<string, QueryParameter>;

/** The scope of the partition that lists exactly the commitments a query's filters keep. */
function scopeOf(document: string | undefined, section: string | undefined) {
  if (section === undefined) return document === undefined ? commitmentScope.all() : commitmentScope.document(document);
  return document === undefined ? commitmentScope.section(section) : commitmentScope.documentSection(document, section);
}

/**
 * Why filters found nothing: every scope the loader writes holds at least one commitment, so an empty one names what
 * the release lacks.
 */
function emptyScopeProblem(release: string, document: string | undefined, section: string | undefined): InputProblem {
  if (section === undefined)
    return {
      in: 'query',
      name: 'document',
      detail: `names no document of release ${release}; ${apiUrl.documents()} lists them.`,
    };
  return {
    in: 'query',
    name: 'section',
    detail:
      document === undefined
        ? `names no section heading of release ${release}; give it exactly as a commitment's \`section\` prints it.`
        : `names no section heading of document ${document} in release ${release}; ` +
          `${apiUrl.document(document)} lists its headings.`,
  };
}

/**
 * `/v1/commitments`: the commitments of the international documents, narrowed by document and section, page by page.
 */
export const commitmentsRoute: Route = {
  path: '/v1/commitments',
  operationId: 'getCommitments',
  tag: 'Commitments',
  summary: 'Commitments of the international documents',
  description: [
    'The paragraphs, recommendations and mandates of the international documents on drug ' +
      'policy, in the order of the documents and then as printed,',
    'each with its text as printed, number, section heading, footnotes, errata and provenance.',
    '`document` and `section` narrow them, alone or together; a document or heading the ' +
      'release does not have is a 400.',
  ].join(' '),
  pathParameters: [],
  filters: Object.values(commitmentFilters),
  pinnable: true,
  paginated: true,
  table: commitmentTable,
  data: z.array(Commitment),
  cache: 'per-release',
  async handle({ store, release, query, limit, after }) {
    const { document, section } = query;
    const partition = commitmentsInPartition(release!, scopeOf(document, section));
    const start = after(partition);
    const page = await store.query(partition, { limit, after: start });
    if (page.items.length === 0 && start === undefined && (document !== undefined || section !== undefined)) {
      throw problems.badInput([emptyScopeProblem(release!, document, section)]);
    }
    return pageReply(partition, page, page.items[0]?.total ?? 0);
  },
};
