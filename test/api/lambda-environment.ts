import { vi } from 'vitest';
import { TABLE_NAME } from '../../functions/environment.ts';

/**
 * Gives the running test file the environment Lambda gives the API function, pointed at the table `table` of the
 * DynamoDB endpoint `endpoint`; `vi.unstubAllEnvs()` takes it away.
 */
export function stubLambdaEnvironment(table: string, endpoint: string) {
  for (const [name, value] of Object.entries({
    [TABLE_NAME]: table,
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
    AWS_REGION: 'local',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
  }))
    vi.stubEnv(name, value);
}
