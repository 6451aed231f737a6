import { envelope } from '../../schema/index.ts';
import { API_ROUTES } from '../../functions/api-routes.ts';

/** Parses a response body with the schema the OpenAPI document gives for the route of `operationId`. */
export const documented = (operationId: string, body: unknown) =>
  envelope(API_ROUTES.find((r) => r.operationId === operationId)!.data).parse(body) as { data: any; meta: any };
