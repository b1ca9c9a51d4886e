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

/** The words of one class of a lexicon of `word | class` rows, lower-cased, as a set. */
export function readWordClass(name: string, wordClass: string): Set<string> {
  return new Set(readLexicon(name).filter((row) => row[1] === wordClass).map((row) => row[0]!.toLowerCase()));
}
