import type { EntityMention, SourceKind, TaggedDoc, Token } from '../document.js';
import { listField, readLexicon } from '../lexicon/load.js';
import { lookupKey } from './actors.js';
import { titleWords } from './entities.js';
import { isNameAt, opensSentence } from './tokens.js';

// The source of an attribution: its noun phrase as written, its bare name and its kind.

export interface WordClasses {
  has(word: string, wordClass: string): boolean;
}

let attributionWords: WordClasses | undefined;
/** attribution-words.txt: small closed classes (pronouns, auxiliaries, proxies …). */
export function wordClasses(): WordClasses {
  if (attributionWords) return attributionWords;
  const classes = new Map<string, Set<string>>();
  for (const [word, wordClass] of readLexicon('attribution-words.txt')) {
    if (!classes.has(wordClass!)) classes.set(wordClass!, new Set());
    classes.get(wordClass!)!.add(word!);
  }
  attributionWords = { has: (word, wordClass) => classes.get(wordClass)?.has(word.toLowerCase()) ?? false };
  return attributionWords;
}

let heads: { kinds: Map<string, SourceKind>; plurals: Set<string> } | undefined;
function readSourceHeads(): NonNullable<typeof heads> {
  if (heads) return heads;
  heads = { kinds: new Map(), plurals: new Set() };
  for (const [noun, kind, plural] of readLexicon('source-heads.txt')) {
    const plurals = listField(plural?.toLowerCase());
    for (const form of [noun!.toLowerCase(), ...plurals]) heads.kinds.set(form, kind as SourceKind);
    for (const form of plurals) heads.plurals.add(form);
  }
  return heads;
}

/** source-heads.txt: nouns that head a source and tell its kind ("official" → anonymous), singular and plural. */
export const sourceHeads = (): Map<string, SourceKind> => readSourceHeads().kinds;

/** Whether a word is the plural of a source noun, whatever its spelling ("police", "officials", "people"). */
export const isPluralSourceHead = (word: string): boolean => readSourceHeads().plurals.has(word.toLowerCase());

/** A capitalised word that is not a function word: a name, whatever a tagger made of it ("Lynch/VERB said"). */
const isCapitalisedWord = (token: Token) => /^\p{Lu}/u.test(token.text) && !['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'ADV'].includes(token.pos);

/** Words that join the parts of one name: "Commission on Presidential Debates", "Bank of England". */
const NAME_LINKS = new Set(['of', 'on', 'for', 'de', 'al']);
/**
 * A possessive ending ("Russia’s", "the players'"): it sticks to the word before it. A closing quote
 * written as two apostrophes (''…,'' said) sticks to punctuation instead.
 */
export function isPossessiveAt(tokens: readonly Token[], t: number): boolean {
  const token = tokens[t];
  const before = tokens[t - 1];
  return !!token && !!before && /^['’]s?$/.test(token.text) && before.end === token.start && before.pos !== 'PUNCT';
}
const isDescriptor = (token: Token) => {
  const word = token.text.toLowerCase();
  return titleWords().has(word) || sourceHeads().has(word);
};

/**
 * The noun phrase that ends at token `last`, walking left no further than `floor`. From a name, only
 * names, titles and descriptor nouns extend it ("chief Pentagon spokesperson Dana W. White"); a plain
 * noun stops it ("in attack Russia claims" gives "Russia"). From a common noun, its modifiers do.
 */
export function nounPhraseBefore(tokens: Token[], last: number, floor: number): [number, number] | null {
  const head = tokens[last];
  if (!head || !(head.pos === 'NOUN' || head.pos === 'PROPN' || head.pos === 'NUM' || isNameAt(tokens, last) || isCapitalisedWord(head))) return null;
  let first = last;
  let proper = isNameAt(tokens, last);
  while (first - 1 >= floor) {
    const token = tokens[first - 1]!;
    if (token.pos === 'DET' || wordClasses().has(token.text, 'vague-quantifier') || wordClasses().has(token.text, 'possessive')) {
      first--;
      break;
    }
    const takes = proper
      ? isNameAt(tokens, first - 1) || isCapitalisedWord(token) || isPossessiveAt(tokens, first - 1) || isDescriptor(token) || token.pos === 'ADJ' ||
        // "Holtz-Eakin", "Commission on Presidential Debates"
        ((token.text === '-' || NAME_LINKS.has(token.text)) && isNameAt(tokens, first - 2))
      : ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(token.pos) || isPossessiveAt(tokens, first - 1) || token.text === '-';
    if (!takes) break;
    // Past a title or description, the phrase goes on over the nouns that modify it ("state news outlet").
    if (proper && !isNameAt(tokens, first - 1) && !isPossessiveAt(tokens, first - 1) && token.text !== '-' && !NAME_LINKS.has(token.text)) proper = false;
    first--;
  }
  return [first, last];
}

/**
 * Where a noun phrase that starts at `first` ends: at the first punctuation or quote mark that closes its
 * clause. A stop inside the sentence belongs to an abbreviation ("Del. Stacey Plaskett").
 */
export function nounPhraseAfter(tokens: Token[], first: number, end: number): [number, number] | null {
  let last = first - 1;
  const closes = (t: number) => /^[,;:!?()\[\]"“”‘’«»—–]$/.test(tokens[t]!.text) || (tokens[t]!.text === '.' && t === end - 1);
  while (last + 1 < end && !closes(last + 1)) last++;
  return last >= first ? [first, last] : null;
}

export interface SourceDescription {
  name: string;
  kind: SourceKind;
  entity: EntityMention | null;
}

/**
 * Names and kinds a source phrase. The phrase's core ends where a relative clause, participle or
 * preposition starts ("another U.S. official | who spoke to CNN"). A proxy core ("a statement issued by
 * X") takes the name and kind of its issuer.
 */
export function describeSource(doc: TaggedDoc, [first, last]: [number, number]): SourceDescription {
  const { text, tokens, entities } = doc;
  const words = wordClasses();
  let coreEnd = last;
  for (let t = first + 1; t <= last; t++) {
    const token = tokens[t]!;
    // A verb ends the core, unless a tagger made a verb of a word of the name ("the Red Cross/VERB").
    const verb = token.pos === 'VERB' && !isNameAt(tokens, t);
    // "the experts I interviewed": a subject pronoun opens a clause of the source's own.
    if (words.has(token.text, 'relative') || words.has(token.text, 'subject-pronoun') || verb || (token.pos === 'ADP' && !isPossessiveAt(tokens, t)) || /^(?:,|[—–]|--)$/.test(token.text)) {
      coreEnd = t - 1;
      break;
    }
  }
  // "people familiar with the talks": an adjective before the phrase is not the head.
  if (coreEnd > first && coreEnd < last && tokens[coreEnd]!.pos === 'ADJ' && tokens[coreEnd + 1]!.pos === 'ADP') coreEnd--;
  // "many of them", "those close to him", "some who spoke": unnamed people, named by the whole phrase.
  const next = tokens[first + 1];
  if (words.has(tokens[first]!.text, 'partitive') && (!next || first === last || next.pos === 'ADP' || (next.pos === 'ADJ' && tokens[first + 2]?.pos === 'ADP') || words.has(next.text, 'relative'))) {
    return { name: text.slice(tokens[first]!.start, tokens[last]!.end), kind: 'unspecified', entity: null };
  }
  const head = tokens[coreEnd]!;
  // "Its director, Samir Haddad": a description with the name after it in apposition is that name's.
  const appositive = coreEnd + 2 <= last && tokens[coreEnd + 1]!.text === ',' && !isNameAt(tokens, coreEnd);
  if (appositive && tokens.slice(coreEnd + 2, last + 1).every((token, k) => isNameAt(tokens, coreEnd + 2 + k) || token.text === '.')) {
    return describeName(doc, coreEnd + 2, last);
  }
  if (words.has(head.text, 'proxy') && coreEnd < last) {
    // "a statement issued by the foreign ministry", "a report from Reuters": the issuer speaks.
    let by = coreEnd + 1;
    while (by < last && tokens[by]!.pos !== 'ADP') by++;
    // Only "by", "from" or "of" brings the issuer: "a report published on Monday" has none.
    if (by < last && ['by', 'from', 'of'].includes(tokens[by]!.text.toLowerCase())) return describeSource(doc, [by + 1, last]);
  }
  // "Officials said", "Organisers estimated": a capital at the start of a sentence does not make a source
  // noun, or a lone word no table or tagger knows as a name, a name.
  const lone = first === coreEnd && !entityAt(entities, head.start, head.end) && !doc.actors.byName.has(lookupKey(head.text));
  const sourceNoun = opensSentence(tokens, coreEnd) && (lone || sourceHeads().has(head.text.toLowerCase()));
  if (isNameAt(tokens, coreEnd) && !sourceNoun) return describeName(doc, first, coreEnd);

  // A common noun: an unnamed source, named by its bare description.
  let descriptionStart = first;
  while (descriptionStart < coreEnd && (tokens[descriptionStart]!.pos === 'DET' || words.has(tokens[descriptionStart]!.text, 'possessive'))) descriptionStart++;
  const vague = tokens.slice(first, coreEnd + 1).some((token) => words.has(token.text, 'vague-quantifier'));
  const name = text.slice(tokens[descriptionStart]!.start, head.end);
  const headKind = sourceHeads().get(head.text.toLowerCase()) ?? sourceHeads().get(head.lemma);
  const actor = doc.actors.byName.get(lookupKey(name));
  if (actor) return { name: actor.canonical, kind: actor.kind, entity: entityAt(entities, tokens[descriptionStart]!.start, head.end) };
  // An unknown head: a public body when a word says so ("the national disaster agency"), else a body
  // when singular ("the agency"), unnamed people when plural ("protesters").
  const publicBody = tokens.slice(descriptionStart, coreEnd).some((token) => words.has(token.text, 'public'));
  // A title with no name is an unnamed person ("the senator").
  const person = titleWords().has(head.text.toLowerCase()) || titleWords().has(head.lemma);
  const unknownKind = person ? 'anonymous' : publicBody ? 'government' : isPluralNoun(head) ? 'anonymous' : 'organization';
  return { name, kind: vague ? 'unspecified' : (headKind ?? unknownKind), entity: null };
}

/**
 * A plural noun: a plural of source-heads.txt, or a noun whose lemma is not itself ("officials", "men").
 * A name or a capital at the start of a sentence keeps its lemma ("Opponents said", "Democrats say"):
 * there the ending tells ("-s", not "-ss", "-us" or "-is").
 */
export function isPluralNoun(token: Token): boolean {
  const word = token.text.toLowerCase();
  if (isPluralSourceHead(word) || (token.pos === 'NOUN' && token.lemma !== word)) return true;
  return (token.pos === 'PROPN' || /^\p{Lu}/u.test(token.text)) && /[^siu]s$/.test(word);
}

/** A named source: the trailing run of names, without the titles and descriptions before it. */
function describeName(doc: TaggedDoc, first: number, last: number): SourceDescription {
  const { text, tokens, entities } = doc;
  let nameStart = last;
  while (nameStart - 1 >= first && isNameAt(tokens, nameStart - 1) && !isDescriptor(tokens[nameStart - 1]!)) nameStart--;
  const start = tokens[nameStart]!.start;
  const end = tokens[last]!.end;
  const name = text.slice(start, end).replace(/['’]s?$/, '');
  const entity = entityAt(entities, start, end);
  const actor = doc.actors.byName.get(lookupKey(name));
  // An entity that runs past the name either way is a longer one the tagger joined ("United States Says Group").
  const ownEntity = entity && entity.end <= end && entity.start >= start ? entity : null;
  if (actor) return { name: ownEntity?.canonical ?? actor.canonical, kind: actor.kind, entity };
  const headKind = sourceHeads().get(tokens[last]!.text.toLowerCase());
  if (headKind && headKind !== 'anonymous') return { name, kind: headKind, entity };
  const kindOfType: Record<string, SourceKind> = {
    person: 'person',
    organization: 'organization',
    group: 'organization',
    place: 'government',
    nationality: 'government',
  };
  const wordCount = last - nameStart + 1;
  // A title before a name makes it a person's: "Mr. Burman", "Sen. Warren".
  const titled = nameStart > first && titleWords().has(tokens[nameStart - 1]!.text.toLowerCase());
  // A person's short form takes the full name the article gave before: "Haddad" → "Samir Haddad".
  const fullName = ownEntity?.type === 'person' ? ownEntity.canonical : name;
  return { name: fullName, kind: entity ? kindOfType[entity.type]! : titled || (wordCount >= 2 && wordCount <= 4) ? 'person' : 'organization', entity };
}

/** The entity a source's name is: one that ends with it, else one that holds it ("Red" of "Red Cross"). */
function entityAt(entities: EntityMention[], start: number, end: number): EntityMention | null {
  return (
    entities.find((entity) => entity.start < end && start < entity.end && entity.end === end) ??
    entities.find((entity) => entity.start <= start && end <= entity.end) ??
    null
  );
}
