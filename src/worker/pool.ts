import PQueue from 'p-queue';
import { Piscina } from 'piscina';
import type { DocInput } from '../document.js';
import { SetupError } from '../io/errors.js';
import type { ReadFailure } from '../io/read.js';
import { workerFile } from '../paths.js';
import type { PipelineSpec } from '../pipeline.js';
import { createDocumentProcessor, resultWithoutRecords, type DocResult, type ProcessorOptions } from './process.js';
import { DEFAULT_DOC_TIMEOUT_MS, Watchdog } from './watchdog.js';

export interface PoolOptions extends ProcessorOptions {
  pipeline: PipelineSpec;
  /** Worker threads; 0 runs every document on the calling thread. */
  workers: number;
  /**
   * Milliseconds a document may run on a worker before it is stopped and reported; 0 for no limit. Only
   * with workers: the calling thread cannot be interrupted. Default 60,000.
   */
  docTimeoutMs?: number;
  /**
   * The heap of each worker, in MB: a document that needs more ends its worker, is reported, and a new
   * worker takes the next documents. Default: Node's own limit.
   */
  workerMemoryMb?: number | null;
}

function failed(index: number, docId: string, stage: string, message: string): DocResult {
  return resultWithoutRecords(index, docId, { doc_id: docId, stage, message });
}

/**
 * Sends documents to the worker pool and yields their results in input order. At most a few documents
 * per worker are in flight or waiting to be written, so memory stays flat however long the input is, and
 * a slow consumer (the writer waiting on a full disk or pipe) pauses reading.
 */
export async function* processInOrder(inputs: AsyncIterable<DocInput | ReadFailure>, options: PoolOptions): AsyncGenerator<DocResult> {
  const { pipeline, workers, docTimeoutMs = DEFAULT_DOC_TIMEOUT_MS, workerMemoryMb = null, ...processorOptions } = options;
  const concurrency = Math.max(1, workers * 2);
  const watchdog = workers > 0 && docTimeoutMs > 0 ? new Watchdog(concurrency, docTimeoutMs) : null;
  const pool = workers > 0
    ? new Piscina({
        filename: workerFile,
        workerData: { pipeline, options: processorOptions, startedAt: watchdog?.startedAt ?? null },
        minThreads: workers,
        maxThreads: workers,
        ...(workerMemoryMb ? { resourceLimits: { maxOldGenerationSizeMb: workerMemoryMb } } : {}),
      })
    : null;
  // A worker that dies (or cannot build the pipeline) fails the documents it held, which are reported
  // one by one; the pool replaces it. Without a listener the pool's 'error' event would end the process.
  pool?.on('error', () => {});
  let local: ReturnType<typeof createDocumentProcessor> | null = null;
  try {
    if (pool) await pool.run(null, { name: 'ready' });
    else local = createDocumentProcessor(pipeline, processorOptions);
  } catch (error) {
    await pool?.destroy();
    throw new SetupError(`the pipeline "${pipeline.name}" could not be built: ${error instanceof Error ? error.message : String(error)}`);
  }
  const queue = new PQueue({ concurrency });
  const runOnPool = (input: DocInput): Promise<DocResult> =>
    watchdog
      ? watchdog.run((slot, signal) => pool!.run({ input, slot }, { signal })).catch((error: unknown) => {
          if (error instanceof Error && error.name === 'AbortError') throw new Error(`stopped after ${docTimeoutMs / 1000} s (--doc-timeout)`);
          throw error;
        })
      : pool!.run({ input, slot: -1 });
  const window = Math.max(4, workers * 8);
  const pending = new Map<number, Promise<DocResult>>();
  let next = 0;
  try {
    for await (const input of inputs) {
      pending.set(input.index, 'stage' in input
        ? Promise.resolve(failed(input.index, input.docId, input.stage, input.message))
        : queue.add(async () => (pool ? runOnPool(input) : local!(input)))
            .catch((error: unknown) => failed(input.index, input.docId, 'worker', error instanceof Error ? error.message : String(error))));
      while (pending.size >= window) yield await take();
    }
    while (pending.size) yield await take();
  } finally {
    await pool?.destroy();
  }

  async function take(): Promise<DocResult> {
    const result = await pending.get(next)!;
    pending.delete(next);
    next++;
    return result;
  }
}
