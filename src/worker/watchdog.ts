/** How long a document may run on a worker unless told otherwise: far beyond any article's need. */
export const DEFAULT_DOC_TIMEOUT_MS = 60_000;

/** What a worker writes into its task's slot when it begins the task: the two arrays of `Watchdog`. */
export interface SlotBoard {
  /** Per slot: when a worker began the task (ms since the epoch), 0 while it waits in a queue. */
  startedAt: Float64Array;
  /** Per slot: the thread id of the worker that began the task. */
  threadIds: Int32Array;
}

/**
 * Knows, for each document on the workers, whether a worker has begun it and which one, and stops one that
 * runs too long. Workers hold a few documents each, queued, so that none waits for the calling thread between
 * two; a document's clock starts when its worker begins it, not when it is queued: the worker writes the time
 * and its thread id into the task's slot of shared arrays (see worker.ts), and a timer here calls `stop` with
 * the thread of a task whose slot is older than the budget. Ending that thread makes the pool start a new one,
 * so a document stuck in a loop costs one worker start, never the batch; the documents queued behind it on
 * that worker had not begun, and fail with `NotBegunError`, which the pool runs again.
 */
export class Watchdog implements SlotBoard {
  readonly startedAt: Float64Array;
  readonly threadIds: Int32Array;
  private readonly free: number[];
  private readonly running = new Set<number>();
  private readonly overBudget = new Set<number>();
  private timer: NodeJS.Timeout | null = null;

  /**
   * @param slots the most tasks at once
   * @param budgetMs how long a task may run once begun; 0 for no limit (slots are still tracked)
   * @param stop ends the worker thread with this id
   */
  constructor(
    slots: number,
    private readonly budgetMs: number,
    private readonly stop: (threadId: number) => void,
  ) {
    this.startedAt = new Float64Array(new SharedArrayBuffer(slots * Float64Array.BYTES_PER_ELEMENT));
    this.threadIds = new Int32Array(new SharedArrayBuffer(slots * Int32Array.BYTES_PER_ELEMENT));
    this.free = Array.from({ length: slots }, (_, slot) => slot);
  }

  /**
   * Runs `task` with a free slot. It rejects with a `TimeoutError` when the task ran over the budget; with
   * `NotBegunError` when it failed before a worker began it (its worker died of another task).
   */
  async run<T>(task: (slot: number) => Promise<T>): Promise<T> {
    const slot = this.free.pop();
    if (slot === undefined) throw new Error('watchdog: more tasks at once than slots');
    this.startedAt[slot] = 0;
    this.running.add(slot);
    // Checked a few times per budget: a document is stopped at most a quarter of the budget late.
    if (this.budgetMs > 0) this.timer ??= setInterval(() => this.check(), Math.max(10, Math.min(1000, this.budgetMs / 4))).unref();
    try {
      return await task(slot);
    } catch (error) {
      if (this.overBudget.has(slot)) throw new TimeoutError(this.budgetMs);
      if (!this.startedAt[slot]) throw new NotBegunError(error);
      throw error;
    } finally {
      this.running.delete(slot);
      this.overBudget.delete(slot);
      this.free.push(slot);
      if (!this.running.size && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
      }
    }
  }

  private check(): void {
    const now = Date.now();
    for (const slot of this.running) {
      const started = this.startedAt[slot]!;
      if (started && now - started > this.budgetMs && !this.overBudget.has(slot)) {
        this.overBudget.add(slot);
        this.stop(this.threadIds[slot]!);
      }
    }
  }
}

class TimeoutError extends Error {
  constructor(budgetMs: number) {
    super(`stopped after ${budgetMs / 1000} s (--doc-timeout)`);
  }
}

/** A task that failed before a worker began it: it may be run again. */
export class NotBegunError extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}
