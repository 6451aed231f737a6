import { expect } from 'vitest';
import { Problem } from '../../schema/index.ts';

/** Asserts that `response` is an RFC 9457 problem document with `status`, and returns its body. */
export async function expectProblem(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const body = Problem.parse(await response.json());
  expect(body.status).toBe(status);
  expect(body.type).toBe('about:blank');
  return body;
}
