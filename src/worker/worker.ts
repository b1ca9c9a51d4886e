import { workerData } from 'piscina';
import type { DocInput } from '../document.js';
import type { PipelineSpec } from '../pipeline.js';
import { createDocumentProcessor, type ProcessorOptions } from './process.js';

// A piscina worker: builds the pipeline once from the spec the pool was given, then turns each document's
// bytes into finished JSONL. It never touches the file system.
const { pipeline, options } = workerData as { pipeline: PipelineSpec; options: ProcessorOptions };
const processDocument = createDocumentProcessor(pipeline, options);

export default function (input: DocInput) {
  return processDocument(input);
}

/** Answers once the pipeline is built, so that a pipeline that cannot be built stops the run at once. */
export function ready(): true {
  return true;
}
