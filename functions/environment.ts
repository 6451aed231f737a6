/**
 * The environment the CDK gives the project's Lambda functions, named once for the constructs
 * that set it (cdk/lib) and the handlers that read it.
 */

/** The variable naming the DynamoDB table the function reads or publishes into. */
export const TABLE_NAME = 'TABLE_NAME';

/** The table named by TABLE_NAME; a function deployed without it cannot start. */
export function tableName(environment: Readonly<Record<string, string | undefined>>): string {
  const table = environment[TABLE_NAME];
  if (!table) throw new Error(`${TABLE_NAME} must name the DynamoDB table of the portal`);
  return table;
}
