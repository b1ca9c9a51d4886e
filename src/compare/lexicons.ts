// The word lists of `claimline compare`, read once from src/lexicon/: kinds of figure, counted nouns, and
// words that make a figure a part of another. Each file's header says what its fields mean.

import { listField, readLexicon } from '../lexicon/load.js';
import { compileLexicons } from '../quantities/lexicons.js';

/** The noun of figures whose unit says nothing of who was counted ("people"), or that have none. */
export const ANY_NOUN = 'any';

export interface CompareLexicons {
  /** Kinds in the order of figure-kinds.txt: joined kinds ("killed or wounded") are named in it. */
  kinds: string[];
  kindByEvent: Map<string, string>;
  kindByNoun: Map<string, string>;
  /** Per kind, the words and phrases of a sentence that give it, as lists of words. */
  kindBySentence: Array<{ kind: string; phrases: string[][] }>;
  nounByUnit: Map<string, string>;
  partsBefore: string[][];
  partsAfter: string[][];
  /** The event lemma of every verb and noun form of event-verbs.txt, as the quantities stage reads them. */
  eventByForm: Map<string, string>;
}

function lexiconError(file: string, row: string[], why: string): Error {
  return new Error(`claimline: lexicon ${file}: ${why}: ${row.join(' | ')}`);
}

const phrases = (field: string | undefined): string[][] => listField(field?.toLowerCase()).map((phrase) => phrase.split(/\s+/));

let compiled: CompareLexicons | undefined;

export function compareLexicons(): CompareLexicons {
  if (compiled) return compiled;
  const { verbEvents, nounEvents } = compileLexicons();
  const eventByForm = new Map([...nounEvents, ...verbEvents]);
  const lemmas = new Set(eventByForm.values());

  const kinds: string[] = [];
  const kindByEvent = new Map<string, string>();
  const kindByNoun = new Map<string, string>();
  const kindBySentence: CompareLexicons['kindBySentence'] = [];
  for (const row of readLexicon('figure-kinds.txt')) {
    const [kind, events, nouns, words] = row;
    if (!kind || row.length !== 4) throw lexiconError('figure-kinds.txt', row, 'expected kind | event lemmas | counted nouns | sentence words');
    kinds.push(kind);
    for (const lemma of (events ?? '').toLowerCase().split(/\s+/).filter(Boolean)) {
      if (!lemmas.has(lemma)) throw lexiconError('figure-kinds.txt', row, `"${lemma}" is no lemma of event-verbs.txt`);
      if (kindByEvent.has(lemma)) throw lexiconError('figure-kinds.txt', row, `"${lemma}" is already of kind ${kindByEvent.get(lemma)}`);
      kindByEvent.set(lemma, kind);
    }
    for (const noun of listField(nouns?.toLowerCase())) kindByNoun.set(noun, kind);
    if (words?.trim()) kindBySentence.push({ kind, phrases: phrases(words) });
  }

  const nounByUnit = new Map<string, string>();
  for (const row of readLexicon('counted-nouns.txt')) {
    const [noun, units] = row;
    if (!noun || !units || row.length !== 2) throw lexiconError('counted-nouns.txt', row, 'expected noun | units');
    for (const unit of listField(units?.toLowerCase())) nounByUnit.set(unit, noun);
  }

  const partsBefore: string[][] = [];
  const partsAfter: string[][] = [];
  for (const row of readLexicon('figure-parts.txt')) {
    const [phrase, position] = row;
    if (!phrase || (position !== 'before' && position !== 'after')) throw lexiconError('figure-parts.txt', row, 'expected phrase | before/after');
    (position === 'before' ? partsBefore : partsAfter).push(phrase.toLowerCase().split(/\s+/));
  }

  compiled = { kinds, kindByEvent, kindByNoun, kindBySentence, nounByUnit, partsBefore, partsAfter, eventByForm };
  return compiled;
}
