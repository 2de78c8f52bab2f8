/**
 * The cloud store: one DynamoDB item per user, `{ id, version, attributes }`. `id` is the
 * partition key and `attributes` holds the record, as ask-sdk's DynamoDB adapter lays items out;
 * the top-level numeric `version` is what the conditional write checks.
 */
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
} from '@aws-sdk/lib-dynamodb';
import { VersionConflictError, type StoreCall, type UserRecord, type UserStore } from './types';

/** Where the table is and, optionally, the client to reach it with. */
export interface DynamoDbStoreOptions {
  /** The table's name; its partition key is the string attribute `id`. */
  tableName: string;
  /**
   * A configured client. When absent, one is built from the standard AWS SDK configuration
   * (AWS_REGION, credentials, AWS_ENDPOINT_URL_DYNAMODB for a local or compatible endpoint).
   */
  client?: DynamoDBClient;
}

/**
 * The repository retries throttling itself within the turn's time budget, so the SDK's own
 * retries (with their longer backoff) are turned off, and slow connections give up early.
 * Each call also carries the budget's AbortSignal; `throwOnRequestTimeout` makes the request
 * timeout an error too (without it the SDK only logs a warning and keeps waiting).
 */
export const defaultClientConfig: DynamoDBClientConfig = {
  maxAttempts: 1,
  requestHandler: { connectionTimeout: 800, requestTimeout: 1500, throwOnRequestTimeout: true },
};

export class DynamoDbStore implements UserStore {
  private readonly doc: DynamoDBDocumentClient;
  private readonly tableName: string;

  constructor(options: DynamoDbStoreOptions) {
    this.tableName = options.tableName;
    const client = options.client ?? new DynamoDBClient(defaultClientConfig);
    this.doc = DynamoDBDocumentClient.from(client, {
      marshallOptions: { removeUndefinedValues: true },
    });
  }

  async get(userId: string, options: StoreCall = {}): Promise<UserRecord | undefined> {
    const { Item } = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: { id: userId }, ConsistentRead: true }),
      { abortSignal: options.signal },
    );
    if (!Item) return undefined;
    // The top-level version is the one the condition checks, so it is the true one.
    return { ...(Item.attributes as UserRecord), version: Number(Item.version ?? 0) };
  }

  async put(
    userId: string,
    record: UserRecord,
    expectedVersion: number,
    options: StoreCall = {},
  ): Promise<UserRecord> {
    const version = expectedVersion + 1;
    const stored = { ...record, version };
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { id: userId, version, attributes: stored },
          ...(expectedVersion === 0
            ? { ConditionExpression: 'attribute_not_exists(id)' }
            : {
                ConditionExpression: '#version = :expected',
                ExpressionAttributeNames: { '#version': 'version' },
                ExpressionAttributeValues: { ':expected': expectedVersion },
              }),
        }),
        { abortSignal: options.signal },
      );
    } catch (e) {
      // By name, not instanceof: a caller's client may come from another copy of the SDK.
      if ((e as Error).name === 'ConditionalCheckFailedException') {
        throw new VersionConflictError();
      }
      throw e;
    }
    return stored;
  }

  async delete(userId: string, options: StoreCall = {}): Promise<void> {
    await this.doc.send(new DeleteCommand({ TableName: this.tableName, Key: { id: userId } }), {
      abortSignal: options.signal,
    });
  }
}
