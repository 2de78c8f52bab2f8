import { FileStore } from './file-store';
import type { UserStore } from './types';

/**
 * The store the environment asks for: DynamoDB when TABLE_NAME is set (the Lambda), otherwise
 * JSON files under DATA_DIR (default `.data`) for the local console.
 *
 * The DynamoDB store is required only when it is used: loading the AWS SDK costs about 70 ms of
 * cold start that the console and the file-backed skill never need.
 */
export function storeFromEnv(env: NodeJS.ProcessEnv = process.env): UserStore {
  if (env.TABLE_NAME) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { DynamoDbStore } = require('./dynamodb-store') as typeof import('./dynamodb-store');
    return new DynamoDbStore({ tableName: env.TABLE_NAME });
  }
  return new FileStore(env.DATA_DIR || '.data');
}
