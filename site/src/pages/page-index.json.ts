import type { APIRoute } from 'astro';
import { pageIndexOf } from '../lib/closest-pages.ts';
import { contentPagePaths } from '../lib/release.ts';

/** The English path of every content page, as the 404 page looks a mistyped address up in it (PAGE_INDEX_URL). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(pageIndexOf(contentPagePaths())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
