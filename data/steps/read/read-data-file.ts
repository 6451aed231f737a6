import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import type * as z from 'zod';
import { DataError } from './data-error.ts';

/** A value read from a data file, with the way back to the line that holds each part of it. */
export interface DataFile<T> {
  readonly path: string;
  readonly value: T;
  /** The line that holds the value at `path` (or its nearest existing parent). */
  lineOf(path: ReadonlyArray<PropertyKey>): number;
}

/** Formats a zod issue path as a field name, e.g. `[3].publish` or `isbn`. */
export const fieldName = (path: ReadonlyArray<PropertyKey>) =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('') ||
  '(root)';

/**
 * Reads the hand-written YAML data file at `path` (relative to `root`, and shown so in messages)
 * and validates it against `schema`. Any syntax or schema error is thrown as a DataError naming
 * the file, the line and the field.
 */
export function readDataFile<S extends z.ZodType>(root: string, path: string, schema: S): DataFile<z.infer<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(join(root, path), 'utf8'), { lineCounter, uniqueKeys: true });
  const [syntaxError] = doc.errors;
  if (syntaxError) {
    throw new DataError(path, syntaxError.linePos?.[0].line ?? null, null, syntaxError.message.split('\n')[0]!);
  }
  const lineOf = (path: ReadonlyArray<PropertyKey>) => lineOfPath(doc, lineCounter, path);
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    const [issue] = result.error.issues;
    throw new DataError(path, lineOf(issue!.path), fieldName(issue!.path), issue!.message);
  }
  return { path, value: result.data, lineOf };
}

function lineOfPath(doc: Document, lineCounter: LineCounter, path: ReadonlyArray<PropertyKey>): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}
