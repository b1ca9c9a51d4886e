import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect as globalExpect, test } from 'vitest';
import type { ClaimRecord } from '../src/schema/claim.js';
import { corpusDir, hasCorpus, packageRoot, parseJsonl, run, runInProcess, samplesDir, type RunResult } from './support/run.js';

// One table of command-line cases. Each runs twice, through `main()` in this process (in-memory streams)
// and through the built binary `node dist/src/cli.js` (built by `npm test`), in a fresh working directory
// of its own; each run must pass the case's checks, and the two must agree.

type Expect = typeof globalExpect;

const tmp = await mkdtemp(join(tmpdir(), 'claimline-cli-'));
/** A folder with a binary file (NUL bytes) beside a good article. */
const mixedDir = join(tmp, 'mixed');
/** More documents than the pool keeps in flight, long and short mixed, so that workers finish out of order. */
const manyDir = join(tmp, 'many');
/** Alias tables for --aliases: one good, one with a type that does not exist. */
const aliasesFile = join(tmp, 'aliases.txt');
const badAliasesFile = join(tmp, 'bad-aliases.txt');
const version = JSON.parse(await readFile(join(packageRoot, 'package.json'), 'utf8')).version as string;
const feed = await readFile(join(samplesDir, 'feed.jsonl'), 'utf8');
const ceasefire = await readFile(join(samplesDir, 'ceasefire.txt'), 'utf8');
const SAMPLE_DOC_IDS = ['border-shelling.txt', 'ceasefire.txt', 'feed-001', 'feed-002', 'flood-relief.md', 'rally.html'];
const HINT = "Run 'claimline --help' for usage.\n";

/** The records of samples/ without --all, to compare --all with. */
let plainRecords: ClaimRecord[];

beforeAll(async () => {
  await mkdir(mixedDir);
  await writeFile(join(mixedDir, 'garbage.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x41, 0x00]));
  await writeFile(join(mixedDir, 'good.txt'), ceasefire);
  await writeFile(aliasesFile, '# Local bodies\nKaraveli Regional Council | organization | government | Karaveli council, KRC\n');
  await writeFile(badAliasesFile, 'Karaveli Regional Council | council | government | KRC\n');
  await mkdir(manyDir);
  const paragraphs = ceasefire.split('\n\n');
  for (let i = 0; i < 16; i++) {
    const length = i % 3 === 0 ? paragraphs.length * 3 : (i % paragraphs.length) + 1;
    const text = Array.from({ length }, (_, j) => paragraphs[(i + j) % paragraphs.length]).join('\n\n');
    await writeFile(join(manyDir, `doc-${String(i).padStart(2, '0')}.txt`), text);
  }
  const plain = await runInProcess(['extract', samplesDir, '--workers', '0', '--quiet'], { cwd: tmp });
  plainRecords = parseJsonl<ClaimRecord>(plain.stdout);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface Context {
  expect: Expect;
  /** The run's working directory: where relative outputs went. */
  cwd: string;
  read(path: string): Promise<string>;
}

interface Case {
  name: string;
  argv: string[];
  stdin?: string | Buffer;
  code: number;
  check(result: RunResult, context: Context): void | Promise<void>;
}

/** A usage error: one line that says what is wrong (and a pointer to --help), nothing on stdout, no stack. */
function usageError(message: string | RegExp) {
  return ({ stdout, stderr }: RunResult, { expect }: Context) => {
    expect(stdout).toBe('');
    const [first, ...rest] = stderr.split('\n');
    if (typeof message === 'string') expect(first).toBe(`claimline: ${message}`);
    else expect(first).toMatch(message);
    expect(rest.join('\n'), 'after the message, only the pointer to --help').toBe(HINT);
  };
}

const SUMMARY = /^claimline: (\d+) documents(?: \(\d+ already in the output\))?, (\d+) sentences, (\d+) claims \((\d+) attributions, (\d+) quantities\), (\d+) errors, \d+\.\d s(?: → (.+))?\n$/;

function summaryOf(stderr: string) {
  const match = SUMMARY.exec(stderr);
  if (!match) throw new Error(`no summary line on stderr: ${JSON.stringify(stderr)}`);
  const [documents, sentences, claims, attributions, quantities, errors] = match.slice(1, 7).map(Number) as number[];
  return { documents, sentences, claims, attributions, quantities, errors, out: match[7] };
}

const cases: Case[] = [
  {
    name: '--help',
    argv: ['--help'],
    code: 0,
    check: ({ stdout, stderr }, { expect }) => {
      expect(stdout).toMatch(/^Usage: claimline extract <paths…> \[options\]\n/);
      for (const option of ['--out', '--pipeline', '--all', '--date', '--aliases', '--workers', '--errors', '--docs-out', '--quiet', '--version']) expect(stdout).toContain(option);
      expect(stderr).toBe('');
    },
  },
  {
    name: 'extract --help',
    argv: ['extract', '--help'],
    code: 0,
    check: ({ stdout, stderr }, { expect }) => {
      expect(stdout).toMatch(/^Usage: claimline extract/);
      expect(stderr).toBe('');
    },
  },
  {
    name: '--version',
    argv: ['--version'],
    code: 0,
    check: ({ stdout, stderr }, { expect }) => {
      expect(stdout).toBe(`${version}\n`);
      expect(stderr).toBe('');
    },
  },
  {
    name: 'no arguments: the usage, on stderr',
    argv: [],
    code: 2,
    check: ({ stdout, stderr }, { expect }) => {
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^Usage: claimline extract/);
    },
  },
  { name: 'unknown command', argv: ['frobnicate'], code: 2, check: usageError('unknown command "frobnicate"') },
  { name: 'unknown option', argv: ['extract', samplesDir, '--frob'], code: 2, check: usageError(/^claimline: Unknown option '--frob'/) },
  { name: 'no path', argv: ['extract', '--quiet'], code: 2, check: usageError('extract needs at least one path (or - for stdin)') },
  { name: 'missing path', argv: ['extract', 'no-such/article.txt', '--out', 'claims.jsonl'], code: 2, check: usageError('no such file or folder: no-such/article.txt') },
  { name: 'bad --workers', argv: ['extract', samplesDir, '--workers', 'two'], code: 2, check: usageError('--workers takes a whole number ≥ 0, not "two"') },
  { name: 'fractional --workers', argv: ['extract', samplesDir, '--workers=1.5'], code: 2, check: usageError('--workers takes a whole number ≥ 0, not "1.5"') },
  { name: 'bad --shard', argv: ['extract', samplesDir, '--shard', '3/3'], code: 2, check: usageError('--shard takes I/N with 0 ≤ I < N, such as 0/4, not "3/3"') },
  { name: '--resume without an --out file', argv: ['extract', samplesDir, '--resume'], code: 2, check: usageError('--resume needs --out FILE: it reads what that file already holds') },
  { name: 'bad --max-bytes', argv: ['extract', samplesDir, '--max-bytes', '10MB'], code: 2, check: usageError('--max-bytes takes a whole number ≥ 1, not "10MB"') },
  { name: 'bad --doc-timeout', argv: ['extract', samplesDir, '--doc-timeout=-1'], code: 2, check: usageError('--doc-timeout takes seconds (0 for no limit), not "-1"') },
  {
    name: '--doc-timeout on the main thread',
    argv: ['extract', samplesDir, '--doc-timeout', '5', '--workers', '0'],
    code: 2,
    check: usageError('--doc-timeout needs worker threads: the main thread cannot be interrupted (--workers 0)'),
  },
  {
    name: '--resume over a file that is not claim records',
    argv: ['extract', samplesDir, '--resume', '--out', join(samplesDir, 'ceasefire.txt')],
    code: 2,
    check: ({ stdout, stderr }, { expect }) => {
      expect(stdout).toBe('');
      expect(stderr).toBe(`claimline: --resume: line 1 of ${join(samplesDir, 'ceasefire.txt')} is not a claim record\n`);
    },
  },
  { name: 'compare: missing claims file', argv: ['compare', 'no-such.jsonl'], code: 2, check: usageError(/^claimline: .*no-such\.jsonl/) },
  { name: 'bad --date', argv: ['extract', samplesDir, '--date', '2018-02-30'], code: 2, check: usageError('--date takes a day as YYYY-MM-DD, not "2018-02-30"') },
  { name: 'missing --aliases file', argv: ['extract', samplesDir, '--aliases', 'nope.txt'], code: 2, check: usageError('--aliases: no such file: nope.txt') },
  {
    name: 'an --aliases file with a bad line',
    argv: ['extract', samplesDir, '--aliases', badAliasesFile],
    code: 2,
    check: usageError(/^claimline: .*default\.json: stages\[3\] \(tag\): aliases: .*bad-aliases\.txt:1: type "council" is not one of person, organization, place, group, nationality$/),
  },
  {
    name: '--date and --aliases: relative dates resolve, user aliases are actors',
    argv: ['extract', '-', '--date', '2018-02-08', '--aliases', aliasesFile, '--workers', '0', '--quiet'],
    stdin: 'The Karaveli council said on Tuesday that 12 people were killed. KRC officials said yesterday that more had fled.',
    code: 0,
    check: ({ stdout, stderr }, { expect }) => {
      expect(stderr).toBe('');
      const records = parseJsonl<ClaimRecord>(stdout);
      expect(records.map((r) => r.dates.map((d) => [d.text, d.iso]))).toEqual([[['Tuesday', '2018-02-06']], [['yesterday', '2018-02-07']]]);
      const council = records[0]!.entities.find((e) => e.text === 'Karaveli council');
      expect(council).toMatchObject({ canonical: 'Karaveli Regional Council', type: 'organization' });
      expect(records[1]!.entities.find((e) => e.text === 'KRC')?.entity_id).toBe(council!.entity_id);
      expect(records[0]!.attribution?.source).toMatchObject({ name: 'Karaveli Regional Council', kind: 'government', entity_id: council!.entity_id });
    },
  },
  {
    name: 'a JSONL line’s published field dates it, over --date',
    argv: ['extract', '-', '--date', '2018-02-08', '--workers', '0', '--quiet'],
    stdin: feed,
    code: 0,
    check: ({ stdout }, { expect }) => {
      const dates = parseJsonl<ClaimRecord>(stdout).flatMap((r) => r.dates.map((d) => `${r.doc_id} ${d.text} ${d.iso}`));
      expect(dates).toEqual(expect.arrayContaining(['feed-001 Friday 2026-03-13', 'feed-002 Saturday 2026-03-14']));
    },
  },
  {
    name: 'unknown pipeline',
    argv: ['extract', samplesDir, '--pipeline', 'nope'],
    code: 2,
    check: usageError('no pipeline named "nope" (built in: default, numbers), nor a file of that name'),
  },
  {
    name: 'an --out that cannot be written',
    argv: ['extract', samplesDir, '--out', '.', '--workers', '0'],
    code: 2,
    check: usageError(/^claimline: cannot write \.: EISDIR: /),
  },
  {
    name: 'an --out that is a device (--out /dev/null)',
    argv: ['extract', samplesDir, '--out', '/dev/null', '--workers', '0'],
    code: 0,
    check: ({ stdout, stderr }, { expect }) => {
      expect(stdout).toBe('');
      expect(summaryOf(stderr)).toMatchObject({ documents: SAMPLE_DOC_IDS.length, errors: 0, out: '/dev/null' });
    },
  },
  {
    name: 'extract samples/ to --out FILE',
    argv: ['extract', samplesDir, '--out', 'out/claims.jsonl', '--workers', '0'],
    code: 0,
    check: async ({ stdout, stderr }, { expect, read }) => {
      expect(stdout).toBe('');
      const records = parseJsonl<ClaimRecord>(await read('out/claims.jsonl'));
      expect(records.length).toBeGreaterThanOrEqual(1);
      expect([...new Set(records.map((r) => r.doc_id))]).toEqual(SAMPLE_DOC_IDS);
      const summary = summaryOf(stderr);
      expect(summary).toMatchObject({ documents: SAMPLE_DOC_IDS.length, claims: records.length, errors: 0, out: 'out/claims.jsonl' });
      expect(summary.attributions).toBe(records.filter((r) => r.attribution).length);
    },
  },
  {
    name: 'stdin JSONL (cat feed.jsonl | claimline extract - --out -)',
    argv: ['extract', '-', '--out', '-', '--workers', '0', '--quiet'],
    stdin: feed,
    code: 0,
    check: ({ stdout, stderr }, { expect }) => {
      expect(stderr).toBe('');
      const lines = parseJsonl<{ id: string; text: string }>(feed);
      const records = parseJsonl<ClaimRecord>(stdout);
      expect([...new Set(records.map((r) => r.doc_id))]).toEqual(lines.map((l) => l.id));
      for (const record of records) expect(record.doc_sha256).toBe(sha256(lines.find((l) => l.id === record.doc_id)!.text));
    },
  },
  {
    name: 'stdin plain text',
    argv: ['extract', '-', '--workers', '0', '--quiet'],
    stdin: ceasefire,
    code: 0,
    check: ({ stdout, stderr }, { expect }) => {
      expect(stderr).toBe('');
      const records = parseJsonl<ClaimRecord>(stdout);
      expect(records.length).toBeGreaterThanOrEqual(1);
      for (const record of records) {
        expect(record).toMatchObject({ doc_id: 'stdin', doc_sha256: sha256(ceasefire) });
        expect([...ceasefire].slice(record.char_start, record.char_end).join('')).toBe(record.text);
      }
    },
  },
  {
    name: '--all: a record for every sentence',
    argv: ['extract', samplesDir, '--all', '--workers', '0', '--out', 'all.jsonl'],
    code: 0,
    check: async ({ stderr }, { expect, read }) => {
      const records = parseJsonl<ClaimRecord>(await read('all.jsonl'));
      const { sentences } = summaryOf(stderr);
      const perDoc = new Map<string, Set<number>>();
      for (const r of records) perDoc.set(r.doc_id, (perDoc.get(r.doc_id) ?? new Set()).add(r.sentence_index));
      expect([...perDoc.keys()]).toEqual(SAMPLE_DOC_IDS);
      for (const [docId, indexes] of perDoc) expect([...indexes], docId).toEqual([...Array(indexes.size).keys()]);
      expect([...perDoc.values()].reduce((n, s) => n + s.size, 0), 'sentences with a record').toBe(sentences);
      expect(records.length).toBeGreaterThan(plainRecords.length);
      const ids = new Set(records.map((r) => r.id));
      expect(plainRecords.filter((r) => !ids.has(r.id)), 'claims missing with --all').toEqual([]);
    },
  },
  {
    name: '--pipeline numbers: no attribution',
    argv: ['extract', samplesDir, '--pipeline', 'numbers', '--workers', '0', '--quiet'],
    code: 0,
    check: ({ stdout }, { expect }) => {
      const records = parseJsonl<ClaimRecord>(stdout);
      expect(records.length).toBeGreaterThanOrEqual(1);
      expect(records.filter((r) => r.attribution !== null)).toEqual([]);
      expect(records.flatMap((r) => r.quantities).filter((q) => q.attributed)).toEqual([]);
    },
  },
  {
    name: 'a binary file beside a good one: exit 1, an error record, the good claims',
    argv: ['extract', mixedDir, '--errors', 'errors.jsonl', '--out', 'claims.jsonl', '--workers', '0', '--quiet'],
    code: 1,
    check: async ({ stdout, stderr }, { expect, read }) => {
      expect(stdout).toBe('');
      expect(stderr, 'errors go to the --errors file').toBe('');
      const errors = parseJsonl(await read('errors.jsonl'));
      expect(errors).toHaveLength(1);
      expect(Object.keys(errors[0]!)).toEqual(['doc_id', 'stage', 'message']);
      expect(errors[0]).toMatchObject({ doc_id: 'garbage.txt', stage: 'decode', message: expect.any(String) });
      expect((errors[0]!.message as string).length).toBeGreaterThan(0);
      const records = parseJsonl<ClaimRecord>(await read('claims.jsonl'));
      expect(records.length).toBeGreaterThanOrEqual(1);
      expect(new Set(records.map((r) => r.doc_id))).toEqual(new Set(['good.txt']));
    },
  },
  {
    name: '--docs-out FILE: each document’s text and title',
    argv: ['extract', samplesDir, '--docs-out', 'docs.jsonl', '--out', 'claims.jsonl', '--workers', '0', '--quiet'],
    code: 0,
    check: async ({ stdout, stderr }, { expect, read }) => {
      expect(stdout + stderr).toBe('');
      const docs = parseJsonl<{ doc_id: string; doc_sha256: string; title: string | null; text: string }>(await read('docs.jsonl'));
      for (const doc of docs) {
        expect(Object.keys(doc)).toEqual(['doc_id', 'doc_sha256', 'title', 'text']);
        expect(doc.doc_sha256, doc.doc_id).toBe(sha256(doc.text));
      }
      expect(docs.map((d) => d.doc_id)).toEqual(SAMPLE_DOC_IDS);
      const byId = new Map(docs.map((d) => [d.doc_id, d]));
      expect(byId.get('rally.html')?.title).toBe('Tens of thousands rally in capital over fuel prices');
      expect(byId.get('rally.html')?.text).not.toMatch(/<\/?[a-z]+[\s>]/);
      expect(byId.get('flood-relief.md')?.title).toBe('Floods displace tens of thousands as rivers burst their banks');
      expect(byId.get('ceasefire.txt')).toMatchObject({ title: null, text: ceasefire });
      for (const record of parseJsonl<ClaimRecord>(await read('claims.jsonl'))) expect(record.doc_sha256).toBe(byId.get(record.doc_id)?.doc_sha256);
    },
  },
];

/** Where two JSONL outputs first part, for a failure message. */
function firstDifference(a: Buffer, b: Buffer): string {
  const [linesA, linesB] = [a, b].map((bytes) => bytes.toString('utf8').split('\n'));
  const i = linesA!.findIndex((line, n) => line !== linesB![n]);
  const at = i < 0 ? linesA!.length : i;
  return `line ${at + 1}: ${(linesA![at] ?? '(end)').slice(0, 120)} ≠ ${(linesB![at] ?? '(end)').slice(0, 120)}`;
}

/** Output files a case wrote, by the names its arguments give after an output option. */
function outputFiles(argv: string[]): string[] {
  return argv.flatMap((arg, i) => (['--out', '--errors', '--docs-out'].includes(arg) && argv[i + 1] !== '-' && argv[i + 1] ? [argv[i + 1]!] : []));
}

describe('claimline, in-process and as the built binary', () => {
  // First, and concurrent with the table: its three binary runs are the slowest of the file.
  test.concurrent('--workers 0, 1 and 2 give byte-identical output', async ({ expect }) => {
    const inputs = [samplesDir, ...(hasCorpus ? [corpusDir] : []), manyDir];
    // --workers 0 runs in-process only (the table checks that in-process and binary runs write the same bytes,
    // and a spawn costs seconds); --workers 1 and 2 run the built stages in worker threads.
    const runs = [
      ['in-process', '0'],
      ['binary', '1'],
      ['binary', '2'],
    ] as const;
    const outputs = await Promise.all(
      runs.map(async ([mode, workers]) => {
        const cwd = await mkdtemp(join(tmp, `workers-${mode}-${workers}-`));
        const result = await run(mode, ['extract', ...inputs, '--workers', workers, '--quiet', '--out', 'claims.jsonl'], { cwd });
        expect(result.code, `${mode} --workers ${workers}: ${result.stderr}`).toBe(0);
        return { name: `${mode} --workers ${workers}`, bytes: await readFile(join(cwd, 'claims.jsonl')) };
      }),
    );
    const [first, ...rest] = outputs;
    expect(first!.bytes.length).toBeGreaterThan(0);
    for (const other of rest) {
      const where = `${other.name} differs from ${first!.name} (if src/ changed since the last build, run \`npm run build\`)`;
      expect(other.bytes.equals(first!.bytes), `${where}: ${firstDifference(first!.bytes, other.bytes)}`).toBe(true);
    }
  });

  test.concurrent.for(cases)('$name', async (c, { expect }) => {
    const outputs = new Map<string, Map<string, string>>();
    const results = await Promise.all(
      (['in-process', 'binary'] as const).map(async (mode) => {
        const cwd = await mkdtemp(join(tmp, `${mode}-`));
        const result = await run(mode, c.argv, { cwd, ...(c.stdin === undefined ? {} : { stdin: c.stdin }) });
        const read = (path: string) => readFile(join(cwd, path), 'utf8');
        try {
          expect(result.code, `exit code; stderr: ${result.stderr}`).toBe(c.code);
          await c.check(result, { expect, cwd, read });
        } catch (error) {
          if (error instanceof Error) error.message = `${mode}: ${error.message}`;
          throw error;
        }
        const files = new Map<string, string>();
        for (const file of outputFiles(c.argv)) files.set(file, await read(file).catch(() => '(none)'));
        outputs.set(mode, files);
        return { ...result, stderr: result.stderr.replaceAll(cwd, '<cwd>') };
      }),
    );
    // Both ways give the same: exit code, stdout, stderr (but for the time taken), and output files.
    const [inProcess, binary] = results as [RunResult, RunResult];
    const timeless = (stderr: string) => stderr.replace(/\d+\.\d s/g, 'T s');
    const stale = 'in-process (src/) and binary (dist/) runs differ; if src/ changed since the last build, run `npm run build` (npm test does)';
    expect({ code: binary.code, stdout: binary.stdout, stderr: timeless(binary.stderr) }, stale).toEqual({
      code: inProcess.code,
      stdout: inProcess.stdout,
      stderr: timeless(inProcess.stderr),
    });
    expect(outputs.get('binary'), stale).toEqual(outputs.get('in-process'));
  });
});
