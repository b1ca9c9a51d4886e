// `npm run bench`: the whole pipeline's speed against bare wink-nlp on the same text, in one run.
// Builds a corpus by repeating samples/ (default 2,000 documents; BENCH_DOCS=N for another size), then
// reports MB/s, documents/s and claims/s for --workers 1 and 2, peak RSS, start-up time and the time to
// the first record; bare wink-nlp on one and two threads, for what a second thread can give here; then
// peak RSS again on a corpus three times as large, to show memory stays flat.
// Throughput is counted after start-up (loading the models), as bare wink-nlp's is counted after its
// model has loaded; the wall time with start-up is shown beside it. Run `npm run build` first (npm run
// bench does).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli.js');
const documentCount = Number(process.env.BENCH_DOCS ?? 2000);

// The corpus: the sample articles' texts (JSONL lines become files of their own), repeated.
const texts = [];
for (const file of readdirSync(join(root, 'samples')).sort()) {
  const content = readFileSync(join(root, 'samples', file), 'utf8');
  if (file.endsWith('.jsonl')) for (const line of content.split('\n').filter(Boolean)) texts.push(JSON.parse(line).text);
  else if (file.endsWith('.txt') || file.endsWith('.md')) texts.push(content);
}
/** A folder of `count` documents; returns its path and size in MB. */
function makeCorpus(count) {
  const folder = mkdtempSync(join(tmpdir(), 'claimline-bench-'));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = texts[i % texts.length];
    writeFileSync(join(folder, `doc-${String(i).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { folder, megabytes: bytes / 1e6 };
}
const { folder: corpus, megabytes } = makeCorpus(documentCount);
/** One short document: a run over it is all start-up. */
const startupCorpus = makeCorpus(1).folder;

/** Runs the CLI over the corpus; resolves with wall seconds, seconds to the first record, peak RSS. */
function runPipeline(workers, folder = corpus) {
  return new Promise((done, fail) => {
    const started = performance.now();
    let firstRecord = null;
    let claims = 0;
    // A small preload reports the process's peak RSS (worker threads included) when it exits.
    const child = spawn(process.execPath, ['--import', 'data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss "+process.resourceUsage().maxRSS+"\\n"))', cli, 'extract', folder, '--workers', String(workers), '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => {
      firstRecord ??= (performance.now() - started) / 1000;
      for (const byte of chunk) if (byte === 10) claims++;
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`claimline exited with ${code}: ${stderr}`));
      const seconds = (performance.now() - started) / 1000;
      const rss = Number(/maxrss (\d+)/.exec(stderr)?.[1] ?? 0) / 1024;
      done({ seconds, firstRecord, rss, claims });
    });
  });
}

/** Bare wink-nlp over the same texts on one thread: readDoc, tokens, sentences, entities. */
function runWink() {
  const loading = performance.now();
  const nlp = winkNLP(model);
  winkStartup = (performance.now() - loading) / 1000;
  const started = performance.now();
  for (const file of readdirSync(corpus)) {
    const doc = nlp.readDoc(readFileSync(join(corpus, file), 'utf8'));
    doc.tokens().out();
    doc.sentences().out();
    doc.entities().out();
  }
  return (performance.now() - started) / 1000;
}

let winkStartup = 0;
const line = (name, seconds, extra = '') =>
  console.log(`${name.padEnd(22)} ${(megabytes / seconds).toFixed(2).padStart(6)} MB/s ${(documentCount / seconds).toFixed(0).padStart(6)} documents/s${extra}`);

console.log(`corpus: ${documentCount} documents, ${megabytes.toFixed(2)} MB (samples/ repeated)`);
/**
 * Bare wink-nlp on `threads` worker threads, each reading its share of the corpus: what two threads gain
 * over one on this machine, the ceiling for claimline's two workers. Seconds after the models loaded.
 */
async function runWinkThreads(threads) {
  const files = readdirSync(corpus).map((file) => join(corpus, file));
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { readFileSync } = require('node:fs');
    const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
    parentPort.postMessage('ready');
    parentPort.once('message', () => {
      for (const file of workerData) { const doc = nlp.readDoc(readFileSync(file, 'utf8')); doc.tokens().out(); doc.sentences().out(); doc.entities().out(); }
      parentPort.postMessage('done');
    });`;
  const workers = Array.from({ length: threads }, (_, i) => new Worker(code, { eval: true, workerData: files.filter((_, j) => j % threads === i) }));
  const next = (worker) => new Promise((done) => worker.once('message', done));
  await Promise.all(workers.map(next));
  const started = performance.now();
  const finished = workers.map(next);
  for (const worker of workers) worker.postMessage('go');
  await Promise.all(finished);
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(workers.map((worker) => worker.terminate()));
  return seconds;
}

const wink = runWink();
line('bare wink-nlp', wink, `, start-up ${winkStartup.toFixed(2)} s`);
const results = {};
for (const workers of [1, 2]) {
  const startup = (await runPipeline(workers, startupCorpus)).seconds;
  const r = await runPipeline(workers);
  const working = Math.max(0.001, r.seconds - startup);
  results[workers] = working;
  line(
    `claimline --workers ${workers}`,
    working,
    `${(r.claims / working).toFixed(0).padStart(7)} claims/s, start-up ${startup.toFixed(2)} s, first record ${r.firstRecord?.toFixed(2)} s, ` +
      `peak RSS ${r.rss.toFixed(0)} MB, wall ${r.seconds.toFixed(1)} s with start-up`,
  );
}
const [winkOne, winkTwo] = [await runWinkThreads(1), await runWinkThreads(2)];
console.log(`bare wink-nlp on threads: two / one ${(winkOne / winkTwo).toFixed(2)} (${winkOne.toFixed(2)} s, ${winkTwo.toFixed(2)} s)`);
console.log(`ratios: one worker / bare wink ${(wink / results[1]).toFixed(2)}, two workers / one ${(results[1] / results[2]).toFixed(2)}`);
const larger = makeCorpus(documentCount * 3);
const grown = await runPipeline(2, larger.folder);
console.log(`peak RSS with --workers 2 on ${documentCount * 3} documents: ${grown.rss.toFixed(0)} MB`);
for (const folder of [corpus, startupCorpus, larger.folder]) rmSync(folder, { recursive: true, force: true });
