import { DeadlineError, type Budget } from './budget';
import type { StoreCall } from './types';

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
  // One attempt ran past its own limit and was aborted; the budget decides whether to go on.
  'AbortError',
  // Another local process held the file store's lock for a moment too long.
  'LockTimeoutError',
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
  // An SDK error with no HTTP status never got an answer: the connection failed or was cut.
  // (Inside some sandboxes the SDK only sees such an error as a wrapped string, without its code.)
  if (err.$metadata && err.$metadata.httpStatusCode === undefined) return true;
  return (err.$metadata?.httpStatusCode ?? 0) >= 500;
}

/**
 * True for a failure that may have happened after the request reached the table: the answer
 * was lost, not refused (a timeout, an abort, a connection cut mid-request). A write that
 * failed this way may have landed.
 */
export function mayHaveLanded(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const err = e as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  if (err.code === 'ECONNREFUSED' || err.name === 'DeadlineError') return false;
  if (err.name === 'AbortError' || err.name === 'TimeoutError') return true;
  if (err.code === 'ECONNRESET' || err.code === 'EPIPE' || err.code === 'ETIMEDOUT') return true;
  return !!err.$metadata && err.$metadata.httpStatusCode === undefined;
}

/** How to retry. Tests pass a fake `sleep` and `random`. */
export interface RetryPolicy {
  /** Extra tries after the first; Infinity retries until the budget runs out. */
  retries: number;
  /** The backoff before the first retry, doubling for each one after (before jitter). */
  baseDelayMs: number;
  /** No backoff longer than this. */
  maxDelayMs: number;
  /** One request may take this long before it is aborted and retried. */
  attemptMs: number;
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1): the jitter. */
  random?: () => number;
}

/**
 * Runs `task`, retrying transient failures with "full jitter" backoff (a random wait up to
 * the doubling delay): several devices throttled at once then spread out instead of retrying
 * in step. Every attempt gets a call whose signal is the budget's, limited to `attemptMs` (made
 * only if the store reads it); once the budget is spent the last error is thrown.
 */
export async function withRetries<T>(
  task: (call: StoreCall) => Promise<T>,
  policy: RetryPolicy,
  budget: Budget,
): Promise<T> {
  const random = policy.random ?? Math.random;
  for (let attempt = 0; ; attempt++) {
    if (budget.expired) throw new DeadlineError();
    // A slice, not an AbortSignal.timeout: its timer is cleared when the attempt ends, where
    // a timeout signal (and AbortSignal.any over it) lives on until it fires, holding the turn.
    const slice = budget.slice(policy.attemptMs);
    try {
      return await task(slice);
    } catch (e) {
      if (attempt >= policy.retries || !isTransient(e) || budget.expired) throw e;
      const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(attempt, 20));
      const wait = Math.round(random() * cap);
      // Not worth waiting when no attempt could follow the wait.
      if (wait >= budget.remaining()) throw e;
      await (policy.sleep ? policy.sleep(wait) : budget.sleep(wait));
    } finally {
      slice.close();
    }
  }
}
