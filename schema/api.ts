import * as z from 'zod';
import { ReleaseId } from './ids.ts';

/** The `meta` member of every JSON response of the API. */
export const ResponseMeta = z
  .object({
    release: ReleaseId.nullable().describe(
      'The data release the response was read from (null when no release is involved).',
    ),
    pinned: z
      .boolean()
      .describe('Whether the request named its release (`release=`); a pinned response never changes.'),
    count: z.number().int().nonnegative().describe('Number of records in `data`.'),
    total: z
      .number()
      .int()
      .nonnegative()
      .nullable()
      .describe(
        'Number of records matching the request across all pages; null where it is not known ' +
          'without reading every page (/v1/releases; /v1/results filtered by country beside a unit ' +
          'and no round, when more than one round assessed the plan of that unit).',
      ),
    limit: z
      .number()
      .int()
      .positive()
      .nullable()
      .describe('Page size in effect (null when the endpoint is not paginated).'),
    next: z.string().nullable().describe('URL of the next page, or null on the last page. Truncation is never silent.'),
    links: z
      .object({
        self: z.string().describe('This response.'),
        pinned: z.string().nullable().describe('The URL that pins this response to its release: cite this one.'),
        json: z.string().nullable().describe('The same resource as JSON.'),
        csv: z.string().nullable().describe('The same resource as CSV (null when it has no CSV form).'),
        describedby: z.string().describe('The OpenAPI description of the API.'),
      })
      .strict(),
  })
  .strict()
  .meta({ id: 'ResponseMeta' });
export type ResponseMeta = z.infer<typeof ResponseMeta>;

/** The body of a successful JSON response: the records and what they are. */
export const envelope = <T extends z.ZodType>(data: T) => z.object({ data, meta: ResponseMeta }).strict();

/** One problem with one input of a request (RFC 9457 extension member `errors`). */
export const InputProblem = z
  .object({
    in: z.enum(['path', 'query', 'header', 'method']).describe('Where the input is.'),
    name: z.string().describe('The parameter, header or method at fault.'),
    detail: z.string().describe('What is wrong with it.'),
    allowed: z.array(z.string()).optional().describe('The values or names that would have been accepted.'),
  })
  .strict();
export type InputProblem = z.infer<typeof InputProblem>;

/** An error response: RFC 9457 problem details (`application/problem+json`). */
export const Problem = z
  .object({
    type: z.string().describe('"about:blank": the status code says what kind of problem it is.'),
    title: z.string().describe("The status code's reason phrase."),
    status: z.number().int().min(400).max(599),
    detail: z.string().describe('What went wrong with this request, in a sentence.'),
    instance: z.string().describe('The path and query of the request.'),
    errors: z.array(InputProblem).optional(),
  })
  .strict()
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

/** The body of `/v1/health`'s data. */
export const Health = z
  .object({
    status: z.literal('ok'),
    release: ReleaseId.describe('The current release.'),
  })
  .strict()
  .meta({ id: 'Health' });
