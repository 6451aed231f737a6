import { GetItemCommand, QueryCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { keyAttributes, pointerKey, type ItemKey } from './table-design.ts';

/** An item as the API reads it. */
export interface ReadItem {
  readonly sk: string;
  readonly json: string;
  readonly total: number | null;
}

/** One page of a partition, in sort-key order. */
export interface ReadPage {
  readonly items: ReadonlyArray<ReadItem>;
  /** Whether the partition holds more items after the last one returned. */
  readonly more: boolean;
}

/** Options of a partition query. */
export interface QueryOptions {
  readonly limit: number;
  /** Sort key after which to start (exclusive). */
  readonly after?: string;
  readonly descending?: boolean;
}

/** The reads the API makes: each method is exactly one GetItem or one Query. */
export interface ReleaseStore {
  /** The id of the current release, or null when none has been published. */
  currentRelease(): Promise<string | null>;
  get(key: ItemKey): Promise<ReadItem | null>;
  query(partition: string, options: QueryOptions): Promise<ReadPage>;
}

/** Thrown when the table cannot be read: the API answers 503 and never shows the cause. */
export class StorageUnavailable extends Error {
  constructor(cause: unknown) {
    super('the data store is unavailable', { cause });
    this.name = 'StorageUnavailable';
  }
}

const readItem = (item: Record<string, AttributeValue>): ReadItem => ({
  sk: item.sk!.S!,
  json: item.json!.S!,
  total: item.total?.N === undefined ? null : Number(item.total.N),
});

/** A ReleaseStore over a DynamoDB table laid out as table-design.ts describes. */
export function dynamoReleaseStore(client: DynamoDBClient, table: string): ReleaseStore {
  const send = async <T>(read: () => Promise<T>) => {
    try {
      return await read();
    } catch (error) {
      throw new StorageUnavailable(error);
    }
  };
  const getItem = (key: ItemKey) => send(() => client.send(new GetItemCommand({ TableName: table, Key: keyAttributes(key) })));
  return {
    async currentRelease() {
      const { Item } = await getItem(pointerKey);
      return Item?.release?.S ?? null;
    },
    async get(key) {
      const { Item } = await getItem(key);
      return Item ? readItem(Item) : null;
    },
    async query(partition, { limit, after, descending = false }) {
      // One item more than asked tells whether another page exists, without a second read.
      const result = await send(() =>
        client.send(
          new QueryCommand({
            TableName: table,
            KeyConditionExpression: after === undefined ? 'pk = :pk' : `pk = :pk AND sk ${descending ? '<' : '>'} :after`,
            ExpressionAttributeValues: { ':pk': { S: partition }, ...(after === undefined ? {} : { ':after': { S: after } }) },
            ScanIndexForward: !descending,
            Limit: limit + 1,
          }),
        ),
      );
      const items = (result.Items ?? []).map(readItem);
      // DynamoDB stops at 1 MB per Query: a short page with LastEvaluatedKey still has a next one.
      return { items: items.slice(0, limit), more: items.length > limit || result.LastEvaluatedKey !== undefined };
    },
  };
}
