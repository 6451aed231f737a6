import * as z from 'zod';
import { Result, resultTable, withQuery } from '../../schema/index.ts';
import { problems } from '../http/problems.ts';
import type { ResultFilterValues } from '../storage/result-filter-values.ts';
import { resultFilterValuesKey, resultsInPartition } from '../storage/table-design.ts';
import { pageReply } from '../http/page-reply.ts';
import { filterValueProblems, nestingProblems, resultFilters, resultsListing } from './results-filters.ts';
import type { Route } from '../http/route.ts';

const filters = Object.values(resultFilters);

/** `/v1/results`: MEM results, narrowed by round, country, unit and status, page by page. */
export const resultsRoute: Route = {
  path: '/v1/results',
  operationId: 'getResults',
  tag: 'MEM',
  summary: 'MEM results',
  description: [
    'How each MEM round judged each country on each unit (a priority action, an objective or ' +
      'a round recommendation): the status, its label and whether it counts as achieved,',
    'the finding, the report that publishes it, and `data_status` (official, or synthetic ' +
      'demonstration data). Ordered by round, country and unit as printed.',
    'Filters combine; `plan`, `area`, `objective` and `action` must nest, and a value the ' +
      'release does not have is a 400.',
    '`meta.total` is null when `status` is given, or `round` or `country` with a narrower ' +
      'filter: counting those results would mean reading every page.',
  ].join(' '),
  pathParameters: [],
  filters,
  pinnable: true,
  paginated: true,
  table: resultTable,
  data: z.array(Result),
  cache: 'per-release',
  async handle({ store, release, query, limit, after }) {
    const nesting = nestingProblems(query);
    if (nesting.length > 0) throw problems.badInput(nesting);
    const { scope, filter } = resultsListing(query);
    const partition = resultsInPartition(release!, scope);
    // A cursor continues one partition read with one filter: both make up the listing it names.
    const listing = withQuery(partition, filter);
    const start = after(listing);
    const page = await store.query(partition, { limit, after: start, filter });
    if (page.items.length === 0 && start === undefined && filters.some((f) => query[f.name] !== undefined)) {
      const values = await store.get(resultFilterValuesKey(release!));
      // A release loaded before the MEM was published has no such item, and no result to find.
      const wrong = values ? filterValueProblems(query, JSON.parse(values.json) as ResultFilterValues) : [];
      if (wrong.length > 0) throw problems.badInput(wrong);
    }
    return pageReply(listing, page, Object.keys(filter).length > 0 ? null : (page.items[0]?.total ?? 0));
  },
};
