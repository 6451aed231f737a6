import { HttpProblem } from '../http/problem.ts';

/** The 404 for a record a release does not hold, naming the path segment at fault. */
export const notFound = (noun: string, id: string, release: string, parameter = 'id') =>
  new HttpProblem(404, `Release ${release} has no ${noun} ${id}.`, [
    { in: 'path', name: parameter, detail: `names no ${noun} in release ${release}.` },
  ]);
