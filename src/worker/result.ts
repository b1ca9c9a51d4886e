/** What comes back from a worker for one document: finished JSONL, so little crosses the thread. */
export interface DocResult {
  index: number;
  docId: string;
  /** The document's claim records, one JSON line each, `\n`-terminated; '' when none or when it failed. */
  lines: string;
  /** `{doc_id, doc_sha256, title, text}` as one JSON line, for `--docs-out`; '' when not asked for or failed. */
  docLine: string;
  error: { doc_id: string; stage: string; message: string } | null;
  /** The output already held this document (`--resume`), so nothing was made. */
  alreadyWritten: boolean;
  counts: { sentences: number; claims: number; attributions: number; quantities: number };
}

/** The result of a document that made no records: it failed, or the output already held it. */
export function resultWithoutRecords(index: number, docId: string, error: DocResult['error'], alreadyWritten = false): DocResult {
  return { index, docId, lines: '', docLine: '', error, alreadyWritten, counts: { sentences: 0, claims: 0, attributions: 0, quantities: 0 } };
}

export interface ProcessorOptions {
  /** Also return each document's text as a `docLine` (for `--docs-out`). Default false. */
  docLines?: boolean;
}
