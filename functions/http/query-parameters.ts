import * as z from 'zod';
import { problems, quotedInput } from './problems.ts';
import type { InputProblem } from '../../schema/index.ts';

/** A query parameter an endpoint accepts: its name, what a valid value looks like, and its documentation. */
export interface QueryParameter {
  readonly name: string;
  readonly schema: z.ZodType<string>;
  /** What a valid value is, in words, for error messages, e.g. "an integer from 1 to 1000". */
  readonly expected: string;
  readonly description: string;
}

/**
 * The request's query parameters, validated against the endpoint's list: every parameter at most
 * once, none unknown, every value valid. All problems are reported together in one 400.
 */
export function readQuery(
  search: URLSearchParams,
  accepted: ReadonlyArray<QueryParameter>,
): Record<string, string | undefined> {
  const errors: InputProblem[] = [];
  const values: Record<string, string | undefined> = {};
  const names = [...new Set(search.keys())];
  const acceptedNames = accepted.map((p) => p.name);
  for (const name of names) {
    const parameter = accepted.find((p) => p.name === name);
    const given = search.getAll(name);
    if (!parameter) {
      errors.push({
        in: 'query',
        name,
        detail:
          `is not a parameter of this endpoint; it accepts ` +
          `${acceptedNames.length ? acceptedNames.join(', ') : 'none'}.`,
        allowed: acceptedNames,
      });
    } else if (given.length > 1) {
      errors.push({ in: 'query', name, detail: `is given ${given.length} times; give it once.` });
    } else if (!parameter.schema.safeParse(given[0]).success) {
      const options = parameter.schema instanceof z.ZodEnum ? (parameter.schema.options as string[]) : undefined;
      errors.push({
        in: 'query',
        name,
        detail: `must be ${parameter.expected}; received ${quotedInput(given[0]!)}.`,
        ...(options ? { allowed: options } : {}),
      });
    } else {
      values[name] = given[0];
    }
  }
  if (errors.length > 0) throw problems.badInput(errors);
  return values;
}
