/**
 * Quick retries for faults that pass: throttling, a briefly unavailable table, a dropped
 * connection. Anything else (a conflict, a bad request) is the caller's to handle at once.
 */

const TransientNames = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
  'RequestTimeout',
]);

const NetworkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
]);

/** True for errors worth another try a moment later. */
export function isTransient(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const err = e as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  if (err.name && TransientNames.has(err.name)) return true;
  if (err.code && NetworkCodes.has(err.code)) return true;
  return (err.$metadata?.httpStatusCode ?? 0) >= 500;
}

/** How to retry: how many extra tries, the first delay, and how to wait (tests pass a fake). */
export interface RetryPolicy {
  retries: number;
  baseDelayMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Runs `task`, retrying transient failures with doubling delays. With the defaults used by
 * the repository (3 retries from 100 ms) the waits add up to 700 ms: inside a second.
 */
export async function withRetries<T>(task: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await task();
    } catch (e) {
      if (attempt >= policy.retries || !isTransient(e)) throw e;
      await policy.sleep(policy.baseDelayMs * 2 ** attempt);
    }
  }
}
