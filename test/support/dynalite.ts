/**
 * A real DynamoDB engine for tests: dynalite (DynamoDB's API over an in-memory LevelDB),
 * started in-process on 127.0.0.1 on a free port, with a client pointed at it.
 */
import { CreateTableCommand, DynamoDBClient, waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

// dynalite ships no type declarations; this is the one function the tests use.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dynalite = require('dynalite') as (options: { createTableMs: number }) => Server;

export interface LocalDynamo {
  endpoint: string;
  /** A fresh client; `maxAttempts: 1` so the tests see every fault the repository sees. */
  newClient(): DynamoDBClient;
  /** Creates a table with partition key `id` (string) and returns its name. */
  createTable(name?: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startDynalite(): Promise<LocalDynamo> {
  const server = dynalite({ createTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const clients: DynamoDBClient[] = [];
  const newClient = () => {
    const client = new DynamoDBClient({
      endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      maxAttempts: 1,
    });
    clients.push(client);
    return client;
  };
  const admin = newClient();
  return {
    endpoint,
    newClient,
    async createTable(name = `users-${randomUUID()}`) {
      await admin.send(
        new CreateTableCommand({
          TableName: name,
          AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
      // The waiter's default first delay is 20 s; dynalite is ready at once.
      await waitUntilTableExists(
        { client: admin, minDelay: 0.05, maxDelay: 0.2, maxWaitTime: 5 },
        { TableName: name },
      );
      return name;
    },
    async stop() {
      for (const c of clients) c.destroy();
      await new Promise<void>((resolve, reject) =>
        server.close((e) => (e ? reject(e) : resolve())),
      );
    },
  };
}
