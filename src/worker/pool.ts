import PQueue from 'p-queue';
import { Piscina } from 'piscina';
import type { DocInput } from '../document.js';
import { SetupError } from '../io/errors.js';
import type { ReadFailure } from '../io/read.js';
import { workerFile } from '../paths.js';
import type { PipelineSpec } from '../pipeline.js';
import { createDocumentProcessor, type DocResult, type ProcessorOptions } from './process.js';

export interface PoolOptions extends ProcessorOptions {
  pipeline: PipelineSpec;
  /** Worker threads; 0 runs every document on the calling thread. */
  workers: number;
}

const NO_COUNTS = { sentences: 0, claims: 0, attributions: 0, quantities: 0 };

function failed(index: number, docId: string, stage: string, message: string): DocResult {
  return { index, docId, lines: '', docLine: '', error: { doc_id: docId, stage, message }, counts: NO_COUNTS };
}

/**
 * Sends documents to the worker pool and yields their results in input order. At most a few documents
 * per worker are in flight or waiting to be written, so memory stays flat however long the input is, and
 * a slow consumer (the writer waiting on a full disk or pipe) pauses reading.
 */
export async function* processInOrder(inputs: AsyncIterable<DocInput | ReadFailure>, options: PoolOptions): AsyncGenerator<DocResult> {
  const { pipeline, workers, ...processorOptions } = options;
  const pool = workers > 0
    ? new Piscina({ filename: workerFile, workerData: { pipeline, options: processorOptions }, minThreads: workers, maxThreads: workers })
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
  const queue = new PQueue({ concurrency: Math.max(1, workers * 2) });
  const window = Math.max(4, workers * 8);
  const pending = new Map<number, Promise<DocResult>>();
  let next = 0;
  try {
    for await (const input of inputs) {
      pending.set(input.index, 'stage' in input
        ? Promise.resolve(failed(input.index, input.docId, input.stage, input.message))
        : queue.add(async () => (pool ? ((await pool.run(input)) as DocResult) : local!(input)))
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
