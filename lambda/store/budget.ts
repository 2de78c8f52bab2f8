/**
 * One turn's time for storage. Every read and write of a turn draws on the same budget, and
 * each request carries an AbortSignal that fires at the budget's end (or at its own, shorter
 * attempt limit): the AWS SDK aborts the HTTP request on it, so a table that accepts the
 * connection and never answers costs at most what is left of the budget, never the turn.
 */

/** Thrown when the budget ran out before the task could finish. */
export class DeadlineError extends Error {
  constructor() {
    super('The storage time budget for this turn ran out');
    this.name = 'DeadlineError';
  }
}

export class Budget {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly end: number;

  /** @param ms how long, from now, storage may take this turn. */
  constructor(
    ms: number,
    private readonly now: () => number = Date.now,
  ) {
    this.end = now() + ms;
    this.timer = setTimeout(() => this.controller.abort(new DeadlineError()), ms);
    // A budget left behind must not keep a process (the console, a test) alive.
    this.timer.unref();
  }

  /** Fires when the budget runs out. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Milliseconds left, never negative. */
  remaining(): number {
    return Math.max(0, this.end - this.now());
  }

  get expired(): boolean {
    return this.remaining() <= 0 || this.signal.aborted;
  }

  /** A smaller budget inside this one: it ends after `ms` or with this one, whichever first. */
  slice(ms: number): Budget {
    const inner = new Budget(Math.min(ms, this.remaining()), this.now);
    const stop = () => inner.controller.abort(new DeadlineError());
    if (this.signal.aborted) stop();
    else this.signal.addEventListener('abort', stop, { once: true });
    return inner;
  }

  /** The signal for one request: aborts after `ms` or at the budget's end. */
  attempt(ms: number): AbortSignal {
    return AbortSignal.any([
      this.signal,
      AbortSignal.timeout(Math.max(1, Math.min(ms, this.remaining()))),
    ]);
  }

  /** Waits `ms`, or less when the budget runs out first. */
  sleep(ms: number): Promise<void> {
    const wait = Math.min(ms, this.remaining());
    if (wait <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(t);
        this.signal.removeEventListener('abort', done);
        resolve();
      };
      const t = setTimeout(done, wait);
      this.signal.addEventListener('abort', done, { once: true });
    });
  }

  /** Releases the timer once the turn is done with storage. */
  close(): void {
    clearTimeout(this.timer);
  }
}
