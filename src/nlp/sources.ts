import type { EntityMention, EntityType, SourceKind, TaggedDoc, Token } from '../document.js';
import { listField, readLexicon, readWordClass, readWordClasses } from '../lexicon/load.js';
import { spanIndexAt, spansOverlapping } from '../spans.js';
import { lookupKey } from './actors.js';
import { isAffiliation, titleWords } from './entities.js';
import { firstNameGender, isRoleNoun } from './name-types.js';
import { isGluedHyphenAt, isIndefiniteArticle, isNameAt, isOpeningQuote, nicknameEndAt, opensSentence } from './tokens.js';

// The source of an attribution: its noun phrase as written, its bare name and its kind.

export interface WordClasses {
  has(word: string, wordClass: string): boolean;
}

let attributionWords: WordClasses | undefined;
/** attribution-words.txt: small closed classes (pronouns, auxiliaries, proxies …). */
export function wordClasses(): WordClasses {
  if (attributionWords) return attributionWords;
  const classes = readWordClasses('attribution-words.txt');
  // Most callers pass a word in lower case already: it is lowered only when the plain look misses. A word in
  // capitals is an acronym, no word of a class: "The WHO put …", "US officials".
  attributionWords = {
    has: (word, wordClass) => {
      const members = classes.get(wordClass);
      if (!members) return false;
      if (members.has(word)) return true;
      const lower = word.toLowerCase();
      return lower !== word && members.has(lower) && !ACRONYM.test(word);
    },
  };
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

let titleAbbreviations: Set<string> | undefined;
/** Abbreviated titles with their stop, lower case ("gen.", "maj."): abbreviations.txt. */
const abbreviatedTitles = (): Set<string> => (titleAbbreviations ??= readWordClass('abbreviations.txt', 'title'));

/**
 * A capitalised word that is not a function word, or a word in capitals: a name, whatever a tagger made of
 * it ("Lynch/VERB said", "the BC/ADV Wildfire Service").
 */
const isCapitalisedWord = (token: Token) =>
  (/^\p{Lu}/u.test(token.text) && !['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'ADV'].includes(token.pos)) || ACRONYM.test(token.text);

/** Entity types that name a body rather than a person or a place. */
const BODY_TYPES: readonly EntityType[] = ['organization', 'group'];
/** Words that join the parts of one name: "Commission on Presidential Debates", "Bank of England" (name-words.txt). */
const NAME_LINKS = readWordClass('name-words.txt', 'link');
/** A word of capitals only, a name however it reads ("WHO", "IT"). */
export const ACRONYM = /^\p{Lu}{2,}$/u;
/**
 * The last words that make a name a body's, a state body's or a news outlet's: "Northgate Securities", "Financial
 * Conduct Board", "The Millbrook Courier" (name-words.txt).
 */
const STATE_ENDS = readWordClass('name-words.txt', 'state-end');
const NAME_END_KINDS = new Map<string, SourceKind>([
  ...[...STATE_ENDS].map((word): [string, SourceKind] => [word, 'government']),
  ...[...readWordClass('name-words.txt', 'body-end')].map((word): [string, SourceKind] => [word, 'organization']),
  ...[...readWordClass('name-words.txt', 'outlet-end')].map((word): [string, SourceKind] => [word, 'media']),
]);

/** Capitalised words that make a name an outlet's wherever they stand in it: "Broadcasting" (name-words.txt). */
const OUTLET_WORDS = readWordClass('name-words.txt', 'outlet-word');

/** Lower-case particles of a person's name: "Tom van der Meer", "Ursula von der Leyen", "Omar al Bashir" (name-words.txt). */
const NAME_PARTICLES = readWordClass('name-words.txt', 'particle');

/** A link inside the name of a body, after a noun of the table: "Bank of Zambia", "Committee to Protect Journalists". */
function isBodyNameLinkAt(tokens: readonly Token[], t: number): boolean {
  const body = tokens[t - 1];
  if (!body || !(NAME_LINKS.has(tokens[t]?.text ?? '') || tokens[t]?.text === 'to')) return false;
  return isNameAt(tokens, t - 1) && isNameAt(tokens, t + 1) && (isBodyHead(body.text) || wordClasses().has(body.text, 'body'));
}

/** A word of a name, or a piece of one joined to it by a hyphen: "Kim Hye-won", "Moon Jae-in". */
export function isNamePartAt(tokens: readonly Token[], t: number): boolean {
  // (A participle after the hyphen makes a description of it: "the Singapore-based Transition Agency", "the
  // Nafud-led coalition"; not a syllable of a name that a tagger took for a verb: "Cho Dae-sung".)
  const describing = (k: number) => ['VERB', 'ADJ'].includes(tokens[k]?.pos ?? '') && /^\p{Ll}+ed$/u.test(tokens[k]!.text);
  const hyphen = (k: number) => isGluedHyphenAt(tokens, k) && (isNameAt(tokens, k - 1) || NAME_PARTICLES.has(tokens[k - 1]!.text)) && !describing(k + 1);
  // A capitalised preposition or an ampersand between two words of a name is one of its words: "Doctors
  // Without Borders", "Cajun Power & Light".
  // (The word before an ampersand is one of a name even where it opens the sentence: "Brenner & Holt analyst …".)
  const beforeAmpersand = (k: number) => tokens[k + 1]?.text === '&' && /^\p{Lu}/u.test(tokens[k]?.text ?? '') && isNameAt(tokens, k + 2);
  const titleCaseLink = ((tokens[t]?.pos === 'ADP' && /^\p{Lu}/u.test(tokens[t]!.text)) || tokens[t]?.text === '&') && (isNameAt(tokens, t - 1) || beforeAmpersand(t - 1)) && isNameAt(tokens, t + 1);
  return isNameAt(tokens, t) || ACRONYM.test(tokens[t]?.text ?? '') || hyphen(t) || hyphen(t - 1) || titleCaseLink || beforeAmpersand(t);
}

/** A lower-case word that may stand inside a name as written: "Homes for All", "Nour al-Bahr". */
export const isNameWord = (word: string): boolean => NAME_LINKS.has(word) || NAME_PARTICLES.has(word) || NAME_PARTICLES.has(word.split('-')[0]!) || word === 'the';

/** A link between two words of a name: "Department of Health", "Cajun Power & Light" (name-words.txt). */
export const isNameLinkAt = (tokens: readonly Token[], t: number): boolean =>
  NAME_LINKS.has(tokens[t]?.text ?? '') && isNamePartAt(tokens, t - 1) && isNamePartAt(tokens, t + 1);

/**
 * An "and" inside the name of a body, after a link: "Department of Children and Families", "Institute of
 * Volcanology and Seismology" (not "Smith and Jones", two names).
 */
function isNameConjunctionAt(tokens: readonly Token[], t: number): boolean {
  if (tokens[t]?.text !== 'and' || !isNameAt(tokens, t - 1) || !isNameAt(tokens, t + 1)) return false;
  for (let k = t - 2; k >= t - 3 && k > 0; k--) if (NAME_LINKS.has(tokens[k]!.text) && isNameAt(tokens, k - 1)) return true;
  return false;
}

/**
 * A particle between two words of a name, past any other particles beside it; a link before a particle is one too:
 * "Centro por la Justicia y la Paz".
 */
export function isNameParticleAt(tokens: readonly Token[], t: number): boolean {
  const isParticle = (k: number) => NAME_PARTICLES.has(tokens[k]?.text ?? '') || (NAME_LINKS.has(tokens[k]?.text ?? '') && NAME_PARTICLES.has(tokens[k + 1]?.text ?? ''));
  if (!isParticle(t)) return false;
  let before = t - 1;
  while (isParticle(before)) before--;
  let after = t + 1;
  while (isParticle(after)) after++;
  // "al-Misri": a hyphen may join the particle to the name.
  if (tokens[after]?.text === '-' && tokens[after]!.start === tokens[after - 1]!.end) after++;
  return isNameAt(tokens, before) && isNameAt(tokens, after);
}

/**
 * A possessive ending ("Russia’s", "the players'"): it sticks to the word before it. A closing quote
 * written as two apostrophes (''…,'' said) sticks to punctuation instead, and the tagger reads the
 * contraction of "is" and "has" as a verb ("He’s claiming").
 */
export function isPossessiveAt(tokens: readonly Token[], t: number): boolean {
  const token = tokens[t];
  const before = tokens[t - 1];
  return !!token && !!before && /^['’]s?$/.test(token.text) && before.end === token.start && before.pos !== 'PUNCT' && token.pos !== 'AUX';
}

/**
 * Where the phrases of a preposition that start at `t` end, before `end` ("in March", "after the last blaze at the
 * camp", "on its website"), and how many there are; "that" and "by" open none (a clause, an agent).
 */
export function pastPrepositionPhrases(tokens: readonly Token[], t: number, end: number): { next: number; phrases: number } {
  let phrases = 0;
  while (t < end && tokens[t]!.pos === 'ADP' && !/^(?:that|by)$/i.test(tokens[t]!.text)) {
    t = pastNounPhrase(tokens, t + 1, end);
    phrases++;
  }
  return { next: t, phrases };
}

/** Where a plain noun phrase that starts at `t` ends: past its determiner or possessor, modifiers and nouns ("the closures"). */
export function pastNounPhrase(tokens: readonly Token[], t: number, end: number): number {
  if (tokens[t]?.pos === 'DET' || isPossessiveAt(tokens, t) || wordClasses().has(tokens[t]?.text ?? '', 'possessive')) t++;
  while (t < end && ['ADJ', 'NUM', 'NOUN', 'PROPN'].includes(tokens[t]!.pos) && !isPossessiveAt(tokens, t)) t++;
  return t;
}

/** A dash, or a hyphen with spaces around it that stands for one ("LAGOS (Reuters) - The party …"). */
export function isDashAt(text: string, tokens: readonly Token[], t: number): boolean {
  const token = tokens[t];
  if (!token) return false;
  return /^(?:[—–]|--)$/.test(token.text) || (token.text === '-' && text[token.start - 1] === ' ' && text[token.end] === ' ');
}

/** A noun for one person: a title or a noun of source-heads.txt for unnamed people ("minister", "chief", "wife"). */
export const isPersonNoun = (word: string): boolean => titleWords().has(word.toLowerCase()) || sourceHeads().get(word.toLowerCase()) === 'anonymous';

/** A noun of source-heads.txt that names a body, not a person ("ministry", "union", not "official"). */
const isBodyHead = (word: string): boolean => (sourceHeads().get(word.toLowerCase()) ?? 'anonymous') !== 'anonymous';

/** The kind a noun of the table at `t` tells, read first with the word before it: "news agency", "coast guard". */
export const headKindAt = (tokens: readonly Token[], t: number, floor = 0): SourceKind | undefined => {
  const word = tokens[t]!.text.toLowerCase();
  return (t > floor ? sourceHeads().get(`${tokens[t - 1]!.text.toLowerCase()} ${word}`) : undefined) ?? sourceHeads().get(word);
};

/** The kind a description's head at `t` tells: a noun of the table's, else anonymous for a title ("a retired judge"). */
const describedKindAt = (tokens: readonly Token[], t: number, floor: number): SourceKind | undefined =>
  headKindAt(tokens, t, floor) ?? (isPersonNoun(tokens[t]!.text) ? 'anonymous' : undefined);

/** A title or a noun of the table. */
// (A body's noun describes the name after it too: "the migration agency IOM".)
const isDescriptorAt = (tokens: readonly Token[], t: number) => titleWords().has(tokens[t]!.text.toLowerCase()) || headKindAt(tokens, t) !== undefined || wordClasses().has(tokens[t]!.text, 'body');

/**
 * An -ing form inside a noun phrase, between a word of the phrase and its noun: "chief operating officer",
 * "the acting governor"; not one after a preposition ("of hearing politicians say") or before one ("Smith
 * speaking at a rally").
 */
function isModifyingParticiple(tokens: readonly Token[], t: number): boolean {
  const before = tokens[t - 1];
  const after = tokens[t + 1];
  // (A noun of the table after it is one whatever a tagger made of it: "Risk modeling firm/ADV".)
  const role = wordClasses().has(tokens[t]?.text ?? '', 'role-participle');
  if (tokens[t]?.pos !== 'VERB' || !(/ing$/.test(tokens[t]!.text) || role) || !after || !(['NOUN', 'PROPN'].includes(after.pos) || sourceHeads().has(after.text.toLowerCase()))) return false;
  // "acting governor Pavel Lyamin", "lead liquidator Fiona Achterberg": a form that names a role modifies its noun
  // wherever it stands.
  return role || (!!before && (['DET', 'ADJ'].includes(before.pos) || isNameAt(tokens, t - 1)));
}

/**
 * The noun phrase that ends at token `last`, walking left no further than `floor`. From a name, only
 * names, titles and descriptor nouns extend it ("chief Pentagon spokesperson Dana W. White"); a plain
 * noun stops it ("in attack Russia claims" gives "Russia"). From a common noun, its modifiers do.
 */
export function nounPhraseBefore(tokens: Token[], last: number, floor: number): [number, number] | null {
  // "a doctor there", "officials here": a place adverb after the noun belongs to its phrase.
  if (wordClasses().has(tokens[last]?.text ?? '', 'place-adverb') && last - 1 >= floor && ['NOUN', 'PROPN'].includes(tokens[last - 1]!.pos)) {
    const phrase = nounPhraseBefore(tokens, last - 1, floor);
    return phrase && [phrase[0], last];
  }
  const head = tokens[last];
  // A noun of the table or a text that speaks is a head whatever a tagger made of it ("The military/ADJ said",
  // "Ivana Trump's brief/ADJ said").
  const known = sourceHeads().has(head?.text.toLowerCase() ?? '') || wordClasses().has(head?.text ?? '', 'proxy');
  if (!head || !(head.pos === 'NOUN' || head.pos === 'PROPN' || head.pos === 'NUM' || isNamePartAt(tokens, last) || isCapitalisedWord(head) || known)) return null;
  let first = last;
  // (An acronym that is a noun of the table heads a common noun's phrase: "a pro-Ruiz super PAC", "the NGO".)
  let proper = isNamePartAt(tokens, last) && !(/^\p{Lu}{2,}s?$/u.test(head.text) && sourceHeads().has(head.text.toLowerCase()));
  while (first - 1 >= floor) {
    const token = tokens[first - 1]!;
    // A particle a tagger reads as a determiner is a word of the name: "Lula da/DET Silva"; so is a "The" with
    // a capital inside a sentence: "the daily newspaper The Makora Standard".
    const nameArticle = proper && token.text === 'The' && first - 2 >= floor && !opensSentence(tokens, first - 1) && isDescriptorAt(tokens, first - 2) && !isPluralNoun(tokens[first - 2]!);
    // "what critics call", "which officials say", "a law that critics say …": a relative word opens a clause
    // whose subject starts after it.
    const relative = wordClasses().has(token.text, 'relative-determiner') && ['NOUN', 'PROPN', 'PUNCT', 'SYM', 'NUM', 'ADP'].includes(tokens[first - 2]?.pos ?? '');
    if (wordClasses().has(token.text, 'free-relative') || relative) break;
    const determiner = token.pos === 'DET' && !isNameParticleAt(tokens, first - 1) && !nameArticle;
    // (A quantifier after a determiner, a possessor or a number is a modifier: "the other officials", "Ondara's other
    // forest projects", "two other officials".)
    const before = tokens[first - 2];
    const modifiedQuantifier = !!before && first - 2 >= floor && (before.pos === 'DET' || before.pos === 'NUM' || isPossessiveAt(tokens, first - 2) || wordClasses().has(before.text, 'possessive'));
    if (wordClasses().has(token.text, 'vague-quantifier') && modifiedQuantifier) {
      first--;
      continue;
    }
    if (determiner || wordClasses().has(token.text, 'vague-quantifier') || wordClasses().has(token.text, 'possessive')) {
      first--;
      break;
    }
    // A title cut from its stop by a tagger: "Maj" + "." + "Gen. Arkady Voronin".
    const cutTitle = token.text === '.' && !!tokens[first - 2] && tokens[first - 2]!.end === token.start && abbreviatedTitles().has(`${tokens[first - 2]!.text.toLowerCase()}.`);
    // A noun that opens its clause, with its modifiers, right before a name describes it: "“…,” meteorologist
    // Priya Sandhu told …", "Former European champion Marcus Doyle said" (not "an attack Russia claims …").
    // A role may hold "of": "AIP head of integrity Henrik Salo".
    const roleOf = (t: number) => tokens[t]!.text === 'of' && t > floor && isPersonNoun(tokens[t - 1]!.text);
    let opener = first - 2;
    while (opener >= floor && (['ADJ', 'PROPN', 'NOUN'].includes(tokens[opener]!.pos) || isCapitalisedWord(tokens[opener]!) || roleOf(opener) || isModifyingParticiple(tokens, opener))) opener--;
    // (A conjunction after a comma opens a clause too: "…, and lead counsel Ravi Dutt told …".)
    const clauseConjunction = tokens[opener]?.pos === 'CCONJ' && tokens[opener - 1]?.text === ',';
    const opensClauseHere = opener < floor || /^[,;:“”"'’(—–-]$/.test(tokens[opener]!.text) || clauseConjunction;
    // … or after a determiner that opens the sentence: "The nonpartisan/NOUN Legislative Fiscal Bureau put …", "A
    // Democratic super/NOUN PAC said" (not a zero relative's "…, a request Okafor denied").
    const openingRole = token.pos === 'NOUN' && (opensClauseHere || (tokens[opener]!.pos === 'DET' && opensSentence(tokens, opener)));
    // A nickname in quotes between the words of a name: "Travis “Tex” Holloway"; a body's acronym in brackets
    // after its name, before a title: "Union of County Teachers (UCT) branch secretary …".
    const nickname = proper ? [first - 3, first - 4].find((open) => nicknameEndAt(tokens, open) === first - 1) : undefined;
    const acronym = token.text === ')' && ACRONYM.test(tokens[first - 2]?.text ?? '') && tokens[first - 3]?.text === '(' && isNameAt(tokens, first - 4) ? first - 3 : undefined;
    if (nickname !== undefined || acronym !== undefined) {
      first = (nickname ?? acronym)!;
      continue;
    }
    // The second word of a compound joined by a hyphen modifies what follows: "The state-run/VERB Philippine News Agency".
    const compoundTail = isGluedHyphenAt(tokens, first - 2);
    // A capital inside a sentence makes a word of the name of what a tagger read as an adverb ("Forward Montana
    // Action"); a count of a people or a party is no name, but of it ("20 Republicans").
    const capitalAdverb = token.pos === 'ADV' && /^\p{Lu}/u.test(token.text) && !opensSentence(tokens, first - 1);
    const count = token.pos === 'NUM' && first === last && isPluralNoun(head);
    // An adverb of a modifier after a determiner or a possessor is a word of the phrase: "Sarrat's only functioning hospital".
    const adverbOfModifier = token.pos === 'ADV' && tokens[first]!.pos === 'ADJ' && (tokens[first - 2]?.pos === 'DET' || isPossessiveAt(tokens, first - 2));
    const takes = proper
      // (A possessor of any noun opens the name's phrase: "the country's Civil Defence Directorate".)
      ? isNamePartAt(tokens, first - 1) || isCapitalisedWord(token) || capitalAdverb || count || isPossessiveAt(tokens, first - 1) || isPossessiveAt(tokens, first) || isDescriptorAt(tokens, first - 1) || token.pos === 'ADJ' || openingRole || cutTitle || wordClasses().has(token.text, 'public') || compoundTail || nameArticle ||
        // "Holtz-Eakin", "Commission on Presidential Debates"
        ((token.text === '-' || NAME_LINKS.has(token.text)) && isNameAt(tokens, first - 2)) || isNameParticleAt(tokens, first - 1) || isNameConjunctionAt(tokens, first - 1)
      // A word of a name modifies a description too, whatever a tagger made of it ("Red Cross/VERB secretary general").
      // A hyphen joins a compound ("state-run media"); one with a space after it is a dash. A plus glued
      // to the word before it ends a name ("OPEC+ sources").
      : ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(token.pos) || isNamePartAt(tokens, first - 1) || adverbOfModifier || isPossessiveAt(tokens, first - 1) || (token.text === '-' && token.end === tokens[first]!.start) || (roleOf(first - 1) && opensClauseHere) ||
        (token.text === '+' && token.start === tokens[first - 2]?.end) || isModifyingParticiple(tokens, first - 1) ||
        // A verb that opens the sentence before a noun modifies it: "Lead/VERB prosecutor …", "Displaced families …".
        (token.pos === 'VERB' && opensSentence(tokens, first - 1));
    if (!takes) break;
    // Past a title or description, the phrase goes on over the nouns that modify it ("state news outlet").
    if (proper && !isNameAt(tokens, first - 1) && !isPossessiveAt(tokens, first - 1) && token.text !== '-' && !NAME_LINKS.has(token.text) && !isNameParticleAt(tokens, first - 1) && !isNameConjunctionAt(tokens, first - 1)) proper = false;
    first--;
  }
  // "a" holds no plural: in "…, an account organizers disputed" the plural opens a clause of its own after the
  // noun the article belongs to. (A plural by its form or the table: a tagger's lemma may only respell the
  // word, "centre" → "center".)
  const plural = head.pos === 'NOUN' && (/s$/i.test(head.text) || isPluralSourceHead(head.text.toLowerCase()));
  if (isIndefiniteArticle(tokens[first]!.text) && plural && isPluralNoun(head)) {
    let singular = first + 1;
    while (singular < last && tokens[singular]!.pos === 'ADJ') singular++;
    if (singular < last && tokens[singular]!.pos === 'NOUN' && !isPluralNoun(tokens[singular]!)) return [singular + 1, last];
  }
  return [first, last];
}

/**
 * Where the name ends when the words after the comma at `comma` up to `end` are a name, with any description
 * of its own before it and a phrase of "of" after it: "…, Luis Ocampo", "…, Swedish diplomat Annika
 * Lindqvist", "…, Sgt. Mike Dolan of the Police Benevolent Association"; else -1.
 */
export function describedNameEnd(tokens: Token[], comma: number, end: number): number {
  // ("a" opens a description, no name: "A spokesman for Gov. Roy Danvers, a Republican"; "the" may open a name:
  // "An independent monitoring group, the Northern Observatory".)
  if (isIndefiniteArticle(tokens[comma + 1]?.text ?? '')) return -1;
  let nameEnd = end;
  for (let t = comma + 2; t < end; t++) {
    if (tokens[t]!.text === 'of') {
      nameEnd = t - 1;
      break;
    }
  }
  return isNamePartAt(tokens, nameEnd) && nounPhraseBefore(tokens, nameEnd, comma + 1)?.[0] === comma + 1 ? nameEnd : -1;
}

/**
 * Where a noun phrase that starts at `first` ends: at the first punctuation or quote mark that closes its
 * clause. A stop inside the sentence belongs to an abbreviation ("Del. Stacey Plaskett").
 */
export function nounPhraseAfter(tokens: Token[], first: number, end: number): [number, number] | null {
  let last = first - 1;
  // A closing single mark glued to a word before another word is an apostrophe: "the plaintiffs’ expert".
  const apostrophe = (t: number) => isPossessiveAt(tokens, t) && t + 1 < end && tokens[t + 1]!.pos !== 'PUNCT';
  const closes = (t: number) => (/^[,;:!?()\[\]"“”‘’«»—–]$/.test(tokens[t]!.text) && !apostrophe(t)) || (tokens[t]!.text === '.' && t === end - 1);
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
  // "More than 20 officials", "At least 20 Republicans": what they are starts at the count.
  const countAt = tokens.slice(first, Math.min(first + 3, last)).findIndex((token) => token.pos === 'NUM');
  if (countAt > 0 && tokens.slice(first, first + countAt).every((token) => ['ADV', 'ADP', 'ADJ'].includes(token.pos))) return describeSource(doc, [first + countAt, last]);
  let coreEnd = last;
  for (let t = first + 1; t <= last; t++) {
    const token = tokens[t]!;
    // A word inside the name of a body that starts in the phrase is no boundary: "the Institute for the Study of War".
    const body = entityHolding(entities, token.start, token.end, BODY_TYPES);
    if (body && body.start >= tokens[first]!.start) continue;
    // A verb ends the core, unless a tagger made a verb of a word of the name ("the Red Cross/VERB").
    // Nor does the second word of a compound ("the business-backed Merrivale Taxpayers Alliance").
    const compound = tokens[t - 1]!.text === '-' && tokens[t - 1]!.end === token.start;
    const verb = token.pos === 'VERB' && !isNamePartAt(tokens, t) && !isModifyingParticiple(tokens, t) && !compound;
    // "the experts I interviewed": a subject pronoun opens a clause of the source's own.
    // An acronym is a name, no pronoun: "The WHO".
    const pronoun = (words.has(token.text, 'relative') || words.has(token.text, 'subject-pronoun')) && !ACRONYM.test(token.text);
    // "The National Anticorruption Directorate (DNA)": a bracket ends the name, unless a title and a name go on
    // after it ("Union of County Teachers (UCT) branch secretary Peter Ouma").
    const bracket = token.text === '(' && !(tokens[t + 2]?.text === ')' && t + 3 <= last && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[t + 3]!.pos));
    if (pronoun || bracket || words.has(token.text, 'place-adverb') || verb || (token.pos === 'ADP' && !isPossessiveAt(tokens, t) && !isNameParticleAt(tokens, t) && !isNamePartAt(tokens, t) && !isBodyNameLinkAt(tokens, t)) || token.text === ',' || isDashAt(text, tokens, t)) {
      coreEnd = t - 1;
      break;
    }
  }
  // "AIP head of integrity Henrik Salo": a role with "of" before a name describes the name.
  // ("The head of the World Health Organization" or "of Zorvan Relief" is no one named: the role's field is a
  // common noun.)
  // A title with "of" ("Leader of the Opposition Prakash Mahanta") describes the name too.
  // (The name ends before a clause or description set off by a comma: "Secretary of State Miriam Castellano, whose …".)
  let nameEnd = coreEnd;
  while (nameEnd < last && tokens[nameEnd + 1]!.text !== ',' && !words.has(tokens[nameEnd + 1]!.text, 'relative')) nameEnd++;
  const titleOf = tokens.slice(coreEnd + 2, nameEnd).some((_token, k) => titleWords().has(text.slice(tokens[coreEnd]!.start, tokens[coreEnd + 2 + k]!.end).toLowerCase()));
  // So does a title as written with a portfolio before a person's name: "Minister for Housing Ciarán Wheelan" (not
  // one who speaks for another: "Spokesman for Gov. Roy Danvers", "spokeswoman for Mayor Arlene Fitch").
  const personAfterPortfolio = () => {
    const person = entityHolding(entities, tokens[nameEnd]!.start, tokens[nameEnd]!.end, ['person']);
    if (!person || person.start <= tokens[coreEnd + 2]!.start || !/^\p{Lu}/u.test(tokens[coreEnd]!.text)) return false;
    // (A title may end it: "Minister of Health Dr Fatoumata Bah-Diallo".)
    const portfolio = tokens.slice(coreEnd + 2, spanIndexAt(tokens, person.start));
    return portfolio.every((token) => /^\p{Lu}/u.test(token.text)) && !titleWords().has(portfolio[0]!.text.toLowerCase());
  };
  const link = tokens[coreEnd + 1]?.text;
  const roleBeforeName = coreEnd < nameEnd && (link === 'of' || link === 'for') && isPersonNoun(tokens[coreEnd]!.text) && isNamePartAt(tokens, nameEnd) &&
    ((link === 'of' && (titleOf || tokens.slice(coreEnd + 2, nameEnd).some((token) => token.pos === 'NOUN' && /^\p{Ll}/u.test(token.text)))) || personAfterPortfolio()) &&
    !entityHolding(entities, tokens[nameEnd]!.start, tokens[nameEnd]!.end, BODY_TYPES) && !isBodyHead(tokens[nameEnd]!.text) &&
    tokens.slice(coreEnd + 1, nameEnd + 1).every((token) => token.pos !== 'VERB');
  if (roleBeforeName) coreEnd = nameEnd;
  // "the secretary of state's office": a title with "of" owns what follows it, which is the source.
  const possessor = tokens.slice(coreEnd + 2, nameEnd).findIndex((_token, k) => isPossessiveAt(tokens, coreEnd + 2 + k) && titleWords().has(text.slice(tokens[coreEnd]!.start, tokens[coreEnd + 1 + k]!.end).toLowerCase()));
  if (!roleBeforeName && possessor >= 0 && coreEnd + 3 + possessor <= last) return describeSource(doc, [coreEnd + 3 + possessor, last]);
  // "people familiar with the talks": an adjective before the phrase is not the head, but a person or people
  // with no other word is named by the phrase ("person familiar with the talks").
  let describedBy = -1;
  if (coreEnd > first && coreEnd < last && tokens[coreEnd]!.pos === 'ADJ' && tokens[coreEnd + 1]!.pos === 'ADP' && !sourceHeads().has(tokens[coreEnd]!.text.toLowerCase())) {
    coreEnd--;
    if (words.has(tokens[coreEnd]!.text, 'generic-person')) {
      describedBy = coreEnd + 1;
      while (describedBy < last && tokens[describedBy + 1]!.text !== ',') describedBy++;
    }
  }
  // "Its director, Samir Haddad", "A teacher in Ruvesi, Grace Wanjiru", "The first witness, Mihai Dobre, a
  // former director …", "Its head, Swedish diplomat Annika Lindqvist": a description with a name in
  // apposition is that name's.
  let firstComma = first + 1;
  while (firstComma < last && tokens[firstComma]!.text !== ',') firstComma++;
  // ("Westmoor's MP, Priya Nandakumar": a title ends a description, not a name.)
  if (!isNamePartAt(tokens, first) || !isNameAt(tokens, firstComma - 1) || titleWords().has(tokens[firstComma - 1]!.text.toLowerCase())) {
    for (let comma = firstComma; comma < last; comma++) {
      if (tokens[comma]!.text !== ',') continue;
      let end = comma + 1;
      while (end < last && tokens[end + 1]!.text !== ',') end++;
      const named = tokens.slice(comma + 1, end + 1).every((token, k) => isNamePartAt(tokens, comma + 1 + k) || isNameParticleAt(tokens, comma + 1 + k) || token.text === '.');
      const describedName = describedNameEnd(tokens, comma, end);
      if (!named && describedName < 0) continue;
      // The head of the description tells the name's kind: "His wife, Iryna", "The mining company, Agusan Ridge
      // Mining", "A spokesman for the Jakarta court, Agus Prasetyo" (not the court).
      const descriptionHead = Math.min(coreEnd, comma - 1);
      const described = describedKindAt(tokens, descriptionHead, first);
      return describeName(doc, comma + 1, named ? end : describedName, described === 'anonymous' ? 'person' : described);
    }
  }
  // "A survivor who gave his name only as Ibrahim", "a woman who identified herself only as Saba": the person
  // named there.
  for (let as = coreEnd + 2; as < last; as++) {
    if (tokens[as]!.text !== 'as' || !isNameAt(tokens, as + 1) || !tokens.slice(Math.max(coreEnd + 1, as - 4), as).some((token) => words.has(token.text, 'naming'))) continue;
    let nameEnd = as + 1;
    while (nameEnd < last && isNameAt(tokens, nameEnd + 1)) nameEnd++;
    return describeName(doc, as + 1, nameEnd, 'person');
  }
  // "A little-known group calling itself Saraya Awliya al-Difa": the name it gives itself, of the kind its noun tells.
  // (The name may stand in quotes: "calling itself “BlackHarrow”".)
  for (let reflexive = coreEnd + 2; reflexive < last; reflexive++) {
    const nameStart = isOpeningQuote(tokens[reflexive + 1]?.text ?? '') ? reflexive + 2 : reflexive + 1;
    if (!words.has(tokens[reflexive]!.text, 'reflexive') || !/ing$/.test(tokens[reflexive - 1]!.text) || nameStart > last || !isNameAt(tokens, nameStart)) continue;
    let nameEnd = nameStart;
    while (nameEnd < last && (isNameAt(tokens, nameEnd + 1) || isNameParticleAt(tokens, nameEnd + 1) || (isGluedHyphenAt(tokens, nameEnd + 1) && nameEnd + 2 <= last))) nameEnd++;
    const described = describedKindAt(tokens, coreEnd, first);
    return describeName(doc, nameStart, nameEnd, described === 'anonymous' ? 'person' : described);
  }
  // "two of the men", "58% of respondents": a number of people, named by the whole phrase; a share of them
  // is unspecified.
  const share = ['%', 'percent'].includes(tokens[first + 1]?.text ?? '');
  if (tokens[first]!.pos === 'NUM' && tokens[first + (share ? 2 : 1)]?.text === 'of') {
    return { name: text.slice(tokens[first]!.start, tokens[last]!.end), kind: share ? 'unspecified' : 'anonymous', entity: null };
  }
  // "20 Republicans", "at least three Democrats": a number of a people or a party's members, unnamed.
  const counted = tokens.slice(first, coreEnd).findIndex((token) => token.pos === 'NUM');
  if (counted >= 0 && coreEnd === first + counted + 1 && isNamePartAt(tokens, coreEnd) && isPluralNoun(tokens[coreEnd]!)) {
    return { name: text.slice(tokens[first]!.start, tokens[coreEnd]!.end), kind: 'anonymous', entity: null };
  }
  // "many of them", "those close to him", "some who spoke": unnamed people, named by the whole phrase.
  const next = tokens[first + 1];
  if (words.has(tokens[first]!.text, 'partitive') && (!next || first === last || next.pos === 'ADP' || (next.pos === 'ADJ' && tokens[first + 2]?.pos === 'ADP') || words.has(next.text, 'relative'))) {
    return { name: text.slice(tokens[first]!.start, tokens[last]!.end), kind: 'unspecified', entity: null };
  }
  const head = tokens[coreEnd]!;
  // "WHO data", "a Reuters tally", "a Bloomberg survey of 17 economists", "the agency's calculations": a name
  // or a possessor before a proxy is its issuer, whatever follows; a capitalised proxy is a word of the name
  // ("the U.S. Geological Survey").
  if (words.has(head.text, 'proxy') && !/^\p{Lu}/u.test(head.text) && coreEnd > first) {
    // So is a body's noun: "ministry records seen by Reuters", "police figures". (A date is none: "a January summary".)
    if ((isNamePartAt(tokens, coreEnd - 1) && !isInDateAt(doc, coreEnd - 1)) || isBodyHead(tokens[coreEnd - 1]!.text)) return describeSource(doc, [first, coreEnd - 1]);
    const possessor = possessorOfProxy(tokens, first, coreEnd);
    if (possessor) return describeSource(doc, possessor);
  }
  const issuer = issuerAfterProxy(tokens, coreEnd, last);
  if (issuer) return describeSource(doc, issuer);
  // "Officials said", "Organisers estimated": a capital at the start of a sentence does not make a source
  // noun, or a lone word no table or tagger knows as a name, a name.
  // (A description in apposition makes it a name: "Marsh, a former deputy mayor, told …".)
  const appositive = appositiveKind(tokens, coreEnd + 1, last);
  const lone = first === coreEnd && !entityAt(entities, head.start, head.end) && !doc.actors.byName.has(lookupKey(head.text)) && !appositive;
  // A title alone names no one: "One government MP", "the Prime Minister" (but "Ritika Sen" is a name).
  const afterName = coreEnd > first && isNamePartAt(tokens, coreEnd - 1) && !isDescriptorAt(tokens, coreEnd - 1);
  const titleAlone = titleWords().has(head.text.toLowerCase()) && !afterName;
  const sourceNoun = (opensSentence(tokens, coreEnd) && (lone || sourceHeads().has(head.text.toLowerCase()))) || titleAlone;
  // A number in digits after a word of a name ends it: "Private broadcaster Kanal 9", "Local 412" (not a date).
  if ((isNamePartAt(tokens, coreEnd) || isNumberOfNameAt(doc, coreEnd)) && !sourceNoun) return describeName(doc, first, coreEnd, appositive);

  // A common noun: an unnamed source, named by its bare description.
  let descriptionStart = first;
  while (descriptionStart < coreEnd && (tokens[descriptionStart]!.pos === 'DET' || words.has(tokens[descriptionStart]!.text, 'possessive'))) descriptionStart++;
  // (Not after a determiner, a number or a possessor, where it makes a superlative or a modifier: "the company's most
  // recent annual report", "two other officials".)
  const vague = tokens.slice(first, coreEnd + 1).some((token, k) => words.has(token.text, 'vague-quantifier') &&
    !(k > 0 && (['DET', 'NUM'].includes(tokens[first + k - 1]!.pos) || isPossessiveAt(tokens, first + k - 1) || words.has(tokens[first + k - 1]!.text, 'possessive'))));
  const name = text.slice(tokens[descriptionStart]!.start, describedBy >= 0 ? tokens[describedBy]!.end : head.end);
  const headKind = headKindAt(tokens, coreEnd, descriptionStart) ?? sourceHeads().get(head.lemma);
  // "the U.N. office": a body's noun after an international body's name is a part of that body.
  const parent = descriptionStart < coreEnd && isBodyHead(head.text) ? nonStateParent(doc, tokens[descriptionStart]!) : undefined;
  if (parent) return { name, kind: parent, entity: null };
  // A description in lower case names no actor: "another economist" is not The Economist.
  const actor = /\p{Lu}/u.test(name) ? doc.actors.byName.get(lookupKey(name)) : undefined;
  if (actor) return { name: actor.canonical, kind: actor.kind, entity: entityAt(entities, tokens[descriptionStart]!.start, head.end) };
  // An unknown head: a public body when a word or a country says so ("the national disaster agency",
  // "Indonesia's rescue agency"), else a body when singular ("the agency"), unnamed people when plural ("protesters").
  const publicBody = tokens.slice(descriptionStart, coreEnd).some((token) => isPublicWord(doc, token));
  // A title with no name is an unnamed person ("the senator").
  const person = titleWords().has(head.text.toLowerCase()) || titleWords().has(head.lemma) || isRoleNounAt(head);
  // ("aid agencies" are bodies.)
  const unknownKind = person ? 'anonymous' : publicBody ? 'government' : isPluralNoun(head) && !words.has(head.lemma, 'body') ? 'anonymous' : 'organization';
  // A state's noun for a side that is no state's is a body's: "the rebel delegation", "opposition lawmakers".
  const nonState = tokens.slice(descriptionStart, coreEnd).some((token) => words.has(token.text, 'non-state'));
  // A public word before the noun of a body that the state may run makes it a state one: "Talvaria's national
  // seismological institute".
  const stateRun = publicBody && headKind === 'organization' && words.has(head.text, 'public-body');
  const kind = nonState && headKind === 'government' ? 'organization' : stateRun ? 'government' : (headKind ?? unknownKind);
  // Bodies of no name in the plural are no one in particular: "rights groups", "aid agencies"; so are people
  // who comment, with nothing after their noun and no number: "Critics say", "the researchers wrote".
  const unnamedBodies = kind === 'organization' && isPluralNoun(head);
  const genericGroup = kind === 'anonymous' && isPluralNoun(head) && words.has(head.text, 'generic-group') && coreEnd === last && counted < 0;
  return { name, kind: vague || unnamedBodies || genericGroup ? 'unspecified' : kind, entity: null };
}

/** Whether token `t` lies inside a date wink-nlp found ("March 9", "a January summary"). */
function isInDateAt(doc: TaggedDoc, t: number): boolean {
  const token = doc.tokens[t]!;
  return doc.values.some((value) => value.type === 'DATE' && value.start <= token.start && token.end <= value.end);
}

/** A number in digits that ends a name, not a date: "Kanal 9", "Local 412" (not "March 9"). */
export function isNumberOfNameAt(doc: TaggedDoc, t: number): boolean {
  const token = doc.tokens[t];
  return !!token && /^\d+$/.test(token.text) && isNameAt(doc.tokens, t - 1) && !isInDateAt(doc, t);
}

const PERSON_ENDINGS = [...readWordClass('attribution-words.txt', 'person-ending')];
/** A noun in lower case for a person by what they do: "economist", "librarian", "controller", "questioner". */
const isRoleNounAt = (token: Token) =>
  token.pos === 'NOUN' && /^\p{Ll}{5,}$/u.test(token.text) && (PERSON_ENDINGS.some((ending) => token.lemma.endsWith(ending)) || isRoleNoun(token.lemma));

/**
 * A plural noun: a plural of source-heads.txt, or a noun whose lemma is not itself ("officials", "men").
 * A name or a capital at the start of a sentence keeps its lemma ("Opponents said", "Democrats say"):
 * there the ending tells ("-s", not "-ss", "-us" or "-is").
 */
export function isPluralNoun(token: Token): boolean {
  const word = token.text.toLowerCase();
  // (A lemma that only spells it the American way is no singular of it: "organisation" → "organization".)
  if (isPluralSourceHead(word) || (token.pos === 'NOUN' && token.lemma !== word && /(?:s|men|ren|ple)$/.test(word))) return true;
  return (token.pos === 'PROPN' || /^\p{Lu}/u.test(token.text)) && hasPluralEnding(word);
}

/** Whether a word ends as a plural in -s does ("figures", "analyses"; not "census", "analysis", "press"). */
export const hasPluralEnding = (word: string): boolean => /[^siu]s$/.test(word);

/**
 * The issuer of a proxy at `head`, in the phrase after it that ends at `last`: "a statement issued by the
 * foreign ministry", "a report from Reuters"; or null. Only "by", "from" or "of" brings the issuer, right after
 * the proxy or after a participle of issuing and a time ("figures released on Monday by Frontex"): "a report
 * published on Monday" has none, and "records seen by Reuters" are not Reuters'. `withOf` false leaves "of" out,
 * where a name before the proxy may be its issuer ("a Reuters survey of 17 economists").
 */
export function issuerAfterProxy(tokens: readonly Token[], head: number, last: number, withOf = true): [number, number] | null {
  const words = wordClasses();
  if (head >= last || !words.has(tokens[head]!.text, 'proxy')) return null;
  const issuerAfter = (t: number) => ['by', 'from'].includes(tokens[t]!.text.toLowerCase()) || (withOf && t === head + 1 && tokens[t]!.text.toLowerCase() === 'of');
  let by = head + 1;
  while (by < last && by <= head + 6 && !issuerAfter(by) && tokens[by]!.text !== ',') by++;
  const participle = tokens.slice(head + 1, by).find((token) => token.pos === 'VERB');
  const reader = !!participle && tokens[by]?.text.toLowerCase() === 'by' && !words.has(participle.lemma, 'issue-verb');
  return by < last && issuerAfter(by) && !reader ? [by + 1, last] : null;
}

/**
 * The possessor of a proxy that ends at `head`, its issuer: "the agency's" of "the agency's statement", past the
 * proxy's modifiers ("the F.B.I.'s most recent annual report"); or null.
 */
export function possessorOfProxy(tokens: readonly Token[], first: number, head: number): [number, number] | null {
  if (head <= first || !wordClasses().has(tokens[head]!.text, 'proxy') || /^\p{Lu}/u.test(tokens[head]!.text)) return null;
  let possessive = head - 1;
  while (possessive > first + 1 && possessive > head - 5 && ['ADJ', 'ADV', 'NOUN'].includes(tokens[possessive]!.pos) && !isPossessiveAt(tokens, possessive)) possessive--;
  return isPossessiveAt(tokens, possessive) && possessive - 1 >= first ? [first, possessive - 1] : null;
}

/**
 * The kind a description in apposition after a name tells, when its head is a noun of the table:
 * "Halvard Foods, the region's largest food maker", "the Front, the armed group that controls the town",
 * "Priya Raman, the hospital's chief" (a person).
 */
function appositiveKind(tokens: readonly Token[], comma: number, last: number): SourceKind | undefined {
  if (tokens[comma]?.text !== ',' || comma >= last) return undefined;
  // An age set off by commas is a person's: "Dorlang, 58, a former district governor".
  const after = tokens[comma + 1]!.text;
  if (/^\d{1,3}$/.test(after) && Number(after) <= 120 && (comma + 1 === last || tokens[comma + 2]?.text === ',')) return 'person';
  // So is a name that "who" describes: "Rakotomalala, who brought the challenge" (a body takes "which"; "The
  // Europeans, who …" are many).
  if (after.toLowerCase() === 'who' && tokens[comma - 1]?.pos === 'PROPN' && !isPluralNoun(tokens[comma - 1]!)) return 'person';
  let end = comma + 1;
  // (It ends at a participle after its noun too: "a super PAC supporting the senator".)
  const participleAfterNoun = (t: number) => tokens[t]!.pos === 'VERB' && ['NOUN', 'PROPN'].includes(tokens[t - 1]!.pos) && t > comma + 1;
  while (end <= last && tokens[end]!.text !== ',' && !wordClasses().has(tokens[end]!.text, 'relative') && (tokens[end]!.pos !== 'ADP' || isPossessiveAt(tokens, end)) && !participleAfterNoun(end)) end++;
  // "a 38-year-old rock-drill operator" is a person.
  if (tokens.slice(comma + 1, end).some((token) => token.text.toLowerCase() === 'old' || /year-old$/i.test(token.text))) return undefined;
  let head = end - 1;
  // A noun of the table is a head whatever a tagger made of it ("the hospital's chief/ADJ").
  while (head > comma && tokens[head]!.pos !== 'NOUN' && !sourceHeads().has(tokens[head]!.text.toLowerCase())) head--;
  if (head <= comma) return undefined;
  const kind = describedKindAt(tokens, head, comma + 1);
  // A name described as an unnamed person is a person's: "Priya Raman, the hospital's chief", "Tallis, a retired judge";
  // so is one described by an office that one person holds: "Harmon Ludd, a former county prosecutor".
  return kind === 'anonymous' || (kind && isPersonNoun(tokens[head]!.text) && !isPluralNoun(tokens[head]!)) ? 'person' : kind;
}

/**
 * A named source: the trailing run of names, without the titles and descriptions before it. `describedKind`
 * is the kind a description beside the name tells, for a name that no table tells.
 */
function describeName(doc: TaggedDoc, first: number, last: number, describedKind?: SourceKind): SourceDescription {
  const { text, tokens, entities } = doc;
  let nameStart = last;
  // A noun of the table before a link is a word of the name, not a description: "Bank of Zambia"; so is a
  // capitalised one in a name that ends with a body's noun: "Sudan Doctors Network".
  // So is one after a body's noun and its link: "Bureau of Justice Statistics".
  // (Not a link of a body named before the person, with its acronym: "Union of County Teachers (UCT) branch
  // secretary Mr Peter Ouma".)
  let ownFirst = last;
  while (ownFirst > first && tokens[ownFirst - 1]!.text !== ')') ownFirst--;
  const bodyName = isBodyHead(tokens[last]!.text) || tokens.slice(ownFirst, last).some((_token, k) => isBodyNameLinkAt(tokens, ownFirst + k));
  // (So is one before a capitalised preposition of the name: "Engineers Without Borders".)
  const beforeNamePreposition = (t: number) => tokens[t + 1]?.pos === 'ADP' && /^\p{Lu}/u.test(tokens[t + 1]!.text) && isNamePartAt(tokens, t + 1);
  // (So is the mark of a plural's possessive in a body's name: "National Parents’ Alliance".)
  const pluralPossessive = (t: number) => bodyName && /^['’]$/.test(tokens[t]!.text) && isPossessiveAt(tokens, t) && /^\p{Lu}.*s$/u.test(tokens[t - 1]!.text);
  const inName = (t: number) => pluralPossessive(t) || ((isNamePartAt(tokens, t) || isNameParticleAt(tokens, t) || isBodyNameLinkAt(tokens, t) || isNameConjunctionAt(tokens, t)) &&
    (!isDescriptorAt(tokens, t) || isBodyNameLinkAt(tokens, t + 1) || beforeNamePreposition(t) || (bodyName && /^\p{Lu}/u.test(tokens[t]!.text))));
  // (A number between two words of a name is one of it: "the Molen 12 Families Group".)
  const numberInName = (t: number) => isNumberOfNameAt(doc, t) && isNamePartAt(tokens, t + 1);
  while (nameStart - 1 >= first && (inName(nameStart - 1) || numberInName(nameStart - 1))) nameStart--;
  // A number opens no name: the word before it is one of it, whatever else it may be ("TV 5", "Channel 9 Velmont").
  if (nameStart > first && /^\d+$/.test(tokens[nameStart]!.text)) nameStart--;
  // "the daily newspaper The Makora Standard": a "The" with a capital inside a sentence opens the name.
  if (nameStart - 1 > first && tokens[nameStart - 1]!.text === 'The' && !opensSentence(tokens, nameStart - 1) && isDescriptorAt(tokens, nameStart - 2)) nameStart--;
  // The name of a body the tagger found whole holds words no walk over names takes ("Institute for the
  // Study of War", "Justice Department", where "Justice" is also a title).
  const body = entityHolding(entities, tokens[last]!.start, tokens[last]!.end, BODY_TYPES);
  const start = body && body.end === tokens[last]!.end && body.start >= tokens[first]!.start ? Math.min(body.start, tokens[nameStart]!.start) : tokens[nameStart]!.start;
  const end = tokens[last]!.end;
  let name = text.slice(start, end).replace(/['’]s?$/, '');
  const entity = entityAt(entities, start, end);
  // An entity that runs past the name either way is a longer one the tagger joined ("United States Says Group").
  const ownEntity = entity && entity.end <= end && entity.start >= start ? entity : null;
  // A known body after its country's name is that body: "the U.S. Centers for Disease Control and Prevention".
  // (An entity the text renamed, an acronym for a body it named before, keeps the text's meaning: "the RFA" after
  // "the Rural Fire Authority" is no Radio Free Asia.)
  const renamed = !!ownEntity && ownEntity.text === name && ACRONYM.test(name) && lookupKey(ownEntity.canonical) !== lookupKey(name) && !doc.actors.byName.has(lookupKey(ownEntity.canonical));
  // It is described as where the body was named: "the RFA" as "the Rural Fire Authority".
  const named = renamed ? entities.find((e) => e.entityId === ownEntity.entityId && e.end <= start) : undefined;
  if (named) return { ...describeName(doc, spanIndexAt(tokens, named.start), spanIndexAt(tokens, named.end - 1), describedKind), entity };
  const actor = (renamed ? undefined : doc.actors.byName.get(lookupKey(name))) ?? (ownEntity && doc.actors.byName.get(lookupKey(ownEntity.canonical)));
  if (renamed) name = ownEntity.canonical;
  if (actor) return { name: ownEntity?.canonical ?? actor.canonical, kind: actor.kind, entity };
  // An international body or an outlet that opens the name of a part of it outweighs the part's noun: "the
  // U.N. Food Security Office", "BBC Verify".
  const parent = nameStart < last ? nonStateParent(doc, tokens[nameStart]!) : undefined;
  if (parent) return { name, kind: parent, entity };
  // A known body that opens a longer name tells its kind: "Amnesty International South Africa"; so does a
  // body that is no state's after its country: "the Talvarian Red Crescent", "Kenya Red Cross".
  for (let t = last - 1; t > nameStart; t--) {
    const opening = doc.actors.byName.get(lookupKey(text.slice(start, tokens[t]!.end)));
    if (opening && opening.kind !== 'person') return { name, kind: opening.kind, entity };
  }
  for (let t = nameStart + 1; t <= last && entityHolding(entities, tokens[t - 1]!.start, tokens[t - 1]!.end, ['place', 'nationality']); t++) {
    const closing = doc.actors.byName.get(lookupKey(text.slice(tokens[t]!.start, end)));
    if (closing?.type === 'organization' && (closing.kind === 'organization' || closing.kind === 'media')) return { name, kind: closing.kind, entity };
  }
  // The last word of the name, or a noun that describes the name before it, may say it is a body: "Volkner
  // AG", "British drugmaker Halden Pharma", "state broadcaster ERT".
  // So may the noun before a link inside it: "Union of Concerned Scientists".
  let link = nameStart + 1;
  while (link < last && !isBodyNameLinkAt(tokens, link)) link++;
  const head = link < last ? link - 1 : last;
  // A public word before a noun of a state-run body makes it one: "National Hurricane Center", "National
  // Environmental Protection Agency".
  // So does one before the name: "the state Division of Securities", "the state-run Calmont Institute for Public Health".
  const publicBodyAt = (t: number) => (wordClasses().has(tokens[t]!.text, 'public-body') || wordClasses().has(tokens[t]!.text, 'body')) &&
    tokens.slice(first, t).some((token) => wordClasses().has(token.text, 'public'));
  const stateRun = publicBodyAt(head);
  const endKind = /^\p{Lu}/u.test(tokens[last]!.text) ? NAME_END_KINDS.get(tokens[last]!.text.toLowerCase()) : undefined;
  // A noun before the name says more than its last word: "Transparency watchdog Clear Ledger", "State weather
  // agency Meteo Esperia" (a body's noun with a public word before it).
  // A title before a name makes it a person's: "Mr. Burman", "Sen. Warren", "Leader of the Opposition Prakash
  // Mahanta" (whose "Opposition" names no body).
  const titled = tokens.slice(first, nameStart).some((token) => titleWords().has(text.slice(token.start, tokens[nameStart - 1]!.end).toLowerCase()));
  const descriptorHead = nameStart > first && !titled ? headKindAt(tokens, nameStart - 1, first) ?? describedBody(doc, nameStart - 1, first) : undefined;
  // (A public word before a noun of a body the state may run makes the noun the state's: "the national statistics
  // institute INEC".)
  const descriptor = descriptorHead === 'organization' && publicBodyAt(nameStart - 1) ? 'government' : descriptorHead;
  // (A word of a name that also names people, "Monitor", is a body's word there.)
  const nameHead = headKindAt(tokens, head, nameStart);
  // (A capitalised last word of a body's or an outlet's name outweighs its noun's kind: "the Maranda Education
  // Coalition" is no governing coalition.)
  const outletWord = nameHead !== 'government' && tokens.slice(nameStart, last + 1).some((token) => /^\p{Lu}/u.test(token.text) && OUTLET_WORDS.has(token.text.toLowerCase()));
  // (An outlet the state runs is an outlet: "the state-run Philippine News Agency".)
  // (A state body's last word says less than a noun of two words that ends the name: "the Daskian Press Agency".)
  const endOutweighs = !!endKind && !!nameHead && head === last && !(STATE_ENDS.has(tokens[last]!.text.toLowerCase()) && nameHead !== 'organization');
  const ownKind = outletWord ? 'media' : stateRun ? 'government' : (endOutweighs ? endKind : nameHead) ?? descriptor ?? endKind;
  // (A body whose name opens with "International" is no state's: "the International Relief Coordination Office",
  // "the Inter-Caribbean Response Agency".)
  const international = wordClasses().has(tokens[nameStart]!.text.replace(/-.*/, ''), 'international');
  const headKind = ownKind === 'government' && international ? 'organization' : ownKind;
  // A person's name keeps its kind after a noun of a body's role: "prosecutor Daniel Oduya" (an acronym or a
  // name that starts with "The" is no person's: "the state news agency ANA", "the daily The Makora
  // Standard"). A description beside the name says more than a word of it: "the Pastoralist Welfare Network,
  // a local charity"; but a role that a firm fills too says less than a body's last word: "Mortlake Partners, the
  // court-appointed administrator", "Andes Maritime Agency, the largest shipping agent".
  // (But a noun of a body right before it is no role: "the newspaper El Faro de San Félix" is no person's; unless a
  // first name opens it after a noun that may name a trade too, "drill operator Moses Mumba" (an outlet's may not:
  // "the daily Novi Glas"); nor is one that ends a title's portfolio: "Superintendent of Police Rakesh Tiwari".)
  const inPortfolio = tokens.slice(first, nameStart).some((token) => titleWords().has(token.text.toLowerCase()));
  const bodyDescriptor = !!descriptor && descriptor !== 'anonymous' && !isPersonNoun(tokens[nameStart - 1]!.text) && !inPortfolio &&
    (descriptor === 'media' || firstNameGender(tokens[nameStart]!.text) === null);
  const personName = ownEntity?.type === 'person' && !ACRONYM.test(name) && !/^The\s/.test(name) && !bodyDescriptor;
  const firmNamed = describedKind === 'person' && head === last && !!endKind;
  if (headKind && headKind !== 'anonymous' && !personName) return { name, kind: firmNamed ? headKind : describedKind ?? headKind, entity };
  const kindOfType: Record<string, SourceKind> = {
    person: 'person',
    organization: 'organization',
    group: 'organization',
    place: 'government',
    nationality: 'government',
  };
  const wordCount = last - nameStart + 1;
  // A person's short form takes the full name the article gave before: "Haddad" → "Samir Haddad"; so does the
  // first word of a body's: "Veldane" → "Veldane Pharmaceuticals".
  const fullName = ownEntity && (ownEntity.type === 'person' || ownEntity.canonical.startsWith(`${name} `)) ? ownEntity.canonical : name;
  // A title before it makes a person of a name read as a place ("Professor Adrian Hill"); a place that only
  // ends the name is no kind of it ("Copperhill Mining Zambia").
  // Nor is a place a tagger ran on past the name ("Priya Natarajan of Hargreave Lane").
  // A number ends no person's name: "Local 412", "Kanal 9" are bodies whatever a tagger made of them.
  const numbered = /\d$/.test(name);
  const entityKind = entity && !(titled && entity.type === 'place') && !(entity.type === 'place' && (entity.start > start || entity.end > end)) && !(entity.type === 'person' && numbered) ? kindOfType[entity.type]! : null;
  // A preposition that is no particle or an ampersand joins the words of a body's name, not a person's
  // ("Engineers Without Borders", "Cajun Power & Light"); so does a body's noun at its end ("World Anti-Doping Agency").
  const linked = tokens.slice(nameStart, last + 1).some((token) => (token.pos === 'ADP' && !NAME_PARTICLES.has(token.text)) || token.text === '&') || wordClasses().has(tokens[last]!.text, 'body') || numbered;
  // A description beside the name says more than a tagger's guess of its type, but not than a person's title:
  // "Sen. Patrice Dunleavy, the committee's top Democrat" is no party.
  // (A role that bodies fill too makes no person of a body's name: "pollster Instituto Vox Sertanejo".)
  const titledPerson = titled && entity?.type !== 'organization';
  return { name: fullName, kind: titledPerson ? 'person' : describedKind ?? entityKind ?? (wordCount >= 2 && wordCount <= 4 && !linked ? 'person' : 'organization'), entity };
}

/**
 * The kind of a body's noun of the class `body` at `t`: government after a public word or a country ("State
 * weather agency", "Indonesia's meteorological agency").
 */
function describedBody(doc: TaggedDoc, t: number, floor: number): SourceKind | undefined {
  if (!wordClasses().has(doc.tokens[t]!.text, 'body')) return undefined;
  return doc.tokens.slice(floor, t).some((token) => isPublicWord(doc, token)) ? 'government' : 'organization';
}

/** A word that makes a body a public one: "national", "state" (attribution-words.txt), or a country's name. */
function isPublicWord(doc: TaggedDoc, token: Token): boolean {
  return wordClasses().has(token.text, 'public') || !!entityHolding(doc.entities, token.start, token.end, ['place', 'nationality']);
}

/** The kind of a known international body, company or outlet written as `token` ("U.N.", "BBC"), else undefined. */
function nonStateParent(doc: TaggedDoc, token: Token): SourceKind | undefined {
  // (A party is no parent: "the Labour Ministry"; nor an outlet whose name is a word with "The" before it: "the
  // Independent Electoral Commission", "the Guardian Council".)
  const actor = /^\p{Lu}/u.test(token.text) && !isAffiliation(token.text) ? doc.actors.byName.get(lookupKey(token.text)) : undefined;
  return actor && actor.type === 'organization' && (actor.kind === 'organization' || actor.kind === 'media') && !/^The\s/.test(actor.canonical) ? actor.kind : undefined;
}

/** The entity a source's name is: one that ends with it, else one that holds it ("Red" of "Red Cross"). */
function entityAt(entities: EntityMention[], start: number, end: number): EntityMention | null {
  const overlapping = spansOverlapping(entities, start, end);
  return overlapping.find((entity) => entity.end === end) ?? overlapping.find((entity) => entity.start <= start && end <= entity.end) ?? null;
}

/**
 * The entity that holds all of `start`–`end`, of one of `types` when given. Entities are in text order
 * and do not overlap, so it is found by a binary search, not by a look at every entity of the document.
 */
export function entityHolding(entities: readonly EntityMention[], start: number, end: number, types?: readonly EntityType[]): EntityMention | null {
  return spansOverlapping(entities, start, end).find((entity) => entity.start <= start && end <= entity.end && (!types || types.includes(entity.type))) ?? null;
}
