import { randomBytes } from 'node:crypto';
import { PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { cursorKeyKey, keyAttributes } from './table-design.ts';

/** The attribute of the cursor key's item that holds the key. */
export const CURSOR_KEY_ATTRIBUTE = 'key';

/**
 * Writes the table's secret key for signing pagination cursors, unless it already has one: a random 256-bit key,
 * written once and never overwritten, so that every instance of the API signs alike and the cursors of pages cached
 * for a year stay valid across loads and deployments. The public never reads the table, so the key stays secret.
 */
export async function writeCursorKeyOnce(client: DynamoDBClient, table: string): Promise<void> {
  try {
    await client.send(
      new PutItemCommand({
        TableName: table,
        Item: { ...keyAttributes(cursorKeyKey), [CURSOR_KEY_ATTRIBUTE]: { B: randomBytes(32) } },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (!(error instanceof Error && error.name === 'ConditionalCheckFailedException')) throw error;
  }
}
