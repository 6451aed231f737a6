import type * as z from 'zod';
import type { Dataset } from './dataset.ts';
import type { Table } from './table-definition.ts';

/** A parameter of an API path: its name, what a valid value looks like, in a schema and in words, and what it means. */
export interface PathParameter {
  readonly name: string;
  readonly schema: z.ZodType<string>;
  /** What a valid value is, for error messages, e.g. "a priority action id such as 2016-2020-dr-4-3". */
  readonly expected: string;
  readonly description: string;
}

/**
 * How the API serves a kind of record: one record at `/v1/{kind}/{parameter}`, read with one
 * GetItem, and for the kinds small enough to list whole (a few dozen records) every record at
 * `/v1/{kind}`, read with one Query.
 */
export interface RecordService<R> {
  /** The record as the API serves it and the table stores it; its `id` metadata names it in the OpenAPI document. */
  readonly schema: z.ZodType<R>;
  /** The OpenAPI tag its routes are listed under. */
  readonly tag: string;
  /** What one record is called in summaries and messages, e.g. "priority action". */
  readonly noun: string;
  /** The path parameter that names one record, by the identifier `idOf` gives it. */
  readonly parameter: PathParameter;
  /**
   * The key that sorts records in published order, from their identifier, where the identifier
   * alone does not (rounds by number, documents in the order of their sources); the identifier itself
   * unless given. Records are stored under it.
   */
  readonly sortKey?: (id: string) => string;
  /** `/v1/{kind}/{parameter}`. */
  readonly one: { readonly operationId: string; readonly description: string };
  /** `/v1/{kind}`, for kinds listed whole. */
  readonly all?: { readonly operationId: string; readonly summary: string; readonly description: string };
}

/**
 * A kind of record a release publishes, described once. From the registry of kinds
 * (RECORD_KINDS) the release bundle takes its tables, the loader its items, the API its routes
 * (and through them the OpenAPI schemas), and the portal its lookups and page paths.
 */
export interface RecordKind<R> {
  /** Plural name: the bundle's table (`{name}.csv`), the storage partition and the API's path segment. */
  readonly name: string;
  /** Its columns, in the bundle's table and in the API's CSV. */
  readonly table: Table<R>;
  /** Its records in a release, in published order. */
  readonly recordsOf: (dataset: Dataset) => ReadonlyArray<R>;
  /**
   * A record's identifier as URLs and citations write it (an id, a country's ISO code, a round's number); null for rows
   * without one.
   */
  readonly idOf: ((record: R) => string) | null;
  /** How the API serves the records; null for those only the bundle publishes. */
  readonly served: RecordService<R> | null;
  /** The English path of a record's page in the portal, from its identifier; null when records have no page. */
  readonly page: ((id: string) => string) | null;
}

/** A kind of record, whatever its records: what the registry's consumers need of each. */
// The records' type is erased: each consumer reads a kind's records back through its own facets.
export type AnyRecordKind = RecordKind<any>;

/** Defines a kind of record, its type inferred from its facets. */
export const defineRecordKind = <R>(kind: RecordKind<R>): RecordKind<R> => kind;

/** The path parameter `id` of a kind named by its id, e.g. idParameter('area', AreaId, '2021-2025-ptr'). */
export const idParameter = (noun: string, schema: z.ZodType<string>, example: string): PathParameter => ({
  name: 'id',
  schema,
  expected: `a ${noun} id such as ${example}`,
  description: `${noun[0]!.toUpperCase()}${noun.slice(1)} identifier, e.g. ${example}.`,
});
