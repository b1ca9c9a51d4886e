import { createHash } from 'node:crypto';
import { closeSync, createReadStream, fstatSync, openSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { buffer } from 'node:stream/consumers';
import type { DocFormat, DocInput } from '../document.js';
import type { InputEntry } from './discover.js';

/** A document that could not be read; it becomes an error record in the output. */
export interface ReadFailure {
  index: number;
  docId: string;
  stage: 'read';
  message: string;
}

export interface ReadOptions {
  /**
   * The largest document, in bytes (a file, a JSONL line's text, or stdin): a larger one is reported as a
   * failure without being read whole. Default 10 MiB, far above any article.
   */
  maxBytes?: number;
  /**
   * `{index, count}`: read only the documents whose doc_id hashes to shard `index` of `count` (0-based), so
   * that `count` processes split a corpus with no overlap. Default: every document.
   */
  shard?: Shard | null;
}

export interface Shard {
  index: number;
  count: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Whether a document is in the shard (always, without one): the same for a doc_id on every machine and run. */
export function inShard(docId: string, shard: Shard | null): boolean {
  return !shard || createHash('sha256').update(docId).digest().readUInt32BE(0) % shard.count === shard.index;
}

/** What the readers below produce; `readDocuments` numbers them. */
type Unnumbered = Omit<DocInput, 'index'> | Omit<ReadFailure, 'index'>;

type Stdin = NodeJS.ReadableStream | AsyncIterable<Buffer | string>;

type FileEntry = Extract<InputEntry, { kind: 'file' }>;

type JsonlLine =
  | { id: string | undefined; text: string; meta: Record<string, unknown> }
  | { problem: 'not JSON' | 'not a JSON object' | 'no "text" string' };

function parseJsonlLine(line: string): JsonlLine {
  let value: unknown;
  try {
    // Files saved on Windows may start with a byte order mark, which JSON does not allow.
    value = JSON.parse(line.replace(/^\uFEFF/, ''));
  } catch {
    return { problem: 'not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'not a JSON object' };
  const { id, text, ...meta } = value as Record<string, unknown>;
  if (typeof text !== 'string') return { problem: 'no "text" string' };
  return { id: typeof id === 'string' || typeof id === 'number' ? String(id) : undefined, text, meta };
}

/** A line of a JSONL feed as a document, or as a failure that says which line is wrong. */
function jsonlItem(line: JsonlLine, source: string, lineNumber: number, maxBytes: number): Unnumbered {
  const lineId = `${source}#${lineNumber}`;
  if ('problem' in line) return { docId: lineId, stage: 'read', message: `line ${lineNumber}: ${line.problem}` };
  const docId = line.id ?? lineId;
  // A UTF-8 byte is at least a third of a UTF-16 unit, so most texts pass without being measured.
  if (line.text.length * 3 > maxBytes && Buffer.byteLength(line.text) > maxBytes) return tooBig(docId, Buffer.byteLength(line.text), maxBytes);
  return { docId, format: 'text', input: line.text, meta: line.meta };
}

function tooBig(docId: string, bytes: number, maxBytes: number): Omit<ReadFailure, 'index'> {
  return { docId, stage: 'read', message: `${bytes} bytes, more than the limit of ${maxBytes} (--max-bytes)` };
}

function failure(docId: string, error: unknown): Omit<ReadFailure, 'index'> {
  return { docId, stage: 'read', message: error instanceof Error ? error.message : String(error) };
}

/** Streams a JSONL file line by line, so a big feed is never held whole. */
async function* readJsonlFile(entry: FileEntry, maxBytes: number): AsyncGenerator<Unnumbered> {
  let lineNumber = 0;
  try {
    for await (const line of createInterface({ input: createReadStream(entry.path, 'utf8'), crlfDelay: Infinity })) {
      lineNumber += 1;
      if (line.trim() !== '') yield jsonlItem(parseJsonlLine(line), entry.docId, lineNumber, maxBytes);
    }
  } catch (error) {
    yield failure(entry.docId, error);
  }
}

/**
 * Read with blocking calls: an article is read in microseconds, while the promise API costs several
 * thread-pool round trips a file, which were most of the main thread's work on a folder of small files.
 * The size is checked on the open file, before its bytes are read.
 */
function readDocumentFile(entry: FileEntry, format: DocFormat, maxBytes: number): Unnumbered {
  try {
    const fd = openSync(entry.path, 'r');
    try {
      const { size } = fstatSync(fd);
      return size > maxBytes ? tooBig(entry.docId, size, maxBytes) : { docId: entry.docId, format, input: readFileSync(fd), meta: {} };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return failure(entry.docId, error);
  }
}

/** Stdin is a JSONL feed when every non-blank line is a JSON object, else one text document. */
async function* readStdin(stdin: Stdin, maxBytes: number): AsyncGenerator<Unnumbered> {
  const bytes = await buffer(stdin);
  const lines = bytes
    .toString('utf8')
    .split('\n')
    .map((line, i) => ({ lineNumber: i + 1, line }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ lineNumber, line }) => ({ lineNumber, parsed: parseJsonlLine(line) }));
  const isJsonl =
    lines.length > 0 &&
    lines.every(({ parsed }) => !('problem' in parsed) || parsed.problem === 'no "text" string');
  if (!isJsonl) {
    // The bytes, not a string, so that the decode stage detects the encoding as it does for files.
    yield bytes.length > maxBytes ? tooBig('stdin', bytes.length, maxBytes) : { docId: 'stdin', format: 'text', input: bytes, meta: {} };
    return;
  }
  for (const { parsed, lineNumber } of lines) yield jsonlItem(parsed, 'stdin', lineNumber, maxBytes);
}

function readEntry(entry: InputEntry, stdin: Stdin, maxBytes: number): AsyncIterable<Unnumbered> | Iterable<Unnumbered> {
  if (entry.kind === 'stdin') return readStdin(stdin, maxBytes);
  const { format } = entry;
  return format === 'jsonl' ? readJsonlFile(entry, maxBytes) : [readDocumentFile(entry, format, maxBytes)];
}

/**
 * Reads the inputs in order, numbering documents from 0. A document that cannot be read is yielded as a
 * `ReadFailure` (never thrown), so one bad file does not stop the run. With a shard, a file of another
 * shard is not even opened; the lines of a feed are read and those of other shards passed over.
 */
export async function* readDocuments(
  entries: InputEntry[],
  stdin: Stdin,
  { maxBytes = DEFAULT_MAX_BYTES, shard = null }: ReadOptions = {},
): AsyncGenerator<DocInput | ReadFailure> {
  let index = 0;
  for (const entry of entries) {
    if (entry.kind === 'file' && entry.format !== 'jsonl' && !inShard(entry.docId, shard)) continue;
    for await (const item of readEntry(entry, stdin, maxBytes)) if (inShard(item.docId, shard)) yield { index: index++, ...item };
  }
}
