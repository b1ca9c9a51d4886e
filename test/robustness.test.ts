import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { loadPipeline } from '../src/pipeline.js';
import type { ClaimRecord } from '../src/schema/claim.js';
import { createDocumentProcessor } from '../src/worker/process.js';
import { cliFile, parseJsonl, runBinary, runInProcess, samplesDir } from './support/run.js';

// What a batch must survive: a corpus of bad inputs beside a good article, documents that run too long or
// need too much memory, a run killed at any moment and resumed, and a corpus split into shards.

const tmp = await mkdtemp(join(tmpdir(), 'claimline-robust-'));
const badDir = join(tmp, 'bad');
/** Many short articles and a few long ones, for resume and shards. */
const corpusDir = join(tmp, 'corpus');
const ceasefire = await readFile(join(samplesDir, 'ceasefire.txt'), 'utf8');

const GOOD = 'Police said 12 people were killed in the blast on Monday.\n';

beforeAll(async () => {
  await mkdir(join(badDir, 'loop'), { recursive: true });
  const files: Record<string, string | Buffer> = {
    'good.txt': ceasefire,
    'binary.txt': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x41, 0x00, 0xff]),
    'invalid-utf8.txt': Buffer.concat([Buffer.from('Officials said 30 people died. '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(' Rescue teams said 12 were missing.\n')]),
    'utf16-bom.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The army said 40 soldiers were wounded.\n', 'utf16le')]),
    'windows-1252.txt': Buffer.from('The minister said \x93twelve people were killed\x94 at the caf\xe9.\n', 'latin1'),
    'empty.txt': '',
    'no-stop.txt': 'word and another '.repeat(12_000), // 200 KB, no sentence end
    'quote-marks.txt': `${'" “ « ” '.repeat(3_000)}\n\nThe governor said 9 people drowned.\n`,
    'feed.jsonl': ['{"id":"f1","text":"Police said 3 people died."}', 'not json {', '[1, 2]', '{"id":"f4"}', '{"id":"f5","text":"The army said 7 soldiers were wounded."}', '{"id":"f6","te'].join('\n'),
    'deep.html': `<html><body>${'<div>'.repeat(20_000)}<p>Officials said 9 people died.</p>${'</div>'.repeat(20_000)}</body></html>`,
  };
  for (const [name, content] of Object.entries(files)) await writeFile(join(badDir, name), content);
  // 50 MB of words, written as a sparse file: past --max-bytes, so it is never read.
  await writeFile(join(badDir, 'huge.txt'), 'Officials said 12 people were killed. ');
  await truncate(join(badDir, 'huge.txt'), 50 * 1024 * 1024);
  await symlink(join(badDir, 'missing.txt'), join(badDir, 'dangling.txt'));
  await symlink('..', join(badDir, 'loop', 'up'));

  await mkdir(corpusDir);
  const paragraphs = ceasefire.split('\n\n');
  for (let i = 0; i < 60; i++) {
    const length = i % 10 === 0 ? paragraphs.length * 4 : (i % paragraphs.length) + 1;
    const text = Array.from({ length }, (_, j) => paragraphs[(i + j) % paragraphs.length]).join('\n\n');
    await writeFile(join(corpusDir, `doc-${String(i).padStart(2, '0')}.txt`), text);
  }
  await writeFile(join(corpusDir, 'no-claims.txt'), 'The weather was fine.\n');
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

interface ErrorRecord {
  doc_id: string;
  stage: string;
  message: string;
}

/** Sorted lines, to compare the set of records of two runs whatever their order. */
function sortedLines(text: string): string[] {
  return text.split('\n').filter(Boolean).sort();
}

describe('bad input beside a good article', () => {
  test('each bad input gives an error record or a right result; the good article loses nothing; exit 1', async () => {
    const alone = await runInProcess(['extract', join(badDir, 'good.txt'), '--workers', '0', '--quiet'], { cwd: tmp });
    const result = await runBinary(['extract', badDir, '--out', 'bad-claims.jsonl', '--errors', 'bad-errors.jsonl', '--workers', '2', '--quiet'], { cwd: tmp });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const errors = new Map(parseJsonl<ErrorRecord>(await readFile(join(tmp, 'bad-errors.jsonl'), 'utf8')).map((e) => [e.doc_id, e]));
    expect([...errors.keys()].sort()).toEqual(['binary.txt', 'dangling.txt', 'feed.jsonl#2', 'feed.jsonl#3', 'feed.jsonl#4', 'feed.jsonl#6', 'huge.txt']);
    expect(errors.get('binary.txt')!.message).toMatch(/^binary file/);
    expect(errors.get('dangling.txt')!.message).toMatch(/no such file/);
    expect(errors.get('huge.txt')!.message).toBe('52428800 bytes, more than the limit of 10485760 (--max-bytes)');
    expect(errors.get('feed.jsonl#4')!.message).toBe('line 4: no "text" string');

    const records = parseJsonl<ClaimRecord>(await readFile(join(tmp, 'bad-claims.jsonl'), 'utf8'));
    const textsOf = (docId: string) => records.filter((r) => r.doc_id === docId).map((r) => r.text);
    expect(records.filter((r) => r.doc_id === 'good.txt')).toEqual(parseJsonl<ClaimRecord>(alone.stdout));
    expect(textsOf('invalid-utf8.txt')).toHaveLength(2);
    expect(textsOf('utf16-bom.txt')).toEqual(['The army said 40 soldiers were wounded.']);
    expect(textsOf('windows-1252.txt')).toEqual(['The minister said “twelve people were killed” at the café.']);
    expect(textsOf('quote-marks.txt')).toContain('The governor said 9 people drowned.');
    expect(textsOf('deep.html')).toEqual(['Officials said 9 people died.']);
    expect(textsOf('f1')).toHaveLength(1);
    expect(textsOf('f5')).toHaveLength(1);
    for (const docId of ['empty.txt', 'no-stop.txt']) expect(errors.has(docId) || textsOf(docId).length, docId).toBeFalsy();
    // The symlink loop is walked once: no document is read twice.
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  test('--max-bytes: a larger document is reported with the limit', async () => {
    const result = await runInProcess(['extract', join(badDir, 'good.txt'), '--max-bytes', '100', '--workers', '0', '--quiet'], { cwd: tmp });
    expect(result.code).toBe(1);
    expect(parseJsonl<ErrorRecord>(result.stderr)).toEqual([{ doc_id: 'good.txt', stage: 'read', message: `${Buffer.byteLength(ceasefire)} bytes, more than the limit of 100 (--max-bytes)` }]);
  });
});

describe('a document that takes too long or too much memory', () => {
  const slowDir = join(tmp, 'slow');
  beforeAll(async () => {
    await mkdir(slowDir);
    // A long document first, then good ones, queued behind it on the same worker, that must still be done by
    // the worker that replaces it.
    await writeFile(join(slowDir, 'a-long.txt'), `${GOOD}\n`.repeat(60_000)); // several seconds of work
    await writeFile(join(slowDir, 'b-good.txt'), GOOD);
    await writeFile(join(slowDir, 'c-good.txt'), GOOD);
  });

  test('--doc-timeout stops it, reports it, and a new worker does the documents queued behind it', async () => {
    const result = await runInProcess(['extract', slowDir, '--doc-timeout', '1', '--workers', '1', '--quiet'], { cwd: tmp });
    expect(result.code).toBe(1);
    const [error, ...rest] = result.stderr.split('\n').filter(Boolean);
    expect(rest).toEqual([]);
    expect(JSON.parse(error!)).toEqual({ doc_id: 'a-long.txt', stage: 'worker', message: 'stopped after 1 s (--doc-timeout)' });
    expect([...new Set(parseJsonl<ClaimRecord>(result.stdout).map((r) => r.doc_id))]).toEqual(['b-good.txt', 'c-good.txt']);
  });

  test('--worker-memory: a worker that runs out of memory dies, its document is reported, a new worker does the others', async () => {
    const result = await runInProcess(['extract', slowDir, '--worker-memory', '96', '--workers', '1', '--quiet'], { cwd: tmp });
    expect(result.code).toBe(1);
    const errors = parseJsonl<ErrorRecord>(result.stderr);
    expect(errors).toEqual([{ doc_id: 'a-long.txt', stage: 'worker', message: expect.stringMatching(/memory/) }]);
    expect([...new Set(parseJsonl<ClaimRecord>(result.stdout).map((r) => r.doc_id))]).toEqual(['b-good.txt', 'c-good.txt']);
  });
});

describe('--resume', () => {
  let whole: string;
  beforeAll(async () => {
    whole = (await runInProcess(['extract', corpusDir, '--workers', '0', '--quiet'], { cwd: tmp })).stdout;
  });

  test('from an output cut at any byte, gives the records of a whole run, none twice', async () => {
    const bytes = Buffer.from(whole);
    const lineEnds = [...bytes.keys()].filter((i) => bytes[i] === 10);
    // Cut inside a line, just after a line end, and at every kind of place in between.
    const cuts = [0, 1, lineEnds[0]! + 1, lineEnds[3]! - 5, Math.floor(bytes.length / 2), lineEnds.at(-2)! + 1, bytes.length - 1, bytes.length];
    for (const cut of cuts) {
      const out = join(tmp, `resume-${cut}.jsonl`);
      await writeFile(out, bytes.subarray(0, cut));
      const result = await runInProcess(['extract', corpusDir, '--out', out, '--resume', '--workers', '0', '--quiet'], { cwd: tmp });
      expect(result.code, `cut at ${cut}`).toBe(0);
      expect(sortedLines(await readFile(out, 'utf8')), `cut at ${cut}`).toEqual(sortedLines(whole));
    }
  });

  test('a document changed since is done again; --docs-out keeps one line a document', async () => {
    const dir = join(tmp, 'changing');
    await mkdir(dir);
    await writeFile(join(dir, 'a.txt'), GOOD);
    await writeFile(join(dir, 'b.txt'), GOOD.replace('12', '14'));
    await writeFile(join(dir, 'c.txt'), 'Nothing to claim here.\n');
    const argv = ['extract', dir, '--out', 'changing.jsonl', '--docs-out', 'changing-docs.jsonl', '--workers', '0', '--quiet'];
    await runInProcess(argv, { cwd: tmp });
    await writeFile(join(dir, 'a.txt'), GOOD.replace('12', '13'));
    const result = await runInProcess([...argv, '--resume'], { cwd: tmp });
    expect(result.code).toBe(0);
    const records = parseJsonl<ClaimRecord>(await readFile(join(tmp, 'changing.jsonl'), 'utf8'));
    // b.txt is the last document of the output, so it is done again; a.txt's old version stays, beside its new one.
    expect(records.map((r) => `${r.doc_id} ${r.quantities[0]?.value}`).sort()).toEqual(['a.txt 12', 'a.txt 13', 'b.txt 14']);
    const docs = parseJsonl<{ doc_id: string }>(await readFile(join(tmp, 'changing-docs.jsonl'), 'utf8'));
    expect(docs.map((d) => d.doc_id).sort()).toEqual(['a.txt', 'a.txt', 'b.txt', 'c.txt']);
  });

  test('after kill -9 of the binary mid-run, --resume completes it', async () => {
    const out = join(tmp, 'killed.jsonl');
    const child = spawn(process.execPath, [cliFile, 'extract', corpusDir, '--out', out, '--workers', '1', '--quiet'], { stdio: 'ignore' });
    // Killed once some records are on disk, while others are still to come.
    await new Promise<void>((done) => {
      const poll = setInterval(async () => {
        const size = await stat(out).then((s) => s.size, () => 0);
        if (size > whole.length / 4) {
          clearInterval(poll);
          child.kill('SIGKILL');
          done();
        }
      }, 5);
    });
    await new Promise((done) => child.on('close', done));
    expect((await readFile(out, 'utf8')).length).toBeLessThan(whole.length);
    const result = await runBinary(['extract', corpusDir, '--out', out, '--resume', '--workers', '1'], { cwd: tmp });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/already in the output/);
    expect(sortedLines(await readFile(out, 'utf8'))).toEqual(sortedLines(whole));
  });
});

describe('--shard', () => {
  test('the shards of a corpus together are one whole run, with no document in two', async () => {
    const inputs = [corpusDir, samplesDir];
    const whole = (await runInProcess(['extract', ...inputs, '--workers', '0', '--quiet'], { cwd: tmp })).stdout;
    const shards = await Promise.all([0, 1, 2].map((i) => runInProcess(['extract', ...inputs, '--shard', `${i}/3`, '--workers', '0', '--quiet'], { cwd: tmp })));
    const docsOf = shards.map((s) => new Set(parseJsonl<ClaimRecord>(s.stdout).map((r) => r.doc_id)));
    for (const docs of docsOf) expect(docs.size, 'every shard has some documents').toBeGreaterThan(0);
    expect(docsOf.reduce((n, docs) => n + docs.size, 0)).toBe(new Set(parseJsonl<ClaimRecord>(whole).map((r) => r.doc_id)).size);
    expect(sortedLines(shards.map((s) => s.stdout).join(''))).toEqual(sortedLines(whole));
  });
});

test('the library takes the same shards: every document once', async () => {
  const documents = Array.from({ length: 12 }, (_, i) => ({ id: `d${i}`, text: `Police said ${i + 2} people were killed.` }));
  const seen: string[] = [];
  for (const index of [0, 1, 2]) for await (const record of extract(documents, { workers: 0, shard: { index, count: 3 } })) seen.push(record.doc_id);
  expect(seen.sort()).toEqual(documents.map((d) => d.id).sort());
});

describe('the whole pipeline on arbitrary text', () => {
  const processDocument = createDocumentProcessor(loadPipeline('default', { claims: { all: true } }));
  // Unicode of every plane, mixed with the words and marks the stages look for.
  const newsLike = fc
    .array(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('said', ' told ', 'according to', '"', '“', '”', '«', "'", '12', 'one thousand', 'killed', 'Police', 'the ministry', ', ', '. ', '\n\n', '—', '(', ')', '%', '$', '<p>', 'cannot', "won't", '»', 'N1', ',000', 'Sh5', 'GH¢', 'N95', 'a one-word label')), { maxLength: 60 })
    .map((parts) => parts.join(''));

  test('never throws, and every span slices to its text', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        const result = processDocument({ index: 0, docId: 'doc', format: 'text', input: text, meta: {} });
        expect(result.error).toBeNull();
        const chars = [...text];
        const slice = (span: { start: number; end: number }) => chars.slice(span.start, span.end).join('');
        for (const record of parseJsonl<ClaimRecord>(result.lines)) {
          expect(chars.slice(record.char_start, record.char_end).join('')).toBe(record.text);
          const spans = [...record.quantities, ...record.entities, ...record.dates];
          if (record.attribution) spans.push(record.attribution.source, record.attribution.cue, record.attribution.content);
          for (const span of spans) expect(slice(span)).toBe(span.text);
        }
      }),
      // (Words the tagger splits itself may come back with no lemma: "cannot." once stopped a document.)
      { numRuns: 300, examples: [['They cannot.'], ['It costs N1,000.5 or Sh5']] },
    );
  });
});
