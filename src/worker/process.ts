import type { DocInput } from '../document.js';
import { createRunner, type PipelineSpec } from '../pipeline.js';
import { resultWithoutRecords, type DocResult, type ProcessorOptions } from './result.js';

/** Runs documents through a pipeline and serialises what they give: the same in a worker or in-process. */
export function createDocumentProcessor(spec: PipelineSpec, options: ProcessorOptions = {}): (input: DocInput) => DocResult {
  const run = createRunner(spec);
  return (input) => {
    const { doc, error, alreadyWritten } = run(input);
    if (!doc) return resultWithoutRecords(input.index, input.docId, error, alreadyWritten);
    let lines = '';
    for (const record of doc.records) lines += JSON.stringify(record) + '\n';
    return {
      index: input.index,
      docId: input.docId,
      lines,
      docLine: options.docLines ? JSON.stringify({ doc_id: doc.docId, doc_sha256: doc.sha256, title: doc.title, text: doc.text }) + '\n' : '',
      error: null,
      alreadyWritten: false,
      counts: {
        sentences: doc.sentences.length,
        claims: doc.records.length,
        attributions: doc.attributions?.length ?? 0,
        quantities: doc.quantities?.length ?? 0,
      },
    };
  };
}
