import { GetItemCommand, QueryCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CURSOR_KEY_ATTRIBUTE } from './cursor-key.ts';
import { cursorKeyKey, keyAttributes, pointerKey, type ItemKey } from './table-design.ts';

/** An item as the API reads it. */
export interface ReadItem {
  readonly sk: string;
  readonly json: string;
  /** In a listing: how many items the partition holds, or, read by a prefix, how many share that prefix. */
  readonly total: number | null;
}

/** One page of a partition, in sort-key order. */
export interface ReadPage {
  readonly items: ReadonlyArray<ReadItem>;
  /** Whether the partition holds more items (with the prefix) after the last one returned. */
  readonly more: boolean;
}

/** Options of a partition query. */
export interface QueryOptions {
  readonly limit: number;
  /** Sort key after which to start (exclusive). */
  readonly after?: string;
  readonly descending?: boolean;
  /** Only the items whose sort key begins with this (a key condition: DynamoDB reads no other item). */
  readonly prefix?: string;
}

/** The reads the API makes: one GetItem, or the Query of one page. */
export interface ReleaseStore {
  /** The id of the current release, or null when none has been published. */
  currentRelease(): Promise<string | null>;
  /** The secret key that signs pagination cursors, or null when no load has written one (cursor-key.ts). */
  cursorKey(): Promise<Uint8Array | null>;
  get(key: ItemKey): Promise<ReadItem | null>;
  /**
   * The first `limit` items of a partition (with `prefix`) after `after`, reading `limit` + 1 at most: one Query,
   * unless DynamoDB stops short of a full page at 1 MB; then further Queries continue where the last one stopped.
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

const readItem = (item: Record<string, AttributeValue>, prefix: string | undefined): ReadItem => {
  const total = prefix === undefined ? item.total : item.totals?.M?.[prefix];
  return { sk: item.sk!.S!, json: item.json!.S!, total: total?.N === undefined ? null : Number(total.N) };
};

/**
 * Where a Query of the keys beginning with `prefix` starts, given the key to continue after: the first key (undefined),
 * that key, or null when every key with the prefix comes before it in the order read.
 */
function startOf(prefix: string, after: string | undefined, descending: boolean): string | undefined | null {
  // No key is empty (nor may a start key be): every key comes after the empty string.
  if (after === '') return descending ? null : undefined;
  if (after === undefined || after.startsWith(prefix)) return after;
  return after < prefix !== descending ? undefined : null;
}

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
      return Item ? readItem(Item, undefined) : null;
    },
    async query(partition, { limit, after, descending = false, prefix = '' }) {
      const pk = withinLimit('pk', partition);
      const from = startOf(
        withinLimit('sk', prefix),
        after === undefined ? undefined : withinLimit('sk', after),
        descending,
      );
      if (from === null) return { items: [], more: false };
      const items: ReadItem[] = [];
      // A key to continue after is a start key (any key of the partition will do, and DynamoDB reads nothing before
      // it); the prefix is the key condition, which the start key satisfies.
      let start: Record<string, AttributeValue> | undefined =
        from === undefined ? undefined : keyAttributes({ pk, sk: from });
      do {
        const result = await send(() =>
          client.send(
            new QueryCommand({
              TableName: table,
              KeyConditionExpression: prefix === '' ? 'pk = :pk' : 'pk = :pk AND begins_with(sk, :prefix)',
              ExpressionAttributeValues: {
                ':pk': { S: pk },
                ...(prefix === '' ? {} : { ':prefix': { S: prefix } }),
              },
              ScanIndexForward: !descending,
              // One more than the page tells whether another page exists, without a further read.
              Limit: limit + 1 - items.length,
              ExclusiveStartKey: start,
            }),
          ),
        );
        items.push(...(result.Items ?? []).map((item) => readItem(item, prefix === '' ? undefined : prefix)));
        start = result.LastEvaluatedKey;
      } while (start !== undefined && items.length <= limit);
      return { items: items.slice(0, limit), more: items.length > limit };
    },
  };
}
