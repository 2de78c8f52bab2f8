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
  private controller?: AbortController;
  private timer?: NodeJS.Timeout;
  private closed = false;
  private readonly end: number;

  /** @param ms how long, from now, storage may take this turn. */
  constructor(
    ms: number,
    private readonly now: () => number = Date.now,
  ) {
    this.end = now() + ms;
  }

  /**
   * Fires when the budget runs out. Made on first use, with its timer: only the slice a request
   * is handed to needs one. (An AbortController costs about 6 us in Node and outlives young
   * garbage collections; one per budget and slice, four to seven a turn, grew the warm heap by
   * some 15 MB between full collections.)
   */
  get signal(): AbortSignal {
    if (!this.controller) {
      const controller = (this.controller = new AbortController());
      const left = this.remaining();
      if (left <= 0) controller.abort(new DeadlineError());
      else if (!this.closed) {
        this.timer = setTimeout(() => controller.abort(new DeadlineError()), left);
        // A budget left behind must not keep a process (the console, a test) alive.
        this.timer.unref();
      }
    }
    return this.controller.signal;
  }

  /** Milliseconds left, never negative. */
  remaining(): number {
    return Math.max(0, this.end - this.now());
  }

  get expired(): boolean {
    return this.remaining() <= 0 || (this.controller?.signal.aborted ?? false);
  }

  /**
   * A smaller budget inside this one: it ends after `ms` or with this one, whichever first.
   * Its signal needs no link to this one's: it ends no later, and a budget only ever aborts at
   * its own end.
   */
  slice(ms: number): Budget {
    return new Budget(Math.min(ms, this.remaining()), this.now);
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
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
  }
}
