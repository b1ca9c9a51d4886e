import { closeSync, createWriteStream, existsSync, fstatSync, ftruncateSync, mkdirSync, openSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DocInput } from '../document.js';
import { discoverInputs, type InputEntry } from '../io/discover.js';
import { UsageError } from '../io/errors.js';
import { DEFAULT_MAX_BYTES, readDocuments, type ReadFailure, type Shard } from '../io/read.js';
import { keepWrittenDocLines, readResumeState, type ResumeState } from '../io/resume.js';
import { close, write } from '../io/streams.js';
import type { MainIO } from '../main.js';
import { isValidDay } from '../nlp/dates.js';
import type { PipelineSource } from '../pipeline.js';
import { processInOrder, startPool, type DocumentPool } from '../worker/pool.js';
import { DEFAULT_DOC_TIMEOUT_MS } from '../worker/watchdog.js';
import { wholeNumber } from './options.js';

// `claimline extract`: documents in, claim records out. ../pipeline.js is imported when documents are to
// be read: it loads every stage, which --help and usage errors should not wait for.

export const EXTRACT_USAGE = `Usage: claimline extract <paths…> [options]

Turns news articles into claim records (schema claim/1), one JSON object per line.
Paths are files or folders (.txt .md .html .htm .jsonl, searched recursively); - reads stdin.

Options:
  -o, --out FILE          where the records go; - is stdout            (default: -)
  -p, --pipeline NAME|FILE  a pipeline of pipelines/ or a JSON file     (default: default)
      --all               a record for every sentence, not only claims (default: off)
      --date YYYY-MM-DD   the day relative dates count from, for documents
                          without a published/date field             (default: none)
      --aliases FILE      more actor aliases, lines "canonical | type | kind | aliases"
                          as in src/lexicon/actors.txt; may be repeated
  -w, --workers N         worker threads; 0 runs on the main thread    (default: cores - 1, at least 1)
      --resume            keep the documents that --out already holds in full, do the rest
      --shard I/N         only the documents whose doc_id hashes to shard I of N (0 ≤ I < N),
                          so that N runs split a corpus                 (default: all)
      --max-bytes N       a larger document is reported, not read       (default: 10485760)
      --doc-timeout S     seconds a document may take on a worker; 0 for no limit (default: 60)
      --worker-memory MB  heap of each worker; a document that needs more is reported
                                                                       (default: Node's limit)
      --errors FILE       failed documents as JSONL {doc_id, stage, message} (default: stderr)
      --docs-out FILE     each document's text as JSONL {doc_id, doc_sha256, title, text}
  -q, --quiet             no progress line and no summary
  -h, --help              this text
  -v, --version           the version
`;

export async function extractCommand(args: string[], io: MainIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o', default: '-' },
      pipeline: { type: 'string', short: 'p', default: 'default' },
      all: { type: 'boolean', default: false },
      date: { type: 'string' },
      aliases: { type: 'string', multiple: true },
      workers: { type: 'string', short: 'w' },
      errors: { type: 'string' },
      'docs-out': { type: 'string' },
      resume: { type: 'boolean', default: false },
      shard: { type: 'string' },
      'max-bytes': { type: 'string' },
      'doc-timeout': { type: 'string' },
      'worker-memory': { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(EXTRACT_USAGE);
    return 0;
  }
  if (!positionals.length) throw new UsageError('extract needs at least one path (or - for stdin)');
  // One core is left to the main thread, which reads and writes, and to V8's helper threads (compiling,
  // collecting garbage): on two cores one worker did 440–470 documents a second and two 330–395.
  const workers = values.workers === undefined ? Math.max(1, availableParallelism() - 1) : wholeNumber('--workers', values.workers, 0);
  if (values.date !== undefined && !isValidDay(values.date)) throw new UsageError(`--date takes a day as YYYY-MM-DD, not "${values.date}"`);
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : wholeNumber('--max-bytes', values['max-bytes'], 1);
  const docTimeoutMs = values['doc-timeout'] === undefined ? DEFAULT_DOC_TIMEOUT_MS : seconds('--doc-timeout', values['doc-timeout']) * 1000;
  if (values['doc-timeout'] !== undefined && docTimeoutMs > 0 && workers === 0) throw new UsageError('--doc-timeout needs worker threads: the main thread cannot be interrupted (--workers 0)');
  const workerMemoryMb = values['worker-memory'] === undefined ? null : wholeNumber('--worker-memory', values['worker-memory'], 64);
  const shard = values.shard === undefined ? null : parseShard(values.shard);
  if (values.resume && values.out === '-') throw new UsageError('--resume needs --out FILE: it reads what that file already holds');
  const pipeline: PipelineSource = { nameOrFile: values.pipeline, run: { all: values.all, date: values.date, aliases: aliasFiles(values.aliases ?? [], io.cwd) }, cwd: io.cwd };
  // The pool starts first: loading the stages and their models takes a worker about a second, in which
  // this thread checks the pipeline, finds the inputs and opens the outputs.
  const pool = startPool({ pipeline, workers, docLines: !!values['docs-out'], docTimeoutMs, workerMemoryMb });
  try {
    const { resolvePipeline } = await import('../pipeline.js');
    resolvePipeline(pipeline); // a pipeline that is wrong is a usage error, before any output is touched
    return await extractWith(pool, values, await discoverInputs(positionals, io.cwd), { maxBytes, shard }, io);
  } finally {
    await pool.close();
  }
}

/** The run itself, once the pool is started and the pipeline checked. */
async function extractWith(
  pool: DocumentPool,
  values: { out: string; errors?: string; 'docs-out'?: string; resume: boolean; quiet: boolean },
  entries: InputEntry[],
  { maxBytes, shard }: { maxBytes: number; shard: Shard | null },
  io: MainIO,
): Promise<number> {
  const resume = values.resume ? await readResumeState(resolve(io.cwd, values.out)) : null;
  if (resume && values['docs-out']) await keepWrittenDocLines(resolve(io.cwd, values['docs-out']), resume);
  // Every output is opened before any is emptied, so that one that cannot be opened leaves the others as they were.
  const opened: number[] = [];
  let out: NodeJS.WritableStream, errors: NodeJS.WritableStream, docsOut: NodeJS.WritableStream | null;
  try {
    const outFile = openOutput(values.out, io, opened);
    const errorsFile = values.errors ? openOutput(values.errors, io, opened) : null;
    const docsFile = values['docs-out'] ? openOutput(values['docs-out'], io, opened) : null;
    // The output keeps what --resume keeps; the errors file starts afresh, as every failed document is tried again.
    if (outFile) truncateFile(outFile.fd, resume?.keepBytes ?? 0);
    if (errorsFile) truncateFile(errorsFile.fd, 0);
    if (docsFile && !resume) truncateFile(docsFile.fd, 0);
    out = outFile?.stream ?? io.stdout;
    errors = errorsFile?.stream ?? io.stderr;
    docsOut = docsFile?.stream ?? null;
  } catch (error) {
    for (const fd of opened) closeSync(fd);
    throw error;
  }
  const progress = new Progress(io.stderr, !values.quiet && !!io.stderr.isTTY, entries.every((e) => e.kind === 'file' && e.format !== 'jsonl') && !shard ? entries.length : null);
  const totals = { documents: 0, kept: 0, sentences: 0, claims: 0, attributions: 0, quantities: 0, errors: 0 };

  const documents = readDocuments(entries, io.stdin, { maxBytes, shard });
  const results = processInOrder(resume ? markWritten(documents, resume) : documents, pool);
  for await (const result of results) {
    totals.documents++;
    if (result.alreadyWritten) totals.kept++;
    totals.sentences += result.counts.sentences;
    totals.claims += result.counts.claims;
    totals.attributions += result.counts.attributions;
    totals.quantities += result.counts.quantities;
    if (result.error) {
      totals.errors++;
      await write(errors, JSON.stringify(result.error) + '\n');
    }
    await write(out, result.lines);
    if (docsOut) await write(docsOut, result.docLine);
    progress.tick(totals.documents);
  }
  progress.clear();
  await Promise.all([out, errors, docsOut].map((stream) => (stream && stream !== io.stdout && stream !== io.stderr ? close(stream) : undefined)));

  if (!values.quiet) {
    const t = totals;
    io.stderr.write(
      `claimline: ${t.documents} documents${t.kept ? ` (${t.kept} already in the output)` : ''}, ${t.sentences} sentences, ${t.claims} claims ` +
        `(${t.attributions} attributions, ${t.quantities} quantities), ${t.errors} errors, ` +
        `${progress.seconds().toFixed(1)} s${values.out === '-' ? '' : ` → ${values.out}`}\n`,
    );
  }
  return totals.errors ? 1 : 0;
}

/** The --aliases files as absolute paths; one that does not exist is a usage error. */
function aliasFiles(names: string[], cwd: string): string[] {
  return names.map((name) => {
    const file = resolve(cwd, name);
    if (!existsSync(file)) throw new UsageError(`--aliases: no such file: ${name}`);
    return file;
  });
}

/** Cuts an output file to `length` bytes; a device or a pipe (`--out /dev/null`) has nothing to cut. */
function truncateFile(fd: number, length: number): void {
  if (fstatSync(fd).isFile()) ftruncateSync(fd, length);
}

/**
 * `-` is stdout (null here); a file is opened (and its folder made) at once, so that one that cannot be
 * written (a folder, no permission) is a usage error rather than an unhandled stream error once documents
 * flow. It is opened to append and not emptied: the caller empties it once every output is open. The file
 * descriptor goes on `opened`.
 */
function openOutput(path: string, io: MainIO, opened: number[]): { fd: number; stream: NodeJS.WritableStream } | null {
  if (path === '-') return null;
  const file = resolve(io.cwd, path);
  let fd: number;
  try {
    mkdirSync(dirname(file), { recursive: true });
    fd = openSync(file, 'a');
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as Error).message}`);
  }
  opened.push(fd);
  return { fd, stream: createWriteStream(file, { fd }) };
}

/** With --resume, each document carries the versions of it that the output already holds. */
async function* markWritten(documents: AsyncIterable<DocInput | ReadFailure>, resume: ResumeState): AsyncGenerator<DocInput | ReadFailure> {
  for await (const document of documents) {
    const written = 'stage' in document ? undefined : resume.written.get(document.docId);
    yield written ? { ...document, alreadyWritten: written } : document;
  }
}


function seconds(option: string, value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0) throw new UsageError(`${option} takes seconds (0 for no limit), not "${value}"`);
  return number;
}

function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(count >= 1 && index < count)) throw new UsageError(`--shard takes I/N with 0 ≤ I < N, such as 0/4, not "${value}"`);
  return { index, count };
}

/** One line on a terminal: documents done (of how many, when known), documents a second, time left. */
class Progress {
  private readonly started = performance.now();
  private shownAt = 0;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly enabled: boolean,
    private readonly total: number | null,
  ) {}

  seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  tick(done: number): void {
    const now = performance.now();
    if (!this.enabled || now - this.shownAt < 200) return;
    this.shownAt = now;
    const rate = done / this.seconds();
    const eta = this.total && rate ? `, ETA ${Math.ceil((this.total - done) / rate)} s` : '';
    this.stream.write(`\r\x1b[K${done}${this.total ? `/${this.total}` : ''} documents, ${rate.toFixed(1)} documents/s${eta}`);
  }

  clear(): void {
    if (this.enabled && this.shownAt) this.stream.write('\r\x1b[K');
  }
}
