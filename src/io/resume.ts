import { createReadStream, createWriteStream, existsSync, renameSync } from 'node:fs';
import { SetupError } from './errors.js';
import { close, write } from './streams.js';

// --resume: what an earlier, interrupted run already wrote. Records of one document are written together
// and in input order, so every document of an output file but the last is complete; the last may have been
// cut off, and so may the last line. Those are dropped and done again.

export interface ResumeState {
  /** doc_id → the doc_sha256 values of that id whose records the output holds in full. */
  written: Map<string, string[]>;
  /** Bytes at the start of the file that hold exactly those records. */
  keepBytes: number;
}

/** The complete lines of a file with the byte offset after each, read in chunks; a last line without `\n` is left out. */
async function* completeLines(path: string): AsyncGenerator<{ line: string; end: number }> {
  let pending: Buffer[] = [];
  let offset = 0; // bytes of the file before the current chunk
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let newline = chunk.indexOf(10); newline >= 0; newline = chunk.indexOf(10, from)) {
      pending.push(chunk.subarray(from, newline));
      yield { line: Buffer.concat(pending).toString('utf8'), end: offset + newline + 1 };
      pending = [];
      from = newline + 1;
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
    offset += chunk.length;
  }
}

function parseRecord(line: string): { docId: string; sha256: string } | null {
  try {
    const { doc_id: docId, doc_sha256: sha256 } = JSON.parse(line) as Record<string, unknown>;
    return typeof docId === 'string' && typeof sha256 === 'string' ? { docId, sha256 } : null;
  } catch {
    return null;
  }
}

/** Reads an output file of claim records. A missing file is an empty one. */
export async function readResumeState(path: string): Promise<ResumeState> {
  const written = new Map<string, string[]>();
  let keepBytes = 0;
  if (!existsSync(path)) return { written, keepBytes };
  let current: { docId: string; sha256: string } | null = null;
  let lineStart = 0;
  let lineNumber = 0;
  for await (const { line, end } of completeLines(path)) {
    lineNumber++;
    const record = parseRecord(line);
    if (!record) throw new SetupError(`--resume: line ${lineNumber} of ${path} is not a claim record`);
    if (current && (record.docId !== current.docId || record.sha256 !== current.sha256)) {
      // A new document begins here, so the one before is complete.
      written.set(current.docId, [...(written.get(current.docId) ?? []), current.sha256]);
      keepBytes = lineStart;
    }
    current = record;
    lineStart = end;
  }
  return { written, keepBytes };
}

/** Whether the output already holds this version of a document. */
export function isWritten(state: ResumeState, docId: string, sha256: string): boolean {
  return state.written.get(docId)?.includes(sha256) ?? false;
}

/**
 * Rewrites a `--docs-out` file with only the lines of documents the claims output holds in full, so that
 * the documents done again do not appear twice. A missing file stays missing.
 */
export async function keepWrittenDocLines(path: string, state: ResumeState): Promise<void> {
  if (!existsSync(path)) return;
  const temporary = `${path}.resume-${process.pid}`;
  const file = createWriteStream(temporary);
  try {
    for await (const { line } of completeLines(path)) {
      const record = parseRecord(line);
      if (record && isWritten(state, record.docId, record.sha256)) await write(file, line + '\n');
    }
  } finally {
    await close(file);
  }
  renameSync(temporary, path);
}
