import { threadId } from 'node:worker_threads';
import { workerData } from 'piscina';
import type { DocInput } from '../document.js';
import { resolvePipeline, type PipelineSource, type PipelineSpec } from '../pipeline.js';
import { createDocumentProcessor } from './process.js';
import type { ProcessorOptions } from './result.js';
import type { SlotBoard } from './watchdog.js';

// A piscina worker: loads the pipeline the pool was given (or reads it from its source) and builds it
// once, then turns each document's bytes into finished JSONL. The calling thread reads the documents.
const { pipeline, options, board } = workerData as { pipeline: PipelineSpec | PipelineSource; options: ProcessorOptions; board: SlotBoard };
const processDocument = createDocumentProcessor(resolvePipeline(pipeline), options);
// The stages load their models on first use. Loading them now, before the pool hands this worker a
// document, keeps that time out of the first document's budget (--doc-timeout).
processDocument({ index: -1, docId: 'warm-up', format: 'text', input: 'Officials said on Monday that 12 people were killed.', meta: {} });

/** One document; `slot` is where the pool's watchdog (watchdog.ts) reads when the document began, and on which thread. */
export default function ({ input, slot }: { input: DocInput; slot: number }) {
  board.threadIds[slot] = threadId;
  board.startedAt[slot] = Date.now();
  return processDocument(input);
}

/** Answers once the pipeline is built, so that a pipeline that cannot be built stops the run at once. */
export function ready(): true {
  return true;
}
