import * as z from 'zod';
import {
  AREAS,
  Action,
  AreaId,
  ObjectiveId,
  Passage,
  actionTable,
  apiUrl,
  areaId,
  passageTable,
  planParameter,
  type PlanId,
} from '../../schema/index.ts';
import { pageReply } from '../http/page-reply.ts';
import { MAX_LIMIT } from '../http/common-parameters.ts';
import { problems } from '../http/problems.ts';
import type { Route } from '../http/route.ts';
import { actionsInPartition, passagesInPartition } from '../storage/table-design.ts';

const areaFilter = {
  name: 'area',
  schema: AreaId,
  expected: 'an area id of the plan, such as 2021-2025-ptr',
  description: 'Only the priority actions of this area (pillar) of the plan.',
};
const objectiveFilter = {
  name: 'objective',
  schema: ObjectiveId,
  expected: 'an objective id of the plan, such as 2021-2025-ptr-1',
  description: 'Only the priority actions of this objective of the plan.',
};

/** `/v1/plans/{plan}/actions`: a plan's priority actions, optionally of one area or objective. */
export const planActionsRoute: Route = {
  path: '/v1/plans/{plan}/actions',
  operationId: 'getPlanActions',
  tag: 'Plans',
  summary: 'Priority actions of a plan',
  description:
    'The priority actions of a plan in printed order, with their exact text and provenance; ' +
    '`area` or `objective` narrows them.',
  pathParameters: [planParameter],
  filters: [areaFilter, objectiveFilter],
  pinnable: true,
  paginated: true,
  table: actionTable,
  data: z.array(Action),
  cache: 'per-release',
  async handle({ store, release, params, query, limit, after }) {
    const plan = params.plan!;
    const { area, objective } = query;
    const areas = AREAS[plan as PlanId].map((a) => areaId(plan as PlanId, a.code));
    if (area !== undefined && !areas.includes(area)) {
      throw problems.badInput(
        [{ in: 'query', name: 'area', detail: `is not an area of plan ${plan}.`, allowed: areas }],
        `Plan ${plan} has no area ${area}.`,
      );
    }
    if (objective !== undefined && !objective.startsWith(`${area ?? plan}-`)) {
      const scope = area ? `area ${area}` : `plan ${plan}`;
      throw problems.badInput(
        [{ in: 'query', name: 'objective', detail: `is not an objective of ${scope}.` }],
        `Objective ${objective} is not in ${scope}.`,
      );
    }
    const partition = actionsInPartition(release!, objective ?? area ?? plan);
    const start = after(partition);
    const page = await store.query(partition, { limit, after: start });
    if (page.items.length === 0 && start === undefined) {
      throw problems.badInput(
        [
          {
            in: 'query',
            name: 'objective',
            detail:
              `names no objective of plan ${plan}; its areas, listed at ${apiUrl.plan(plan)}, name ` +
              `their objectives.`,
          },
        ],
        `Release ${release} has no objective ${objective}.`,
      );
    }
    return pageReply(partition, page, page.items[0]?.total ?? null);
  },
};

/** `/v1/plans/{plan}/passages`: a plan's framing text, passage by passage in printed order. */
export const planPassagesRoute: Route = {
  path: '/v1/plans/{plan}/passages',
  operationId: 'getPlanPassages',
  tag: 'Plans',
  summary: "A plan's framing text",
  description:
    "The passages of a plan's framing text in printed order: the paragraphs of its introduction and, for " +
    '2011-2015, the preamble clauses and operative paragraphs of the draft resolution printed before it, each ' +
    'with its heading, exact text, footnotes and provenance.',
  pathParameters: [planParameter],
  filters: [],
  pinnable: true,
  paginated: false,
  table: passageTable,
  data: z.array(Passage),
  cache: 'per-release',
  async handle({ store, release, params }) {
    // A plan's framing text is a few dozen passages at most, far below a page.
    const page = await store.query(passagesInPartition(release!, params.plan!), { limit: MAX_LIMIT });
    return { kind: 'page', items: page.items.map((item) => item.json), total: page.items.length, next: null };
  },
};
