import type { APIRoute } from 'astro';
import { LANGUAGES, localized } from '../../../schema/index.ts';
import { contentPagePaths } from '../lib/release.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Every content page in every language, each naming its translations (hreflang alternates). */
export const GET: APIRoute = ({ site }) => {
  const url = (path: string) => escapeXml(new URL(path, site).href);
  const entries = contentPagePaths().flatMap((path) =>
    LANGUAGES.map((language) =>
      [
        `<url><loc>${url(localized(path, language))}</loc>`,
        ...LANGUAGES.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${url(localized(path, l))}"/>`),
        `<xhtml:link rel="alternate" hreflang="x-default" href="${url(path)}"/></url>`,
      ].join(''),
    ),
  );
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset ` +
    `xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" ` +
    `xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
