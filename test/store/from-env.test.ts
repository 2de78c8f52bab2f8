import { DynamoDbStore } from '../../lambda/store/dynamodb-store';
import { FileStore } from '../../lambda/store/file-store';
import { storeFromEnv } from '../../lambda/store/from-env';

describe('storeFromEnv', () => {
  it('uses DynamoDB when TABLE_NAME is set (the Lambda)', () => {
    const store = storeFromEnv({ TABLE_NAME: 'users', AWS_REGION: 'eu-west-1' });
    expect(store).toBeInstanceOf(DynamoDbStore);
  });

  it('uses files under DATA_DIR, or .data, otherwise', () => {
    expect(storeFromEnv({ DATA_DIR: '/tmp/coach' })).toMatchObject({ dir: '/tmp/coach' });
    const local = storeFromEnv({});
    expect(local).toBeInstanceOf(FileStore);
    expect(local).toMatchObject({ dir: '.data' });
  });
});
