import type { Context } from 'hono';
import { OversizedKey, StorageUnavailable } from '../storage/release-store.ts';
import { oversizedInputs } from './oversized-inputs.ts';
import { HttpProblem, problemResponse, problems } from './problems.ts';

/** A request's path and query: the `instance` of the problem it is answered with. */
export const requestInstance = (url: string) => {
  const { pathname, search } = new URL(url);
  return `${pathname}${search}`;
};

/**
 * The API's answer to an error a request raised: its problem when it is one; a 400 when its inputs make a key longer
 * than the store accepts; a 503 when the store cannot be read, logged with the cause; anything else a 500 without
 * internals, logged with its stack.
 */
export function errorResponse(error: Error, c: Context): Response {
  const instance = requestInstance(c.req.url);
  if (error instanceof HttpProblem) return problemResponse(error, instance);
  if (error instanceof OversizedKey) return problemResponse(oversizedInputs(c, error), instance);
  if (error instanceof StorageUnavailable) {
    console.error(
      JSON.stringify({ level: 'error', message: error.message, cause: String(error.cause), path: c.req.path }),
    );
    return problemResponse(problems.storeUnavailable(), instance);
  }
  console.error(
    JSON.stringify({
      level: 'error',
      message: 'unexpected error',
      error: error instanceof Error ? error.stack : String(error),
      path: c.req.path,
    }),
  );
  return problemResponse(problems.internal(), instance);
}
