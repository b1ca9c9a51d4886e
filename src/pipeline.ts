import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { DocInput } from './document.js';
import { UsageError } from './io/errors.js';
import { pipelinesDir } from './paths.js';
import type { ClaimsDoc } from './stages/claims.js';
import { stages, type StageName } from './stages/index.js';

// A pipeline is data: an ordered list of stages with options (pipelines/*.json). It is checked when loaded
// (unknown stage, unknown or ill-typed option, a stage before one it needs), defaults are filled in, and
// the result is frozen. The plain object crosses to every worker, which builds its stages from it once.

export interface PipelineSpec {
  readonly name: string;
  readonly stages: ReadonlyArray<readonly [StageName, Readonly<Record<string, unknown>>]>;
}

const PipelineFile = z
  .object({
    name: z.string(),
    description: z.string().optional(),
    stages: z.array(z.union([z.string(), z.tuple([z.string(), z.record(z.string(), z.unknown())])])),
  })
  .strict();

/** Options that the command line lays over a pipeline's own: `{claims: {all: true}}` for `--all`. */
export type StageOverrides = Partial<Record<StageName, Record<string, unknown>>>;

/** What the command line and the library lay over any pipeline. */
export interface RunOptions {
  /** A record for every sentence. */
  all?: boolean;
  /** The day relative dates count from, `YYYY-MM-DD`. */
  date?: string;
  /** More actor aliases: absolute paths of files, or alias lines. */
  aliases?: readonly string[];
}

/**
 * The run options as stage options for `spec`: `all` and `date` → `{claims: …}`, `aliases` →
 * `{tag: {aliases: [...the pipeline's own aliases, ...aliases]}}`, so that they add to a pipeline's
 * aliases rather than replace them. Empty when there is nothing to lay over.
 */
export function runOverrides(spec: PipelineSpec, { all, date, aliases = [] }: RunOptions): StageOverrides {
  const overrides: StageOverrides = {};
  if (all || date !== undefined) overrides.claims = { ...(all ? { all: true } : {}), ...(date !== undefined ? { date } : {}) };
  if (aliases.length) {
    const own = spec.stages.find(([name]) => name === 'tag')?.[1].aliases;
    overrides.tag = { aliases: [...(Array.isArray(own) ? own : []), ...aliases] };
  }
  return overrides;
}

/** Where a run's pipeline comes from: a pipeline of pipelines/ or a file, the run options, the folder of relative paths. */
export interface PipelineSource {
  nameOrFile: string;
  run: RunOptions;
  cwd: string;
}

/**
 * A run's pipeline: one given loaded, or loaded from its source with the run options laid over. Each
 * worker loads it from the source itself, so that it need not wait for the calling thread to.
 */
export function resolvePipeline(pipeline: PipelineSpec | PipelineSource): PipelineSpec {
  if (!('nameOrFile' in pipeline)) return pipeline;
  const { nameOrFile, run, cwd } = pipeline;
  const own = loadPipeline(nameOrFile, {}, cwd);
  const overrides = runOverrides(own, run);
  // Loaded again with the options laid over, so that an error names the pipeline's file.
  return Object.keys(overrides).length ? loadPipeline(nameOrFile, overrides, cwd) : own;
}

/** Loads `name` (a file of pipelines/ without `.json`) or a path to a pipeline file, relative to `cwd`. */
export function loadPipeline(nameOrFile = 'default', overrides: StageOverrides = {}, cwd = process.cwd()): PipelineSpec {
  const builtIn = join(pipelinesDir, `${nameOrFile}.json`);
  const file = /^[\w-]+$/.test(nameOrFile) && existsSync(builtIn) ? builtIn : resolve(cwd, nameOrFile);
  if (!existsSync(file)) throw new UsageError(`no pipeline named "${nameOrFile}" (built in: ${builtInPipelines().join(', ')}), nor a file of that name`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file}: not JSON: ${(error as Error).message}`);
  }
  return checkPipeline(json, file, overrides);
}

export function builtInPipelines(): string[] {
  return readdirSync(pipelinesDir).filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length)).sort();
}

/** Validates a pipeline object; `where` names it in errors. */
export function checkPipeline(json: unknown, where: string, overrides: StageOverrides = {}): PipelineSpec {
  const parsed = PipelineFile.safeParse(json);
  if (!parsed.success) throw new UsageError(`${where}: ${describeIssue(parsed.error.issues[0]!, 'field')}`);
  const seen = new Set<string>();
  const checked = parsed.data.stages.map((entry, i) => {
    const [name, given] = typeof entry === 'string' ? [entry, {}] : entry;
    const place = `${where}: stages[${i}]`;
    if (!Object.hasOwn(stages, name)) throw new UsageError(`${place}: unknown stage "${name}" (known: ${Object.keys(stages).join(', ')})`);
    const stage = stages[name as StageName];
    const missing = stage.needs.find((need: string) => !seen.has(need));
    if (missing) throw new UsageError(`${place} (${name}) needs "${missing}" earlier in the pipeline`);
    if (seen.has(name)) throw new UsageError(`${place}: stage "${name}" appears twice`);
    seen.add(name);
    const options = stage.options.safeParse({ ...given, ...overrides[name as StageName] });
    if (!options.success) throw new UsageError(`${place} (${name}): ${describeIssue(options.error.issues[0]!, 'option')}`);
    return Object.freeze([name as StageName, Object.freeze(options.data)] as const);
  });
  if (checked[checked.length - 1]?.[0] !== 'claims') throw new UsageError(`${where}: the last stage must be "claims", which makes the records`);
  return Object.freeze({ name: parsed.data.name, stages: Object.freeze(checked) });
}

/** One zod issue as words; a path is written as in the file, `stages[2][1]`, as the other messages name places. */
function describeIssue(issue: z.core.$ZodIssue, key: 'field' | 'option'): string {
  const path = issue.path.length
    ? `${issue.path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('')}: `
    : '';
  if (issue.code === 'unrecognized_keys') return `${path}unknown ${key}${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return `${path}${issue.message}`;
}

export interface DocOutcome {
  index: number;
  docId: string;
  /** The finished document, or null when a stage threw or the document was already written. */
  doc: ClaimsDoc | null;
  error: { doc_id: string; stage: string; message: string } | null;
  /** True when the output already holds this document (`alreadyWritten`), which then stops early. */
  alreadyWritten: boolean;
}

/** Builds every stage of a pipeline once, and returns the function that runs one document through them. */
export function createRunner(spec: PipelineSpec): (input: DocInput) => DocOutcome {
  const steps = spec.stages.map(([name, options]) => {
    const stage = stages[name] as unknown as { create(options: unknown): (doc: unknown) => unknown };
    return { name, run: stage.create(options) };
  });
  return (input) => {
    const outcome = { index: input.index, docId: input.docId, doc: null, error: null, alreadyWritten: false };
    let doc: unknown = input;
    for (const step of steps) {
      try {
        doc = step.run(doc);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { ...outcome, error: { doc_id: input.docId, stage: step.name, message } };
      }
      const { sha256 } = doc as { sha256?: string };
      if (sha256 !== undefined && input.alreadyWritten?.includes(sha256)) return { ...outcome, alreadyWritten: true };
    }
    return { ...outcome, doc: doc as ClaimsDoc };
  };
}
