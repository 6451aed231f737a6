import type { APIRoute } from 'astro';
import stylesheet from '../styles/site.css?raw';

/**
 * The portal's stylesheet at PORTAL_STYLESHEET (`/portal.css`), a URL that every build keeps, for
 * the pages the portal does not build: the API's HTML page of a record, which cannot know the
 * hashed name of the stylesheet the pages load.
 */
export const GET: APIRoute = () => new Response(stylesheet, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
