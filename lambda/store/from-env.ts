import { DynamoDbStore } from './dynamodb-store';
import { FileStore } from './file-store';
import type { UserStore } from './types';

/**
 * The store the environment asks for: DynamoDB when TABLE_NAME is set (the Lambda), otherwise
 * JSON files under DATA_DIR (default `.data`) for the local console.
 */
export function storeFromEnv(env: NodeJS.ProcessEnv = process.env): UserStore {
  if (env.TABLE_NAME) return new DynamoDbStore({ tableName: env.TABLE_NAME });
  return new FileStore(env.DATA_DIR || '.data');
}
