import { handle } from 'hono/aws-lambda';
import { apiFromEnvironment } from './api-from-environment.ts';

/** The AWS Lambda entry point (Function URL, payload v2): the Hono app, nothing more. */
export const handler = handle(apiFromEnvironment(process.env));
