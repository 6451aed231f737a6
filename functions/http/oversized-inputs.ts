import type { Context } from 'hono';
import type { OversizedKey } from '../storage/release-store.ts';
import { problems, type HttpProblem } from './problems.ts';

/**
 * The 400 for a request whose inputs make a key longer than the store accepts, naming each input the key holds: no
 * record or listing can be named by it.
 */
export function oversizedInputs(c: Context, error: OversizedKey): HttpProblem {
  const inputs = [
    ...Object.entries(c.req.param()).map(([name, value]) => ({ in: 'path' as const, name, value })),
    ...[...new URL(c.req.url).searchParams].map(([name, value]) => ({ in: 'query' as const, name, value })),
  ];
  return problems.badInput(
    inputs
      .filter((input) => input.value !== '' && error.value.includes(input.value))
      .map((input) => ({
        in: input.in,
        name: input.name,
        detail: `is too long to name anything (${Buffer.byteLength(input.value)} bytes).`,
      })),
    'The request names something longer than any record or listing of this API can be.',
  );
}
