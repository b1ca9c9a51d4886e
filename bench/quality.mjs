#!/usr/bin/env node
// `npm run quality`: attribution and quantity quality on the wire-style articles of test/fixtures/wire,
// scored with the scorer the record contract comes with (../shared/eval/score.mjs).
// Each set (test/fixtures/wire/set-*/) holds six articles written in the manner of wire copy, on conflict,
// disasters, protests, health, business, politics and courts, with a gold file written by the rules of
// ../shared/gold/FORMAT.md. The script prints the scorer's summary line for each set, then for all sets
// together (their documents in one folder, their gold files in one). `--pipeline NAME|FILE` scores another
// pipeline than the default. Run `npm run build` first (npm run quality does).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli.js');
const scorer = join(root, '..', 'shared', 'eval', 'score.mjs');
const sets = join(root, 'test', 'fixtures', 'wire');
if (!existsSync(scorer)) {
  console.error(`bench/quality.mjs: the scorer is not at ${scorer}`);
  process.exit(2);
}

const pipelineAt = process.argv.indexOf('--pipeline');
const pipeline = pipelineAt > 0 ? ['--pipeline', process.argv[pipelineAt + 1]] : [];

/** The scorer's summary line for the documents of `docs` against `gold`. */
function summary(docs, gold, claims) {
  const run = spawnSync(process.execPath, [cli, 'extract', docs, '--out', claims, '--quiet', ...pipeline], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`claimline extract ${docs} exited with ${run.status}: ${run.stderr}`);
  const scored = spawnSync(process.execPath, [scorer, '--gold', gold, '--docs', docs, '--claims', claims], { encoding: 'utf8' });
  if (scored.status !== 0) throw new Error(`the scorer failed on ${gold}: ${scored.stderr}`);
  const lines = scored.stdout.trim().split('\n');
  // The table's line of the matched attributions, then the summary line.
  return [lines.find((l) => l.trim().startsWith('of matched:'))?.trim(), lines[lines.length - 1]];
}

const out = mkdtempSync(join(tmpdir(), 'claimline-quality-'));
try {
  const all = join(out, 'all');
  mkdirSync(all);
  const gold = [];
  for (const set of readdirSync(sets).sort()) {
    const docs = join(sets, set, 'docs');
    const [matched, line] = summary(docs, join(sets, set, 'gold.jsonl'), join(out, `${set}.jsonl`));
    console.log(`${set.padEnd(6)} ${line}\n       ${matched}`);
    for (const doc of readdirSync(docs)) {
      if (existsSync(join(all, doc))) throw new Error(`two sets hold a document called ${doc}`);
      symlinkSync(join(docs, doc), join(all, doc));
    }
    gold.push(readFileSync(join(sets, set, 'gold.jsonl'), 'utf8').trim());
  }
  writeFileSync(join(out, 'all.gold.jsonl'), gold.join('\n') + '\n');
  const [matched, line] = summary(all, join(out, 'all.gold.jsonl'), join(out, 'all.jsonl'));
  console.log(`all    ${line}\n       ${matched}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
