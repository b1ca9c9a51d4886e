/** How long a document may run on a worker unless told otherwise: far beyond any article's need. */
export const DEFAULT_DOC_TIMEOUT_MS = 60_000;

/**
 * Stops a document that runs too long. A task's clock starts when a worker begins it, not when it is
 * queued: the worker writes the time into the task's slot of a shared array (see worker.ts), and a timer
 * here aborts any task whose slot is older than the budget. Aborting a running task makes the pool end its
 * worker and start a new one, so a document stuck in a loop costs one worker start, never the batch.
 */
export class Watchdog {
  /** Per slot: when a worker began the task (ms since the epoch), 0 while it waits for one. */
  readonly startedAt: Float64Array;
  private readonly free: number[];
  private readonly running = new Map<number, AbortController>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    slots: number,
    private readonly budgetMs: number,
  ) {
    this.startedAt = new Float64Array(new SharedArrayBuffer(slots * Float64Array.BYTES_PER_ELEMENT));
    this.free = Array.from({ length: slots }, (_, slot) => slot);
  }

  /** Runs `task` with a free slot and a signal that aborts once the task has run longer than the budget. */
  async run<T>(task: (slot: number, signal: AbortSignal) => Promise<T>): Promise<T> {
    const slot = this.free.pop();
    if (slot === undefined) throw new Error('watchdog: more tasks at once than slots');
    const controller = new AbortController();
    this.startedAt[slot] = 0;
    this.running.set(slot, controller);
    // Checked a few times per budget: a document is stopped at most a quarter of the budget late.
    this.timer ??= setInterval(() => this.check(), Math.max(10, Math.min(1000, this.budgetMs / 4))).unref();
    try {
      return await task(slot, controller.signal);
    } finally {
      this.running.delete(slot);
      this.free.push(slot);
      if (!this.running.size && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
      }
    }
  }

  private check(): void {
    const now = Date.now();
    for (const [slot, controller] of this.running) {
      const started = this.startedAt[slot]!;
      if (started && now - started > this.budgetMs) controller.abort();
    }
  }
}
