#!/usr/bin/env node
// Measures stages alone: the accuracy of `quantities` and the speed of `quantities` and `attribution`.
// Plain JS over the built dist/: run `npm run build` first.
//
//   node bench/stages.mjs [--errors] [--no-speed] [--json]
//
// 1. Accuracy on the case table test/fixtures/quantities.cases.json (the table the tests read too): each
//    sentence goes through decode → extract → segment → tag → quantities, and its figures are matched to the
//    table's the way ../shared/eval/score.mjs matches them: a predicted figure matches a gold one of its
//    sentence when either text contains the other (case, punctuation and a leading article aside), or its
//    value is the gold value (for a gold figure with no value: its lower bound is the gold lower bound).
//    Printed: value F1 (detection) and value+bounds (value, lower and upper exactly the gold ones, over the
//    gold figures), overall, on ranges and comparatives, and per set of the table.
// 2. Speed: the sentences of ../shared/gold/polnear-dev/docs (else samples/) are made into documents of the
//    stages before once; then only the stage's function is timed over them (the best of three rounds of a
//    second or more), printed as `quantities: N sentences/s` and `attribution: N sentences/s`.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist', 'src', 'stages', 'index.js');
if (!existsSync(dist)) {
  console.error('bench/stages.mjs: dist/ not found; run `npm run build` first');
  process.exit(2);
}
const { stages } = await import(dist);
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);

const make = (name) => stages[name].create(stages[name].options.parse({}));
const before = ['decode', 'extract', 'segment', 'tag'].map(make);
const quantities = make('quantities');
const attribution = make('attribution');
const tagged = (text, docId = 'doc') => before.reduce((doc, run) => run(doc), { index: 0, docId, format: 'text', input: text, meta: {} });

// --- accuracy ------------------------------------------------------------------------------------------------

const STOP = new Set(['the', 'a', 'an', 'another', 'this', 'that', 'these', 'those']);
const norm = (s) => {
  const t = String(s ?? '').toLowerCase().replace(/[\u2018\u2019\u201c\u201d"'`]/g, '').replace(/\./g, '')
    .split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  while (t.length && STOP.has(t[0])) t.shift();
  return t.join(' ');
};
const matches = (p, g) => {
  const a = norm(p.text);
  const b = norm(g.text);
  return (a && b && (a.includes(b) || b.includes(a))) || (g.value != null && p.value === g.value) ||
    (g.value == null && g.lower != null && p.lower === g.lower);
};
const gold = (g) => ({ value: null, lower: null, upper: null, ...g });

const table = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'quantities.cases.json'), 'utf8')).cases;
const tally = new Map();
const count = (key) => {
  if (!tally.has(key)) tally.set(key, { tp: 0, pred: 0, gold: 0, exact: 0 });
  return tally.get(key);
};
const errors = [];
for (const c of table) {
  const found = quantities(tagged(c.text)).quantities.filter((q) => q.kind !== 'ordinal');
  const golds = c.quantities.map(gold);
  const hit = new Set();
  const keys = ['all', c.set, ...(c.set === 'range' || c.set === 'comparative' ? ['ranges+comparatives'] : [])];
  const lines = [];
  for (const g of golds) {
    const p = found.find((q) => !hit.has(q) && matches(q, g));
    if (p) hit.add(p);
    const exact = !!p && p.value === g.value && p.lower === g.lower && p.upper === g.upper;
    for (const k of keys) {
      const t = count(k);
      t.gold++;
      if (p) t.tp++;
      if (exact) t.exact++;
    }
    if (!p) lines.push(`  missed  ${JSON.stringify(g.text)}`);
    else if (!exact) lines.push(`  bounds  ${JSON.stringify(p.text)} ${p.value} [${p.lower}, ${p.upper}]  gold ${g.value} [${g.lower}, ${g.upper}]`);
  }
  for (const k of keys) count(k).pred += found.length;
  for (const p of found) if (!hit.has(p)) lines.push(`  extra   ${JSON.stringify(p.text)} ${p.value}`);
  if (lines.length) errors.push(`${c.set}: ${c.text}\n${lines.join('\n')}`);
}

const f1 = ({ tp, pred, gold }) => (pred + gold ? (2 * tp) / (pred + gold) : 1);
const pct = (x) => `${(100 * x).toFixed(1)}%`;
const report = {};
for (const key of ['all', 'ranges+comparatives', 'range', 'comparative', 'vague', 'plain', 'none']) {
  const t = tally.get(key);
  if (!t) continue;
  report[key] = { f1: f1(t), value_bounds: t.gold ? t.exact / t.gold : 1, tp: t.tp, predicted: t.pred, gold: t.gold };
}
if (!flag('--json')) {
  console.log(`quantity cases: ${table.length} sentences, ${tally.get('all').gold} figures`);
  for (const [key, r] of Object.entries(report)) {
    console.log(`${key.padEnd(20)} value F1 ${pct(r.f1).padStart(6)}   value+bounds ${pct(r.value_bounds).padStart(6)}   (${r.tp} matched, ${r.predicted} predicted, ${r.gold} gold)`);
  }
  if (flag('--errors')) for (const e of errors) console.log(e);
}

// --- speed ---------------------------------------------------------------------------------------------------

if (!flag('--no-speed')) {
  const polnear = join(root, '..', 'shared', 'gold', 'polnear-dev', 'docs');
  const dir = existsSync(polnear) ? polnear : join(root, 'samples');
  const docs = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort()
    .map((f, i) => tagged(readFileSync(join(dir, f)), `d${i}`));
  const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
  report.speed = { sentences, docs: docs.length, source: dir };
  const quantified = docs.map(quantities);
  for (const [name, run, input] of [['quantities', quantities, docs], ['attribution', attribution, quantified]]) {
    for (const d of input) run(d); // warm up
    // The best of three rounds of at least a second each: on a busy machine the slower rounds measure the
    // other processes.
    let best = 0;
    for (let round = 0; round < 3; round++) {
      let done = 0;
      let elapsed = 0;
      const start = process.hrtime.bigint();
      while (elapsed < 1) {
        for (const d of input) run(d);
        done += sentences;
        elapsed = Number(process.hrtime.bigint() - start) / 1e9;
      }
      best = Math.max(best, done / elapsed);
    }
    report.speed[`${name}_sentences_per_second`] = Math.round(best);
    if (!flag('--json')) console.log(`${name}: ${Math.round(best)} sentences/s`);
  }
}
if (flag('--json')) console.log(JSON.stringify(report));
