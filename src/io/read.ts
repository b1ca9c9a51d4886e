import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
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
function jsonlItem(line: JsonlLine, source: string, lineNumber: number): Unnumbered {
  const lineId = `${source}#${lineNumber}`;
  return 'problem' in line
    ? { docId: lineId, stage: 'read', message: `line ${lineNumber}: ${line.problem}` }
    : { docId: line.id ?? lineId, format: 'text', input: line.text, meta: line.meta };
}

function failure(docId: string, error: unknown): Omit<ReadFailure, 'index'> {
  return { docId, stage: 'read', message: error instanceof Error ? error.message : String(error) };
}

/** Streams a JSONL file line by line, so a big feed is never held whole. */
async function* readJsonlFile(entry: FileEntry): AsyncGenerator<Unnumbered> {
  let lineNumber = 0;
  try {
    for await (const line of createInterface({ input: createReadStream(entry.path, 'utf8'), crlfDelay: Infinity })) {
      lineNumber += 1;
      if (line.trim() !== '') yield jsonlItem(parseJsonlLine(line), entry.docId, lineNumber);
    }
  } catch (error) {
    yield failure(entry.docId, error);
  }
}

async function* readDocumentFile(entry: FileEntry, format: DocFormat): AsyncGenerator<Unnumbered> {
  try {
    yield { docId: entry.docId, format, input: await readFile(entry.path), meta: {} };
  } catch (error) {
    yield failure(entry.docId, error);
  }
}

/** Stdin is a JSONL feed when every non-blank line is a JSON object, else one text document. */
async function* readStdin(stdin: Stdin): AsyncGenerator<Unnumbered> {
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
    yield { docId: 'stdin', format: 'text', input: bytes, meta: {} };
    return;
  }
  for (const { parsed, lineNumber } of lines) yield jsonlItem(parsed, 'stdin', lineNumber);
}

function readEntry(entry: InputEntry, stdin: Stdin): AsyncGenerator<Unnumbered> {
  if (entry.kind === 'stdin') return readStdin(stdin);
  const { format } = entry;
  return format === 'jsonl' ? readJsonlFile(entry) : readDocumentFile(entry, format);
}

/**
 * Reads the inputs in order, numbering documents from 0. A document that cannot be read is yielded as a
 * `ReadFailure` (never thrown), so one bad file does not stop the run.
 */
export async function* readDocuments(
  entries: InputEntry[],
  stdin: Stdin,
): AsyncGenerator<DocInput | ReadFailure> {
  let index = 0;
  for (const entry of entries) {
    for await (const item of readEntry(entry, stdin)) yield { index: index++, ...item };
  }
}
