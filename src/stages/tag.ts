import { z } from 'zod';
import type { SegmentedDoc, TaggedDoc, Token, ValueMention } from '../document.js';
import { ACTOR_KINDS, ENTITY_TYPES, lexiconWith, loadAliasRows } from '../nlp/actors.js';
import { findEntities } from '../nlp/entities.js';
import { isPluralNoun, isPossessiveAt, pastPrepositionPhrases, sourceHeads, wordClasses } from '../nlp/sources.js';
import { readCueVerbs, readWordClass, readWordSet } from '../lexicon/load.js';
import { isGluedHyphenAt, isIndefiniteArticle, isNameAt } from '../nlp/tokens.js';
import { currencyPrefixes } from '../quantities/lexicons.js';
import { WinkReader, readableText } from '../nlp/wink.js';
import { defineStage } from '../stage.js';

// wink-nlp reads the whole text once: tokens, parts of speech, lemmas and its number/date entities.
// Token offsets are rebuilt from each token's preceding white space, so they index the text exactly.

/** The last parts of web addresses (name-words.txt): "Kompas.com" is one name, which wink splits at its dots. */
const WEB_DOMAINS = readWordClass('name-words.txt', 'web-domain');
const ARTICLES = new Set(['a', 'an', 'the']);
const GUILLEMETS = /^[«»‹›„]$/;
/** A currency against the digits that follow it, as one word: "N1", "Sh412" (units.txt, position `prefix`). */
const CURRENCY_BEFORE_DIGITS = new RegExp(`^(${currencyPrefixes().map((prefix) => prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\d`);
const SCALE_WORDS = readWordSet('scales.txt');
/** "today", "tonight" … (number-context.txt, class day-word). */
const DAY_WORDS = readWordClass('number-context.txt', 'day-word');
/** Words of time (number-context.txt): after "that" they make a demonstrative's phrase, "families that day". */
const TIME_WORDS = new Set(['time', ...DAY_WORDS, ...['time', 'day-part'].flatMap((wordClass) => [...readWordClass('number-context.txt', wordClass)])]);
/** The -ing forms of cues (cue-verbs.txt, cue-phrases.txt): "saying", "citing". */
const CUE_PARTICIPLES = new Set(
  [...readCueVerbs().flatMap(({ lemma, others }) => [lemma, ...others]), ...readWordSet('cue-phrases.txt')].filter((form) => form.endsWith('ing')),
);
const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Fixes of what the tagger reads wrong where no other reading is possible, made once for every later stage. A
 * word it made a verb is none
 * - after a possessive: a modifier of the noun after it ("Veltrix's lead/VERB lawyer", "their planned/VERB cuts")
 *   or, as an -ing form or a bare form, a noun ("the governor's thinking/VERB", "his conduct/VERB"); "her" is an
 *   object pronoun too ("let her go"),
 *   so only a possessive that is nothing else counts;
 * - as a participle after an article: a modifier before a noun ("A divided/VERB appeals court"), past adverbs too
 *   and after a possessive ("Sarrat's only functioning/VERB hospital"); "the injured" keeps its tag, which the
 *   quantities stage reads as an event;
 * - as an -ing form or a bare form after an article, or as an -ing form after a modifier that an article or a
 *   possessive opens, or a bare form after one that "a" opens: the noun itself ("acknowledged the
 *   overcrowding/VERB but …", "witnesses at the canvass/VERB", "the campaign's internal polling/VERB", "a
 *   one-word label/VERB"), and so is a bare form after a figure that "a" opens ("a 4.5 percent raise/VERB").
 * A guillemet or a low opening mark, which the tagger leaves unknown ("«/X"), is punctuation like any quote mark; a
 * verb glued by a hyphen to a word of a compound before a noun is a modifier ("the left/VERB-wing daily", "the
 * government-owned/VERB Courier");
 * "no" before "longer" is an adverb, a preposition between an article and a noun an adjective, so is an adverb in lower
 * case and in no -ly between a preposition or a determiner and a noun ("of offshore/ADV bondholders"), and a particle
 * glued by a hyphen to a noun or a verb the end of a noun ("the sit-in");
 * a form in -ed read as a noun after a noun and before a preposition is a participle ("a police chief accused/NOUN of …");
 * a modifier right before "who" is the noun the clause belongs to ("a hospital cleaner/ADJ who said …"), and so is a word for a
 * text that speaks after an article and before no noun ("A commercial/ADJ from …"); a pronoun in
 * capitals inside a noun phrase is an acronym ("a council IT/PRON manager"); a form in -s
 * after ", which" with no verb after it is that clause's verb ("Loopline, which/DET reports/NOUN about 4.6 million users"), and so is
 * a bare verb after a plural noun and "that" ("Charities that/DET work/NOUN with new arrivals say …");
 * a capitalised adverb after a proper noun ends a name ("Peachtree Forward/ADV, a super PAC"), one between a determiner and a
 * noun is one ("A Forward/ADV strategist"), and a capitalised preposition
 * before one opens it ("officer Per/ADP Ambrell").
 */
function repairTags(tokens: Token[]): void {
  const words = wordClasses();
  const possessiveAt = (t: number) => isPossessiveAt(tokens, t) || (words.has(tokens[t]!.text.toLowerCase(), 'possessive') && !words.has(tokens[t]!.text.toLowerCase(), 'object-pronoun'));
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.pos === 'X' && GUILLEMETS.test(token.text)) token.pos = 'PUNCT';
    // "no longer" is an adverb, no determiner of a noun phrase: "his wage no/DET longer covered rent".
    else if (token.pos === 'DET' && token.text.toLowerCase() === 'no' && tokens[t + 1]?.text.toLowerCase() === 'longer') token.pos = 'ADV';
    // A preposition between an article and its noun modifies the noun: "one of the outside/ADP groups".
    else if (token.pos === 'ADP' && t > 0 && ARTICLES.has(tokens[t - 1]!.text.toLowerCase()) && tokens[t + 1]?.pos === 'NOUN') token.pos = 'ADJ';
    // A particle glued by a hyphen to the word before ends a noun: "the sit-in/ADP", "a break-in".
    else if (['ADP', 'PART', 'ADV'].includes(token.pos) && t >= 2 && isGluedHyphenAt(tokens, t - 1) && ['NOUN', 'VERB'].includes(tokens[t - 2]!.pos) && !['NOUN', 'ADJ', 'PROPN'].includes(tokens[t + 1]?.pos ?? '')) token.pos = 'NOUN';
    // A verb glued by a hyphen to the word after it opens a compound, a modifier: "the left/VERB-wing daily", "a
    // tell/VERB-all book"; so does one glued to the word before it, before a noun: "the government-owned/VERB
    // Salvera Courier", "the centre-left/VERB Ostmarer Tagblatt".
    // (A particle after the hyphen makes a noun of the two: "the sit-in", below.)
    else if (token.pos === 'VERB' && ((isGluedHyphenAt(tokens, t + 1) && !['ADP', 'PART', 'ADV'].includes(tokens[t + 2]!.pos)) ||
      (isGluedHyphenAt(tokens, t - 1) && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[t + 1]?.pos ?? '')))) token.pos = 'ADJ';
    else if (token.pos === 'ADJ' && /^whom?$/i.test(tokens[t + 1]?.text ?? '')) token.pos = 'NOUN';
    // A form in -ed read as a noun after a noun and before a preposition is a participle: "a former police chief
    // accused/NOUN of fraud" ("the accused" keeps its tag).
    else if (token.pos === 'NOUN' && /[a-z]ed$/.test(token.text) && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[t - 1]?.pos ?? '') && tokens[t + 1]?.pos === 'ADP') token.pos = 'VERB';
    // A word for a text that speaks, read as an adjective after an article before no noun, is that noun: "A
    // commercial/ADJ from a super PAC says …".
    else if (token.pos === 'ADJ' && words.has(token.text.toLowerCase(), 'proxy') && t > 0 && ARTICLES.has(tokens[t - 1]!.text.toLowerCase()) &&
      !['NOUN', 'PROPN', 'ADJ'].includes(tokens[t + 1]?.pos ?? '')) token.pos = 'NOUN';
    // An adverb in lower case and in no -ly between a preposition or a determiner and a noun is an adjective: "of
    // offshore/ADV bondholders" (one with a capital is a name's, below).
    else if (token.pos === 'ADV' && /^\p{Ll}+$/u.test(token.text) && !/ly$/.test(token.text) && ['ADP', 'DET'].includes(tokens[t - 1]?.pos ?? '') && tokens[t + 1]?.pos === 'NOUN') token.pos = 'ADJ';
    // A pronoun in capitals inside a noun phrase is an acronym: "A council IT/PRON manager", "the US/PRON embassy".
    else if (token.pos === 'PRON' && /^\p{Lu}{2,}$/u.test(token.text) && ['NOUN', 'ADJ', 'DET'].includes(tokens[t - 1]?.pos ?? '') && tokens[t + 1]?.pos === 'NOUN') token.pos = 'PROPN';
    else if (isRelativeVerbAt(tokens, t)) {
      tokens[t - 1]!.pos = 'PRON';
      token.pos = 'VERB';
    } else if (isNameAdverb(tokens, t) || isNamePreposition(tokens, t)) token.pos = 'PROPN';
    if (token.pos !== 'VERB' || t === 0) continue;
    const gerund = token.text.endsWith('ing');
    const beforeNoun = ['NOUN', 'PROPN'].includes(tokens[t + 1]?.pos ?? '');
    const participle = /(?:ed|en|ing)$/.test(token.text);
    const bare = token.text.toLowerCase() === token.lemma;
    const article = ARTICLES.has(tokens[t - 1]!.text.toLowerCase());
    // (A participle in -ed modifies as an adjective does: "a televised/VERB address/VERB as …".)
    const modifierAfter = (opens: (t: number) => boolean) =>
      (tokens[t - 1]!.pos === 'ADJ' || (tokens[t - 1]!.pos === 'VERB' && /ed$/.test(tokens[t - 1]!.text))) && t >= 2 && opens(t - 2);
    if (possessiveAt(t - 1)) token.pos = beforeNoun ? (participle ? 'ADJ' : 'NOUN') : gerund || (bare && !participle) ? 'NOUN' : token.pos;
    else if (article && participle && (beforeNoun || tokens[t + 1]?.pos === 'ADJ')) token.pos = 'ADJ';
    // (So it is past adverbs: "Sarrat's only functioning/VERB hospital", "the still unexploded/VERB shells".)
    else if (participle && beforeNoun && afterAdverbs(tokens, t, (k) => possessiveAt(k) || ARTICLES.has(tokens[k]!.text.toLowerCase()))) token.pos = 'ADJ';
    else if (article && (gerund || (bare && !participle))) token.pos = 'NOUN';
    else if (gerund && modifierAfter((k) => ARTICLES.has(tokens[k]!.text.toLowerCase()) || possessiveAt(k))) token.pos = 'NOUN';
    // An -ing form between a noun and a noun of the table before a name is a word of the compound that describes
    // the name, and so is that noun, whatever a tagger made of it: "catastrophe modeling/VERB firm/ADV Coastline Risk".
    else if (gerund && tokens[t - 1]!.pos === 'NOUN' && !!tokens[t + 1] && sourceHeads().has(tokens[t + 1]!.text.toLowerCase()) && !isPluralNoun(tokens[t + 1]!) &&
      tokens[t + 2]?.pos === 'PROPN') {
      token.pos = 'NOUN';
      tokens[t + 1]!.pos = 'NOUN';
    }
    // An -ing form with no object after a preposition or its modifier, before a stop or a comma, is a noun: "head of
    // modeling, Elise Varga", "director of North American marketing," (not a cue's: "responded by saying, “…”").
    else if (gerund && ['ADP', 'ADJ', 'PROPN'].includes(tokens[t - 1]!.pos) && (!tokens[t + 1] || tokens[t + 1]!.pos === 'PUNCT') &&
      tokens[t + 1]?.sentence === token.sentence && !CUE_PARTICIPLES.has(token.text.toLowerCase())) token.pos = 'NOUN';
    // ("the chief/ADJ told", "the wealthy/ADJ pay": after "the" the modifier may be the noun; after "a" it is not.)
    // (After a determiner and a compound glued by a hyphen it is not either: "every high-rise block/VERB it owns".)
    // (Nor after a figure that "a" opens: "a 4.5 percent raise/VERB", "a $2 billion bailout".)
    else if (bare && !participle && (modifierAfter((k) => isIndefiniteArticle(tokens[k]!.text)) || (t >= 4 && isGluedHyphenAt(tokens, t - 2) && tokens[t - 4]!.pos === 'DET') ||
      isAfterFigureOfA(tokens, t))) token.pos = 'NOUN';
    // An -ing form that opens a clause before a noun and that noun's verb modifies the noun: ", and shipping/VERB agents
    // said …" (not a cue's: ", citing relatives gathered at …").
    // So is one before phrases of a preposition after the noun: "Letting/VERB agents in the town reported …".
    else if (gerund && opensClauseAt(tokens, t) && tokens[t + 1]?.pos === 'NOUN' && (['VERB', 'AUX'].includes(tokens[t + 2]?.pos ?? '') || verbAfterPhraseAt(tokens, t + 2)) &&
      !CUE_PARTICIPLES.has(token.text.toLowerCase())) token.pos = 'ADJ';
    // A bare form that opens a clause, before a plural noun and a past form, is that noun's modifier: "…, where
    // port/VERB officials warned", "and test/VERB results showed" (the noun would be its object, and the past form
    // would have no subject).
    else if (bare && !participle && (opensClauseAt(tokens, t) || /^(?:where|when)$/i.test(tokens[t - 1]!.text)) && !!tokens[t + 1] && tokens[t + 1]!.pos === 'NOUN' && isPluralNoun(tokens[t + 1]!) &&
      isPastFormAt(tokens, t + 2)) token.pos = 'NOUN';
    // A form in -s right after a verb and before "of" is its object, a plural noun: "have disputed stretches/VERB of
    // their border".
    else if (/s$/.test(token.text) && !bare && tokens[t - 1]!.pos === 'VERB' && tokens[t + 1]?.text.toLowerCase() === 'of') token.pos = 'NOUN';
    // A form in -s after a noun that opens its clause, with a phrase of a preposition and then a verb of its own,
    // is a plural noun: "Village heads/VERB in the area told …".
    else if (/s$/.test(token.text) && !bare && tokens[t - 1]!.pos === 'NOUN' && opensClauseAt(tokens, t - 1) && verbAfterPhraseAt(tokens, t + 1)) token.pos = 'NOUN';
    // A verb that makes a source's noun of two words with the next is its first word: "think/VERB tank".
    else if (sourceHeads().has(`${token.text.toLowerCase()} ${tokens[t + 1]?.text.toLowerCase()}`)) token.pos = 'NOUN';
    // So is a verb there before a singular noun and a name of two words: ", drill/VERB operator Moses Mumba".
    else if (opensClauseAt(tokens, t) && tokens[t + 1]?.pos === 'NOUN' && tokens[t + 1]!.lemma === tokens[t + 1]!.text.toLowerCase() &&
      tokens[t + 2]?.pos === 'PROPN' && tokens[t + 3]?.pos === 'PROPN') token.pos = 'NOUN';
  }
}

/** Whether a figure that the article "a" opens stands right before token `t`: "a 4.5 percent | raise", "a $2 billion | bailout". */
function isAfterFigureOfA(tokens: Token[], t: number): boolean {
  let k = t - 1;
  while (k > t - 4 && k > 0 && ['NOUN', 'SYM'].includes(tokens[k]!.pos) && !isPluralNoun(tokens[k]!)) k--;
  if (tokens[k]?.pos !== 'NUM') return false;
  while (k > 0 && ['NUM', 'SYM'].includes(tokens[k - 1]!.pos)) k--;
  return k > 0 && isIndefiniteArticle(tokens[k - 1]!.text);
}

/** Whether adverbs stand right before token `t`, and the word before them is one that `opens` says. */
function afterAdverbs(tokens: Token[], t: number, opens: (k: number) => boolean): boolean {
  let k = t - 1;
  while (k > 0 && tokens[k]!.pos === 'ADV') k--;
  return k < t - 1 && opens(k);
}

/** Whether phrases of a preposition from `t` lead straight to a past form or an auxiliary: "in the area told". */
function verbAfterPhraseAt(tokens: Token[], from: number): boolean {
  const { next, phrases } = pastPrepositionPhrases(tokens, from, tokens.length);
  return phrases > 0 && isPastFormAt(tokens, next);
}

/** Whether token `t` is an auxiliary or a past form (neither the lemma nor a form in -s or -ing). */
function isPastFormAt(tokens: Token[], t: number): boolean {
  const verb = tokens[t];
  return !!verb && (verb.pos === 'AUX' || (verb.pos === 'VERB' && verb.text.toLowerCase() !== verb.lemma && !/(?:s|ing)$/i.test(verb.text)));
}

/**
 * Whether token `t` opens its sentence or a clause after a comma or a conjunction (not a word after a hyphen or a
 * quote mark, which `opensSentence` counts: "party-backed state Sen. …").
 */
const opensClauseAt = (tokens: Token[], t: number): boolean =>
  t === 0 || tokens[t - 1]!.sentence !== tokens[t]!.sentence || tokens[t - 1]!.text === ',' || tokens[t - 1]!.pos === 'CCONJ';

/**
 * "Peachtree Forward, a super PAC", "Climate Now said": a capitalised adverb after a proper noun of its sentence
 * is the last word of a name, before a comma or a bracket, or before a verb in lower case (a headline's
 * capitals, "Trump Now Says", are no name's).
 */
function isNameAdverb(tokens: Token[], t: number): boolean {
  const token = tokens[t]!;
  const previous = tokens[t - 1];
  const next = tokens[t + 1];
  if (token.pos !== 'ADV' || !/^\p{Lu}\p{Ll}/u.test(token.text) || !previous || previous.sentence !== token.sentence || !next) return false;
  // (So is one between a determiner and a noun: "A Forward/ADV strategist said".)
  if (previous.pos === 'DET' && ['NOUN', 'PROPN'].includes(next.pos) && next.sentence === token.sentence) return true;
  return previous.pos === 'PROPN' && previous.end < token.start &&
    (next.text === ',' || next.text === '(' || (['VERB', 'AUX'].includes(next.pos) && /^\p{Ll}/u.test(next.text)));
}

/**
 * "Chief financial officer Per/ADP Ambrell said": a capitalised preposition inside a sentence, after a word in lower
 * case and before a proper noun, is a first name (a headline's capitals, "Protest In Paris", follow capitals).
 */
function isNamePreposition(tokens: Token[], t: number): boolean {
  const token = tokens[t]!;
  const previous = tokens[t - 1];
  return token.pos === 'ADP' && /^\p{Lu}\p{Ll}+$/u.test(token.text) && !!previous && previous.sentence === token.sentence && /^\p{Ll}/u.test(previous.text) &&
    tokens[t + 1]?.pos === 'PROPN' && tokens[t + 1]!.sentence === token.sentence;
}

/** ", which/DET claims/NOUN 3,000 members", "groups that/DET work/NOUN with …": a relative pronoun and its verb, read as a determiner and its noun. */
function isRelativeVerbAt(tokens: Token[], t: number): boolean {
  const token = tokens[t]!;
  if (token.pos !== 'NOUN' || t < 2 || tokens[t - 1]!.pos !== 'DET') return false;
  const relative = tokens[t - 1]!.text.toLowerCase();
  if (relative === 'which') return tokens[t - 2]!.text === ',' && /s$/.test(token.text) && token.lemma !== token.text.toLowerCase() && !['VERB', 'AUX'].includes(tokens[t + 1]?.pos ?? '');
  // ("Charities that/DET work/NOUN with new arrivals say …": a bare verb after a plural noun that opens its clause and
  // "that", before a preposition or an article; not a demonstrative's noun, "families that day", nor a complement
  // after an object, "argued in a memo to donors that support for …".)
  if (relative !== 'that' || !['NOUN', 'PROPN'].includes(tokens[t - 2]!.pos) || !isPluralNoun(tokens[t - 2]!) || token.lemma !== token.text.toLowerCase() ||
    !['ADP', 'DET'].includes(tokens[t + 1]?.pos ?? '') || TIME_WORDS.has(token.lemma)) return false;
  let start = t - 2;
  while (start > 0 && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(tokens[start - 1]!.pos) && tokens[start - 1]!.sentence === token.sentence) start--;
  return opensClauseAt(tokens, start);
}

const VALUE_TYPES = new Set<ValueMention['type']>(['CARDINAL', 'ORDINAL', 'MONEY', 'PERCENT', 'DATE', 'TIME', 'DURATION']);

let sharedReader: WinkReader | undefined;
/**
 * One wink-nlp reader per thread, loaded when the stage is built, not when the module is imported: the
 * main thread checks pipelines and never tags, and the model takes a tenth of a second to load.
 */
function loadReader(): WinkReader {
  sharedReader ??= new WinkReader();
  return sharedReader;
}

/** A row of an alias table already read: what `aliases` holds once a pipeline is loaded. */
const AliasRow = z
  .object({
    canonical: z.string().min(1),
    type: z.enum(ENTITY_TYPES as [string, ...string[]]).nullable(),
    kind: z.enum(ACTOR_KINDS as [string, ...string[]]).nullable(),
    aliases: z.array(z.string()),
  })
  .strict();

export const tag = defineStage({
  name: 'tag',
  needs: ['segment'],
  options: z
    .object({
      /**
       * Aliases laid over the built-in actor table (src/lexicon/actors.txt): a path to a file in that
       * format, or a list of paths and lines (`"Patriotic Alliance | organization | organization | PA"`).
       * Files are read when the pipeline is loaded, relative to the working directory; the loaded
       * pipeline holds their rows. Absent (the default): the built-in table alone.
       */
      aliases: z
        .union([z.string(), z.array(z.union([z.string(), AliasRow]))])
        .transform((value, context) => {
          try {
            return loadAliasRows((typeof value === 'string' ? [value] : value) as Parameters<typeof loadAliasRows>[0]);
          } catch (error) {
            context.addIssue({ code: 'custom', message: (error as Error).message });
            return z.NEVER;
          }
        })
        .optional(),
    })
    .strict(),
  create(options) {
    const reader = loadReader();
    /** The built-in actors with the pipeline's aliases: built once per worker. */
    const lexicon = lexiconWith(options.aliases ?? []);
    const its = reader.its;
    return (doc: SegmentedDoc): TaggedDoc => {
      // (Tokens are found in the text wink read, and take their words from the document's own.)
      const readable = readableText(doc.text);
      const wink = reader.read(readable);
      const winkTokens = wink.tokens();
      // its.lemma's declared signature differs from the other token helpers'; all return one string a token.
      const column = (its_: unknown) => winkTokens.out(its_ as typeof its.value) as string[];
      const values = column(its.value);
      const spaces = column(its.precedingSpaces);
      const pos = column(its.pos);
      const lemmas = column(its.lemma);
      const types = column(its.type);

      const tokens: Token[] = [];
      /** A name that runs on to `end`, over what wink split off it ("Kompas" "." "com", "3" "WR"). */
      const extendName = (token: Token, end: number) => {
        token.end = end;
        token.text = doc.text.slice(token.start, end);
        token.lemma = token.text.toLowerCase();
        token.pos = 'PROPN';
      };
      /** wink's token index → ours (white-space tokens are dropped), or -1. */
      const ours = new Int32Array(values.length).fill(-1);
      /** A group of digits glued after wink's token `k` by a comma or a point: "N1" "," "000". */
      const groupFollows = (k: number) => /^[.,]$/.test(values[k + 1] ?? '') && !spaces[k + 1] && isDigit(values[k + 2]?.charCodeAt(0) ?? 0) && !spaces[k + 2];
      let cursor = 0;
      /** The sentence that holds the token: tokens come in text order, so it only moves forwards. */
      let sentence = 0;
      for (let i = 0; i < values.length; i++) {
        const value = values[i]!;
        cursor += spaces[i]!.length;
        const start = readable.startsWith(value, cursor) ? cursor : readable.indexOf(value, cursor);
        if (start < 0) continue; // wink rewrote the token's text: leave it out rather than guess
        cursor = start + value.length;
        if (types[i] === 'tabCRLF' || pos[i] === 'SPACE') continue;
        const host = tokens[tokens.length - 2];
        const dot = tokens[tokens.length - 1];
        if (dot?.text === '.' && host && dot.end === start && host.end === dot.start && WEB_DOMAINS.has(value) && /[\p{L}\p{N}]$/u.test(host.text) && host.sentence === dot.sentence) {
          tokens.pop();
          extendName(host, cursor);
          ours[i] = ours[i - 1] = tokens.length - 1;
          continue;
        }
        while (sentence + 1 < doc.sentences.length && doc.sentences[sentence + 1]!.start <= start) sentence++;
        // "N1,000", "Sh412": a currency against the digits, which the tokenizer keeps in one word with them.
        const currency = CURRENCY_BEFORE_DIGITS.exec(value)?.[1];
        // A single letter is a code as often ("N95 masks", "the N2 road"): it is a currency before a number with
        // groups or decimals, or with a scale ("N5 million").
        if (currency && (currency.length > 1 || groupFollows(i) || SCALE_WORDS.has(values[i + 1]?.toLowerCase() ?? ''))) {
          tokens.push({ start, end: start + currency.length, text: currency, pos: 'SYM', lemma: currency.toLowerCase(), sentence });
          ours[i] = tokens.length;
          // It cuts the number after the first group of digits too ("N1" "," "000"): the groups join again.
          while (groupFollows(i)) {
            cursor += values[i + 1]!.length + values[i + 2]!.length;
            ours[++i] = tokens.length;
            ours[++i] = tokens.length;
          }
          const digits = doc.text.slice(start + currency.length, cursor);
          tokens.push({ start: start + currency.length, end: cursor, text: digits, pos: 'NUM', lemma: digits, sentence });
          continue;
        }
        const previous = tokens[tokens.length - 1];
        // "3WR", "2GB": wink cuts a call sign after its digits; capitals glued to digits make one name with them.
        if (previous?.end === start && /^\d+$/.test(previous.text) && /^\p{Lu}{2,}$/u.test(value) && previous.sentence === sentence) {
          extendName(previous, cursor);
          ours[i] = tokens.length - 1;
          continue;
        }
        ours[i] = tokens.length;
        // "£10m." at the end of a sentence: wink keeps the stop on a scale's letter after a number; it is the stop.
        const stopOnScale = previous?.end === start && previous.pos === 'NUM' && /^\p{L}{1,3}\.$/u.test(value);
        const word = doc.text.slice(start, start + (stopOnScale ? value.length - 1 : value.length));
        tokens.push({
          start,
          end: start + word.length,
          text: word,
          pos: pos[i]!,
          // (wink gives no lemma for some words it splits itself: "cannot." at a sentence's end; nor for a word
          // that is not the text's own.)
          lemma: (stopOnScale || word !== value ? word : (lemmas[i] ?? word)).toLowerCase(),
          sentence,
        });
        if (stopOnScale) tokens.push({ start: cursor - 1, end: cursor, text: '.', pos: 'PUNCT', lemma: '.', sentence });
      }

      repairTags(tokens);
      const sentenceTokens = doc.sentences.map((): [number, number] => [0, 0]);
      for (let t = tokens.length - 1; t >= 0; t--) sentenceTokens[tokens[t]!.sentence]![0] = t;
      for (let t = 0; t < tokens.length; t++) sentenceTokens[tokens[t]!.sentence]![1] = t + 1;

      const valueMentions: ValueMention[] = [];
      const winkEntities = wink.entities();
      const details = winkEntities.out(its.detail) as Array<{ type: string }>;
      const spans = winkEntities.out(its.span) as unknown as Array<[number, number]>;
      details.forEach(({ type }, e) => {
        const [first, last] = spans[e]!;
        const a = tokens[ours[first] ?? -1];
        const b = tokens[ours[last] ?? -1];
        if (!a || !b || !VALUE_TYPES.has(type as ValueMention['type'])) return;
        // A day's word with a capital after a name's word inside a sentence ends the name: "Drava Today", "Kenya Today".
        if (first === last && DAY_WORDS.has(a.text.toLowerCase()) && /^\p{Lu}/u.test(a.text) && isNameAt(tokens, ours[first]! - 1)) return;
        valueMentions.push({ start: a.start, end: b.end, text: doc.text.slice(a.start, b.end), type: type as ValueMention['type'] });
      });

      // Later stages (the kinds of attribution sources) look actors up in the same table. The entities are
      // found on the tagged document itself, which is not copied a second time to add them.
      const tagged: TaggedDoc = { ...doc, tokens, sentenceTokens, values: valueMentions, actors: lexicon, entities: [] };
      tagged.entities = findEntities(tagged);
      return tagged;
    };
  },
});
