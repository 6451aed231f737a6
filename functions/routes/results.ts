import * as z from 'zod';
import { Result, resultTable, withQuery } from '../../schema/index.ts';
import { problems } from '../http/problems.ts';
import { resultFilterValuesIn } from '../storage/result-filter-values.ts';
import { resultsInPartition } from '../storage/table-design.ts';
import type { ReadItem, ReleaseStore } from '../storage/release-store.ts';
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
    '`meta.total` is null only when `country` is given beside a unit filter and no `round`, and ' +
      'more than one round assessed the plan of that unit.',
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
    const values = await resultFilterValuesIn(store, release!);
    const wrong = values ? filterValueProblems(query, values) : [];
    if (wrong.length > 0) throw problems.badInput(wrong);
    const { scope, prefixes } = resultsListing(query, values);
    const partition = resultsInPartition(release!, scope);
    // A cursor continues one partition read with one round and country: they make up the listing it names.
    const listing = withQuery(partition, { round: query.round, country: query.country });
    const page = await readInTurn(store, partition, prefixes, limit, after(listing));
    // Every item of a prefix knows how many share it; the total of several would take a read of each.
    const total = prefixes.length === 1 ? (page.items[0]?.total ?? 0) : prefixes.length === 0 ? 0 : null;
    return pageReply(listing, page, total);
  },
};

/**
 * A page read from the prefixes of a partition one after the other, each continuing the page: one Query per prefix
 * at most, each reading no more than the page still needs and one item more.
 */
async function readInTurn(
  store: ReleaseStore,
  partition: string,
  prefixes: ReadonlyArray<string | undefined>,
  limit: number,
  after: string | undefined,
) {
  const items: ReadItem[] = [];
  for (const prefix of prefixes) {
    const page = await store.query(partition, { limit: limit - items.length, after, prefix });
    items.push(...page.items);
    if (page.more) return { items, more: true };
  }
  return { items, more: false };
}
