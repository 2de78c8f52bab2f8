/**
 * Makes a real DynamoDB client fail its next `n` calls the way a throttled table does, before
 * the request leaves the process. Everything else about the client stays real.
 */
import {
  ProvisionedThroughputExceededException,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';

export interface Faults {
  /** Fail the next `n` calls. */
  failNext(n: number): void;
  /** Calls failed so far. */
  readonly failed: number;
}

export function injectThrottling(client: DynamoDBClient): Faults {
  let remaining = 0;
  let failed = 0;
  client.middlewareStack.add(
    (next) => async (args) => {
      if (remaining > 0) {
        remaining--;
        failed++;
        throw new ProvisionedThroughputExceededException({
          message: 'Injected: throughput exceeded',
          $metadata: { httpStatusCode: 400 },
        });
      }
      return next(args);
    },
    { step: 'initialize', name: 'injectThrottling' },
  );
  return {
    failNext(n) {
      remaining = n;
    },
    get failed() {
      return failed;
    },
  };
}
