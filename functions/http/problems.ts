import { apiUrl, type InputProblem, type Problem } from '../../schema/index.ts';

/**
 * The one catalogue of the API's errors: every status it answers an error with, when, and every
 * problem it reports, each made here and nowhere else. The app renders them as RFC 9457 problem
 * details (problemResponse) and the OpenAPI document lists their statuses from PROBLEM_STATUSES.
 */

/** The methods the read-only API allows. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/** Each error status: its reason phrase, and when the API answers with it. */
export const PROBLEM_STATUSES = {
  400: {
    title: 'Bad Request',
    when: 'A parameter is unknown, repeated or invalid; `errors` names each one and what it accepts.',
  },
  404: { title: 'Not Found', when: 'No such resource in the release read, or no such release.' },
  405: {
    title: 'Method Not Allowed',
    when: `A method other than ${ALLOWED_METHODS.join(', ')}: the API is read-only.`,
  },
  406: { title: 'Not Acceptable', when: 'The resource is not available in the representation asked for.' },
  500: {
    title: 'Internal Server Error',
    when: 'The API failed to answer; the error is logged, and no detail of it is sent.',
  },
  503: {
    title: 'Service Unavailable',
    when: 'The data store is unavailable or no release is published; retry after `Retry-After` seconds.',
  },
} as const;

/** An error status the API answers with. */
export type ProblemStatus = keyof typeof PROBLEM_STATUSES;

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

/** The inputs at fault summed up in a sentence each. */
const summary = (errors: ReadonlyArray<InputProblem>) =>
  errors.map((e) => `${INPUT_LABELS[e.in]} "${e.name}" ${e.detail}`).join(' ');

/** A value a request gave, quoted for a problem's detail: cut at 80 characters, so that no problem echoes a long input. */
export const quotedInput = (value: string) => JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);

/** Every problem the API reports. */
export const problems = {
  /** 400: inputs the request gets wrong, all of them; `detail` sums them up unless given. */
  badInput: (errors: ReadonlyArray<InputProblem>, detail = summary(errors)) => new HttpProblem(400, detail, errors),

  /** 404: path segments that cannot name anything, saying what each accepts. */
  malformedPath: (errors: ReadonlyArray<InputProblem>) => new HttpProblem(404, summary(errors), errors),

  /** 404: a record the release does not hold, naming the path segment at fault. */
  noSuchRecord: (noun: string, id: string, release: string, parameter = 'id') =>
    new HttpProblem(404, `Release ${release} has no ${noun} ${id}.`, [
      { in: 'path', name: parameter, detail: `names no ${noun} in release ${release}.` },
    ]),

  /** 404: a release id, given in the query or the path, that names no published release. */
  noSuchRelease: (release: string, given: 'query' | 'path') =>
    new HttpProblem(404, `There is no published release ${release}.`, [
      { in: given, name: 'release', detail: `names no published release; ${apiUrl.releases()} lists them.` },
    ]),

  /** 404: a path the API does not have. */
  noSuchPath: (path: string) =>
    new HttpProblem(404, `There is nothing at ${path}; ${apiUrl.openapi()} lists every path.`),

  /** 405: any method but the read-only ones. */
  methodNotAllowed: (method: string) =>
    new HttpProblem(
      405,
      `This API is read-only: ${method} is not allowed; use ${ALLOWED_METHODS.join(', ')}.`,
      [{ in: 'method', name: method, detail: 'is not allowed.', allowed: ALLOWED_METHODS }],
      { Allow: ALLOWED_METHODS.join(', ') },
    ),

  /** 406: a representation the resource does not offer, asked for by the URL or by Accept. */
  notAcceptable: (detail: string, error: InputProblem) => new HttpProblem(406, detail, [error]),

  /** 500: anything unexpected; its cause is logged, never sent. */
  internal: () => new HttpProblem(500, 'The API failed to answer this request; the error has been logged.'),

  /** 503: nothing has been published into the store yet. */
  noReleasePublished: () =>
    new HttpProblem(503, 'No data release has been published yet.', [], { 'Retry-After': '60' }),

  /** 503: the store cannot be read. */
  storeUnavailable: () =>
    new HttpProblem(503, 'The data store is unavailable; retry shortly.', [], { 'Retry-After': '5' }),
};

/** The RFC 9457 problem details document of `problem`; `instance` is the request's path and query. */
export function problemDocument(problem: HttpProblem, instance: string): Problem {
  return {
    type: 'about:blank',
    title: PROBLEM_STATUSES[problem.status].title,
    status: problem.status,
    detail: problem.detail,
    instance,
    ...(problem.errors.length > 0 ? { errors: [...problem.errors] } : {}),
  };
}

/** The headers of a problem response: its media type and caching (client errors briefly, server errors never). */
export function problemHeaders(problem: HttpProblem): Record<string, string> {
  return {
    'Content-Type': 'application/problem+json',
    'Cache-Control': problem.status >= 500 ? 'no-store' : 'public, max-age=60',
    ...problem.headers,
  };
}

/** The RFC 9457 problem details response for `problem`; `instance` is the request's path and query. */
export function problemResponse(problem: HttpProblem, instance: string): Response {
  return new Response(JSON.stringify(problemDocument(problem, instance)), {
    status: problem.status,
    headers: problemHeaders(problem),
  });
}
