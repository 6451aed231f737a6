import type { APIRoute } from 'astro';
import { dataset, releaseSha256sums } from '../lib/release.ts';

/**
 * Which release the pages were built from: what serves them alongside the API checks it, so that
 * pages and data never come from two different releases, or one from a demonstration build.
 */
export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify({ release: dataset.release.id, demonstration: dataset.release.demonstration, sha256sums: releaseSha256sums })}\n`,
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
