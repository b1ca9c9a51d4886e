import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconDir } from '../paths.js';

/**
 * The rows of a lexicon's text: one entry per line, fields separated by ` | `, `#` starts a comment, blank
 * lines are skipped. Each row keeps its 1-based line number for error messages.
 */
export function parseLexicon(text: string): Array<{ line: number; fields: string[] }> {
  const rows: Array<{ line: number; fields: string[] }> = [];
  text.split('\n').forEach((line, i) => {
    const body = line.replace(/#.*/, '').trim();
    if (body) rows.push({ line: i + 1, fields: body.split('|').map((field) => field.trim()) });
  });
  return rows;
}

/** Reads a lexicon file of this folder. Every lexicon's header says what its fields are. */
export function readLexicon(name: string): string[][] {
  return parseLexicon(readFileSync(join(lexiconDir, name), 'utf8')).map((row) => row.fields);
}

/** A lexicon of single words or phrases (the first field of each row), lower-cased, as a set. */
export function readWordSet(name: string): Set<string> {
  return new Set(readLexicon(name).map((row) => row[0]!.toLowerCase()));
}

/** A field that holds a comma-separated list ("soldiers, troops"): its items, trimmed, empty ones dropped. */
export function listField(field: string | undefined): string[] {
  return (field ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}

/** A verb of cue-verbs.txt: its lemma, its other forms as listed (lower case) and its class. */
export interface CueVerb {
  lemma: string;
  others: string[];
  cueClass: string;
}

let cueVerbs: CueVerb[] | undefined;
/** cue-verbs.txt, read once per thread; read by the segment, tag and attribution stages. */
export function readCueVerbs(): CueVerb[] {
  cueVerbs ??= readLexicon('cue-verbs.txt').map(([lemma, others, cueClass]) => ({ lemma: lemma!, others: listField(others?.toLowerCase()), cueClass: cueClass! }));
  return cueVerbs;
}

const classesByFile = new Map<string, Map<string, Set<string>>>();
/** A lexicon of `word | class` rows as its classes, each a set of lower-case words; read once per file. */
export function readWordClasses(name: string): Map<string, Set<string>> {
  let classes = classesByFile.get(name);
  if (classes) return classes;
  classes = new Map();
  for (const [word, wordClass] of readLexicon(name)) {
    if (!classes.has(wordClass!)) classes.set(wordClass!, new Set());
    classes.get(wordClass!)!.add(word!.toLowerCase());
  }
  classesByFile.set(name, classes);
  return classes;
}

/** The words of one class of a lexicon of `word | class` rows, lower-cased, as a set. */
export function readWordClass(name: string, wordClass: string): Set<string> {
  return readWordClasses(name).get(wordClass) ?? new Set();
}
