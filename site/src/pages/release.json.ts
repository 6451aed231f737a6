import type { APIRoute } from 'astro';
import { releaseStamp } from '../../release-stamp.ts';
import { dataset, releaseSha256sums } from '../lib/release.ts';

/**
 * Which release the pages were built from: what serves them alongside the API checks it, so that
 * pages and data never come from two different releases, or one from a demonstration build.
 */
export const GET: APIRoute = () =>
  new Response(releaseStamp(dataset.release, releaseSha256sums), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
