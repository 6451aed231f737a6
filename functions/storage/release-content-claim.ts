import {
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import type { ReleaseRecord } from '../../schema/index.ts';
import { keyAttributes, releaseClaimKey, releaseKey, type ItemKey } from './table-design.ts';

/** What holds a release id for other content: its published marker, or the claim of a load not yet complete. */
type Holder = 'marker' | 'claim';

/**
 * Thrown when a release id already holds other content than the bundle being loaded, published under it or claimed by a
 * load of it that is under way or was interrupted.
 */
export class ReleaseContentConflict extends Error {
  constructor(release: string, held: string, offered: string, holder: Holder) {
    const sums = `(SHA256SUMS ${held}, this bundle ${offered})`;
    super(
      holder === 'marker'
        ? `release ${release} is already published with other content ${sums}; publish the change as a new release`
        : `release ${release} is claimed by a load of other content, under way or interrupted ${sums}; ` +
            'publish the change as a new release, or load that content again to complete its load',
    );
    this.name = 'ReleaseContentConflict';
  }
}

/**
 * Claims a release id for a bundle's content before any of it is written; the same content may claim it again, to
 * complete an interrupted load. Throws ReleaseContentConflict when another content holds the claim.
 */
export const claimRelease = (client: DynamoDBClient, table: string, release: string, sha256sums: string) =>
  putUnlessOtherContent(client, table, releaseClaimKey(release), {}, { release, sha256sums, holder: 'claim' });

/**
 * Writes a release's marker once all its content is written, which makes it readable pinned and eligible to be made
 * current. Throws ReleaseContentConflict when the marker is already there for other content.
 */
export const markReleaseLoaded = (client: DynamoDBClient, table: string, record: ReleaseRecord) =>
  putUnlessOtherContent(
    client,
    table,
    releaseKey(record.id),
    { json: { S: JSON.stringify(record) } },
    { release: record.id, sha256sums: record.sha256sums, holder: 'marker' },
  );

/**
 * One conditional PutItem of an item naming a content by its digest: the check that no other content holds the key
 * and the write are one atomic step, so of loaders of different contents racing for it exactly one succeeds.
 */
async function putUnlessOtherContent(
  client: DynamoDBClient,
  table: string,
  key: ItemKey,
  attributes: Record<string, AttributeValue>,
  { release, sha256sums, holder }: { release: string; sha256sums: string; holder: Holder },
) {
  try {
    await client.send(
      new PutItemCommand({
        TableName: table,
        Item: { ...keyAttributes(key), ...attributes, sha256sums: { S: sha256sums } },
        ConditionExpression: 'attribute_not_exists(pk) OR sha256sums = :mine',
        ExpressionAttributeValues: { ':mine': { S: sha256sums } },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    const held = await client.send(
      new GetItemCommand({ TableName: table, Key: keyAttributes(key), ConsistentRead: true }),
    );
    throw new ReleaseContentConflict(release, held.Item?.sha256sums?.S ?? 'none recorded', sha256sums, holder);
  }
}
