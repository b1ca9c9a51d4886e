import { workerData } from 'piscina';
import type { DocInput } from '../document.js';
import type { PipelineSpec } from '../pipeline.js';
import { createDocumentProcessor, type ProcessorOptions } from './process.js';

// A piscina worker: builds the pipeline once from the spec the pool was given, then turns each document's
// bytes into finished JSONL. It never touches the file system.
const { pipeline, options, startedAt } = workerData as { pipeline: PipelineSpec; options: ProcessorOptions; startedAt: Float64Array | null };
const processDocument = createDocumentProcessor(pipeline, options);
// The stages load their models on first use. Loading them now, before the pool hands this worker a
// document, keeps that time out of the first document's budget (--doc-timeout).
processDocument({ index: -1, docId: 'warm-up', format: 'text', input: 'Officials said on Monday that 12 people were killed.', meta: {} });

/** One document; `slot` is where the pool's watchdog (watchdog.ts) reads when the document began, or -1. */
export default function ({ input, slot }: { input: DocInput; slot: number }) {
  if (startedAt && slot >= 0) startedAt[slot] = Date.now();
  return processDocument(input);
}

/** Answers once the pipeline is built, so that a pipeline that cannot be built stops the run at once. */
export function ready(): true {
  return true;
}
