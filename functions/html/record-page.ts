import { html } from 'hono/html';
import {
  FootnoteId,
  PORTAL_NAME,
  PORTAL_STYLESHEET,
  apiUrl,
  formatLines,
  isSingleLine,
  pageUrl,
  type Provenance,
} from '../../schema/index.ts';
import type { PrintedDocument } from './printed-document.ts';

/** A record as its fields hold it, parsed from the JSON the API serves. */
export type RecordFields = Readonly<Record<string, unknown>>;

/** A link of a record's page: where else the record is published. */
export interface PageLink {
  readonly label: string;
  readonly href: string;
}

/** How a route's record reads as an HTML page: what it is called and where else it is published. */
export interface RecordPageSource {
  /** What one record is called, e.g. "priority action". */
  readonly noun: string;
  /** The record's identifier, as its URL writes it. */
  idOf(record: RecordFields): string;
  /** Links beyond the API: the record's page in the portal, a release's files. */
  elsewhere(record: RecordFields): ReadonlyArray<PageLink>;
}

/** What a record's page shows besides the record. */
export interface RecordPageInput {
  readonly record: RecordFields;
  /** The release the record was read from. */
  readonly release: string;
  /** Whether the request named the release, so that the URL always shows this page. */
  readonly pinned: boolean;
  readonly document: PrintedDocument | null;
  /** The same record, pinned to the release: as JSON, as CSV (null without a CSV form), and the URL to cite. */
  readonly links: { readonly json: string; readonly csv: string | null; readonly pinned: string };
}

type Markup = ReturnType<typeof html>;

const isScalar = (value: unknown) => value === null || typeof value !== 'object';
const isPlainObject = (value: unknown): value is RecordFields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A scalar as text; a URL as a link. */
function scalar(value: unknown): Markup | string {
  if (value === null) return html`<span class="meta">none</span>`;
  if (typeof value === 'string' && /^https?:\/\/\S+$/.test(value)) return html`<a href="${value}">${value}</a>`;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Any value of a record, however nested: scalars as text, lists as lists, objects as nested
 * definition lists, and lists of flat objects (files, links, schedules) as tables.
 */
function value(field: string, v: unknown): Markup | string {
  if (isScalar(v)) return scalar(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return html`<span class="meta">none</span>`;
    if (v.every(isScalar))
      return html`<ul>
        ${v.map((item) => html`<li>${scalar(item)}</li>`)}
      </ul>`;
    if (v.every((item) => isPlainObject(item) && Object.values(item).every(isScalar))) return table(field, v);
    return html`<ol>
      ${v.map((item) => html`<li>${value(field, item)}</li>`)}
    </ol>`;
  }
  return fields(v as RecordFields);
}

function fields(record: RecordFields): Markup {
  return html`<dl class="facts">
    ${Object.entries(record).map(
      ([name, v]) =>
        html`<dt><code>${name}</code></dt>
          <dd>${value(name, v)}</dd>`,
    )}
  </dl>`;
}

function table(field: string, rows: ReadonlyArray<RecordFields>): Markup {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return html`<div class="table-scroll" role="region" aria-label="${field}" tabindex="0">
    <table>
      <caption>
        <code>${field}</code>
      </caption>
      <thead>
        <tr>
          ${columns.map((column) => html`<th scope="col"><code>${column}</code></th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              ${columns.map((column) => html`<td>${scalar(row[column] ?? null)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/**
 * Where a marker's footnote is read: a plan's footnote on its own page in the same release; a footnote of a
 * commitment document, which the API serves on no page of its own, beside the commitment on the portal.
 */
const footnoteHref = (footnote: string, id: string, release: string) =>
  FootnoteId.safeParse(footnote).success
    ? `${apiUrl.footnote(footnote)}?release=${release}`
    : `${pageUrl.commitment(id)}#${footnote}`;

/**
 * A record's text with the marker of each of its footnotes where the source prints it (`footnote_markers`): the
 * footnote's number in superscript, linking to the footnote.
 */
function markedText(text: string, record: RecordFields, id: string, release: string): Array<Markup | string> {
  const markers = (record.footnote_markers ?? []) as ReadonlyArray<{ footnote: string; position: number }>;
  const characters = [...text];
  const runs: Array<Markup | string> = [];
  let from = 0;
  for (const { footnote, position } of markers) {
    const number = footnote.slice(footnote.lastIndexOf('-') + 1);
    const href = footnoteHref(footnote, id, release);
    runs.push(
      characters.slice(from, position).join(''),
      html`<sup class="footnote-ref"><a href="${href}" aria-label="Footnote ${number}">${number}</a></sup>`,
    );
    from = position;
  }
  return [...runs, characters.slice(from).join('')];
}

function provenance(record: RecordFields, document: PrintedDocument | null): Markup | null {
  const where = record.provenance as Provenance | undefined;
  if (!where && !document) return null;
  return html`<section aria-labelledby="provenance-heading">
    <h2 id="provenance-heading">Where this text comes from</h2>
    <dl class="facts" lang="en">
      ${
        document &&
        html`<dt>Document</dt>
          <dd><a href="${document.href}">${document.title}</a></dd>
          ${
            document.symbol &&
            html`<dt>Symbol</dt>
              <dd>${document.symbol}</dd>`
          }
          <dt>Issued by</dt>
          <dd>${document.issuer}</dd>
          ${
            document.date &&
            html`<dt>Adopted</dt>
              <dd>${document.date}</dd>`
          }`
      }
      ${
        where &&
        html`<dt>Source text</dt>
          <dd>
            ${isSingleLine(where) ? 'line' : 'lines'} ${formatLines(where.ranges)} of <code>${where.source}</code>
          </dd>`
      }
      ${
        typeof record.text_status === 'string' &&
        html`<dt>Text</dt>
          <dd>${record.text_status}</dd>`
      }
    </dl>
  </section>`;
}

/**
 * The HTML page of one record as published in one release, for a reader who opens its API URL in
 * a browser (a citation's URL): its heading and text, the document and the lines it comes from,
 * every field, and links to the same record as JSON and CSV, pinned to the release, and to its
 * page in the portal. The page is static markup styled by the portal's own stylesheet, a file of
 * the same origin, so that it works under the portal's Content-Security-Policy, which allows no
 * inline script or style.
 */
export async function recordPage(source: RecordPageSource, input: RecordPageInput): Promise<string> {
  const { record, release, pinned, document, links } = input;
  const id = source.idOf(record);
  const heading = `${source.noun[0]!.toUpperCase()}${source.noun.slice(1)} ${id}`;
  const text = typeof record.text === 'string' ? markedText(record.text, record, id, release) : null;
  const [lede] = [record.title, record.summary].filter((v): v is string => typeof v === 'string');
  // A release's own page need not name its release twice.
  const inRelease = id === release ? '' : ` · release ${release}`;
  const { text: _text, provenance: _provenance, ...rest } = record;
  const elsewhere = source.elsewhere(record);
  const page = await html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${heading}${inRelease} · ${PORTAL_NAME}</title>
        <link rel="stylesheet" href="${PORTAL_STYLESHEET}" />
        <link rel="alternate" type="application/json" href="${links.json}" />
        ${links.csv && html`<link rel="alternate" type="text/csv" href="${links.csv}" />`}
      </head>
      <body>
        <header class="site-header">
          <div class="wrap header-row"><a class="site-name" href="/">${PORTAL_NAME}</a></div>
        </header>
        <main id="main" class="wrap">
          <p class="meta">
            ${
              pinned
                ? `As published in release ${release}: this URL always shows this release.`
                : html`As published in the current release, ${release}. To cite it, use the URL that always shows this
                    release: <a href="${links.pinned}">${links.pinned}</a>`
            }
          </p>
          <h1>${heading}</h1>
          ${
            text
              ? html`<blockquote class="record-text" lang="en"><p>${text}</p></blockquote>`
              : lede && html`<p class="lede" lang="en">${lede}</p>`
          }
          ${provenance(record, document)}
          <section aria-labelledby="fields-heading">
            <h2 id="fields-heading">Fields</h2>
            <div lang="en">${fields(rest)}</div>
          </section>
          <section aria-labelledby="links-heading">
            <h2 id="links-heading">This ${source.noun} as data and on the portal</h2>
            <ul>
              <li><a href="${links.json}" type="application/json">JSON</a> <code>${links.json}</code></li>
              ${
                links.csv &&
                html`<li><a href="${links.csv}" type="text/csv" download>CSV</a> <code>${links.csv}</code></li>`
              }
              ${elsewhere.map((link) => html`<li><a href="${link.href}">${link.label}</a></li>`)}
              <li><a href="${apiUrl.openapi()}">What each field means: the API reference (OpenAPI)</a></li>
            </ul>
          </section>
        </main>
      </body>
    </html> `;
  return page.toString();
}
