import { resolve } from 'node:path';
import type { DocInput } from './document.js';
import { discoverInputs } from './io/discover.js';
import { inShard, readDocuments, type ReadFailure, type ReadOptions, type Shard } from './io/read.js';
import { checkPipeline, loadPipeline, runOverrides, type PipelineSpec } from './pipeline.js';
import type { ClaimRecord } from './schema/claim.js';
import { processInOrder, startPool } from './worker/pool.js';
import { createDocumentProcessor } from './worker/process.js';
import type { DocResult } from './worker/result.js';

// The library: the same pipeline as the CLI, as functions.

export type { ClaimAttribution, ClaimDate, ClaimEntity, ClaimQuantity, ClaimRecord } from './schema/claim.js';
export { ClaimRecord as ClaimRecordSchema } from './schema/claim.js';
export { builtInPipelines, checkPipeline, loadPipeline, type PipelineSpec } from './pipeline.js';
export { main, type MainIO } from './main.js';
export { compareClaims, COMPARE_DEFAULTS, type CompareOptions } from './compare/index.js';
export { GROUP_KEYS, type GroupKey } from './compare/group.js';
export { readClaimLines, type ClaimLine } from './compare/read.js';
export { renderReport } from './report/html.js';
export type { FigureClaim, FigureInterval, FigureRecord, FigureSource } from './schema/figure.js';
export { FigureRecord as FigureRecordSchema } from './schema/figure.js';

/** A document given as text rather than as a path. */
export interface DocumentText {
  id: string;
  text: string;
  /** Kept as the document's metadata (a `published` date, a URL …). */
  [field: string]: unknown;
}

export interface ExtractOptions {
  /** A pipeline of pipelines/ by name, a pipeline file, or a loaded pipeline. Default `'default'`. */
  pipeline?: string | PipelineSpec;
  /** A record for every sentence. Default false. */
  all?: boolean;
  /**
   * The day (`YYYY-MM-DD`) relative dates count from, for documents without a `published` or `date`
   * field. Default none: their relative dates stay unresolved.
   */
  date?: string;
  /**
   * More actor aliases, laid over the built-in table and the pipeline's own: paths to files (relative to
   * the working directory) or lines, as in src/lexicon/actors.txt: `"canonical | type | kind | aliases"`.
   */
  aliases?: string | string[];
  /** Worker threads; 0 runs on the calling thread. Default 0 for `extractText`, 2 for `extract`. */
  workers?: number;
  /** Told of every document that fails; the others go on. Default: a process warning. */
  onError?: (error: { doc_id: string; stage: string; message: string }) => void;
  /** Files larger than this many bytes are reported, not read. Default 10 MiB. */
  maxBytes?: number;
  /** Only the documents whose id hashes to shard `index` of `count` (0-based). Default: every document. */
  shard?: Shard | null;
  /** Milliseconds a document may run on a worker before it is stopped and reported; 0 for none. Default 60,000. */
  docTimeoutMs?: number;
  /** Each worker's heap in MB; a document that needs more is reported. Default: Node's limit. */
  workerMemoryMb?: number | null;
}

function pipelineOf(options: ExtractOptions): PipelineSpec {
  const pipeline = options.pipeline ?? 'default';
  const spec = typeof pipeline === 'string' ? loadPipeline(pipeline) : pipeline;
  const aliases = (options.aliases === undefined ? [] : [options.aliases].flat()).map((item) => (item.includes('|') ? item : resolve(item)));
  const overrides = runOverrides(spec, { all: options.all, date: options.date, aliases });
  if (!Object.keys(overrides).length) return spec;
  // A loaded pipeline is a valid pipeline file, so the options are laid over it and checked again.
  return checkPipeline({ name: spec.name, stages: spec.stages.map(([name, stageOptions]) => [name, { ...stageOptions }]) }, `pipeline "${spec.name}"`, overrides);
}

function* parseRecords(result: DocResult): Generator<ClaimRecord> {
  for (const line of result.lines.split('\n')) if (line) yield JSON.parse(line) as ClaimRecord;
}

/**
 * Claim records of many documents, in input order: `inputs` are paths (files or folders, as on the command
 * line) or `{id, text}` documents.
 */
export async function* extract(
  inputs: Iterable<string | DocumentText> | AsyncIterable<string | DocumentText>,
  options: ExtractOptions = {},
): AsyncGenerator<ClaimRecord> {
  const onError = options.onError ?? ((e) => process.emitWarning(`${e.doc_id}: ${e.stage}: ${e.message}`, 'ClaimlineWarning'));
  const documents = toDocInputs(inputs, { maxBytes: options.maxBytes, shard: options.shard ?? null });
  const { docTimeoutMs, workerMemoryMb } = options;
  const pool = startPool({ pipeline: pipelineOf(options), workers: options.workers ?? 2, docTimeoutMs, workerMemoryMb });
  try {
    for await (const result of processInOrder(documents, pool)) {
      if (result.error) onError(result.error);
      yield* parseRecords(result);
    }
  } finally {
    await pool.close();
  }
}

async function* toDocInputs(
  inputs: Iterable<string | DocumentText> | AsyncIterable<string | DocumentText>,
  readOptions: ReadOptions,
): AsyncGenerator<DocInput | ReadFailure> {
  const { shard = null } = readOptions;
  let index = 0;
  for await (const input of inputs) {
    if (typeof input === 'string') {
      for await (const doc of readDocuments(await discoverInputs([input], process.cwd()), process.stdin, readOptions)) yield { ...doc, index: index++ };
    } else {
      const { id, text, ...meta } = input;
      if (!inShard(String(id), shard)) continue;
      yield { index: index++, docId: String(id), format: 'text', input: text, meta };
    }
  }
}

/** Processors built for `extractText`, by pipeline: building one compiles every lexicon. */
const processors = new Map<string, ReturnType<typeof createDocumentProcessor>>();

/** The claim records of one text, on the calling thread. Throws when a stage fails. */
export function extractText(text: string, options: Omit<ExtractOptions, 'workers' | 'onError'> & { id?: string } = {}): ClaimRecord[] {
  const pipeline = pipelineOf(options);
  const key = JSON.stringify(pipeline);
  if (!processors.has(key)) processors.set(key, createDocumentProcessor(pipeline));
  const result = processors.get(key)!({ index: 0, docId: options.id ?? 'text', format: 'text', input: text, meta: {} });
  if (result.error) throw new Error(`${result.error.stage}: ${result.error.message}`);
  return [...parseRecords(result)];
}
