import Negotiator from 'negotiator';
import { problems } from './problems.ts';

/** A representation the API serves. */
export type Format = 'json' | 'csv';

/** The media type of each representation. */
export const MEDIA_TYPES: Record<Format, string> = { json: 'application/json', csv: 'text/csv' };

const SUFFIX = /\.(json|csv)$/;

/** A request path without its format suffix, and the suffix (".csv" asks for CSV, ".json" for JSON). */
export function splitFormatSuffix(path: string): { path: string; suffix: Format | undefined } {
  const match = SUFFIX.exec(path);
  return match ? { path: path.slice(0, match.index), suffix: match[1] as Format } : { path, suffix: undefined };
}

/**
 * The representation to serve: the URL decides when it names one (a suffix or `format=`), so that
 * every link is a stable download; otherwise the Accept header, JSON first. A representation the
 * endpoint does not offer is a 406.
 */
export function chooseFormat(
  suffix: Format | undefined,
  parameter: Format | undefined,
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
        allowed: [...offered],
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
