// `npm run bench`: the whole pipeline's speed against bare wink-nlp on the same text, in one run.
// Builds a corpus by repeating samples/ (default 400 documents; BENCH_DOCS=N for another size), then
// reports MB/s, documents/s and claims/s for --workers 1 and 2, peak RSS, and the time to the first
// record. Run `npm run build` first (npm run bench does).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli.js');
const documentCount = Number(process.env.BENCH_DOCS ?? 400);

// The corpus: the sample articles' texts (JSONL lines become files of their own), repeated.
const texts = [];
for (const file of readdirSync(join(root, 'samples')).sort()) {
  const content = readFileSync(join(root, 'samples', file), 'utf8');
  if (file.endsWith('.jsonl')) for (const line of content.split('\n').filter(Boolean)) texts.push(JSON.parse(line).text);
  else if (file.endsWith('.txt') || file.endsWith('.md')) texts.push(content);
}
const corpus = mkdtempSync(join(tmpdir(), 'claimline-bench-'));
let bytes = 0;
for (let i = 0; i < documentCount; i++) {
  const text = texts[i % texts.length];
  writeFileSync(join(corpus, `doc-${String(i).padStart(6, '0')}.txt`), text);
  bytes += Buffer.byteLength(text);
}
const megabytes = bytes / 1e6;

/** Runs the CLI over the corpus; resolves with wall seconds, seconds to the first record, peak RSS. */
function runPipeline(workers) {
  return new Promise((done, fail) => {
    const started = performance.now();
    let firstRecord = null;
    let claims = 0;
    // A small preload reports the process's peak RSS (worker threads included) when it exits.
    const child = spawn(process.execPath, ['--import', 'data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss "+process.resourceUsage().maxRSS+"\\n"))', cli, 'extract', corpus, '--workers', String(workers), '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
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
  const nlp = winkNLP(model);
  const started = performance.now();
  for (const file of readdirSync(corpus)) {
    const doc = nlp.readDoc(readFileSync(join(corpus, file), 'utf8'));
    doc.tokens().out();
    doc.sentences().out();
    doc.entities().out();
  }
  return (performance.now() - started) / 1000;
}

const line = (name, seconds, extra = '') =>
  console.log(`${name.padEnd(22)} ${(megabytes / seconds).toFixed(2).padStart(6)} MB/s ${(documentCount / seconds).toFixed(0).padStart(6)} documents/s${extra}`);

console.log(`corpus: ${documentCount} documents, ${megabytes.toFixed(2)} MB (samples/ repeated)`);
const wink = runWink();
line('bare wink-nlp', wink);
const results = {};
for (const workers of [1, 2]) {
  const r = await runPipeline(workers);
  results[workers] = r;
  line(`claimline --workers ${workers}`, r.seconds, `${(r.claims / r.seconds).toFixed(0).padStart(7)} claims/s, peak RSS ${r.rss.toFixed(0)} MB, first record ${r.firstRecord?.toFixed(2)} s`);
}
console.log(`ratios: one worker / bare wink ${(wink / results[1].seconds).toFixed(2)}, two workers / one ${(results[1].seconds / results[2].seconds).toFixed(2)}`);
console.log('(the claimline figures include start-up: loading the models in each worker)');
rmSync(corpus, { recursive: true, force: true });
