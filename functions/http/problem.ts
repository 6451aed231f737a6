import type { InputProblem, Problem } from '../../schema/index.ts';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** An error status the API answers with. */
export type ProblemStatus = 400 | 404 | 405 | 406 | 500 | 503;

/** A request the API refuses or cannot answer; the app turns it into problem details. */
export class HttpProblem extends Error {
  constructor(
    readonly status: ProblemStatus,
    readonly detail: string,
    readonly errors: ReadonlyArray<InputProblem> = [],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

const INPUT_LABELS: Record<InputProblem['in'], string> = {
  query: 'Query parameter',
  path: 'Path segment',
  header: 'Header',
  method: 'Method',
};

/** A 400 (or 404 for a path) about one or more inputs, its detail summing them up. */
export const badInput = (errors: ReadonlyArray<InputProblem>, status: 400 | 404 = 400) =>
  new HttpProblem(status, errors.map((e) => `${INPUT_LABELS[e.in]} "${e.name}" ${e.detail}`).join(' '), errors);

/**
 * The RFC 9457 problem details response for `problem`. `instance` is the request's path and
 * query. Client errors may be cached briefly; server errors never.
 */
export function problemResponse(problem: HttpProblem, instance: string): Response {
  const body: Problem = {
    type: 'about:blank',
    title: TITLES[problem.status]!,
    status: problem.status,
    detail: problem.detail,
    instance,
    ...(problem.errors.length > 0 ? { errors: [...problem.errors] } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: {
      'Content-Type': 'application/problem+json',
      'Cache-Control': problem.status >= 500 ? 'no-store' : 'public, max-age=60',
      ...problem.headers,
    },
  });
}
