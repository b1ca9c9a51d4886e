import { setTimeout as delay } from 'node:timers/promises';
import PQueue from 'p-queue';
import { Piscina } from 'piscina';
import type { DocInput } from '../document.js';
import { SetupError } from '../io/errors.js';
import type { ReadFailure } from '../io/read.js';
import { workerFile } from '../paths.js';
import type { PipelineSource, PipelineSpec } from '../pipeline.js';
import { resultWithoutRecords, type DocResult, type ProcessorOptions } from './result.js';
import { DEFAULT_DOC_TIMEOUT_MS, NotBegunError, Watchdog } from './watchdog.js';

// This module loads no stage: the stages (and their models) load in the workers, while the calling thread
// goes on checking the pipeline, finding the inputs and opening the outputs.

export interface PoolOptions extends ProcessorOptions {
  /** The pipeline, or where to load it from (each worker then loads it itself). */
  pipeline: PipelineSpec | PipelineSource;
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

/**
 * Documents queued on each worker: it goes from one to the next without waiting for this thread, which,
 * with every core busy, may answer late.
 */
const TASKS_PER_WORKER = 4;
/** Runs of a document that fails before a worker begins it, each time because another ended that worker. */
const NOT_BEGUN_ATTEMPTS = 8;

/** How long closing the pool waits for a worker still loading its models, in milliseconds. */
const WORKER_READY_WAIT_MS = 15_000;

/** Where documents run: worker threads, or the calling thread. */
export interface DocumentPool {
  /** How many documents it runs at once; more wait their turn. */
  readonly concurrency: number;
  /** Settles once the pipeline is built; rejects with a SetupError when it cannot be. */
  ready(): Promise<void>;
  run(input: DocInput): Promise<DocResult>;
  close(): Promise<void>;
}

/** Starts the workers (or builds the pipeline on this thread) at once; documents may be given straight away. */
export function startPool(options: PoolOptions): DocumentPool {
  const { pipeline, workers, docTimeoutMs = DEFAULT_DOC_TIMEOUT_MS, workerMemoryMb = null, ...processorOptions } = options;
  const name = 'nameOrFile' in pipeline ? pipeline.nameOrFile : pipeline.name;
  const setupError = (error: unknown) => new SetupError(`the pipeline "${name}" could not be built: ${error instanceof Error ? error.message : String(error)}`);
  if (workers === 0) {
    const processor = Promise.all([import('../pipeline.js'), import('./process.js')]).then(([{ resolvePipeline }, { createDocumentProcessor }]) =>
      createDocumentProcessor(resolvePipeline(pipeline), processorOptions),
    );
    processor.catch(() => {}); // reported by ready()
    return {
      concurrency: 1,
      ready: () => processor.then(() => undefined, (error: unknown) => Promise.reject(setupError(error))),
      run: async (input) => (await processor)(input),
      close: async () => {},
    };
  }
  const concurrency = workers * TASKS_PER_WORKER;
  const watchdog = new Watchdog(concurrency, docTimeoutMs, (threadId) => void pool.threads.find((thread) => thread.threadId === threadId)?.terminate());
  const pool = new Piscina({
    filename: workerFile,
    workerData: { pipeline, options: processorOptions, board: { startedAt: watchdog.startedAt, threadIds: watchdog.threadIds } },
    // One worker starts at once, the others when documents wait for them: models loading on every worker
    // at once delay the first record. A worker, once started, stays.
    minThreads: 1,
    maxThreads: workers,
    idleTimeout: Infinity,
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    ...(workerMemoryMb ? { resourceLimits: { maxOldGenerationSizeMb: workerMemoryMb } } : {}),
  });
  // A worker that dies (or cannot build the pipeline) fails the documents it held: the one it had begun is
  // reported, the others run again; the pool replaces it. Without a listener the pool's 'error' event would
  // end the process.
  pool.on('error', () => {});
  const built = pool.run(null, { name: 'ready' });
  built.catch(() => {}); // reported by ready()
  const run = async (input: DocInput): Promise<DocResult> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await watchdog.run((slot) => pool.run({ input, slot }));
      } catch (error) {
        if (!(error instanceof NotBegunError)) throw error;
        if (attempt === NOT_BEGUN_ATTEMPTS) throw error.reason;
      }
    }
  };
  return {
    concurrency,
    ready: () => built.then(() => undefined, (error: unknown) => Promise.reject(setupError(error))),
    run,
    // A worker stopped while it still loads its models may abort the whole process (seen when a run ends
    // at once on bad usage): the pool is destroyed once the first worker is ready, or has had its time.
    close: async () => {
      await Promise.race([built.catch(() => {}), delay(WORKER_READY_WAIT_MS, undefined, { ref: false })]);
      await pool.destroy();
    },
  };
}

/**
 * Runs documents on the pool and yields their results in input order, once the pipeline is built. At
 * most a few documents per worker are in flight or waiting to be written, so memory stays flat however
 * long the input is, and a slow consumer (the writer waiting on a full disk or pipe) pauses reading.
 * The pool stays open: its owner closes it.
 */
export async function* processInOrder(inputs: AsyncIterable<DocInput | ReadFailure>, pool: DocumentPool): AsyncGenerator<DocResult> {
  await pool.ready();
  const queue = new PQueue({ concurrency: pool.concurrency });
  const window = Math.max(4, pool.concurrency * 4);
  const pending = new Map<number, Promise<DocResult>>();
  let next = 0;
  for await (const input of inputs) {
    pending.set(input.index, 'stage' in input
      ? Promise.resolve(failed(input.index, input.docId, input.stage, input.message))
      : queue.add(() => pool.run(input))
          .catch((error: unknown) => failed(input.index, input.docId, 'worker', error instanceof Error ? error.message : String(error))));
    while (pending.size >= window) yield await take();
  }
  while (pending.size) yield await take();

  async function take(): Promise<DocResult> {
    const result = await pending.get(next)!;
    pending.delete(next);
    next++;
    return result;
  }
}

function failed(index: number, docId: string, stage: string, message: string): DocResult {
  return resultWithoutRecords(index, docId, { doc_id: docId, stage, message });
}
