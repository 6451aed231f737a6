import Negotiator from 'negotiator';
import { problems } from './problems.ts';

/** A representation the API serves: JSON and CSV, and for one record an HTML page for browsers. */
export type Format = 'json' | 'csv' | 'html';

/** A representation a URL can name, by a suffix or `format=`. */
export type NamedFormat = Exclude<Format, 'html'>;

/** The media type of each representation. */
export const MEDIA_TYPES: Record<Format, string> = { json: 'application/json', csv: 'text/csv', html: 'text/html' };

const SUFFIX = /\.(json|csv)$/;

/** A request path without its format suffix, and the suffix (".csv" asks for CSV, ".json" for JSON). */
export function splitFormatSuffix(path: string): { path: string; suffix: NamedFormat | undefined } {
  const match = SUFFIX.exec(path);
  return match ? { path: path.slice(0, match.index), suffix: match[1] as NamedFormat } : { path, suffix: undefined };
}

/**
 * The representation to serve: the URL decides when it names one (a suffix or `format=`), so that
 * every link is a stable download; otherwise the Accept header, in the order of `offered` where it
 * ranks several alike. JSON comes first, so that any media type and no Accept header at all
 * (curl, fetch, scripts) get JSON, and a browser, whose Accept header ranks text/html above any
 * other type, gets the HTML page where one is offered. A representation the endpoint does not
 * offer is a 406.
 */
export function chooseFormat(
  suffix: NamedFormat | undefined,
  parameter: NamedFormat | undefined,
  accept: string | undefined,
  offered: ReadonlyArray<Format>,
): Format {
  if (suffix && parameter && suffix !== parameter) {
    throw problems.badInput(
      [{ in: 'query', name: 'format', detail: `contradicts the ".${suffix}" suffix of the path.`, allowed: [suffix] }],
      `The path asks for ${suffix.toUpperCase()} (".${suffix}") but format=${parameter}; ask once.`,
    );
  }
  const named = suffix ?? parameter;
  const allowedTypes = offered.map((f) => MEDIA_TYPES[f]);
  if (named) {
    if (offered.includes(named)) return named;
    throw problems.notAcceptable(
      `This resource is not available as ${named.toUpperCase()}; it is available as ${allowedTypes.join(', ')}.`,
      {
        in: parameter ? 'query' : 'path',
        name: parameter ? 'format' : `.${named}`,
        detail: 'names a format this resource does not offer.',
        allowed: offered.filter((f) => f !== 'html'),
      },
    );
  }
  if (accept === undefined || accept.trim() === '') return offered[0]!;
  const chosen = new Negotiator({ headers: { accept } }).mediaType(allowedTypes);
  const format = offered.find((f) => MEDIA_TYPES[f] === chosen);
  if (format) return format;
  throw problems.notAcceptable(
    `None of the media types in the Accept header is available; this resource is available ` +
      `as ${allowedTypes.join(', ')}.`,
    { in: 'header', name: 'Accept', detail: 'accepts no media type this resource offers.', allowed: allowedTypes },
  );
}
