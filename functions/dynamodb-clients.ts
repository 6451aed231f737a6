import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';

/**
 * How long the DynamoDB clients of the Lambda functions wait for the store, and how often they try: a store that does
 * not answer fails the call well within the function's own timeout, so that the function reports it rather than being
 * cut off by Lambda. Region, credentials and endpoint still come from the standard AWS environment.
 */

/**
 * The API's, inside its 10 s: a read takes milliseconds, so a call that has not connected in 0.5 s or answered in
 * 1.5 s is abandoned, and three attempts, with the SDK's short backoff between them, end in its 503 problem within
 * about 7 s.
 */
export const API_CLIENT_CONFIG = {
  maxAttempts: 3,
  requestHandler: { connectionTimeout: 500, requestTimeout: 1_500, throwOnRequestTimeout: true },
} satisfies DynamoDBClientConfig;

/**
 * The loader's, inside its 10 minutes: a batch of 25 writes may wait out throttling, so each attempt has 3 s to
 * connect and 20 s to answer, and five attempts of one call take at most two minutes.
 */
export const LOADER_CLIENT_CONFIG = {
  maxAttempts: 5,
  requestHandler: { connectionTimeout: 3_000, requestTimeout: 20_000, throwOnRequestTimeout: true },
} satisfies DynamoDBClientConfig;
