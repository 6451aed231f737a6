import { GetItemCommand, QueryCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CURSOR_KEY_ATTRIBUTE } from './cursor-key.ts';
import { cursorKeyKey, keyAttributes, pointerKey, type ItemKey } from './table-design.ts';

/** An item as the API reads it. */
export interface ReadItem {
  readonly sk: string;
  readonly json: string;
  readonly total: number | null;
}

/** One page of a partition, in sort-key order. */
export interface ReadPage {
  readonly items: ReadonlyArray<ReadItem>;
  /** Whether the partition holds more items (that match the filter) after the last one returned. */
  readonly more: boolean;
}

/** Options of a partition query. */
export interface QueryOptions {
  readonly limit: number;
  /** Sort key after which to start (exclusive). */
  readonly after?: string;
  readonly descending?: boolean;
  /** Only the items whose attributes have these values, compared by DynamoDB (a FilterExpression of equalities). */
  readonly filter?: Readonly<Record<string, string>>;
}

/** The reads the API makes: one GetItem, or the Query of one page. */
export interface ReleaseStore {
  /** The id of the current release, or null when none has been published. */
  currentRelease(): Promise<string | null>;
  /** The secret key that signs pagination cursors, or null when no load has written one (cursor-key.ts). */
  cursorKey(): Promise<Uint8Array | null>;
  get(key: ItemKey): Promise<ReadItem | null>;
  /**
   * The first `limit` items of a partition after `after` (that match `filter`): one Query, unless
   * DynamoDB stops short of a full page (at 1 MB, or because the filter left items out); then further
   * Queries continue where the last one stopped, until the page is full or the partition ends.
   */
  query(partition: string, options: QueryOptions): Promise<ReadPage>;
}

/** Thrown when the table cannot be read: the API answers 503 and never shows the cause. */
export class StorageUnavailable extends Error {
  constructor(cause: unknown) {
    super('the data store is unavailable', { cause });
    this.name = 'StorageUnavailable';
  }
}

/** The longest key attributes DynamoDB accepts, in bytes of UTF-8: longer ones make it refuse the whole request. */
export const KEY_LIMITS = { pk: 2048, sk: 1024 } as const;

/**
 * Thrown, before anything is sent, for a key longer than DynamoDB accepts: no item can have it, so the request that
 * asked for it named something that cannot exist. `value` is the attribute's value, which holds the input at fault.
 */
export class OversizedKey extends Error {
  constructor(
    readonly attribute: keyof typeof KEY_LIMITS,
    readonly value: string,
  ) {
    super(`a ${attribute} of ${Buffer.byteLength(value)} bytes is longer than DynamoDB accepts`);
    this.name = 'OversizedKey';
  }
}

/** `value`, checked to be short enough for the key attribute `attribute`: an OversizedKey otherwise. */
const withinLimit = (attribute: keyof typeof KEY_LIMITS, value: string) => {
  if (Buffer.byteLength(value) > KEY_LIMITS[attribute]) throw new OversizedKey(attribute, value);
  return value;
};

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
  const getItem = (key: ItemKey) => {
    const Key = keyAttributes({ pk: withinLimit('pk', key.pk), sk: withinLimit('sk', key.sk) });
    return send(() => client.send(new GetItemCommand({ TableName: table, Key })));
  };
  return {
    async currentRelease() {
      const { Item } = await getItem(pointerKey);
      return Item?.release?.S ?? null;
    },
    async cursorKey() {
      const { Item } = await getItem(cursorKeyKey);
      return Item?.[CURSOR_KEY_ATTRIBUTE]?.B ?? null;
    },
    async get(key) {
      const { Item } = await getItem(key);
      return Item ? readItem(Item) : null;
    },
    async query(partition, { limit, after, descending = false, filter = {} }) {
      const conditions = Object.entries(filter);
      // Attribute names go through placeholders: `status` is a reserved word of DynamoDB.
      const filtering =
        conditions.length === 0
          ? {}
          : {
              FilterExpression: conditions.map((_, i) => `#f${i} = :f${i}`).join(' AND '),
              ExpressionAttributeNames: Object.fromEntries(conditions.map(([name], i) => [`#f${i}`, name])),
            };
      const values = {
        ':pk': { S: withinLimit('pk', partition) },
        ...(after === undefined ? {} : { ':after': { S: withinLimit('sk', after) } }),
        ...Object.fromEntries(conditions.map(([, value], i) => [`:f${i}`, { S: value }])),
      };
      const items: ReadItem[] = [];
      let start: Record<string, AttributeValue> | undefined;
      do {
        const result = await send(() =>
          client.send(
            new QueryCommand({
              TableName: table,
              KeyConditionExpression:
                after === undefined ? 'pk = :pk' : `pk = :pk AND sk ${descending ? '<' : '>'} :after`,
              ExpressionAttributeValues: values,
              ...filtering,
              ScanIndexForward: !descending,
              // Limit counts the items read, matching or not; one more than the page tells whether
              // another page exists, without a further read.
              Limit: limit + 1,
              ExclusiveStartKey: start,
            }),
          ),
        );
        items.push(...(result.Items ?? []).map(readItem));
        start = result.LastEvaluatedKey;
      } while (start !== undefined && items.length <= limit);
      // The next page starts after the last item returned, not where DynamoDB stopped: items read past
      // it, matching or not, are read again then, never skipped.
      return { items: items.slice(0, limit), more: items.length > limit };
    },
  };
}
