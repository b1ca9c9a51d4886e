import type { EntityMention, EntityType, Span, TaggedDoc, Token } from '../document.js';
import { readLexicon, readWordClass, readWordSet } from '../lexicon/load.js';
import { firstSpanStartingFrom } from '../spans.js';
import { entityId, lookupKey, withoutAcronymPoints, type Actor, type ActorLexicon } from './actors.js';
import { firstNameGender, nameType } from './name-types.js';
import { isCapitalised, isNameAt, lowerCaseTexts, nicknameEndAt } from './tokens.js';

// Named entities, in five passes over the tagged document:
// 1. Runs of proper nouns. A run is typed by the actor lexicon first (actors.txt, demonyms.txt and the
//    user's aliases); what it does not know is typed by what its words are (name-types.ts). Known
//    acronyms the tagger did not read as names ("to fight IS/AUX") are looked up too.
// 2. Group terms the models miss (group-terms.txt): "pro-Assad troops", "Kurdish forces",
//    "Iranian-backed militias", "US forces".
// 3. Acronyms the document defines: "Syrian Democratic Forces (SDF)" and "the SDF (Syrian Democratic
//    Forces)" make every "SDF" of the document the long name's actor.
// 4. Short forms of a person's name: "Erdogan" after "Recep Tayyip Erdogan" is that person.
// 5. Overlaps: the longer mention wins, so every character belongs to one entity at most.
// Every alias of one actor gets the actor's canonical name, and the id derives from that name alone.

/** Particles of a person's name: "de", "van", "al" (name-words.txt). */
const PARTICLES = readWordClass('name-words.txt', 'particle');
/** Lower-case words that may join two proper nouns in one name ("Bank of England", "Abu Bakr al Baghdadi"): name-words.txt. */
const CONNECTORS = new Set([...readWordClass('name-words.txt', 'entity-link'), ...PARTICLES]);
const AFFILIATIONS = readWordClass('name-words.txt', 'affiliation');
/** A party's word written before a name, no part of it: "Republican", "Labour" (name-words.txt). */
export const isAffiliation = (word: string): boolean => AFFILIATIONS.has(word.toLowerCase());
const CACHE_LIMIT = 20_000;
const UNISEX_NAMES = readWordClass('name-words.txt', 'unisex');
/** Honorifics and nouns that say a person's gender (name-words.txt, classes female and male). */
const GENDERED_WORDS = new Map<string, 'female' | 'male'>([
  ...[...readWordClass('name-words.txt', 'female')].map((word) => [word, 'female'] as const),
  ...[...readWordClass('name-words.txt', 'male')].map((word) => [word, 'male'] as const),
]);
const lexiconKeys = new Map<string, string>();
const nameTypes = new Map<string, EntityType | null>();

let titles: Set<string> | undefined;
/** Titles and role words before a name (titles.txt), lower case. */
export function titleWords(): Set<string> {
  titles ??= readWordSet('titles.txt');
  return titles;
}

interface GroupTerms {
  /** Head noun → the category its group is named by ("troops" → "forces"); `nationalOnly`: after a nationality only. */
  nouns: Map<string, { category: string; nationalOnly: boolean }>;
  /** Words between the qualifier and the head that do not change the group ("military", "popular"). */
  modifiers: Set<string>;
  /** "backed", "led" … in "Iranian-backed militias". */
  sponsors: Set<string>;
}

let groupTerms: GroupTerms | undefined;
/** group-terms.txt, read once per thread. */
function groupLexicon(): GroupTerms {
  if (groupTerms) return groupTerms;
  groupTerms = { nouns: new Map(), modifiers: new Set(), sponsors: new Set() };
  for (const [word, role, category, scope] of readLexicon('group-terms.txt')) {
    const form = word!.toLowerCase();
    if (role === 'head') groupTerms.nouns.set(form, { category: category!, nationalOnly: scope === 'national' });
    else if (role === 'modifier') groupTerms.modifiers.add(form);
    else if (role === 'sponsor') groupTerms.sponsors.add(form);
  }
  return groupTerms;
}

export type Gender = 'female' | 'male';

/**
 * The gender a person's name or description says, or null: an honorific or a gendered noun ("Mrs", "Mr",
 * "spokeswoman", "chairman"), else the first name as compromise's lexicon of first names knows it.
 */
export function genderOf(name: string): Gender | null {
  const words = name.split(/\s+/);
  for (const word of words) {
    const gendered = GENDERED_WORDS.get(word.toLowerCase().replace(/\.$/, ''));
    if (gendered) return gendered;
  }
  const first = words.find((word) => /^\p{Lu}/u.test(word) && !titleWords().has(word.toLowerCase()));
  if (!first || UNISEX_NAMES.has(first.toLowerCase())) return null;
  return firstNameGender(first);
}

/** The lexicon key of a name, kept per thread: the same capitalised words come back in every document. */
const keyOf = (name: string): string => cached(lexiconKeys, name, lookupKey);
/** The type a name's words say, kept per thread as its key is. */
const typeOf = (name: string): EntityType | null => cached(nameTypes, name, nameType);

/** `compute(key)`, kept in `cache` for the thread; a full cache starts again empty. */
function cached<V>(cache: Map<string, V>, key: string, compute: (key: string) => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, (value = compute(key)));
  }
  return value;
}

/** How a mention was typed: the lexicon's word is final; a model's guess may be corrected by later passes. */
type Origin = 'lexicon' | 'demonym' | 'model' | 'group' | 'acronym' | 'short';

/** A mention while the passes run: token indices, first and last inclusive. */
interface Found {
  first: number;
  last: number;
  type: EntityType;
  canonical: string;
  origin: Origin;
}

/** An acronym as written: capitals (and digits), at least two letters, dots allowed ("SDF", "U.N.", "M23"). */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Z0-9.&-]*$/;
const isAcronym = (word: string) => ACRONYM.test(word) && !/\.\./.test(word);
const isWord = (token: Token) => /[\p{L}\p{N}]/u.test(token.text);
/** Glued to both neighbours: the hyphen of "al-Assad" or "Holtz-Eakin". */
const glued = (tokens: readonly Token[], t: number) => tokens[t - 1]?.end === tokens[t]!.start && tokens[t]!.end === tokens[t + 1]?.start;

export function findEntities(doc: Omit<TaggedDoc, 'entities'>): EntityMention[] {
  const lexicon = doc.actors;
  const { byName, byDemonym } = lexicon;
  const { tokens, text } = doc;
  const lows = lowerCaseTexts(tokens);
  const inDate = new Uint8Array(tokens.length);
  for (const value of doc.values) {
    if (value.type !== 'DATE' && value.type !== 'TIME') continue;
    for (let t = firstSpanStartingFrom(tokens, value.start); t < tokens.length && tokens[t]!.end <= value.end; t++) inDate[t] = 1;
  }
  const found: Found[] = [];
  /** Runs of names no lexicon or model could type: a later pass may know them (an acronym's long form, a surname). */
  const untyped: Array<[number, number]> = [];
  const spanText = (first: number, last: number) => text.slice(tokens[first]!.start, tokens[last]!.end);
  const push = (first: number, last: number, type: EntityType, canonical: string, origin: Origin): void => {
    found.push({ first, last, type, canonical, origin });
  };

  // 1. Runs of proper nouns.
  for (const [begin, end] of doc.sentenceTokens) {
    const isName = (k: number) => k < end && isNameAt(tokens, k) && !inDate[k];
    let t = begin;
    while (t < end) {
      const token = tokens[t]!;
      if (!isNameAt(tokens, t) || inDate[t]) {
        if (isCapitalised(token.text)) {
          const demonym = byDemonym.get(keyOf(token.text));
          const actor = !demonym && isAcronym(token.text) && !inCapitalsHeadline(t, begin, end) ? byName.get(keyOf(token.text)) : undefined;
          if (demonym) push(t, t, 'nationality', demonym.canonical, 'demonym');
          else if (actor) push(t, t, actor.type, actor.canonical, 'lexicon');
        }
        t++;
        continue;
      }
      let last = t;
      while (last + 1 < end) {
        const next = tokens[last + 1]!;
        if (isName(last + 1)) last++;
        else if (CONNECTORS.has(lows[last + 1]!) && isName(last + 2)) last += 2;
        // "Juan de la Cruz", "Maria de los Santos": two particles in a row.
        else if (PARTICLES.has(lows[last + 1]!) && PARTICLES.has(lows[last + 2]!) && isName(last + 3)) last += 3;
        // "Bashar al-Assad": a connector glued to the next name by a hyphen.
        else if (CONNECTORS.has(lows[last + 1]!) && tokens[last + 2]?.text === '-' && glued(tokens, last + 2) && isName(last + 3)) last += 3;
        // "Holtz-Eakin", "Workers' Party".
        else if ((next.text === '-' && glued(tokens, last + 1)) || (/^['’]$/.test(next.text) && /s$/.test(tokens[last]!.text))) {
          if (isName(last + 2)) last += 2;
          else break;
        } else if (nicknameEndAt(tokens, last + 1) >= 0 && isName(nicknameEndAt(tokens, last + 1) + 1)) {
          // "Travis “Tex” Holloway": a nickname in quotes between the words of a name.
          last = nicknameEndAt(tokens, last + 1) + 1;
        } else if (/^['’]s$/i.test(next.text) && isName(last + 2)) {
          // "Russia's Defense Ministry" when the lexicon knows the whole: else the possessive ends the name.
          let to = last + 2;
          while (isName(to + 1)) to++;
          if (byName.has(keyOf(spanText(t, to)))) last = to;
          else break;
        } else break;
      }
      typeRun(t, last);
      t = last + 1;
    }
  }

  findPhrases();
  findGroups();
  applyAcronyms();
  applyShortForms();
  applyBodyShortForms();

  // 5. The longer mention wins an overlap; then in text order.
  found.sort((a, b) => a.first - b.first || b.last - a.last);
  const entities: EntityMention[] = [];
  let reached = -1;
  for (const mention of found) {
    if (mention.first <= reached) continue;
    reached = mention.last;
    const start = tokens[mention.first]!.start;
    const end = tokens[mention.last]!.end;
    entities.push({ start, end, text: text.slice(start, end), type: mention.type, canonical: mention.canonical, entityId: entityId(mention.canonical) });
  }
  return entities;

  /**
   * Names of the lexicon that are more than a run of proper nouns: with lower-case words ("U.N. refugee
   * agency", "Israeli military", "occupied West Bank") or a possessive ("Iran's Revolutionary Guards").
   * Tried only at tokens that start such a name, longest first; one capitalised word at least.
   */
  function findPhrases(): void {
    const { starts, prefixes } = phraseIndex(lexicon);
    for (const [begin, end] of doc.sentenceTokens) {
      for (let t = begin; t < end; t++) {
        let key = withoutAcronymPoints(lows[t]!);
        if (!starts.has(key)) continue;
        // The key grows as lookupKey would write the span: lower case, one space where there was any.
        let match: [number, Actor] | null = null;
        let capitalised = isCapitalised(tokens[t]!.text);
        for (let last = t + 1; last < end && !inDate[last] && prefixes.has(key); last++) {
          key += (tokens[last]!.start > tokens[last - 1]!.end ? ' ' : '') + withoutAcronymPoints(lows[last]!);
          capitalised ||= isCapitalised(tokens[last]!.text);
          const actor = byName.get(key);
          if (actor && capitalised) match = [last, actor];
        }
        if (match && !inDate[t]) push(t, match[0], match[1].type, match[1].canonical, 'lexicon');
      }
    }
  }

  /**
   * Where a person's name starts after a title's portfolio ("Foreign Affairs Sergey Lavrov", "Homeland Security
   * Kirstjen Nielsen"), between `from` (the portfolio's first word) and `last`, or -1: at a known first name, or at
   * the last two words where they read as a person's name. At least one word is the portfolio's.
   */
  function personNameAfterPortfolio(from: number, last: number): number {
    for (let j = from + 1; j < last; j++) {
      if (firstNameGender(tokens[j]!.text) !== null || (j === last - 1 && typeOf(spanText(j, last)) === 'person')) return j;
    }
    // Else a name no lexicon knows ends a portfolio of one word or more: "Minister for Housing Declan Furlong" (not
    // "Commissioner of the Metropolitan Police Service", whose last words name a body).
    const name = last - 1;
    const plain = (k: number) => /^\p{Lu}\p{Ll}/u.test(tokens[k]!.text) && !CONNECTORS.has(lows[k]!);
    return name - from >= 1 && plain(name) && plain(last) && tokens.slice(from, name).every((token) => /^\p{Lu}/u.test(token.text)) && typeOf(spanText(name, last)) === null ? name : -1;
  }

  /** A word in a run of capitals ("US Military jets BOMB …"): acronyms there may be ordinary words. */
  function inCapitalsHeadline(t: number, begin: number, end: number): boolean {
    const shouting = (k: number) => k >= begin && k < end && /^\p{Lu}{2,}$/u.test(tokens[k]!.text) && !byName.has(keyOf(tokens[k]!.text));
    return shouting(t - 1) || shouting(t + 1);
  }

  /**
   * A known actor as a whole; else the titles before a name are not part of it ("Defence Minister Karl
   * Adler"), and the demonyms among them are nationalities of their own ("Turkish President …").
   */
  function typeRun(first: number, last: number): void {
    /** A person's name after a title and its portfolio, which no lexicon need know. */
    let afterPortfolio = false;
    if (!byName.has(keyOf(spanText(first, last)))) {
      let titled = -1;
      // (A title of several words ends at its last: "Secretary of State Miriam Castellano".)
      const titleEndsAt = (k: number) => [0, 1, 2, 3].some((back) => k - back >= first && titleWords().has(lows.slice(k - back, k + 1).join(' ')));
      for (let k = last - 1; k >= first; k--) {
        // (A title before a link is a word of a body's name: "Directorate General of Health Services", unless a
        // person's name ends the run: "Minister of Foreign Affairs Sergey Lavrov".)
        const named = titleEndsAt(k) && CONNECTORS.has(lows[k + 1]!) ? personNameAfterPortfolio(k + 2, last) : -1;
        if (named > 0) {
          titled = named - 1;
          afterPortfolio = true;
          break;
        }
        if (titleEndsAt(k) && !CONNECTORS.has(lows[k + 1]!)) {
          titled = k;
          break;
        }
      }
      const leading = titled >= 0 ? titled + 1 : last > first && byDemonym.has(keyOf(tokens[first]!.text)) ? first + 1 : first;
      for (let k = first; k < leading; k++) {
        const demonym = byDemonym.get(keyOf(tokens[k]!.text));
        if (demonym) push(k, k, 'nationality', demonym.canonical, 'demonym');
      }
      first = leading;
      // A party's word before a person's name is no part of it: "Republican Grant Calloway".
      if (last - first >= 2 && AFFILIATIONS.has(lows[first]!) && typeOf(spanText(first + 1, last)) === 'person') first++;
    }
    const written = spanText(first, last);
    const actor = byName.get(keyOf(written));
    if (actor) return push(first, last, actor.type, actor.canonical, 'lexicon');
    const demonym = first === last ? byDemonym.get(keyOf(written)) : undefined;
    if (demonym) return push(first, last, 'nationality', demonym.canonical, 'demonym');
    const type = typeOf(written) ?? (afterPortfolio ? 'person' : null);
    if (type) push(first, last, type, written.replace(/^the\s+/i, ''), 'model');
    else untyped.push([first, last]);
  }

  /**
   * 2. Group terms, from their head noun leftwards: "pro-X <head>", "<X>-backed <head>", "<demonym or
   * country> <head>", with at most one modifier before the head ("pro-government popular militias").
   * Heads of one category share a canonical: "pro-Assad troops", "pro-Assad fighters" → "pro-Assad
   * forces"; militias, rebels, separatists and armies are categories of their own. A whole phrase the
   * lexicon knows ("Syrian army", "Israeli military") is that actor.
   */
  function findGroups(): void {
    const { nouns, modifiers, sponsors } = groupLexicon();
    for (const [begin, end] of doc.sentenceTokens) {
      for (let h = begin + 1; h < end; h++) {
        const head = tokens[h]!;
        if ((head.pos !== 'NOUN' && head.pos !== 'PROPN') || inDate[h]) continue;
        const noun = nouns.get(head.text);
        if (!noun) continue;
        let q = h - 1;
        if (modifiers.has(lows[q]!) && q - 1 >= begin) q--;
        const qualifier = tokens[q]!;
        const lexical = (from: number) => {
          const actor = byName.get(keyOf(spanText(from, h)));
          if (actor) push(from, h, actor.type, actor.canonical, 'lexicon');
          return !!actor;
        };
        // "pro-Assad troops" (one token), "pro - Assad troops".
        const pro = /^pro-(\S+)$/i.exec(qualifier.text);
        if (pro) {
          if (!noun.nationalOnly) push(q, h, 'group', `pro-${pro[1]} ${noun.category}`, 'group');
          continue;
        }
        // "Iranian-backed militias", "U.S. -backed fighters", "USA backed forces", "Russia-backed separatists".
        const sponsored = /^(.+)-(\p{L}+)$/u.exec(qualifier.text);
        if (sponsored && sponsors.has(sponsored[2]!.toLowerCase())) {
          const sponsor = noun.nationalOnly ? undefined : sponsorOf(sponsored[1]!);
          if (sponsor) push(q, h, 'group', `${sponsor}-${sponsored[2]!.toLowerCase()} ${noun.category}`, 'group');
          continue;
        }
        if (sponsors.has(lows[q]!) && q - 1 >= begin) {
          const by = tokens[q - 1]!.text === '-' && q - 2 >= begin ? q - 2 : q - 1;
          const sponsor = noun.nationalOnly ? undefined : sponsorOf(tokens[by]!.text);
          if (sponsor) push(by, h, 'group', `${sponsor}-${lows[q]!} ${noun.category}`, 'group');
          continue;
        }
        // "Kurdish forces", "US forces", "Russian military forces"; the lexicon first ("Syrian army").
        if (!isCapitalised(qualifier.text) || lexical(q)) continue;
        const demonym = byDemonym.get(keyOf(qualifier.text));
        const place = demonym ? undefined : byName.get(keyOf(qualifier.text));
        const country = demonym?.canonical ?? (place?.type === 'place' ? place.canonical : undefined);
        const adjective = country && lexicon.demonymOf.get(keyOf(country));
        // A city is no qualifier ("Deir Ezzor forces": no demonym), nor a plural people ("Kurds forces").
        if (!adjective || (demonym && /s$/i.test(qualifier.text) && keyOf(qualifier.text) !== keyOf(adjective))) continue;
        push(q, h, 'group', `${adjective} ${noun.category}`, 'group');
      }
    }
  }

  /**
   * The name of the sponsor a word names in "X-backed": a country by its canonical ("Iranian" → Iran,
   * "U.S." → United States), a people by its adjective ("Kurdish"), another actor by its canonical.
   */
  function sponsorOf(word: string): string | undefined {
    const actor = byDemonym.get(keyOf(word)) ?? (isCapitalised(word) ? byName.get(keyOf(word)) : undefined);
    if (!actor) return undefined;
    const people = byName.get(keyOf(actor.canonical))?.type === 'group' && lexicon.demonymOf.get(keyOf(actor.canonical));
    return people || actor.canonical;
  }

  /**
   * 3. "Long Name (ACR)" and "ACR (Long Name)": every mention of ACR in the document, before the
   * definition or after, is the long name's actor. The long name's lexicon canonical wins; else the long
   * name as written is the canonical, even over the lexicon's own meaning of ACR in this document.
   */
  function applyAcronyms(): void {
    const definitions = new Map<string, { canonical: string; type: EntityType }>();
    const spans = [...found.map((f): [number, number, Found | null] => [f.first, f.last, f]), ...untyped.map(([a, b]): [number, number, Found | null] => [a, b, null])];
    // Indexed once, so that a text with many brackets costs no more per bracket than one with few.
    const longerEndingAt = new Map<number, Array<[number, number, Found | null]>>();
    const spanAt = new Map<string, [number, number, Found | null]>();
    for (const span of spans) {
      if (span[1] > span[0]) longerEndingAt.set(span[1], [...(longerEndingAt.get(span[1]) ?? []), span]);
      if (!spanAt.has(`${span[0]}:${span[1]}`)) spanAt.set(`${span[0]}:${span[1]}`, span);
    }
    const endingAt = (last: number) => longerEndingAt.get(last) ?? [];
    const exactly = (first: number, last: number) => spanAt.get(`${first}:${last}`);
    for (let p = 1; p + 2 < tokens.length; p++) {
      if (tokens[p]!.text !== '(' || tokens[p]!.sentence !== tokens[p - 1]!.sentence) continue;
      let close = p + 1;
      while (close < tokens.length && close - p <= 12 && tokens[close]!.text !== ')' && tokens[close]!.sentence === tokens[p]!.sentence) close++;
      if (tokens[close]?.text !== ')') continue;
      // Forward: "Syrian Democratic Forces (SDF)".
      const inner = tokens[p + 1]!.text;
      if (close === p + 2 && isAcronym(inner)) {
        const long = endingAt(p - 1).sort((x, y) => x[0] - y[0])[0];
        if (long && definesAcronym(inner, spanText(long[0], long[1]))) define(inner, long[0], long[1], long[2]);
        continue;
      }
      // Reverse: "the SDF (Syrian Democratic Forces)".
      const short = tokens[p - 1]!.text;
      const names = close - 1 > p + 1 && isCapitalised(tokens[p + 1]!.text) && isCapitalised(tokens[close - 1]!.text) &&
        tokens.slice(p + 1, close).every((token) => isCapitalised(token.text) || CONNECTORS.has(token.text.toLowerCase()) || token.text === '-');
      const long = exactly(p + 1, close - 1) ?? (names ? ([p + 1, close - 1, null] as [number, number, null]) : undefined);
      if (isAcronym(short) && long && long[1] > long[0] && definesAcronym(short, spanText(long[0], long[1]))) define(short, long[0], long[1], long[2]);
    }
    // "the New South Wales Rural Fire Authority … according to the RFA": an acronym with no brackets whose letters
    // are the initials of the last words of a body named before it is that body, before any other reading.
    for (let t = 0; t < tokens.length; t++) {
      const word = tokens[t]!.text;
      if (!isAcronym(word) || definitions.has(word)) continue;
      const body = found.findLast((f) => f.last < t && f.last > f.first && f.type !== 'person' && f.type !== 'nationality' && initialsEnd(f.first, f.last, word));
      if (body) define(word, body.first, body.last, body);
    }
    if (!definitions.size) return;
    const covering = new Map<number, Found[]>();
    for (const f of found) for (let t = f.first; t <= f.last; t++) covering.set(t, [...(covering.get(t) ?? []), f]);
    const replaced = new Set<Found>();
    for (let t = 0; t < tokens.length; t++) {
      const definition = definitions.get(tokens[t]!.text);
      if (!definition) continue;
      const over = covering.get(t) ?? [];
      if (over.some((f) => f.first !== t || f.last !== t)) continue;
      for (const f of over) replaced.add(f);
      push(t, t, definition.type, definition.canonical, 'acronym');
    }
    if (replaced.size) {
      const kept = found.filter((f) => !replaced.has(f));
      found.length = 0;
      for (const f of kept) found.push(f);
    }

    /** Whether the capitalised words that end the span, two or more, have the acronym's letters as initials. */
    function initialsEnd(first: number, last: number, acronym: string): boolean {
      let initials = '';
      for (let k = last; k >= first && initials.length < acronym.length; k--) {
        if (isCapitalised(tokens[k]!.text)) initials = tokens[k]!.text[0] + initials;
        else if (!CONNECTORS.has(lows[k]!)) return false;
      }
      return initials.length >= 2 && initials === acronym;
    }

    function define(acronym: string, first: number, last: number, mention: Found | null): void {
      if (definitions.has(acronym)) return;
      const written = spanText(first, last).replace(/^the\s+/i, '');
      const known = mention?.origin === 'lexicon' ? mention : undefined;
      const type: EntityType = known?.type ?? (mention && mention.type !== 'person' ? mention.type : 'organization');
      const canonical = known?.canonical ?? written;
      definitions.set(acronym, { canonical, type });
      if (mention && mention.origin !== 'lexicon') Object.assign(mention, { type, canonical, origin: 'acronym' });
      if (!mention) push(first, last, type, canonical, 'acronym');
    }
  }

  /**
   * 4. A name that is the end of a person's fuller name in the same document ("Erdogan", "Tayyip Erdogan"
   * for "Recep Tayyip Erdogan") is that person: the nearest full name before it, else the only one after.
   * Lexicon actors keep their meaning ("Jordan" stays the country).
   */
  function applyShortForms(): void {
    const people = found.filter((f) => f.type === 'person' && (f.origin === 'model' || f.origin === 'lexicon'));
    if (!people.length) return;
    const wordsOf = (first: number, last: number) => {
      const words: string[] = [];
      for (let k = first; k <= last; k++) if (isWord(tokens[k]!)) words.push(tokens[k]!.text.replace(/^(?:al|el|as|ash|ad|ar|at|az|an)-/i, ''));
      return words;
    };
    const full = people.map((f) => ({ found: f, words: wordsOf(f.first, f.last) })).filter((p) => p.words.length >= 2);
    if (!full.length) return;
    // Full names by each of their shorter endings ("trump" of "Donald Trump"), each as a span of token
    // indices, so that a short form finds the names it may stand for, and those before it, without a scan
    // of every name: a long text names people thousands of times.
    const endingKey = (words: readonly string[]) => words.join('\u0000');
    const namesEndingWith = new Map<string, { byStart: Array<Span & { found: Found }>; canonicals: Set<string> }>();
    const addName = ({ found: name, words }: { found: Found; words: readonly string[] }) => {
      for (let k = 1; k < words.length; k++) {
        const key = endingKey(words.slice(k));
        const names = namesEndingWith.get(key) ?? { byStart: [], canonicals: new Set<string>() };
        names.byStart.push({ start: name.first, end: name.last + 1, found: name });
        names.canonicals.add(name.canonical);
        namesEndingWith.set(key, names);
      }
    };
    full.forEach(addName);
    // A name the model did not know that ends with a known person's surname is a person too: "Melania
    // Trump" beside "Donald Trump".
    const surnames = new Set(full.map((p) => p.words[p.words.length - 1]!));
    for (let u = untyped.length - 1; u >= 0; u--) {
      const [first, last] = untyped[u]!;
      const words = wordsOf(first, last);
      if (words.length < 2 || words.length > 4 || !surnames.has(words[words.length - 1]!) || !words.every(isCapitalised)) continue;
      if (namesEndingWith.has(endingKey(words))) continue;
      const mention: Found = { first, last, type: 'person', canonical: spanText(first, last), origin: 'model' };
      found.push(mention);
      addName({ found: mention, words });
      untyped.splice(u, 1);
    }
    for (const names of namesEndingWith.values()) names.byStart.sort((a, b) => a.start - b.start);
    const candidates = [...found.filter((f) => f.origin === 'model').map((f): [number, number, Found | null] => [f.first, f.last, f]), ...untyped.map(([a, b]): [number, number, Found | null] => [a, b, null])];
    for (const [first, last, mention] of candidates) {
      const words = wordsOf(first, last);
      if (!words.length) continue;
      const names = namesEndingWith.get(endingKey(words));
      if (!names) continue;
      // The nearest full name before the short form; else the one name all those after it share.
      let before: Found | undefined;
      for (let i = firstSpanStartingFrom(names.byStart, first) - 1; i >= 0 && !before; i--) if (names.byStart[i]!.found.last < first) before = names.byStart[i]!.found;
      const person = before ?? (names.canonicals.size === 1 ? names.byStart[0]!.found : undefined);
      if (!person) continue;
      if (mention) Object.assign(mention, { type: 'person', canonical: person.canonical, origin: 'short' });
      else push(first, last, 'person', person.canonical, 'short');
    }
  }

  /**
   * 4b. A single word no lexicon or model typed that opens the name of a body written in full before it is
   * that body: "Veldane" after "Veldane Pharmaceuticals", "Meridian" after "Meridian Bank" (not a title).
   */
  function applyBodyShortForms(): void {
    const bodiesByFirstWord = new Map<string, Found[]>();
    for (const f of found) {
      // (Not a run a tagger joined over "and": "Meridian and NHS England".)
      if (f.type !== 'organization' || f.last === f.first || (f.origin !== 'model' && f.origin !== 'lexicon') || titleWords().has(lows[f.first]!) || / and /.test(f.canonical)) continue;
      const list = bodiesByFirstWord.get(lows[f.first]!) ?? [];
      list.push(f);
      bodiesByFirstWord.set(lows[f.first]!, list);
    }
    if (!bodiesByFirstWord.size) return;
    const bodyBefore = (t: number) => bodiesByFirstWord.get(lows[t]!)?.findLast((f) => f.last < t);
    // (A word a model typed as a body alone is one too.)
    for (const mention of found) {
      const body = mention.origin === 'model' && mention.type === 'organization' && mention.first === mention.last ? bodyBefore(mention.first) : undefined;
      if (body) Object.assign(mention, { canonical: body.canonical, origin: 'short' });
    }
    for (let u = untyped.length - 1; u >= 0; u--) {
      const [first, last] = untyped[u]!;
      const body = first === last ? bodyBefore(first) : undefined;
      if (!body) continue;
      push(first, last, 'organization', body.canonical, 'short');
      untyped.splice(u, 1);
    }
  }
}

interface PhraseIndex {
  /** The first word as a token reads it, acronyms without points ("us" of "u.s.-led coalition", "russia" of "russia's defense ministry"). */
  starts: Set<string>;
  /** Every beginning of such a name that ends at a token's edge: "us", "us-", "us-led", … */
  prefixes: Set<string>;
}

const phraseIndexes = new WeakMap<ActorLexicon, PhraseIndex>();
/** Of a lexicon's names of two words or more, or with a possessive or hyphen: where they may start and go on. */
function phraseIndex(lexicon: ActorLexicon): PhraseIndex {
  let index = phraseIndexes.get(lexicon);
  if (index) return index;
  index = { starts: new Set(), prefixes: new Set() };
  for (const key of lexicon.byName.keys()) {
    if (!/[\s'’-]/.test(key)) continue;
    index.starts.add(key.split(/[\s'’-]/)[0]!);
    for (let i = 1; i < key.length; i++) {
      if (/[\s'’.,&/-]/.test(key[i]!)) index.prefixes.add(key.slice(0, i));
      if (/[\s'’.,&/-]/.test(key[i - 1]!)) index.prefixes.add(key.slice(0, i));
    }
  }
  phraseIndexes.set(lexicon, index);
  return index;
}

/** Schwartz & Hearst: each letter of the acronym in the long form, in order, the first at a word's start; or the initials of the long form's words in another order. */
export function definesAcronym(acronym: string, long: string): boolean {
  const letters = acronym.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  const words = long.split(/[\s-]+/).filter(Boolean);
  if (letters.length < 2 || words.length < 2 || words.length > letters.length + 5) return false;
  // A name translated from a language that orders its words otherwise keeps the original's initials: "National
  // Electoral Council (CNE)", "National Medicines Authority (ANM)".
  const initials = words.filter((word) => !CONNECTORS.has(word.toLowerCase())).map((word) => word[0]!.toLowerCase());
  if (initials.length === letters.length && [...initials].sort().join('') === [...letters].sort().join('')) return true;
  const form = long.toLowerCase();
  let l = form.length - 1;
  for (let s = letters.length - 1; s >= 0; s--) {
    const c = letters[s]!;
    while (l >= 0 && (form[l] !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(form[l - 1]!)))) l--;
    if (l < 0) return false;
    l--;
  }
  return true;
}

