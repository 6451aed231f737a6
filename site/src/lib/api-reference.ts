import * as z from 'zod';
import { API_ROUTES } from '../../../functions/api-routes.ts';
import { RECORD_KINDS } from '../../../schema/index.ts';
import { openApiDocument } from '../../../functions/openapi-document.ts';

/** The API's OpenAPI document: the very document `/v1/openapi.json` serves. */
export const apiDocument = openApiDocument(API_ROUTES);

interface JsonSchema {
  type?: string | string[];
  $ref?: string;
  enum?: unknown[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  default?: unknown;
}

/** A JSON Schema as a short type a reader scans: `string`, `"a" | "b"`, `Action[]`, `integer | null`. */
export function typeOf(schema: JsonSchema): string {
  if (schema.$ref) return schema.$ref.split('/').at(-1)!;
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' | ');
  if (schema.prefixItems) return `[${schema.prefixItems.map(typeOf).join(', ')}]`;
  if (schema.type === 'array') return `${schema.items ? typeOf(schema.items) : 'any'}[]`;
  return [schema.type ?? 'any'].flat().join(' | ');
}

/** Every endpoint with its parameters, in the order the API documents them. */
export const endpoints = Object.entries(apiDocument.paths).map(([path, { get }]) => ({
  path,
  tag: get.tags[0]!,
  summary: get.summary,
  description: get.description,
  parameters: get.parameters.map((p) => ({
    name: p.name,
    in: p.in,
    required: p.required,
    description: p.description,
    type: typeOf(p.schema as JsonSchema),
  })),
}));

const named = Object.keys(apiDocument.components.schemas).filter((name) => !name.endsWith('Response'));
const kindSchemas = RECORD_KINDS.flatMap((kind) =>
  kind.served ? [z.globalRegistry.get(kind.served.schema)!.id!] : [],
);

/**
 * Every named schema of the API, each with its fields: those of the kinds of record first, in the
 * registry's order, then those they and the responses are made of.
 */
export const recordSchemas = [...kindSchemas, ...named.filter((name) => !kindSchemas.includes(name))].map((name) => {
  const schema = apiDocument.components.schemas[name] as JsonSchema;
  return {
    name,
    description: schema.description,
    fields: Object.entries(schema.properties ?? {}).map(([field, property]) => ({
      name: field,
      type: typeOf(property),
      required: schema.required?.includes(field) ?? false,
      description: property.description,
    })),
  };
});
