import { z } from 'zod';
import type { AttributedDoc, AttributionMention, EntityMention, QuantifiedDoc, QuantityMention, Quote, SourceKind, Span, Token } from '../document.js';
import { readCueVerbs, readLexicon } from '../lexicon/load.js';
import { ACRONYM, describeSource, entityHolding, describedNameEnd, headKindAt, isDashAt, hasPluralEnding, issuerAfterProxy, isNameLinkAt, isNameParticleAt, isNamePartAt, isNameWord, isNumberOfNameAt, isPersonNoun, isPluralNoun, isPluralSourceHead, isPossessiveAt, nounPhraseAfter, nounPhraseBefore, pastNounPhrase, pastPrepositionPhrases, possessorOfProxy, sourceHeads, wordClasses, type SourceDescription } from '../nlp/sources.js';
import { lookupKey } from '../nlp/actors.js';
import { genderOf, titleWords, type Gender } from '../nlp/entities.js';
import { isGluedHyphenAt, isIndefiniteArticle, isNameAt, lowerCaseTexts, opensSentence } from '../nlp/tokens.js';
import { lastSpanStartingBy, spanIndexAt, spansOverlapping, spansStartingIn, trimSpan } from '../spans.js';
import { defineStage } from '../stage.js';

// An attribution is a source + a cue + the content the cue introduces (../gold/FORMAT.md). Cues come from
// the lexicons; around each cue one of a few shapes is recognised:
//   "X said (that) …" and "X told Y (that) …"      source before, content after
//   "…, X said" and "…, the BBC reports"           source before, content before
//   "…, said X" and "…, notes Reuters"             source after, content before
//   "according to X, …" and "…, according to X"    source after the phrase, content on the other side
//   "…, saying …" / "…, adding …"                  the source of the clause it hangs on, content after
//   "… by telling them that …"                     a gerund after a preposition: the subject of the nearest verb
//   "footage of the mayor saying, “…”"             a participle right after its speaker
//   "Pence: Flowers won't be at debate"             a headline or transcript: a name, a colon, the content
//   "… was reported by state media (that …)"        a passive: the agent after "by" is the source
//   "“…” — Sonya Herridge"                          a signature: a name after a quote and a dash
//   "He said:" + a quote or a paragraph              the content is what the colon opens, in the next sentence
//   "Flood Defences Failed, Mayor Lena Park Says"   a headline in capitals
//   "Kyiv called the strike a war crime"            a cue of naming: the object and what it is called
//   "police put the death toll at 10"               a figure cue: the object runs on to the figure
// Cues inside a quotation belong to the quoted speaker and are skipped. A request ("urged them to leave"),
// an act with a figure for object ("declared three days of mourning"), a cue denied ("has not said whether")
// and a plain object ("confirmed the clash") say nothing. A quoted sentence after its cue's sentence holds
// no cue: it joins the quote of the attribution before it.

type CueClass = 'speech' | 'characterize' | 'name' | 'evaluate' | 'figure' | 'figure-at' | 'revision' | 'quote' | 'that' | 'belief';

interface CueForm {
  words: string[];
  lemma: string;
  cueClass: CueClass;
  /** The bare form is a past tense too, listed again among the forms: "the department forecast a deficit". */
  pastTense?: boolean;
}

interface CueMatch {
  first: number;
  last: number;
  lemma: string;
  cueClass: CueClass | 'source-after' | 'source-after-clause' | 'as-clause' | 'headline' | 'noun' | 'signature';
}

/** A cue of characterizing says what its object is; that is its content ("described the attack as a war crime"). */
const characterizes = (cueClass: CueMatch['cueClass']) => cueClass === 'characterize' || cueClass === 'name' || cueClass === 'evaluate';
/** A cue that puts a figure, its object running on to the figure ("put the death toll at 10"). */
const putsFigure = (cueClass: CueMatch['cueClass']) => cueClass === 'figure' || cueClass === 'figure-at' || cueClass === 'revision';
const BOUNDARY = /^[,;:]$/;
/** A mark that may close a quotation (straight, curly, `''` or a guillemet). */
const CLOSING_MARK = /^(?:[”"’'»]|'')$/;
/** A comma or a closing mark: what ends a content before its cue ("…,” said X", "…, said X"). */
const commaOrClosingMark = (word: string) => word === ',' || CLOSING_MARK.test(word);
const NON_WORD = /[^\p{L}\p{N}]+/u;
const POSSESSOR = /[\p{L}\p{N}]+['’]s?(?![\p{L}\p{N}])/gu;
/** How many earlier sources holding a word a back-reference looks at, latest first. */
const REFERENCE_WINDOW = 16;
/** How many sentences back "the company" may refer to the last company that spoke when no source holds the word. */
const BODY_REFERENCE_SENTENCES = 5;
/** How many words a preamble between a cue and its quote may hold ("told thousands of supporters at a rally …:"). */
const PREAMBLE_TOKENS = 24;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** The kinds of a source that is a body, not a person. */
const BODY_KINDS: readonly SourceKind[] = ['organization', 'government', 'media'];
/** The kinds of source each class of pronoun may refer to. */
const PRONOUN_KINDS: Record<string, readonly SourceKind[]> = {
  'pronoun-person': ['person', 'anonymous'],
  'pronoun-thing': BODY_KINDS,
  'pronoun-plural': [...BODY_KINDS, 'anonymous', 'unspecified'],
};

export const attribution = defineStage({
  name: 'attribution',
  needs: ['segment', 'tag', 'quantities'],
  options: z
    .object({
      /** Count beliefs and perceptions ("officials believe …", "polls show …") as attributions. */
      beliefs: z.boolean().default(false),
      /** Count nouns of saying with a possessor and a "that" clause ("the ministry's claim that …"). */
      nounCues: z.boolean().default(false),
      /**
       * Keep a description or a clause set off by commas after the source in its text ("Maria Lopez, a
       * spokeswoman for the Red Cross", "A diplomat, who asked not to be named"). By default the text ends
       * before it, as in the worked example of the gold ("According to Igor Girkin, an ex-commander of …" →
       * "Igor Girkin"); a description before a name in apposition stays ("Her neighbour, Luis Ocampo").
       */
      appositives: z.boolean().default(false),
    })
    .strict(),
  create(options) {
    const words = wordClasses();
    const forms = new Map<string, CueForm[]>();
    const addForm = (form: CueForm) => {
      const key = form.words[0]!;
      if (!forms.has(key)) forms.set(key, []);
      forms.get(key)!.push(form);
    };
    /** Every form of a verb that takes a content clause, beliefs included: a subject may follow one ("said officials claim …"). */
    const clauseVerbs = new Set<string>();
    for (const { lemma, others, cueClass } of readCueVerbs()) {
      for (const form of new Set([lemma, ...others])) {
        const formWords = form.split(' ');
        clauseVerbs.add(formWords[0]!);
        const pastTense = form === lemma && others.includes(form);
        if (cueClass !== 'belief' || options.beliefs) addForm({ words: formWords, lemma, cueClass: cueClass as CueClass, pastTense });
      }
    }
    const nounsOfSaying = new Map(readLexicon('cue-nouns.txt').map(([noun, lemma]) => [noun!, lemma!]));
    const nouns = options.nounCues ? nounsOfSaying : new Map<string, string>();
    /** Multiword cues by their first word. */
    const phrases = new Map<string, Array<{ words: string[]; lemma: string; cueClass: 'source-after' | 'source-after-clause' | 'as-clause' | 'speech' }>>();
    for (const [phrase, lemma, shape] of readLexicon('cue-phrases.txt')) {
      const words = phrase!.split(' ');
      if (!phrases.has(words[0]!)) phrases.set(words[0]!, []);
      const cueClass = shape === 'source-after' || shape === 'source-after-clause' || shape === 'as-clause' ? shape : 'speech';
      phrases.get(words[0]!)!.push({ words, lemma: lemma!, cueClass });
    }

    return (doc: QuantifiedDoc): AttributedDoc => {
      const { text, tokens } = doc;
      // Quotes come sorted by start: one inside the last outer quote is nested in it. A name in quotes
      // after a word that gives it ("known as “Homes for All,”", "the “Nour al-Bahr”") quotes no one.
      const outerQuotes: Quote[] = [];
      for (const quote of doc.quotes) if (quote.start >= (outerQuotes[outerQuotes.length - 1]?.end ?? 0) && !isQuotedName(quote)) outerQuotes.push(quote);
      const quoteInsides = outerQuotes.map((quote) => quote.inner);
      const inQuote = (token: Token) => spanIndexAt(quoteInsides, token.start) >= 0;
      // An acronym that names something keeps its capitals: "The WHO put …" holds no relative pronoun.
      const namedAcronym = (token: Token) => ACRONYM.test(token.text) && !!entityHolding(doc.entities, token.start, token.end);
      const lowered = tokens.some(namedAcronym) ? tokens.map((token) => (namedAcronym(token) ? token.text : token.text.toLowerCase())) : lowerCaseTexts(tokens);
      const lower = (t: number) => lowered[t] ?? '';
      /** The figure of the quantities stage that holds the start of token `t`, if any. */
      const figureAt = (t: number): QuantityMention | undefined => doc.quantities[spanIndexAt(doc.quantities, tokens[t]?.start ?? -1)];
      const opensFigure = (t: number) => !!figureAt(t);
      const matchesAt = (t: number, cueWords: string[], end: number) => t + cueWords.length <= end && cueWords.every((word, k) => lower(t + k) === word);
      const attributions: AttributionMention[] = [];
      /** The words of a source with what stands in apposition to it, where its text leaves that out. */
      const withApposition = new Map<AttributionMention, Span>();
      /**
       * A source's words with the head of what stands in apposition to it, which a later description may take up
       * ("Petrosal, the national oil company, said … The company said"); not the words after its preposition or
       * its clause, which name others ("Raúl Ibarra, a close ally of the mayor").
       */
      const describedAs = new Map<AttributionMention, string>();
      const titleCase: Array<boolean | undefined> = [];
      // The sources so far, indexed so that a pronoun or a back-reference looks at a few of them, not all:
      // the latest of each kind, and the latest few whose words hold a given word.
      const latestOfKind = new Map<SourceKind, { mention: AttributionMention; order: number }>();
      const sourcesWithWord = new Map<string, Array<{ mention: AttributionMention; order: number }>>();
      let remembered = 0;
      let firstMentions: Map<string, EntityMention> | undefined;
      type NameRun = Span & { first: number; last: number };
      let runsOfNames: { list: NameRun[]; byLaterWord: Map<string, NameRun[]> } | undefined;
      let named: { ends: Span[]; lastPerson: Array<EntityMention | null>; lastBody: Array<EntityMention | null> } | undefined;
      /** The people who spoke so far, latest last, a few: "she" may skip the latest for one of hers. */
      const people: AttributionMention[] = [];
      /** The kind of each name that a description beside it told: "the newspaper Lanterne" → media. */
      const describedKinds = new Map<string, SourceKind>();
      const remember = (mention: AttributionMention) => {
        const entry = { mention, order: remembered++ };
        latestOfKind.set(mention.source.kind, entry);
        const { name, text: written, kind } = mention.source;
        if (written.endsWith(name) && written.length > name.length && !describedKinds.has(name) && !pronounAt(spanIndexAt(tokens, mention.source.start))) describedKinds.set(name, kind);
        if (mention.source.kind === 'person' || mention.source.kind === 'anonymous') {
          people.push(mention);
          if (people.length > 2 * REFERENCE_WINDOW) people.splice(0, REFERENCE_WINDOW);
        }
        // A possessor names someone else: "the charity's chief executive" is no charity; so does the noun before a
        // text: "an internal commission document" is no commission.
        // (A text's word in a name is a word of the name: "Office of Fiscal Analysis".)
        const ownWords = (describedAs.get(mention) ?? mention.source.text).replace(POSSESSOR, ' ').split(NON_WORD);
        const proxy = ownWords.findIndex((word) => /^\p{Ll}/u.test(word) && words.has(word, 'proxy'));
        for (const word of new Set((proxy > 0 ? ownWords.slice(proxy) : ownWords).map((word) => word.toLowerCase()))) {
          if (!word) continue;
          let list = sourcesWithWord.get(word);
          if (!list) sourcesWithWord.set(word, (list = []));
          list.push(entry);
          if (list.length > 2 * REFERENCE_WINDOW) list.splice(0, REFERENCE_WINDOW);
        }
      };
      // Tokens inside a date, time or duration, marked in one pass over both sorted lists.
      const temporal = new Uint8Array(tokens.length);
      const times = doc.values.filter((v) => v.type === 'DATE' || v.type === 'TIME' || v.type === 'DURATION').sort((a, b) => a.start - b.start);
      for (let t = 0, v = 0; t < tokens.length && v < times.length; ) {
        if (times[v]!.end < tokens[t]!.end) v++;
        else {
          if (times[v]!.start <= tokens[t]!.start) temporal[t] = 1;
          t++;
        }
      }

      doc.sentenceTokens.forEach(([begin, end], s) => {
        const cues: CueMatch[] = [];
        // Most sentences hold no quotation: one look for the sentence spares one for each of its words.
        const quotedSentence = spansOverlapping(quoteInsides, tokens[begin]!.start, tokens[end - 1]!.end).length > 0;
        for (let t = begin; t < end; t++) {
          const quoted = quotedSentence && inQuote(tokens[t]!);
          // A quoted transcript names its speaker inside the marks: “PENCE: Well, …”, with the quote running
          // on to the end of the sentence ("“Smith: go,” he said" is a quote of a quote).
          const transcript = quoted && isQuoteMark(begin) && isHeadlineColon(t, begin) &&
            outerQuotes[spanIndexAt(quoteInsides, tokens[t]!.start)]!.inner.end >= tokens[lastWord(end)]!.end;
          if ((quoted && !transcript) || (cues.length && t <= cues[cues.length - 1]!.last)) continue;
          if (isHeadlineColon(t, begin)) {
            cues.push({ first: t, last: t, lemma: ':', cueClass: 'headline' });
            continue;
          }
          if (isSignatureDash(t, end)) {
            cues.push({ first: t, last: t, lemma: tokens[t]!.text, cueClass: 'signature' });
            continue;
          }
          const nounLemma = nouns.get(lower(t));
          if (nounLemma && isPossessiveAt(tokens, t - 1) && lower(t + 1) === 'that') {
            cues.push({ first: t, last: t, lemma: nounLemma, cueClass: 'noun' });
            continue;
          }
          // "as one analyst put it", but "organizers put it at 100,000" puts a figure.
          const phrase = phrases.get(lower(t))?.find((p) => matchesAt(t, p.words, end) && !(p.cueClass === 'as-clause' && lower(t + p.words.length) === 'at'));
          if (phrase) {
            cues.push({ first: t, last: t + phrase.words.length - 1, lemma: phrase.lemma, cueClass: phrase.cueClass });
            continue;
          }
          const form = forms.get(lower(t))?.find((f) => matchesAt(t, f.words, end));
          if (form && isVerbalCue(t, t + form.words.length - 1, form, end)) {
            cues.push({ first: t, last: t + form.words.length - 1, lemma: form.lemma, cueClass: form.cueClass });
          }
        }
        const found: AttributionMention[] = [];
        const claimed: Span[] = [];
        /** The mentions of cues that put a figure ("recorded 50 collapses"). */
        const figureMentions = new Set<AttributionMention>();
        cues.forEach((cue, c) => {
          const overlapsClaimed = claimed.some((span) => tokens[cue.first]!.start < span.end && span.start < tokens[cue.last]!.end);
          // "The agency said it had recorded 1,450 crossings": a figure put inside what a source says is part of it,
          // unless a person named puts it ("the cuts were needed to close a gap that Superintendent Lorraine Ashby has
          // put at $6.5 million"); so is an act of saying it foretells ("said the EU would announce …").
          const inside = found.some((mention) => mention.content.start <= tokens[cue.first]!.start && tokens[cue.last]!.end <= mention.content.end);
          const foretoldAt = (first: number) => words.has(lower(beforeAuxiliaries(first, begin) + 1), 'modal');
          if (overlapsClaimed || (inside && foretoldAt(cue.first))) return;
          const made = makeAttribution(cue, cues.slice(c + 1), begin, end, s, found);
          if (made && inside && putsFigure(cue.cueClass) && (made.source.kind !== 'person' || !!pronounAt(spanIndexAt(tokens, made.source.start)))) return;
          // A cue of an act with a figure for its object puts none: "declared three days of mourning", "asked
          // for a sentence of 15 years".
          if (!made || (words.has(cue.lemma, 'act-cue') && made.content.start > made.cue.end && saysOnlyAFigure(made.content, begin, end))) return;
          // A cue inside the new source, or what stands in apposition to it, was a verb of its clause ("the experts I
          // asked said", "A diplomat, who asked not to be named, said"), no cue of its own.
          // (But a relative pronoun's cue with a clause of its own says something: "The company, which says it has
          // 19 million users, contended …"; so does a verb of saying that puts a figure: "Police, who estimated the
          // crowd at 3,000, said …", where a verb only of figures describes ("The caucus, which counts three dozen
          // members, …", "The mission, which has recorded 1,100 casualties, said …").)
          const whole = withApposition.get(made) ?? made.source;
          const inWhole = (mention: AttributionMention) => mention.cue.start >= whole.start && mention.cue.end <= whole.end;
          const ownFigure = (mention: AttributionMention) => !figureMentions.has(mention) &&
            isRelativePronounAt(spanIndexAt(tokens, mention.source.start)) && spansStartingIn(doc.quantities, mention.content.start, mention.content.end).length > 0;
          // (Either ends inside the new source: "A consultant who advises several shipping companies said 35 percent …"
          // has no clause or figure of its own after "advises".)
          const own = (mention: AttributionMention) => (saysOwnClause(mention) || ownFigure(mention)) && mention.content.end <= whole.end;
          while (found.length && inWhole(found[found.length - 1]!) && !own(found[found.length - 1]!)) found.pop();
          // So is an act foretold before the cue, inside what the new source says: "He would announce his plans
          // “in due course”, he added."
          const insideContent = (mention: AttributionMention) => made.content.start <= mention.cue.start && mention.cue.end <= made.content.end;
          while (found.length && insideContent(found[found.length - 1]!) && foretoldAt(spanIndexAt(tokens, found[found.length - 1]!.cue.start))) found.pop();
          if (putsFigure(cue.cueClass)) figureMentions.add(made);
          claimed.push(whole);
          found.push(made);
          remember(made);
        });
        if (!found.length) carryOver(s);
        attributions.push(...found.sort((a, b) => a.cue.start - b.cue.start));
      });
      nameHeadlineSources();
      return { ...doc, attributions };

      /**
       * A headline names its source by a description the article gives a name later: "… -economy minister"
       * is the "Economy Minister Lucía Herrera" who speaks below it.
       */
      function nameHeadlineSources(): void {
        if (!isHeadline(0)) return;
        const wordsOf = (written: string) => written.toLowerCase().split(NON_WORD).filter((word) => word && word !== 'the');
        for (const mention of attributions) {
          if (mention.sentence !== 0 || mention.source.kind !== 'anonymous' || mention.source.entityId) continue;
          const described = wordsOf(mention.source.text);
          const named = attributions.find((later) => later.sentence > 0 && later.source.kind === 'person' && described.every((word) => wordsOf(later.source.text).includes(word)));
          if (named) mention.source = { ...mention.source, name: named.source.name, kind: 'person', entityId: named.source.entityId };
        }
      }

      function isQuotedName(quote: Quote): boolean {
        const quoted = text.slice(quote.inner.start, quote.inner.end).replace(/[,.]$/, '').split(/\s+/);
        const before = /(\p{L}+)\W*$/u.exec(text.slice(Math.max(0, quote.start - 30), quote.start))?.[1]?.toLowerCase() ?? '';
        // (One word after "as" may be a view: "described the result as “Fantastic”".)
        const giver = words.has(before, 'name-giver') && (quoted.length > 1 || before !== 'as');
        return giver && namesSomething(quoted);
      }

      /** Words that read as a name: a few, each with a capital or a word of names ("Homes for All"), one with a capital. */
      function namesSomething(written: string[]): boolean {
        return written.length > 0 && written.length <= 6 && written.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || isNameWord(word)) && written.some((word) => /^\p{Lu}/u.test(word));
      }

      /**
       * A sentence that is a quotation and nothing more, right after an attribution, is more of the same
       * speaker's words (“…,” she said. “…”): the quote joins that attribution's quote, and the sentence is
       * noted as one the quote runs on into. It holds no cue, so no attribution of its own. A quote that
       * runs on into a later sentence with words after it waits for its own cue there.
       */
      function carryOver(s: number): void {
        const previous = attributions[attributions.length - 1];
        const reach = previous?.carriedTo ?? previous?.content.end ?? 0;
        if (!previous || lastSpanStartingBy(doc.sentences, reach - 1) !== s - 1) return;
        const sentence = doc.sentences[s]!;
        const quote = spansStartingIn(outerQuotes, sentence.start, sentence.end)[0];
        if (!quote || quote.start < reach) return;
        const letters = (from: number, to: number) => text.slice(from, to).replace(/[^\p{L}\p{N}]/gu, '').length;
        const lastSentence = doc.sentences[quote.lastSentence]!;
        if (quote.lastSentence > s && letters(quote.end, lastSentence.end) > 0) return;
        const outside = letters(sentence.start, quote.start) + letters(quote.end, Math.max(quote.end, sentence.end));
        if (outside > 0.3 * letters(sentence.start, Math.max(quote.end, sentence.end))) return;
        const words = quoteWords(quote);
        previous.quote = previous.quote ? `${previous.quote} ${words}` : words;
        previous.carriedTo = quote.end;
        (previous.quoteSentences ??= []).push(s);
        if (previous.type === 'indirect') previous.type = 'mixed';
      }

      /**
       * “…” — Sonya Herridge: a dash after a closing quote, then only a name (and punctuation) to the end; or a
       * headline's source after a dash glued to it ("… in retaliation -economy minister").
       */
      function isSignatureDash(t: number, end: number): boolean {
        if (!/^[―—–-]$/.test(lower(t)) || t === 0) return false;
        const last = lastWord(end);
        if (last <= t || last - t > 6) return false;
        // A headline's source: a short description or name, with no stop after it.
        if (!CLOSING_MARK.test(lower(t - 1))) {
          const glued = tokens[t - 1]!.end < tokens[t]!.start && tokens[t]!.end === tokens[t + 1]!.start;
          return glued && last === end - 1 && last - t <= 4 && (isSpeaker(last) || titleWords().has(lower(last))) && tokensBetween(t + 1, last + 1).every((token) => ['NOUN', 'PROPN', 'ADJ'].includes(token.pos));
        }
        for (let n = t + 1; n <= last; n++) if (!isNameAt(tokens, n) && tokens[n]!.pos !== 'PROPN' && lower(n) !== ',') return false;
        return true;
      }

      function isQuoteMark(t: number): boolean {
        return /^(?:["“”'‘’«»„]|''|``)$/.test(lower(t));
      }

      /** The quote mark that opens a short quote closed at `close`, a few words back and after `begin`; or -1. */
      function openingMarkBefore(close: number, begin: number): number {
        let open = close - 1;
        while (open > begin && open > close - 6 && !isQuoteMark(open)) open--;
        return open > begin && isQuoteMark(open) ? open : -1;
      }

      /** A quote opens at `t`, or after a comma there: "she continued, “…”". */
      function opensQuote(t: number): boolean {
        return isQuoteMark(t) || (lower(t) === ',' && isQuoteMark(t + 1));
      }

      /** A quote closes just before the short subject of the cue at `first`: "“…,” the letter reads". */
      function afterQuote(first: number): boolean {
        let t = first - 1;
        while (t > first - 6 && t >= 0 && tokens[t]!.pos !== 'PUNCT') t--;
        return t >= 0 && isQuoteMark(t);
      }

      /** Whether token `t` ends a clause: a comma, a stop, or the end of the sentence. */
      function isClauseEnd(t: number): boolean {
        return t >= tokens.length || tokens[t]!.sentence !== tokens[t - 1]!.sentence || /^[,.;!?]$/.test(lower(t));
      }

      /** The last token of the sentence that is not punctuation. */
      function lastWord(end: number): number {
        let last = end - 1;
        while (last > 0 && tokens[last]!.pos === 'PUNCT') last--;
        return last;
      }

      /**
       * "according to a statement from U.S. Central Command": the statement's issuer, who speaks (which of the two is
       * the source as written is decided where "according to" is read).
       */
      function issuerOf([first, last]: [number, number]): [number, number] {
        let head = first;
        while (head < last && tokens[head]!.pos === 'DET') head++;
        if (!words.has(lower(head), 'proxy')) return [first, last];
        // Not "of": "a report of gunfire", "the release of prisoners" name what it is about.
        if (['from', 'by'].includes(lower(head + 1)) && head + 2 <= last) return [head + 2, last];
        // "according to a speech Mrs. Clinton delivered in July": the subject of a reduced relative clause.
        let verb = head + 1;
        while (verb < last && (['DET', 'PROPN', 'NOUN', 'ADJ'].includes(tokens[verb]!.pos) || isNameAt(tokens, verb))) verb++;
        return verb > head + 1 && tokens[verb]!.pos === 'VERB' && /ed$/.test(lower(verb)) ? [head + 1, verb - 1] : [first, last];
      }

      /**
       * Where a clause with a subject of its own starts right after a name inside `phrase`: at a determiner, a
       * possessive or a subject pronoun before a verb ("Hearthline | its real value has fallen"); else -1. A name takes
       * no reduced relative clause, as a text does ("a speech Mrs. Clinton delivered").
       */
      function clauseAfterName([first, last]: [number, number]): number {
        for (let k = first + 1; k < last; k++) {
          const opensSubject = tokens[k]!.pos === 'DET' || words.has(lower(k), 'possessive') || words.has(lower(k), 'subject-pronoun');
          if (!opensSubject || !isNameAt(tokens, k - 1)) continue;
          return tokensBetween(k + 1, last + 1).some((token) => ['VERB', 'AUX'].includes(token.pos)) ? k : -1;
        }
        return -1;
      }

      /** "Pence: …", "WALLACE: …": a colon after a short name that opens the sentence, not a place, a time or a label. */
      function isHeadlineColon(t: number, begin: number): boolean {
        while (begin < t && tokens[begin]!.pos === 'PUNCT') begin++;
        if (lower(t) !== ':' || t === begin || t - begin > 3) return false;
        // "Central bank chief: …": a bare description of someone who speaks, no article, as headlines write it.
        const description = (isSpeaker(t - 1) || titleWords().has(lower(t - 1))) && tokensBetween(begin, t).every((token) => ['NOUN', 'PROPN', 'ADJ'].includes(token.pos));
        for (let n = begin; n < t && !description; n++) if (!isNameAt(tokens, n) && !(n === begin && tokens[n]!.pos === 'PROPN')) return false;
        const place = !!entityHolding(doc.entities, tokens[begin]!.start, tokens[t - 1]!.end, ['place']);
        const label = words.has(text.slice(tokens[begin]!.start, tokens[t - 1]!.end).toLowerCase(), 'editorial-label');
        return !place && !label && t + 1 < (doc.sentenceTokens[tokens[t]!.sentence]?.[1] ?? 0);
      }

      /** A headline as most articles open: a first sentence with no stop at its end. */
      function isHeadline(s: number): boolean {
        const sentence = doc.sentences[s];
        return s === 0 && !!sentence && !/[.!?"”’»]\s*$/.test(text.slice(sentence.start, sentence.end));
      }

      /** A headline: every word but the function words starts with a capital, and there are three of them. */
      function isTitleCase(s: number): boolean {
        let cached = titleCase[s];
        if (cached === undefined) {
          const [begin, end] = doc.sentenceTokens[s]!;
          let capitalised = 0;
          cached = true;
          for (let t = begin; t < end && cached; t++) {
            const token = tokens[t]!;
            if (!/^\p{L}/u.test(token.text)) continue;
            if (/^\p{Lu}/u.test(token.text)) capitalised++;
            else cached = ['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART'].includes(token.pos);
          }
          cached &&= capitalised >= 3;
          titleCase[s] = cached;
        }
        return cached;
      }

      /**
       * Whether phrases of a preposition from `t` ("in March", "after the last blaze at the camp") lead straight to a
       * verb with no subject of its own: "… in March will cost 400 jobs" (not "in a statement the plan would …").
       */
      function verbAfterPhrase(from: number, end: number): boolean {
        const { next, phrases } = pastPrepositionPhrases(tokens, from, end);
        // (Past adverbs: "grain declared for transit to other countries often ends up …".)
        return phrases > 0 && isFiniteVerbAt(pastAdverbsAfter(next, end), end);
      }

      /** An auxiliary or a verb that is no participle, outside quotes ("in a video posted/VERB on its website" modifies the noun). */
      function isFiniteVerbAt(t: number, end: number): boolean {
        const finite = tokens[t]?.pos === 'AUX' || (tokens[t]?.pos === 'VERB' && !/(?:ed|en|ing)$/.test(lower(t)));
        return t < end && finite && !inQuote(tokens[t]!);
      }

      /** Whether a noun phrase at `from`, and phrases of prepositions after it, lead to a finite verb: "the closures will". */
      function subjectThenVerbAt(from: number, end: number): boolean {
        const t = pastNounPhrase(tokens, from, end);
        return t > from && (verbAfterPhrase(t, end) || isFiniteVerbAt(t, end));
      }

      /** A headline's cue ends it ("…, Lindsey Graham Says.") or follows the name that opens it ("Obama Says …"). */
      function headlineCuePlace(first: number, last: number): boolean {
        const [begin, end] = doc.sentenceTokens[tokens[first]!.sentence]!;
        // Not the last word of a known name: "United States".
        for (let from = first - 1; from >= Math.max(begin, first - 2); from--) {
          if (doc.actors.byName.has(lookupKey(text.slice(tokens[from]!.start, tokens[first]!.end)))) return false;
        }
        if (last === lastWord(end)) return true;
        let t = first - 1;
        while (t >= begin && tokens[t]!.pos === 'PROPN') t--;
        return t < first - 1 && t < begin;
      }

      /** A cue form in a place where it acts as a verb of saying, not as a noun or a plain verb. */
      function isVerbalCue(first: number, last: number, form: CueForm, end: number): boolean {
        const token = tokens[first]!;
        const before = tokens[first - 1];
        // A capital inside a sentence makes a name of the word ("United States", "Press Notes"), but in a
        // headline every word has one ("Obama Says Museum Will Open").
        if (/^\p{Lu}/u.test(token.text) && !opensSentence(tokens, first) && !(isTitleCase(token.sentence) && headlineCuePlace(first, last))) return false;
        if (words.has(form.lemma, 'needs-hearer') && lower(last + 1) === ':') return false;
        if (words.has(form.lemma, 'adds-to') && addsTo(last, end)) return false;
        // After a determiner, a number or an adjective the form is a noun: "two questions", "the claims"
        // (a year is no number there: "who in 2010 said").
        // A quantifier that opens its clause is a subject of its own ("Many said …") when the form agrees
        // with it as a verb would: "some note", "one says"; a noun does not ("some claims", "one question").
        const bare = lower(first) === form.lemma;
        const presentS = isPresentS(first, form.lemma);
        const agrees = words.has(lower(first - 1), 'singular-partitive') ? !bare : !presentS;
        const clauseAfter = lower(last + 1) === 'that' || words.has(lower(last + 1), 'subject-pronoun');
        const partitive = (token.pos === 'VERB' || clauseAfter) && agrees && words.has(lower(first - 1), 'partitive') && opensClause(first - 1, doc.sentenceTokens[token.sentence]![0]);
        // A noun of the table read as an adjective is the subject: "The military/ADJ said".
        // (A number that ends a name is no modifier: "Central Hospital No. 2 said"; nor is one before a past
        // form, which no noun has: "The mother of three said", "Two said"; unless the form modifies a noun
        // after it: "2,000 sworn statements".)
        const pastForm = isPastForm(first, form.lemma);
        const beforeNoun = ['NOUN', 'PROPN'].includes(tokens[last + 1]?.pos ?? '') && !words.has(form.lemma, 'hearer-cue');
        const numberEndsSubject = before?.pos === 'NUM' && (isNameAt(tokens, first - 2) || /^no\.?$/.test(lower(first - 2)) || (pastForm && !beforeNoun));
        // (Nor is a text that speaks a tagger read as an adjective: "Ivana Trump's brief/ADJ said".)
        // (A past form after an adjective with no noun after it is a verb: "because the litigation is pending/ADJ told …".)
        // (So is one before a clause of its own: "because the grievance is pending/ADJ said members were …".)
        const beforeClause = beforeNoun && ['VERB', 'AUX'].includes(tokens[last + 2]?.pos ?? '');
        const pastAfterAdjective = before?.pos === 'ADJ' && pastForm && (!beforeNoun || beforeClause);
        // (Nor is the last word of a name, before "that": "The Association of Families of the Detained/ADJ estimates that …".)
        const nameEndsBefore = before?.pos === 'ADJ' && isNameAt(tokens, first - 1) && lower(last + 1) === 'that';
        const modifier = ['DET', 'NUM', 'ADJ'].includes(before?.pos ?? '') && !sourceHeads().has(lower(first - 1)) && !words.has(lower(first - 1), 'proxy') && !numberEndsSubject && !pastAfterAdjective && !nameEndsBefore;
        // (An -ing form after a preposition, an article and an adjective is the noun of the phrase: "told reporters at
        // the daily/ADJ briefing that …".)
        const nounOfPhrase = before?.pos === 'ADJ' && tokens[first - 2]?.pos === 'DET' && tokens[first - 3]?.pos === 'ADP' && lower(first).endsWith('ing');
        if (before && ((modifier && !isTemporal(first - 1) && !partitive) || isPossessiveAt(tokens, first - 1) || nounOfPhrase)) return false;
        // Nor does a bare form agree with a singular noun that "a" opens: "a phone call", "a one-word label"; nor a form
        // in -s with a bare noun right after a verb or a preposition, its modifier: "denied union claims that …".
        if (bare && !form.pastTense && before?.pos === 'NOUN' && !isPluralNoun(before) && opensWithIndefiniteArticle(first - 1)) return false;
        // (Not after a participle, "A committee representing depositors says", nor after a word that opens a clause: "as
        // regulator insists …" in a headline.)
        const objectBefore = (tokens[first - 2]?.pos === 'VERB' && !lower(first - 2).endsWith('ing')) || (tokens[first - 2]?.pos === 'ADP' && !words.has(lower(first - 2), 'subordinator'));
        if (presentS && before?.pos === 'NOUN' && /^\p{Ll}/u.test(before.text) && objectBefore) return false;
        // A past participle after an adverb that no subject comes before modifies the noun after it: "speeding,
        // overloading and poorly maintained vehicles".
        if (pastForm && before?.pos === 'ADV' && /ly$/.test(before.text) && tokens[last + 1]?.pos === 'NOUN' && ['CCONJ', 'PUNCT', 'DET', 'ADJ', 'ADP'].includes(tokens[first - 2]?.pos ?? '') &&
          !isQuoteMark(first - 2)) return false;
        // A form in -s the tagger reads as a noun, right after a verb, is its object: "was drafting rules/NOUN that …".
        if (presentS && token.pos === 'NOUN' && before?.pos === 'VERB' && !isNameAt(tokens, first - 1)) return false;
        const after = tokens[last + 1];
        const afterCommaOrQuote = !!before && commaOrClosingMark(before.text);
        const beforeContent = !!after && (after.text.toLowerCase() === 'that' || /^[:"“«„]$/.test(after.text));
        // "people reported missing by relatives", "two soldiers reported killed": a past participle after a noun,
        // with a word for a state after it, is a passive that modifies the noun.
        // (An -ing form whose phrase leads to a verb is the subject of a clause: "said signalling on the line had been
        // failing".)
        // (Nor after a relative word and its subject: "a contract that lawmakers said ballooned from …".)
        const clauseVerbAfter = (/ing$/.test(after?.text ?? '') && verbAfterPhrase(last + 2, end)) || subjectAfterRelative(first);
        const statedOfNoun = pastForm && ['NOUN', 'PROPN'].includes(before?.pos ?? '') &&
          ['ADJ', 'VERB'].includes(after?.pos ?? '') && /(?:ed|en|ing)$/.test(after?.text ?? '') && ['ADP', 'PUNCT', undefined].includes(tokens[last + 2]?.pos) && !clauseVerbAfter;
        // "The cuts announced in March will cost 400 jobs", "The figures reported on Monday were higher": a participle
        // after a noun of no one who speaks (a text may be one), with a phrase of a preposition and then the verb of
        // the sentence, is a passive that modifies the noun.
        // So is one with its agent after a noun that holds no figure: "a figure disputed by independent analysts" (not
        // "40 deaths reported by hospitals").
        // So, after a noun of anyone, is one with its agent before the verb of the sentence: "Insurers quoted by the
        // business daily Finansposten put the total at …".
        const agentOfNoun = pastForm && ['NOUN', 'PROPN'].includes(before?.pos ?? '') && lower(last + 1) === 'by';
        const thing = agentOfNoun ? nounPhraseBefore(tokens, first - 1, 0) : null;
        const figureless = !!thing && spansOverlapping(doc.quantities, tokens[thing[0]]!.start, tokens[thing[1]]!.end).length === 0;
        if (figureless && subjectThenVerbAt(last + 2, end)) return false;
        // So is one that ends a headline's clause, which drops its "is": "…, death toll disputed".
        const headlinePassive = isHeadline(token.sentence) && (last + 1 >= end || tokens[last + 1]!.pos === 'PUNCT');
        if (pastForm && before?.pos === 'NOUN' && !isSpeaker(first - 1) && !words.has(lower(first - 1), 'body') && (verbAfterPhrase(last + 1, end) || figureless || headlinePassive)) return false;
        // "the bill as written", "as reported earlier": a participle after "as" with no agent is no act of anyone's.
        const asParticiple = pastForm && lower(first - 1) === 'as' && lower(last + 1) !== 'by';
        if (statedOfNoun || asParticiple) return false;
        // A passive ("it was reported", "he has been called a liar") has no source unless an agent follows.
        // After the same verbs an -ing form is a progressive: "Trump is demanding …".
        const afterBe = words.has(lower(pastAdverbs(first - 1, 0)), 'be');
        const word = tokens[last]!.text.toLowerCase();
        if (afterBe && !word.endsWith('ing') && passiveAgentAt(last, form.cueClass, end) === null) return false;
        // So does a past form after a noun that a word of state follows: "several people reported missing were …".
        // (Not a word that modifies a noun after it, "villagers said dead fish had floated", nor the verb of a gap
        // with its object, "a campaign that prosecutors said killed at least 1,400 civilians".)
        const stateAfter = words.has(lower(last + 1), 'state-complement') && !['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(tokens[last + 2]?.pos ?? '') &&
          !opensFigure(last + 2);
        if (pastForm && ['NOUN', 'PROPN'].includes(before?.pos ?? '') && stateAfter) return false;
        // "Having said that, …" opens a clause with no subject of its own.
        if (lower(first - 1) === 'having' && opensClause(first - 1, doc.sentenceTokens[token.sentence]![0])) return false;
        // "a study published in …", "the letter written to …", "a survey of 2,000 adults published last month":
        // a participle after a text, or after the phrase of its noun, says how it came out (a past tense that is no
        // participle is the text's own act: "the paper wrote").
        if (words.has(form.lemma, 'issue-verb') && word !== form.lemma && /(?:ed|en|t)$/.test(word) && textBefore(first)) return false;
        // A verb right after a bare form, or after a form in -s the tagger reads as a noun, makes the form a
        // noun subject: "the police report showed …", "the vote tally doesn't …", "party rules/NOUN permit …"
        // (but "an attack Russia claims was …" is a reduced relative clause).
        // (A form in -s before an auxiliary is a noun whatever a tagger made of it, "Land disputes/VERB are …", but
        // not after a name or a pronoun inside the sentence: "an attack Russia claims was …", "which it says is …".)
        const nameBefore = (isNameAt(tokens, first - 1) || before?.pos === 'PRON') && !opensSentence(tokens, first - 1);
        const nounForm = bare || (presentS && ((token.pos === 'NOUN' && after?.pos === 'VERB') || (after?.pos === 'AUX' && !nameBefore)));
        // (After a relative pronoun and its subject the form is the verb of the clause: "who police say fired …",
        // "what the group says will be …".)
        if (nounForm && after && ['VERB', 'AUX'].includes(after.pos) && !isNameAt(tokens, last + 1) && !subjectAfterRelative(first)) return false;
        // So does one a tagger read as a noun before nouns and their verb: "…, state/NOUN fire officials said".
        let nounsEnd = last + 1;
        while (tokens[nounsEnd]?.pos === 'NOUN') nounsEnd++;
        if (bare && token.pos === 'NOUN' && nounsEnd > last + 1 && ['VERB', 'AUX'].includes(tokens[nounsEnd]?.pos ?? '')) return false;
        if (form.cueClass === 'characterize' || form.cueClass === 'name' || form.cueClass === 'evaluate') return complementAt(last, end, form.cueClass);
        if (putsFigure(form.cueClass)) {
          // (The figure after "at" when there is one: "put the population of the three districts at 22 percent".)
          const figures = spansStartingIn(doc.quantities, tokens[last]!.end, tokens[end - 1]!.end);
          const atFigure = (q: Span) => /\bat\W*$/i.test(text.slice(tokens[last]!.end, q.start));
          const figure = (form.cueClass === 'figure-at' && figures.find(atFigure)) || figures[0];
          // The figure is the cue's object, with no verb of another clause before it ("proposing projects like
          // building 300 bridges"); a participle after a noun modifies it ("the number of people killed").
          const before = figure ? tokensBetween(last + 1, end).filter((t) => t.start < figure.start) : [];
          // ("at" right before the figure is proof enough: "put the number of violations since the truce took effect at 2,300").
          // A participle that opens the object modifies its noun: "estimated insured losses at $9 billion".
          const opensObject = (k: number) => k === 0 && /(?:ed|en)$/.test(lower(last + 1)) && ['NOUN', 'PROPN'].includes(tokens[last + 2]?.pos ?? '');
          const verbBefore = form.cueClass !== 'figure-at' && before.some((t, k) => ['VERB', 'AUX'].includes(t.pos) && !isParticipleOfNoun(last + 1 + k) && !opensObject(k));
          // A revision changes a figure named as one: "raised the death toll to 41", not "raised $2 million".
          const revises = form.cueClass !== 'revision' || before.some((t) => words.has(t.text, 'figure-noun'));
          // "put the death toll at 10", "as high as 90", "closer to 11,000" or a poll's "put Lindqvist ahead 46 percent to
          // 45", not "put 4,000 jobs at risk" (attribution-words.txt, class figure-lead).
          // (An adverb may stand between: "put the figure at just 2.7 million euros".)
          const unquoted = before.filter((t) => !/^["“”'«»]$/.test(t.text));
          const lead = unquoted.slice(-2).map((t) => t.text.toLowerCase()).join(' ');
          const lastBefore = unquoted.filter((t) => t.pos !== 'ADV').at(-1)?.text.toLowerCase() ?? '';
          const at = form.cueClass !== 'figure-at' || [lastBefore, lead, unquoted.at(-1)?.text.toLowerCase() ?? ''].some((phrase) => words.has(phrase, 'figure-lead')) ||
            (!!figure && /^as\s/i.test(text.slice(figure.start, figure.end)));
          return !!figure && !verbBefore && revises && at;
        }
        // A quote after a colon or a comma, or before the cue: "she continued: “…”", "“…,” he went on"; not
        // "would continue “until …”".
        const afterItsQuote = () => afterQuote(first) && isClauseEnd(last + 1);
        if (form.cueClass === 'quote') return lower(last + 1) === ':' || (lower(last + 1) === ',' && isQuoteMark(last + 2)) || afterItsQuote();
        // "The indictment charges that …", not "charged him with fraud" nor "charge 2,000 euros".
        // So is a parenthesis of "as": "as Mr. Bown observed, …".
        const asAside = () => (lower(last + 1) === ',' || isClauseEnd(last + 1)) &&
          [2, 3, 4, 5].some((back) => lower(first - back) === 'as' && tokensBetween(first - back + 1, first).every((t) => ['DET', 'NOUN', 'PROPN', 'PRON'].includes(t.pos) || t.text === '.'));
        if (form.cueClass === 'that') return lower(last + 1) === 'that' || opensQuote(last + 1) || afterItsQuote() || asAside();
        if (afterBe) return true;
        // Otherwise an -ing form is a participle of its own after a comma ("…, saying …"), and after a
        // preposition or its speaker when a content opens after it ("by telling them that …", "footage of the mayor
        // saying, “…”"); elsewhere it modifies a noun ("taxpayers reporting gains").
        if (word.endsWith('ing')) {
          // "keeps saying the vote was rigged": the form goes on from a verb of its subject's.
          if (gerundLeadAt(first - 1, doc.sentenceTokens[token.sentence]![0]) >= 0) return opensContent(last + 1, form.lemma, end, true);
          const kind = participleKind(first);
          // "with officials confirming nine bodies recovered (and survivors saying …)": the speaker of an absolute
          // phrase of "with".
          const speaker = participleSpeaker(first, doc.sentenceTokens[token.sentence]![0]);
          let opener = speaker ? speaker[0] - 1 : -1;
          while (opener > 0 && opener > first - 15 && !/^(?:with|,)$/.test(lower(opener))) opener--;
          const absolute = !!speaker && lower(opener) === 'with';
          // (A text says what follows it as a clause would: "issued a statement saying 40 people died".)
          const text = !!speaker && words.has(lower(speaker[1]), 'proxy');
          // (The content may open past a phrase of a preposition: "with Justice Norbu arguing in a dissent that …"; not
          // a relative clause there: "families living in homes that flooded".)
          const past = pastPrepositionPhrases(tokens, last + 1, end);
          const thatPastPhrase = past.phrases === 1 && lower(past.next) === 'that' && !relativeThatAt(past.next, end);
          return afterCommaOrQuote || (!!kind && (opensContent(last + 1, form.lemma, end, kind === 'clause' || absolute || text) || thatPastPhrase));
        }
        // A bare form follows a plural subject, an auxiliary or a catenative verb ("officials say", "police say",
        // "Smith and Jones say", "will tell", "continues to insist"), or is a verb that a clause follows ("they
        // say that …", "say he …"); after a singular noun it is a noun ("a lunch counter").
        if (form.words.join(' ') === form.lemma) {
          const subject = pastAdverbs(first - 1, -1);
          const s = tokens[subject];
          if (!s) return false;
          // The head may stand before a phrase of its own: "advisers to the governor say".
          const phrase = nounPhraseBefore(tokens, subject, doc.sentenceTokens[token.sentence]![0]);
          const whole = phrase && withPrepositions(phrase, doc.sentenceTokens[token.sentence]![0]);
          const head = whole && whole[0] < phrase[0] ? tokens[headOf(whole)] : undefined;
          const plural = isPluralNoun(s) || (!!head && isPluralNoun(head));
          // "the following comment:" is a noun phrase: a singular word after a determiner is no subject.
          const clauseFollows = token.pos === 'VERB' && (beforeContent || (!!after && words.has(after.text, 'subject-pronoun'))) && tokens[subject - 1]?.pos !== 'DET';
          const catenative = s.text === 'to' && catenativeAt(subject - 1, doc.sentenceTokens[token.sentence]![0]) >= 0;
          // "…, say rights groups": after a comma or a quote, with its subject after it to the clause's end.
          const invertedSubject = afterCommaOrQuote ? nounPhraseAfter(tokens, last + 1, end) : null;
          const inverted = !!invertedSubject && isClauseEnd(invertedSubject[1] + 1) && canSpeak(headOf(invertedSubject));
          // A bare form that is a past tense too follows any subject before its object: "the department forecast a
          // deficit of …", "the service forecast 250 millimetres".
          const past = !!form.pastTense && ['NOUN', 'PROPN'].includes(s.pos) && (['DET', 'NUM'].includes(after?.pos ?? '') || beforeContent);
          return s.pos === 'PRON' || words.has(s.text, 'auxiliary') || words.has(s.text, 'partitive') || plural || isCoordinatedName(subject) || clauseFollows || catenative || inverted || past;
        }
        // "Russia claims …", "the BBC reports.", "…, the report states.": a verb form that taggers often read as a
        // plural noun, after a name, or after a subject that follows a comma and before the end of the clause.
        // ("Republican demands for additional cuts": one before "for" or "of" is a noun.)
        const afterNamedSubject = !!before && (isNameAt(tokens, first - 1) || before.pos === 'PRON') && /s$/.test(token.text) && !['for', 'of'].includes(lower(last + 1));
        const subject = presentS && isClauseEnd(last + 1) ? nounPhraseBefore(tokens, first - 1, doc.sentenceTokens[token.sentence]![0]) : null;
        const closing = !!subject && commaOrClosingMark(lower(subject[0] - 1));
        // (A past form a tagger read as an adjective, between the end of a subject and its object, is a verb: "The
        // minister informed/ADJ the Assembly that …", "a volunteer who asked not to be identified said/ADJ dozens …".)
        const pastOfSpeaker = token.pos === 'ADJ' && pastForm && !!before && !['DET', 'ADJ', 'ADP', 'NUM', 'ADV'].includes(before.pos) && !isPossessiveAt(tokens, first - 1) &&
          ['DET', 'PROPN', 'PRON', 'NOUN', 'NUM'].includes(after?.pos ?? '');
        // (So is a form in -s after a relative word and its subject, with its object gone before: "arrears that the
        // company estimates/NOUN at more than 62 billion tenge".)
        const relativeGap = presentS && subjectAfterRelative(first) && !['NOUN', 'PROPN', 'VERB', 'AUX'].includes(after?.pos ?? '');
        // (So is one after a singular noun that speaks, before a clause that opens with a determiner: "The council
        // estimates/NOUN the closures will save …".)
        const afterSingularSpeaker = presentS && before?.pos === 'NOUN' && !isPluralNoun(before) && canSpeak(first - 1);
        const clauseOfSpeaker = afterSingularSpeaker && ['DET', 'PRON'].includes(after?.pos ?? '') && subjectThenVerbAt(last + 1, end);
        // (Or before a figure: "The ministry reports/NOUN 300 deaths", a headline's "as morgue reports/NOUN hundreds of
        // bodies"; or a claim before its infinitive: "The group claims/NOUN to have 12,000 fighters".)
        const claimedInfinitive = words.has(form.lemma, 'infinitive-claim') && lower(last + 1) === 'to' && ['VERB', 'AUX'].includes(tokens[last + 2]?.pos ?? '');
        const figureOfSpeaker = afterSingularSpeaker && !!after && (spansStartingIn(doc.quantities, after.start, after.end).length > 0 || claimedInfinitive);
        return token.pos === 'VERB' || afterCommaOrQuote || beforeContent || afterNamedSubject || closing || pastOfSpeaker || relativeGap || clauseOfSpeaker || figureOfSpeaker;
      }

      /** Whether a text's noun ends a phrase of nouns and prepositions right before `t` ("a survey of 2,000 adults"). */
      function textBefore(t: number): boolean {
        for (let k = t - 1; k >= 0 && k >= t - 6 && tokens[k]!.sentence === tokens[t]!.sentence; k--) {
          if (words.has(lower(k), 'proxy')) return true;
          if (!['NOUN', 'PROPN', 'NUM', 'DET', 'ADJ', 'ADP'].includes(tokens[k]!.pos)) return false;
        }
        return false;
      }

      /** A quote opening at `open` that names something: after "the", or words that read as a name. */
      function isNicknameAt(open: number): boolean {
        let close = open + 1;
        while (close < tokens.length && inQuote(tokens[close]!)) close++;
        const inside = tokensBetween(open + 1, close).filter((token) => token.pos !== 'PUNCT').map((token) => token.text);
        // (In a headline every word has a capital: "Christie Calls Clinton ‘A Disgrace’", but "the Kettle" is a name.)
        return lower(open - 1) === 'the' || (namesSomething(inside) && (inside[0] === 'the' || !isTitleCase(tokens[open]!.sentence)));
      }

      /**
       * Whether a cue of characterizing says what its object is: a quote before any other verb ("called him
       * “a genius”", "what she calls a “war of words”"); "as …" there ("what CENTCOM has characterized as …",
       * "described the attack as a war crime"); for a cue of naming, "as" or a noun phrase or an adjective
       * right after the object ("branded them as traitors", "called the strike a war crime", "branded the
       * charges false"); for a cue of judging, "as …" only ("derided the deal as toothless", not "attacked
       * “the hateful ideology”"). A plain object says nothing: "called the police", "called a meeting as tensions rose".
       */
      function complementAt(last: number, end: number, cueClass: 'characterize' | 'name' | 'evaluate'): boolean {
        // "called for a ceasefire", "called on both sides": a phrasal verb, no naming; "a group calling itself
        // “BlackHarrow”" gives its name, not a view (as "called himself a victim" does).
        let nameAt = isQuoteMark(last + 2) ? last + 3 : last + 2;
        if (lower(nameAt) === 'the') nameAt++;
        const ownName = words.has(lower(last + 1), 'reflexive') && isNameAt(tokens, nameAt);
        if (cueClass === 'name' && ((tokens[last + 1]?.pos === 'ADP' && lower(last + 1) !== 'as') || ownName)) return false;
        // "as" opens what the object is, not a clause with a subject of its own: "called an election as
        // protests grew" ("described it as essential to keep …" is no clause).
        const asPhrase = (t: number) => {
          // (Nor is a comparison: "attacked allies as well as adversaries".)
          if (lower(t) !== 'as' || lower(t + 2) === 'as' || lower(t - 2) === 'as') return false;
          // (A quote after it is what the object is called, whatever its words: "dismissed the offer as “a pay cut dressed up as …”".)
          if (opensQuote(t + 1)) return true;
          for (let k = t + 2; k < end && k <= t + 4; k++) {
            const subject = ['NOUN', 'PROPN', 'PRON'].includes(tokens[k - 1]!.pos) && !words.has(lower(k - 1), 'relative');
            if (['VERB', 'AUX'].includes(tokens[k]!.pos) && subject) return false;
          }
          return true;
        };
        // The verb of an infinitive after the object's noun: "described the plan to close the hospital as short-sighted".
        let infinitive = -1;
        for (let t = last + 1; t < end && t < last + 15 && lower(t) !== ';'; t++) {
          // (A quoted word before a noun modifies it: "condemned the “barbaric” attack"; a name in quotes after a
          // cue of naming is a nickname, no view: "call the complex “the Kettle”", "dubbed the “snoopers' law”";
          // a quote right after an infinitive's verb is that verb's object: "called a meeting to announce “…”"; one
          // that opens with a preposition says how: "condemned the takeover “in the strongest terms”".)
          if (cueClass !== 'evaluate' && opensQuote(t) && !inQuote(tokens[t]!) && !(cueClass === 'characterize' && modifiesNoun(t + 1, end))) {
            return !(cueClass === 'name' && isNicknameAt(t)) && t !== infinitive + 1 && tokens[t + 1]?.pos !== 'ADP';
          }
          if (cueClass !== 'name' && asPhrase(t)) return true;
          if (tokens[t]!.pos === 'VERB' && lower(t - 1) === 'to' && ['NOUN', 'PROPN'].includes(tokens[t - 2]?.pos ?? '')) {
            infinitive = t;
            continue;
          }
          // A participle inside a compound ("so-called"), a word of a name ("Miss/VERB Universe") or one before a
          // noun ("the culling methods") is no verb of a clause; nor is a bare form before "as" after a noun, the
          // object's own noun ("described the 18-month purge/VERB as …").
          const bareNoun = lower(t + 1) === 'as' && tokens[t]!.lemma === lower(t) && ['NOUN', 'ADJ'].includes(tokens[t - 1]!.pos);
          if (['VERB', 'AUX'].includes(tokens[t]!.pos) && lower(t - 1) !== '-' && !isNameAt(tokens, t) && !isParticipleModifier(t) && !bareNoun) break;
        }
        if (cueClass !== 'name') return false;
        // "what opposition leaders call a stolen election", "a toll that officials called conservative": the
        // object is "what" or the relative's noun, before the subject.
        const objectBefore = (t: number) => words.has(lower(t), 'free-relative') || (words.has(lower(t), 'relative') && ['NOUN', 'PROPN'].includes(tokens[t - 1]?.pos ?? ''));
        let subject = pastAdverbs(last - 1, 0);
        while (subject > 0 && subject > last - 6 && (['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'AUX'].includes(tokens[subject]!.pos) || isPossessiveAt(tokens, subject)) && !objectBefore(subject)) subject--;
        if (objectBefore(subject) && subject < last - 1 && ['DET', 'ADJ', 'NOUN'].includes(tokens[last + 1]?.pos ?? '')) return true;
        const object = nounObjectEnd(last + 1, end);
        const named = tokens[object];
        return asPhrase(last + 1) || (object > last + 1 && !!named && (asPhrase(object) || named.pos === 'ADJ' || (named.pos === 'DET' && lower(object) !== 'that')));
      }

      /**
       * Where the object of a verb that starts at `from` ends: after a pronoun, or a noun phrase with up to
       * two phrases of a preposition or "and" ("her vote in favor of the war", "the citation and the demand").
       * `from` when there is none.
       */
      function nounObjectEnd(from: number, end: number): number {
        if (tokens[from]?.pos === 'PRON' && !words.has(lower(from), 'possessive')) return from + 1;
        let t = from;
        for (let phrases = 0; phrases < 3 && t < end; phrases++) {
          const start = t;
          if (phrases > 0) {
            if (!(tokens[t]!.pos === 'ADP' || lower(t) === 'and') || lower(t) === 'as') break;
            t++;
          }
          if (tokens[t]?.pos === 'DET' || words.has(lower(t), 'possessive')) t++;
          while (t < end && ['ADJ', 'NUM', 'ADV'].includes(tokens[t]!.pos)) t++;
          const nouns = t;
          // (Modifiers after a possessor are words of the phrase: "Brennick's chief executive".)
          while (t < end && (['NOUN', 'PROPN'].includes(tokens[t]!.pos) || isPossessiveAt(tokens, t) || (isPossessiveAt(tokens, t - 1) && ['ADJ', 'NUM'].includes(tokens[t]!.pos)))) t++;
          if (t === nouns) return start;
        }
        return t;
      }

      /** The present form in -s of a cue ("says", "points out"): it agrees with a singular subject only. */
      function isPresentS(first: number, lemma: string): boolean {
        return lower(first) !== lemma && /s$/.test(lower(first));
      }

      /** A form of the cue's lemma at `t` that is neither the bare form nor the one in -s: "said", "told", "saying". */
      function isPastForm(t: number, lemma: string): boolean {
        return lower(t) !== lemma && !isPresentS(t, lemma);
      }

      /**
       * How an -ing form of a cue hangs on its sentence: after a comma or a preposition it goes on from a
       * clause and takes its subject ("…, saying …", "by telling them …"; "without saying" says nothing);
       * right after a speaker it is that speaker's ("footage of the mayor saying …").
       */
      function participleKind(first: number): 'clause' | 'speaker' | null {
        if (!/ing$/.test(lower(first))) return null;
        // A comma, or one inside the closing mark of a quote before it (“…,” adding …).
        const comma = lower(first - 1) === ',' || (isQuoteMark(first - 1) && lower(first - 2) === ',');
        if (comma || words.has(lower(first - 1), 'gerund-preposition')) return 'clause';
        const speaker = speakerEndBefore(first);
        return first > 0 && tokens[speaker]!.pos !== 'PRON' && !isTemporal(speaker) && canSpeak(speaker) ? 'speaker' : null;
      }

      /**
       * Where the speaker of a participle ends: right before it, or at a text before a time or a phrase of a
       * preposition ("issued a statement on Friday saying", "sent a letter to residents saying"; not "of":
       * "footage of the mayor saying").
       */
      function speakerEndBefore(first: number): number {
        const text = isTemporal(first - 1) ? beforeTemporal(first - 1, 0) : -1;
        if (text >= 0 && words.has(lower(text), 'proxy')) return text;
        const preposition = (nounPhraseBefore(tokens, first - 1, 0)?.[0] ?? 0) - 1;
        return preposition > 0 && tokens[preposition]!.pos === 'ADP' && lower(preposition) !== 'of' && words.has(lower(preposition - 1), 'proxy') ? preposition - 1 : first - 1;
      }

      /** The speaker of a participle with its own content: "a lawyer representing the family said", "issued a statement saying". */
      function participleSpeaker(first: number, floor: number): [number, number] | null {
        return participleKind(first) === 'speaker' ? nounPhraseBefore(tokens, speakerEndBefore(first), floor) : null;
      }

      /**
       * A content opens at `t`, past the hearer of a cue that has one: "that", a quote, a colon or a subject
       * pronoun; with `subjectPhrase`, also a noun phrase that a verb follows ("by saying the plan was
       * final", not "by telling the truth" or "by adding two towns to the district").
       */
      function opensContent(t: number, lemma: string, end: number, subjectPhrase: boolean): boolean {
        if (words.has(lemma, 'hearer-cue')) t = skipHearer(t, end);
        if (lower(t) === 'that' || lower(t) === ':' || opensQuote(t) || words.has(lower(t), 'subject-pronoun') || quoteAfterPreamble(t, end) !== null) return true;
        const figure = opensFigure(t);
        if (!subjectPhrase || !(['DET', 'NUM', 'ADJ'].includes(tokens[t]?.pos ?? '') || figure || words.has(lower(t), 'possessive'))) return false;
        return chargesObject(t, lemma, end) || ['VERB', 'AUX'].includes(tokens[nounPhraseEnd(t + 1, end)]?.pos ?? '');
      }

      /** Where the words of a noun phrase that begins at `t` end: past determiners, adjectives, nouns and numbers. */
      function nounPhraseEnd(t: number, end: number): number {
        while (t < end && (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[t]!.pos) || isPossessiveAt(tokens, t))) t++;
        return t;
      }

      /** "accusing the department of incompetence", "blaming the army for the blast": a cue of charging says what its object did. */
      function chargesObject(t: number, lemma: string, end: number): boolean {
        const preposition = words.has(lemma, 'charge-of-cue') ? 'of' : words.has(lemma, 'charge-for-cue') ? 'for' : null;
        const after = preposition ? nounPhraseEnd(t, end) : t;
        return after > t && lower(after) === preposition;
      }

      /** The last name of "Smith and Jones", "Mr. Grassley and Mr. Leahy": a subject of two or more. */
      function isCoordinatedName(last: number): boolean {
        let t = last;
        while (t > 0 && isNameAt(tokens, t)) t--;
        return t < last && lower(t) === 'and' && isNameAt(tokens, t - 1);
      }

      function makeAttribution(cue: CueMatch, following: CueMatch[], begin: number, end: number, s: number, earlier: AttributionMention[]): AttributionMention | null {
        const next = following[0];
        const afterStart = cue.last + 1;
        const citedThat = citationBeforeThat(afterStart, next, end);
        // A cue inside a noun phrase ends no clause ("an injunction ordering workers back"); a later one may
        // (", ruling that …").
        let contentEnd = end;
        for (let f = 0; citedThat === null && f < following.length && contentEnd === end; f++) contentEnd = clauseEnd(afterStart, following[f], end);
        let cueFirst = cue.first;
        let sourceSpan: [number, number] | null;
        let content: Span | null;

        if (cue.cueClass === 'noun') {
          const possessor = subjectCore(cue.first - 2, begin);
          return possessor && finishWithSource(cue, cueFirst, possessor, spanOfTokens(cue.last + 2, contentEnd), s);
        }
        if (cue.cueClass === 'signature') return finishWithSource(cue, cueFirst, [cue.first + 1, lastWord(end)], spanOfTokens(begin, cue.first), s);
        if (cue.cueClass === 'headline') return finishWithSource(cue, cueFirst, [begin, cue.first - 1], spanOfTokens(afterStart, end), s);

        if (cue.cueClass === 'source-after' || cue.cueClass === 'source-after-clause') {
          const phrase = nounPhraseAfter(tokens, cue.last + 1, end);
          if (!phrase) return null;
          // "according to Hearthline its real value has fallen …": with no comma, a clause of its own after the name is
          // what the source says.
          const clause = cue.cueClass === 'source-after' ? clauseAfterName(phrase) : -1;
          if (clause >= 0) return finishWithSource(cue, cueFirst, [phrase[0], clause - 1], spanOfTokens(clause, end), s);
          phrase[1] = withBracketTag(phrase[1], end);
          sourceSpan = issuerOf(phrase);
          // "…, citing her record on housing": what is cited is the grounds, a plain object, and no attribution
          // of the clause's subject either; only someone who speaks is a source ("citing two officials", "citing
          // a statement from the ministry").
          if (cue.cueClass === 'source-after-clause' && !isSpeaker(headOf(sourceSpan))) return null;
          // "proceed according to rules adopted in January", "according to plan": a norm says nothing.
          if (cue.cueClass === 'source-after' && words.has(tokens[headOf(sourceSpan)]!.lemma, 'norm')) return null;
          // "according to statement from U.S. Central Command", its article dropped, has the issuer for source; with an
          // article, or for a plural or a mass noun, the text's phrase is the source as written ("according to a
          // statement from the ministry", "according to figures from the health ministry"), and the issuer names it.
          const proxy = sourceSpan[0] - 2;
          if (proxy >= phrase[0] && ['from', 'by'].includes(lower(proxy + 1))) {
            const plural = isPluralNoun(tokens[proxy]!) || hasPluralEnding(lower(proxy)); // (whatever a tagger made of it: "figures/VERB")
            if (proxy > phrase[0] || plural || words.has(lower(proxy), 'mass-noun')) sourceSpan = [phrase[0], sourceSpan[1]];
          }
          const atStart = tokensBetween(begin, cue.first).every((t) => t.pos === 'PUNCT');
          if (atStart && cue.cueClass === 'source-after-clause') return null;
          // "X reported, citing Y, that …", "X, citing Y, said …": the citation is an aside of X's cue, which
          // takes the content.
          // So it is before the verb of its subject's clause: "State television, citing security sources, named him as …".
          const verbAfter = ['VERB', 'AUX'].includes(tokens[phrase[1] + 2]?.pos ?? '') && !lower(phrase[1] + 2).endsWith('ing');
          const aside = lower(phrase[1] + 1) === ',' && (lower(phrase[1] + 2) === 'that' || (!!next && next.first <= phrase[1] + 4) || verbAfter);
          if (cue.cueClass === 'source-after-clause' && aside) return null;
          // "According to X, Y said …": the content is all the rest, another cue's clause with it; "…,
          // according to X, a fellow at Y.": the description belongs to X.
          if (!atStart) sourceSpan = withDescription(sourceSpan, next, end) ?? sourceSpan;
          // "According to the hospital's director, Dr. Naveed Shah, 41 …": a name in apposition after a description
          // is the source's own.
          const name = atStart && !isNameAt(tokens, headOf(sourceSpan)) ? nameBetweenCommas(sourceSpan[1] + 1, end) : null;
          if (name) sourceSpan = [sourceSpan[0], name[1]];
          // (It ends before a clause of another source's after a comma and a conjunction: "According to X, the
          // closure will cost …, and its officer, Priya Marsh, warned …".)
          const conjunction = next ? conjunctionOfClause(sourceSpan[1] + 1, next.first) : -1;
          content = atStart ? spanOfTokens(skipAppositive(sourceSpan[1] + 1, end), conjunction >= 0 ? conjunction - 1 : end) : spanOfTokens(begin, cue.first);
          return content && finishWithSource(cue, cueFirst, sourceSpan, content, s);
        }

        // "was reported by X", "was later confirmed by X"; not "was quoted as saying by X", where X only carried
        // the words of the subject.
        const by = passiveAgentAt(cue.last, cue.cueClass, end);
        const t = beforeAuxiliaries(cue.first, begin);
        // "have not said whether …", "never said …", "could not be confirmed by the AP": a cue denied
        // communicates nothing.
        if (tokensBetween(t + 1, cue.first).some((token) => words.has(token.text, 'negation'))) return null;
        const be = pastAdverbs(cue.first - 1, begin);
        if (by !== null && words.has(lower(be), 'be') && cue.first === cue.last) return passive(cue, cueFirst, be, by, begin, end, contentEnd, s);
        // "has said", "had previously said", "is once again questioning": the auxiliary of the perfect or the
        // progressive belongs to the cue, as does a catenative verb ("continues to insist").
        const progressive = lower(cue.first).endsWith('ing');
        for (let k = t + 1; k < cue.first; k++) {
          if (/^ha(s|ve|d)$/.test(lower(k)) || (progressive && words.has(lower(k), 'be')) || (lower(cue.first - 1) === 'to' && k === catenativeAt(cue.first - 2, begin)) || (progressive && k === gerundLeadAt(cue.first - 1, begin))) {
            cueFirst = k;
            break;
          }
        }
        const participle = participleKind(cueFirst);
        if (participle === 'speaker') {
          const speaker = participleSpeaker(cueFirst, begin);
          return speaker && finishWithSource(cue, cueFirst, speaker, contentAfterCue(cue, contentEnd, end, s, null), s, speaker && issuerBefore(speaker, begin));
        }
        // A cue that goes on from the clause before takes its source: "…, saying …", "… and added …". It
        // hangs on the main clause, not on a relative clause inside it ("… an architect who said …, saying …"),
        // as after a subordinator ("while chanting, “…”"); after a preposition, on the nearest verb ("… where
        // he testified about the pills and for saying …").
        const conjunction = conjunctionBeforeAdjunct(t, begin);
        if (participle === 'clause' || conjunction >= 0) {
          content = contentAfterCue(cue, contentEnd, end, s, null);
          if (!content) return null;
          if (words.has(lower(cueFirst - 1), 'gerund-preposition') && !words.has(lower(cueFirst - 1), 'subordinator')) {
            const subject = nearestSubject(begin, cueFirst - 1);
            return subject && finishWithSource(cue, cueFirst, subject, content, s);
          }
          // "…, a figure the company disputed, putting the number at 900": after a relative clause with no relative
          // word, the participle goes on from that clause's verb and takes its subject.
          const gapSubject = lower(t) === ',' && tokens[t - 1]?.pos === 'VERB' ? nounPhraseBefore(tokens, beforeAuxiliaries(t - 1, begin), begin) : null;
          if (gapSubject && tokens[gapSubject[0] - 1]?.pos === 'NOUN' && canSpeak(headOf(gapSubject))) return finishWithSource(cue, cueFirst, gapSubject, content, s);
          const host = earlier.findLast((mention) => !words.has(mention.source.text, 'relative-pronoun'));
          // A participle after a clause of its own that sets another speaker against the host takes that clause's
          // subject: "The agency said seven had died, but a local official gave a higher toll, telling …".
          const contrasted = host && participle ? nearestSubject(begin, cueFirst - 1) : null;
          if (contrasted && lower(contrasted[0] - 2) === ',' && lower(contrasted[0] - 1) !== 'and' && words.has(lower(contrasted[0] - 1), 'clause-break') &&
            tokens[contrasted[0]]!.start > host!.cue.end && canSpeak(headOf(contrasted))) return finishWithSource(cue, cueFirst, contrasted, content, s);
          // "… described Clinton as a “disgrace” after she attacked the police and blamed …": a clause of its own
          // after what the host said has the subject of the verb "and" goes on from.
          // (Not a subject of a clause of comparison or time inside the host's: "reported a loss, far worse than analysts
          // had expected, and said …".)
          const nearest = host && (conjunction >= 0 || lower(t) !== ',') && !participle ? nearestSubject(begin, conjunction >= 0 ? conjunction : cueFirst - 1) : null;
          // (The word that opens its clause may stand before the whole phrase: "as customers in China and South Korea postponed orders".)
          let opener = nearest ? nearest[0] - 1 : -1;
          while (opener > begin && !['VERB', 'AUX', 'SCONJ'].includes(tokens[opener]!.pos) && !['than', 'as', ','].includes(lower(opener))) opener--;
          const subordinate = opener >= begin && (tokens[opener]!.pos === 'SCONJ' || ['than', 'as'].includes(lower(opener)));
          // (Nor one that cannot speak: "reported nine deaths, including a family killed when a wall collapsed, and said …".)
          const own = subordinate || (nearest && !canSpeak(headOf(nearest))) ? null : nearest;
          if (own && tokens[own[0]]!.start >= host!.content.end && tokens[own[0]]!.start >= host!.source.end) return finishWithSource(cue, cueFirst, own, content, s);
          if (host) return finish(cue, cueFirst, host.source, { name: host.source.name, kind: host.source.kind, entity: null }, content, s, host.source.entityId);
          let subject = mainClauseSubject(begin, cueFirst);
          // (A main subject that cannot speak leaves the participle to the nearest subject that can: "Talks broke down
          // after the army delegation walked out, saying …".)
          const speaker = subject && tokens[headOf(subject)]!.pos === 'NOUN' && !canSpeak(headOf(subject)) ? nearestSubject(begin, cueFirst - 1) : null;
          if (speaker && speaker[0] > subject![0] && canSpeak(headOf(speaker))) subject = speaker;
          return subject && finishWithSource(cue, cueFirst, subject, content, s);
        }

        // A headline joins its predicates with a comma: "Opposition rejects early results, claims vote was rigged".
        if (lower(t) === ',' && t > begin && isHeadline(s) && cue.first === t + 1) {
          const subject = mainClauseSubject(begin, t);
          content = subject && contentAfterCue(cue, contentEnd, end, s, null);
          if (subject && content) return finishWithSource(cue, cueFirst, subject, content, s);
        }
        // (A cue that puts a figure is never written "…, put X": what follows it is its object.)
        const inverted = words.has(cue.lemma, 'not-inverted') || putsFigure(cue.cueClass) ? null : invertedSource(cue, next, begin, end);
        if (inverted) return finishWithSource(cue, cueFirst, inverted, spanOfTokens(begin, cue.first), s);
        const opening = t < begin ? sourceAfterOpeningCue(cue, end) : null;
        if (opening) return finishWithSource(cue, cueFirst, opening, spanOfTokens(opening[1] + 2, end), s);

        if (t < begin) return null;
        sourceSpan = subjectBefore(t, begin);
        // Before the verb of a reduced relative clause with no relative word, a phrase that runs back over the noun
        // before the plural to an article, a preposition or a verb holds the clause's antecedent, and the subject is
        // the plural alone: "the threshold health experts say is needed", a headline's "… in scheme prosecutors say
        // took $40 million"; not "a step administration officials said would save …".
        const holdsAntecedent = (phrase: [number, number]) => phrase[0] < t - 1 && !words.has(lower(phrase[0] - 1), 'relative') &&
          (['a', 'an', 'the'].includes(lower(phrase[0])) || tokens[t - 2]?.pos === 'ADP' || tokensBetween(phrase[0], t).some((token) => token.pos === 'VERB'));
        if (sourceSpan && speakersAfterNounAt(t) && holdsAntecedent(sourceSpan) && ['VERB', 'AUX'].includes(tokens[cue.last + 1]?.pos ?? '')) sourceSpan = [t, t];
        if (!sourceSpan) return null;
        // A present form in -s does not agree with a plural noun alone before it: the subject is a longer
        // phrase ("the wave of arrests and protests demands …").
        const plural = sourceSpan[1] === t && tokens[t]!.pos === 'NOUN' && isPluralNoun(tokens[t]!);
        // (Nor does a phrase of a preposition or a participle end with the subject: "A committee representing depositors says …".)
        if (plural && isPresentS(cue.first, cue.lemma) && !tokensBetween(sourceSpan[0], t).some((token) => token.pos === 'ADP' || (token.pos === 'VERB' && token.text.endsWith('ing')))) return null;
        // (So is a clause of a relative pronoun before the source: "The man, who police say fired 12 shots, was …".)
        const relativeBefore = isRelativePronounAt(sourceSpan[0] - 1) && lower(sourceSpan[0] - 2) === ',';
        if ((isRelativePronounAt(sourceSpan[0]) && lower(sourceSpan[0] - 1) === ',') || relativeBefore) contentEnd = relativeClauseEnd(cue.last + 1, contentEnd);
        const attached = asClauseContent(sourceSpan[0] - 1, cue.last + 1, begin, end);
        if (attached) return finishWithSource(cue, cueFirst, sourceSpan, attached, s);
        if (cue.cueClass === 'as-clause') return null;
        // With nothing said after the cue, the content is the clause before "…, the BBC reports"; without
        // one, the cue has a plain object and is no attribution ("confirmed the clash").
        // A relative pronoun's clause is its own: what comes before is its antecedent's ("…, who denied all charges").
        // (A phrase of a preposition with no verb and no quote before the source says nothing: "Outside the
        // courthouse, dozens … sang"; "People like Scott, he said." does.)
        // (A preposition a tagger read as a modifier before an article is one too: "Outside/ADJ the chamber, …".)
        const prepositional = tokens[begin]!.pos === 'ADP' || (['ADJ', 'ADV'].includes(tokens[begin]!.pos) && tokens[begin + 1]?.pos === 'DET');
        // (Nor does one followed by a comma and a figure of its own: "In Sainte-Orlane, smugglers charge/NOUN between 1,500
        // and 2,500 euros …, a police commander told local radio".)
        let openerEnd = begin;
        while (openerEnd < sourceSpan[0] && lower(openerEnd) !== ',') openerEnd++;
        const figureAfterOpener = openerEnd < sourceSpan[0] - 1 && spansStartingIn(doc.quantities, tokens[openerEnd]!.end, tokens[sourceSpan[0] - 1]!.start).length > 0;
        // (Nor does a dateline or a lead-in closed by a dash: "KILLORAN, Australia, Jan 14 — Insurance claims/VERB from …".)
        const saysBefore = tokensBetween(begin, sourceSpan[0]).some((token) => ['VERB', 'AUX'].includes(token.pos) || inQuote(token));
        const clauseBefore = (!prepositional || saysBefore || holdsEventFigure(begin, sourceSpan[0]) || figureAfterOpener) && (saysBefore || !isDash(sourceSpan[0] - 1));
        const endsClause = /^(?:[,“”"'’«»—–]|'')$/.test(lower(sourceSpan[0] - 1)) && !isRelativePronounAt(sourceSpan[0]) && clauseBefore;
        content = contentAfterCue(cue, contentEnd, end, s, endsClause ? spanOfTokens(begin, sourceSpan[0]) : null, citedThat ?? afterStart) ??
          relativeFigure(cue, sourceSpan, begin);
        // A figure alone is put by someone who speaks ("the ministry reported 1,500 deaths"), not by a thing
        // ("… said the bill would add $256 billion to deficits").
        const head = headOf(sourceSpan);
        const standsForAnother = !!pronounAt(head) || isRelativePronounAt(head) || words.has(lower(head), 'relative-thing');
        if (content && !canSpeak(head) && !standsForAnother && saysOnlyAFigure(content, begin, end)) return null;
        // A thing that confirms or reveals is evidence, no one saying anything: "the governor's performance
        // confirms where he stands", "tests revealed traces of lead" (a report or a body does say it).
        if (words.has(cue.lemma, 'evidence-cue') && tokens[head]!.pos === 'NOUN' && !canSpeak(head) && !standsForAnother) return null;
        return finishWithSource(cue, cueFirst, sourceSpan, content, s);
      }

      /** A relative pronoun's cue whose content opens a clause after it: "which says it has …", "who said that …". */
      function saysOwnClause(mention: AttributionMention): boolean {
        const source = spanIndexAt(tokens, mention.source.start);
        const content = spanIndexAt(tokens, mention.content.start);
        return isRelativePronounAt(source) && mention.content.start > mention.cue.end && content > 0 &&
          (lower(content - 1) === 'that' || words.has(lower(content), 'subject-pronoun') || isQuoteMark(content));
      }

      /**
       * A verb of a clause: not one a tagger made of a word after a preposition ("asked for help/VERB", "on
       * bail/VERB"), an infinitive, an -ing form, or a word of a name.
       */
      function isClauseVerbAt(t: number): boolean {
        return ['VERB', 'AUX'].includes(tokens[t]!.pos) && !['ADP', 'SCONJ'].includes(tokens[t - 1]?.pos ?? '') && lower(t - 1) !== 'to' && !lower(t).endsWith('ing') && !isVerbInName(t);
      }

      /**
       * Where the short noun phrase (up to eight words of determiners, modifiers, numbers and nouns, with compounds
       * joined by a hyphen: "a one-word label") that ends at `t` starts.
       */
      function nounPhraseStart(t: number, begin: number): number {
        let start = t;
        while (start > begin && start > t - 7 && (['DET', 'ADJ', 'NOUN', 'NUM'].includes(tokens[start - 1]!.pos) || lower(start - 1) === '-')) start--;
        return start;
      }

      /**
       * The "and" or "but" that a cue right after `t` goes on from: at `t`, or before a phrase of a preposition
       * set off by commas ("summoned the ambassador and, in a statement, denied …") or a time ("and on Monday
       * denied …"); -1 when there is none.
       */
      function conjunctionBeforeAdjunct(t: number, begin: number): number {
        const isConjunction = (k: number) => lower(k) === 'and' || lower(k) === 'but';
        if (isConjunction(t)) return t;
        const closed = lower(t) === ',';
        let k = closed ? t - 1 : t;
        while (k > begin && k > t - 9 && !isConjunction(k) && lower(k) !== ',' && !['VERB', 'AUX'].includes(tokens[k]!.pos) && (closed || isTemporal(k) || tokens[k]!.pos === 'ADP')) k--;
        if (closed) k = lower(k) === ',' ? k - 1 : -1;
        const adjunct = k + 1 + +closed;
        return k > begin && isConjunction(k) && adjunct <= t && (tokens[adjunct]!.pos === 'ADP' || isTemporal(adjunct)) ? k : -1;
      }

      /**
       * A figure that a clause right after it puts, with no object of the cue's own: "the 300 deaths that the
       * government acknowledged at the time", "the $19.8 billion the central bank reported in March". The
       * figure's phrase, or null.
       */
      function relativeFigure(cue: CueMatch, [sourceFirst, sourceLast]: [number, number], begin: number): Span | null {
        if (cue.cueClass !== 'speech' || !canSpeak(headOf([sourceFirst, sourceLast]))) return null;
        let after = cue.last + 1;
        while (tokens[after]?.pos === 'ADV' && tokens[after]!.sentence === tokens[cue.last]!.sentence) after++;
        if (!(isClauseEnd(after) || tokens[after]?.pos === 'ADP' || isTemporal(after))) return null;
        let last = sourceFirst - 1;
        if (words.has(lower(last), 'relative-determiner')) last--;
        // The figure, or the noun it counts, past a modifier: "the 300 civilian deaths".
        let figure = last;
        while (figure > begin && figure > last - 3 && !opensFigure(figure) && ['NOUN', 'ADJ'].includes(tokens[figure]!.pos)) figure--;
        const quantity = figureAt(figure);
        return quantity && figure >= begin && !inQuote(tokens[figure]!) ? { start: quantity.start, end: tokens[last]!.end } : null;
      }

      /** Whether the noun phrase that ends at `t` opens with "a" or "an" ("a one-word label"). */
      function opensWithIndefiniteArticle(t: number): boolean {
        return isIndefiniteArticle(tokens[nounPhraseStart(t, doc.sentenceTokens[tokens[t]!.sentence]![0])]!.text);
      }

      /** An infinitive after a noun, which completes it, no verb of a clause: "rejected a request by his lawyers to release him". */
      function isNounInfinitive(t: number): boolean {
        return tokens[t]!.pos === 'VERB' && lower(t - 1) === 'to' && tokens[t - 2]?.pos === 'NOUN';
      }

      /** A word a tagger read as a verb inside a name, between two words of it: "its Gentle Start/VERB 1 formula". */
      function isVerbInName(t: number): boolean {
        return tokens[t]!.pos === 'VERB' && isNameAt(tokens, t - 1) && isNameAt(tokens, t) && (isNameAt(tokens, t + 1) || tokens[t + 1]?.pos === 'NUM');
      }

      /** Whether the tokens from `from` to before `to` hold a figure of an event: "At least 40 dead". */
      function holdsEventFigure(from: number, to: number): boolean {
        if (to <= from) return false;
        return spansStartingIn(doc.quantities, tokens[from]!.start, tokens[to - 1]!.end).some((q) => q.event !== null && q.end <= tokens[to - 1]!.end);
      }

      /** A content inside the sentence with no verb and no quote in it: a figure as the cue's object. */
      function saysOnlyAFigure(content: Span, begin: number, end: number): boolean {
        const figure = spansStartingIn(doc.quantities, content.start, content.end).find((q) => q.end <= content.end);
        // (What "that" opens with a figure is a clause, whatever a tagger made of its verb: "adding that 412 of
        // the offences involved/ADJ violence"; a "that" before a noun is a demonstrative: "disputed that estimate of 40 deaths".)
        const thatClause = lower(spanIndexAt(tokens, content.start) - 1) === 'that';
        if (content.end > tokens[end - 1]!.end || !figure || (thatClause && figure.start === content.start)) return false;
        // A phrase after a comma after the figure is an aside, not more of a list: "posted a net loss of $143
        // million, compared with …" (not "600 rescuers, soldiers and volunteers had been deployed").
        // (A figure in apposition, set off by commas itself, is inside the clause: "that the margin, roughly 310,000
        // votes, was too wide".)
        const inApposition = lower(spanIndexAt(tokens, figure.start) - 1) === ',';
        // (Nor is one inside what "that" opens: "added that two tankers, leased from an operator, would arrive".)
        const aside = thatClause ? -1 : tokensBetween(begin, end).findIndex((token, k) => token.start >= figure.end && token.end <= content.end && token.text === ',' && !['NOUN', 'PROPN', 'NUM'].includes(tokens[begin + k + 1]?.pos ?? ''));
        if (aside >= 0 && !inApposition) content = { start: content.start, end: tokens[begin + aside]!.start };
        // A verb past a subordinator after the figure is in a clause of time or cause, not of what was said:
        // "declared three days of mourning after the attack killed 40".
        let adjunct = false;
        return !tokensBetween(begin, end).some((token, k) => {
          if (token.start < content.start || token.end > content.end) return false;
          if (token.start >= figure.end && (token.pos === 'SCONJ' || words.has(lower(begin + k), 'subordinator'))) adjunct = true;
          return (isClauseVerbAt(begin + k) && !adjunct) || inQuote(token);
        });
      }

      /**
       * What a cue says after it, up to `contentEnd`: past its hearer, past a "that" or a preamble before a
       * quote. When nothing after it says something (a plain object) the content is `before`, or else a quote
       * or paragraph that a colon opens; a request says nothing.
       */
      function contentAfterCue(cue: CueMatch, contentEnd: number, end: number, s: number, before: Span | null, from = cue.last + 1): Span | null {
        let contentStart = from;
        if (words.has(cue.lemma, 'hearer-cue')) contentStart = skipHearer(contentStart, end);
        const pastHearer = contentStart;
        // An -ing form right after the hearer, with something said before the source, is the hearer's: "“…,” he told
        // reporters waiting outside."
        const hearerParticiple = !!before && contentStart > from && tokens[contentStart]?.pos === 'VERB' && lower(contentStart).endsWith('ing');
        // A headline's past form of telling before a clause that opens with a bare singular noun is a passive, its
        // subject the hearer: "Jury told man was stabbed 14 times" (where an active form is a present one: "Minister
        // warns cuts will hurt", and a plural may be the hearer: "Minister told reporters cuts will hurt").
        const clauseOfBareNoun = tokens[from]?.pos === 'NOUN' && !isPluralNoun(tokens[from]!) && ['VERB', 'AUX'].includes(tokens[from + 1]?.pos ?? '');
        if (words.has(cue.lemma, 'hearer-cue') && isPastForm(cue.last, cue.lemma) && clauseOfBareNoun && isHeadline(s)) return null;
        // "protested what opposition leaders call a stolen election", "posting what it said were …": "what" with a
        // speaker after it is the object of that speaker's verb, a thing, not what the cue says ("questioned what
        // kind of person gets up at 3 a.m." asks something).
        if (words.has(lower(contentStart), 'free-relative')) {
          // (A tagger may run the phrase on over the verb: "what opposition leaders call/NOUN a …".)
          const phraseEnd = tokens[contentStart + 1]?.pos === 'PRON' ? contentStart + 2 : nounPhraseEnd(contentStart + 1, contentEnd);
          for (let k = contentStart + 1; k < phraseEnd; k++) if (tokens[k]!.pos === 'PRON' || canSpeak(k)) return null;
        }
        // "said in a statement on Tuesday that …": the content starts after a near "that" with no verb before
        // it but a participle after a noun ("in a statement released on Monday that …").
        let thatClause = false;
        // So does one past a short clause of time set off by nothing: "told reporters as she arrived at the meeting that …".
        const clauseOfTime = ['as', 'when', 'while', 'after', 'before'].includes(lower(contentStart));
        for (let t = contentStart + 2; clauseOfTime && t < contentEnd && t < contentStart + 12 && !/^[,;:]$/.test(lower(t)) && !inQuote(tokens[t]!); t++) {
          if (lower(t) !== 'that') continue;
          // (Not a clause whose own verb takes it: "said as officials announced that …".)
          const clause = tokensBetween(contentStart + 1, t);
          if (clause.some((token) => ['VERB', 'AUX'].includes(token.pos)) && !clause.some((token) => clauseVerbs.has(token.text.toLowerCase())) && !relativeThatAt(t, contentEnd)) {
            contentStart = t + 1;
            thatClause = true;
          }
          break;
        }
        // (A gerund is a noun's object, no verb of what was said: "acknowledged under questioning that …".)
        for (let t = contentStart; !thatClause && t < contentEnd && t < contentStart + 12 && (!['VERB', 'AUX'].includes(tokens[t]!.pos) || isParticipleOfNoun(t) || (t > contentStart && isGerundAt(t))); t++) {
          // So does one past an aside set off by commas: "cautioned, as did the campaign itself, that …",
          // "reported on Monday, citing unnamed officials, that …".
          let close = t + 1;
          if (lower(t) === ',') while (close < contentEnd && close < t + 12 && lower(close) !== ',' && !inQuote(tokens[close]!)) close++;
          const that = lower(t) === ',' && lower(close) === ',' ? close + 1 : t;
          // (A "that" after a noun for a proposal is that noun's: "rejected a recommendation that the officers be suspended".)
          if (lower(that) === 'that' && words.has(lower(that - 1), 'proposal-noun')) break;
          // (Nor is one after "and": it goes on with what a cue before said: "said it had admitted 37 patients, most with
          // burns, and that five remained in intensive care".)
          if (lower(that) === 'that' && that > contentStart && lower(that - 1) === 'and') break;
          // (Nor is one that opens a relative clause, with a verb right after it or a cue with a gap: "claimed
          // responsibility for an attack on a station that the army said caused minor damage".)
          if (lower(that) === 'that' && that > contentStart && relativeThatAt(that, contentEnd)) break;
          if (lower(that) === 'that' && !inQuote(tokens[that]!)) {
            contentStart = that + 1;
            thatClause = true;
            break;
          }
        }
        // "said Wednesday it would …", "said on Monday he was …": a time before a clause is the cue's, not what was said.
        if (!thatClause) {
          let clause = lower(contentStart) === 'on' ? contentStart + 1 : contentStart;
          while (clause < contentEnd && isTemporal(clause)) clause++;
          if (clause > contentStart && isTemporal(clause - 1) && ['PRON', 'DET', 'NOUN', 'PROPN'].includes(tokens[clause]?.pos ?? '')) contentStart = clause;
        }
        contentStart = quoteAfterPreamble(contentStart, contentEnd) ?? contentStart;
        // An indirect question asks, it says nothing that is so: "have questioned whether the state can afford it",
        // "asked if the plan was dead".
        // So does a question of "why", "how" … after a cue of asking: "asked why Congress had taken so long", also
        // past the one asked: "asked him why he had not taken cover", "asked the minister whether …".
        let questionAt = contentStart;
        if (words.has(cue.lemma, 'question-cue')) {
          while (questionAt < contentEnd && questionAt < contentStart + 5 && ['PRON', 'DET', 'ADJ', 'NOUN', 'PROPN'].includes(tokens[questionAt]!.pos) && !words.has(lower(questionAt), 'question-word')) questionAt++;
          if (!['whether', 'if'].includes(lower(questionAt)) && !words.has(lower(questionAt), 'question-word')) questionAt = contentStart;
        }
        const question = lower(questionAt) === 'if' ? words.has(cue.lemma, 'request-cue') : words.has(cue.lemma, 'question-cue') && words.has(lower(questionAt), 'question-word');
        if (lower(questionAt) === 'whether' || (question && !thatClause)) return null;
        // A clause in the subjunctive after a cue of asking asks for an act: "urging that the filibuster be
        // preserved", "demanded that he resign".
        if (thatClause && words.has(cue.lemma, 'request-cue') && isSubjunctiveAt(contentStart, contentEnd)) return null;
        // An infinitive is a request or a refusal, not a proposition: "asked not to be named"; after a verb
        // of asking, past its hearer too: "shouted at him to drop the gun" (but "stressed the need to …").
        // After a claim it says what is so of the source: "claims to have 12,000 fighters", when its verb has words of
        // its own ("as wealthy as he claims to be to pay …" has none).
        if (!thatClause) {
          let verb = contentStart;
          while (verb < contentEnd && verb < contentStart + 6 && !['VERB', 'AUX'].includes(tokens[verb]!.pos) && !inQuote(tokens[verb]!)) verb++;
          const to = lower(verb - 1) === 'to' && ['VERB', 'AUX'].includes(tokens[verb]?.pos ?? '');
          const request = verb - 1 === contentStart || (verb - 1 === contentStart + 1 && lower(contentStart) === 'not') || words.has(cue.lemma, 'request-cue');
          const claimed = words.has(cue.lemma, 'infinitive-claim') && lower(verb + 1) !== 'to' && tokens[verb + 1]?.pos !== 'PUNCT';
          if (to && request && !claimed) return null;
          // A cue of asking with an infinitive anywhere in its object asks for an act: "urged residents who remain
          // in low-lying areas to move", "pledged 310 million euros ($335 million) to support …"; so does one whose
          // object is a quoted phrase: "urged “maximum restraint”".
          // Past a "that" or a subject pronoun the object is a clause of what was said: "told them he would …";
          // past a participle after a comma, an aside ("…,” a nurse told the AP, declining to give her name").
          if (words.has(cue.lemma, 'request-cue')) {
            // ("asked for federal aid, which would cover up to 75 percent": what is asked for is a thing, whatever a
            // clause after it says of it.)
            // (So is what is asked of someone: "asked the commission for the transmission logs/VERB".)
            const asksOf = words.has(cue.lemma, 'question-cue') && lower(pastNounPhrase(tokens, contentStart, contentEnd)) === 'for';
            if (lower(contentStart) === 'for' || asksOf) return null;
            // (A pronoun after a noun that can neither speak nor hear opens a relative clause: "promised a review of every
            // block it owns", whatever a tagger made of the noun: "high-rise block/VERB".)
            const relativeSubjectAt = (t: number) => t > contentStart && ['NOUN', 'VERB'].includes(tokens[t - 1]!.pos) && !canSpeak(t - 1);
            let opens = contentStart;
            while (opens < contentEnd && (inQuote(tokens[opens]!) || !(lower(opens) === 'that' || (words.has(lower(opens), 'subject-pronoun') && !relativeSubjectAt(opens))))) opens++;
            // The object ends at an aside, or at a verb of a clause of its own ("told reporters the train appeared
            // to have passed …"), but not one of a relative clause ("urged residents who remain … to move") nor an
            // -ing form after its noun ("urged people living along the river to move").
            let asked = contentStart;
            let relative = false;
            // (Nor a participle of saying or believing before "to be" or "to have": "urged patients thought/VERB to be taking
            // the drug not to stop"; not "told reporters the charity hoped to raise …", nor "… the group claimed to have …".)
            const reportedAs = (t: number) => clauseVerbs.has(lower(t)) && lower(t + 1) === 'to' && ['be', 'have'].includes(lower(t + 2)) &&
              isPastForm(t, tokens[t]!.lemma) && !words.has(tokens[t]!.lemma, 'infinitive-claim');
            const ownVerb = (t: number) => ['VERB', 'AUX'].includes(tokens[t]!.pos) && ['NOUN', 'PROPN', 'PRON'].includes(tokens[t - 1]!.pos) && !relative && !inQuote(tokens[t]!) && t > contentStart &&
              !lower(t).endsWith('ing') && !reportedAs(t);
            for (; asked < opens && !isAsideAt(asked) && !ownVerb(asked); asked++) if (words.has(lower(asked), 'relative')) relative = true;
            // ("to “get back around the table”": a quote may open after the "to".)
            const verbAt = (t: number) => tokens[t]?.pos === 'VERB' || (isQuoteMark(t) && tokens[t + 1]?.pos === 'VERB');
            // (With something said before the source, only an infinitive right after the hearer asks: "“…,” she told
            // reporters at the plant the company plans to close" says the quote.)
            const infinitive = (t: number) => lower(t) === 'to' && verbAt(t + 1) && t + 1 < asked && !inQuote(tokens[t]!) &&
              (!before || t === contentStart || (t === contentStart + 1 && lower(contentStart) === 'not'));
            if (tokensBetween(contentStart, asked).some((_token, k) => infinitive(contentStart + k))) return null;
            const object = tokensBetween(contentStart, contentEnd);
            const utterance = BOUNDARY.test(lower(contentStart)) || BOUNDARY.test(lower(contentStart - 1));
            // (A quoted clause is an utterance: "shouted “We want jobs”".)
            const quotedClause = object.some((token) => inQuote(token) && ['VERB', 'AUX'].includes(token.pos));
            // A request says something only as a clause of its own or a quotation: "asked the state for help in two
            // letters (and was turned down)" and "recommended replacing the pumps" ask for an act (where nothing said
            // comes before the source: "“…,” she told reporters at a briefing").
            // (Nor does a clause of time or cause after the object, or a relative one: "promised a full review after some
            // alerts reached residents late", "… of every block it owns".)
            const predicate = object.findIndex((token, k) => (['and', 'but'].includes(token.text.toLowerCase()) && ['VERB', 'AUX'].includes(object[k + 1]?.pos ?? '')) ||
              (k > 0 && words.has(token.text.toLowerCase(), 'subordinator') && ['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ'].includes(object[k + 1]?.pos ?? '')) ||
              (k > 0 && words.has(token.text.toLowerCase(), 'subject-pronoun') && relativeSubjectAt(contentStart + k)));
            const clause = opens < contentEnd || object.slice(0, predicate < 0 ? undefined : predicate).some((token, k) => isClauseVerbAt(contentStart + k) && !inQuote(token));
            const gerund = tokens[contentStart]?.pos === 'VERB' && lower(contentStart).endsWith('ing');
            if ((!utterance && !clause && !quotedClause && (!before || object.some((token) => inQuote(token)))) || (gerund && !hearerParticiple)) return null;
          }
        }
        // After a comma, a participle or a conjunction is an aside ("“…?” Trump said, looking out on the
        // crowd"); anything else goes on with the content ("Acts of protest, Mr. Obama said, are …").
        const aside = contentStart === pastHearer && (isAsideAt(contentStart) || hearerParticiple || (lower(contentStart) === ',' && ['CCONJ', 'SCONJ'].includes(tokens[contentStart + 1]?.pos ?? '')));
        // Without a "that", a "but" or "and" before a verb opens a second predicate of the source's, not more
        // of the object: "confirmed the clash but gave no figures", "urged calm and closed the square".
        let objectEnd = contentStart;
        // An -ing form after it goes on with the object: "mentioned refinancing loans and forcing universities to …".
        // A clause of time, cause or comparison with a subject of its own is no more of the object either:
        // "questioned the strategy since it was launched", "added more jobs than economists had expected"; nor a
        // participle after a comma: "would declare a state of emergency,
        // giving officials the power to …".
        const predicateAt = (t: number) => ['but', 'and'].includes(lower(t)) && ['VERB', 'AUX'].includes(tokens[t + 1]?.pos ?? '') && !/ing$/.test(lower(t + 1));
        // ("as", "when" and "because" open such a clause whatever a tagger made of them: "sang as the teams arrived".)
        // ("until" and "unless" too, which a tagger reads as prepositions: "threatened a veto until the line replaced …".)
        // ("if" after a noun too: "warned of a strike if the plan is not withdrawn", not "said if the plan …".)
        // (Not the "as" of a participle set off by a comma: "the levy, known locally as the solidarity tax, was …"; nor
        // a word of a figure: "more than GH¢4 million", "more than a third of the deaths"; nor one before a time:
        // "estimated arrivals since Saturday at …".)
        const participleBefore = (t: number) => {
          while (tokens[t - 1]?.pos === 'ADV') t--;
          return isParticipleAside(t - 1);
        };
        // ("after" and "before" too, past the object of a cue of an act and before a subject and its verb: "declared an
        // emergency after dengue cases passed 15,000"; not "said studies of deaths after earlier wars had found …".)
        // (A past form in -ed counts as its verb there, with no agent after it: "after cases passed/VERB 15,000".)
        const clauseOfTimeAt = (t: number) => {
          if (!['after', 'before', 'once'].includes(lower(t)) || t <= contentStart || !words.has(cue.lemma, 'act-cue')) return false;
          const verb = pastNounPhrase(tokens, t + 1, contentEnd);
          return subjectThenVerbAt(t + 1, contentEnd) || (verb > t + 1 && tokens[verb]?.pos === 'VERB' && /ed$/.test(lower(verb)) && lower(verb + 1) !== 'by');
        };
        const adverbialAt = (t: number) =>
          (tokens[t]!.pos === 'SCONJ' || ['than', 'as', 'when', 'because', 'until', 'unless'].includes(lower(t)) || clauseOfTimeAt(t)) && !['that', 'whether'].includes(lower(t)) &&
          (lower(t) !== 'if' || ['NOUN', 'PROPN'].includes(tokens[t - 1]?.pos ?? '')) &&
          (['PRON', 'DET', 'NOUN', 'PROPN'].includes(tokens[t + 1]?.pos ?? '') || (tokens[t + 1]?.pos === 'ADJ' && ['NOUN', 'PROPN'].includes(tokens[t + 2]?.pos ?? ''))) &&
          !participleBefore(t) && !opensFigure(t) && !isTemporal(t + 1) && !(lower(t) === 'than' && ['more', 'less', 'fewer'].includes(lower(t - 1)));
        // (A figure cue's object runs on to its figure: "put the number of violations since the truce took effect at 2,300".)
        const figureCue = putsFigure(cue.cueClass);
        // Where a phrase of an -ing preposition set off by a comma runs, up to the next comma ("…, including …,").
        // Inside one, a verb after "and" is more of the phrase: "said the true cost, including damage to oyster beds
        // and lost/VERB tourism, could run …".
        const inPrepositionPhrase = new Uint8Array(Math.max(0, contentEnd - contentStart));
        for (let t = contentStart, inside = false; t < contentEnd; t++) {
          if (lower(t) === ',') inside = words.has(lower(t + 1), 'preposition');
          inPrepositionPhrase[t - contentStart] = inside ? 1 : 0;
        }
        // (A participle set off by commas before the verb of what was said is inside it: "said a second exchange,
        // involving 250 detainees, could take place".)
        const asideInside = (t: number) => {
          let close = t + 2;
          while (close < contentEnd && lower(close) !== ',') close++;
          const verb = tokens[close + 1];
          return close < contentEnd && !!verb && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !lower(close + 1).endsWith('ing')));
        };
        // (So does a clause of its own after a comma and a conjunction: "published quick counts on Tuesday, and they
        // did not agree".)
        // (Or with a figure for subject: "announced cuts to library services, and at least a dozen more are expected to …".)
        const figureSubjectAt = (t: number) => {
          const figure = figureAt(t);
          const after = figure ? spanIndexAt(tokens, figure.end - 1) + 1 : -1;
          return after > t && (isFiniteVerbAt(after, contentEnd) || subjectThenVerbAt(after, contentEnd));
        };
        const ownClauseAt = (t: number) => lower(t) === ',' && ['and', 'but'].includes(lower(t + 1)) &&
          ((['PRON', 'DET'].includes(tokens[t + 2]?.pos ?? '') && ['VERB', 'AUX'].includes(tokens[t + 3]?.pos ?? '')) || subjectThenVerbAt(t + 2, contentEnd) || figureSubjectAt(t + 2));
        while (objectEnd < contentEnd && (thatClause || figureCue || inQuote(tokens[objectEnd]!) || !((predicateAt(objectEnd) && inPrepositionPhrase[objectEnd - contentStart] !== 1) || adverbialAt(objectEnd) || ownClauseAt(objectEnd) || (isAsideAt(objectEnd) && !asideInside(objectEnd))))) objectEnd++;
        // A quoted word or phrase right before a noun is a modifier of it, no quotation of what was said:
        // "questioned the company’s “premium first” strategy".
        // So is a participle between a determiner and its noun (see isParticipleModifier).
        // So is a past participle with its agent after a noun: "denied the charges filed by prosecutors", or one
        // set off by a comma after it: "announced a new levy, known as the solidarity tax, on Monday".
        // So is a phrase of an -ing preposition set off by a comma, up to the next: "added protections, including a
        // clause requiring the team to repay $25 million", where no verb or figure is the cue's (a quote in it is).
        const prepositionAside = (t: number) => inPrepositionPhrase[t - contentStart] === 1 && !inQuote(tokens[t]!);
        // So is a word of a compound joined by a hyphen, "the tally of set-aside ballots", or inside a name, "its Gentle
        // Start/VERB 1 formula".
        const glued = (a: number, b: number) => !!tokens[a] && !!tokens[b] && tokens[a]!.end === tokens[b]!.start;
        const compound = (t: number) => (lower(t - 1) === '-' && glued(t - 1, t)) || (lower(t + 1) === '-' && glued(t, t + 1)) || isVerbInName(t);
        // (A verb between a noun and "by" is a past participle, in -ed or -en or as its bare form: "in a statement
        // read/VERB by his lawyer"; not a past tense, "the ministry stood by its figures".)
        const participleWithAgent = (t: number) => lower(t + 1) === 'by' && tokens[t - 1]?.pos === 'NOUN' && tokens[t]!.pos === 'VERB' &&
          (/(?:ed|en)$/.test(lower(t)) || tokens[t]!.lemma === lower(t));
        // So is an infinitive after a noun (see isNounInfinitive).
        // (So is a past participle that opens the object before its noun: "repeated failed/VERB stability tests".)
        const openingParticiple = (t: number) => t === contentStart && tokens[t]!.pos === 'VERB' && /ed$/.test(lower(t)) && tokens[t + 1]?.pos === 'NOUN';
        // (So is a participle of issuing after a text: "claimed responsibility in a statement posted on Telegram".)
        const issuedText = (t: number) => isParticipleOfNoun(t) && words.has(tokens[t]!.lemma, 'issue-verb') && words.has(lower(t - 1), 'proxy');
        // (So is a present participle right after a noun: "rejected the request for an injunction ordering/VERB workers back".)
        const presentParticiple = (t: number) => tokens[t - 1]?.pos === 'NOUN' && tokens[t]!.pos === 'VERB' && lower(t).endsWith('ing');
        const modifier = (t: number) =>
          (inQuote(tokens[t]!) && modifiesNoun(t, objectEnd)) || openingParticiple(t) || isParticipleModifier(t) || participleWithAgent(t) || isParticipleAside(t) || prepositionAside(t) || compound(t) ||
          isNounInfinitive(t) || issuedText(t) || presentParticiple(t);
        const after = aside ? [] : tokensBetween(contentStart, objectEnd).filter((_token, k) => !modifier(contentStart + k));
        // A "that" clause says something even where the tagger missed its verb ("that polls show/NOUN …"), but
        // a "that" before one word, or before singular nouns and no verb, is a demonstrative ("dispute that
        // estimate.", "disputed that casualty estimate on Thursday").
        // (A past form in -ed after a plural subject and before its object is a verb whatever a tagger made of it:
        // "Witnesses said officers chased/NOUN students into …", "said a third of the deaths involved/ADJ buses".)
        const pastForm = (t: number) => ['NOUN', 'ADJ'].includes(tokens[t]!.pos) && /[^e]ed$/.test(lower(t)) && lower(t).length > 4 && !!tokens[t - 1] &&
          (tokens[t - 1]!.pos === 'PRON' || isPluralNoun(tokens[t - 1]!)) && ['DET', 'NOUN', 'PRON', 'PROPN'].includes(tokens[t + 1]?.pos ?? '');
        // (So is a form in -s after a name and before its object: "says the Front hides/NOUN fighters in …"; or after the
        // singular noun that opens the clause, before a clause of its own or a phrase: "say the dispute matters/NOUN
        // because …"; and a bare form after a plural noun and before its object: "says its internal figures show/NOUN a
        // much tighter race".)
        const presentForm = (t: number) => {
          const token = tokens[t]!;
          const next = tokens[t + 1]?.pos ?? '';
          if (token.pos !== 'NOUN' || !/^\p{Ll}/u.test(token.text)) return false;
          const openingSingular = t === contentStart + 2 && tokens[contentStart]!.pos === 'DET' && tokens[t - 1]!.pos === 'NOUN' && !isPluralNoun(tokens[t - 1]!);
          if (isPresentS(t, token.lemma)) return (tokens[t - 1]?.pos === 'PROPN' && ['DET', 'NOUN', 'PRON'].includes(next)) || (openingSingular && ['SCONJ', 'ADP'].includes(next));
          return token.lemma === token.text && isPluralNoun(tokens[t - 1]!) && tokens[t - 1]!.pos === 'NOUN' && next === 'DET';
        };
        // So is the first word of a clause whose subject is a relative word before the source: "a provision that
        // critics say shields/NOUN officers".
        const gapVerb = /(?:s|ed)$/.test(lower(contentStart)) && subjectAfterRelative(cue.first);
        // (So is an -ing form with words of its own after a cue that takes one for what is so: "denied opening/NOUN fire
        // first", "admitted taking/ADJ bribes".)
        // (One read as a modifier takes an object with a determiner: "admitted taking/ADJ the money", not "acknowledged
        // growing/ADJ concern".)
        const gerundObject = words.has(cue.lemma, 'gerund-content') && lower(contentStart).endsWith('ing') &&
          ((tokens[contentStart]?.pos === 'NOUN' && ['DET', 'NOUN', 'PRON', 'PROPN', 'ADJ', 'ADV', 'NUM'].includes(tokens[contentStart + 1]?.pos ?? '')) ||
            (tokens[contentStart]?.pos === 'ADJ' && ['DET', 'PRON', 'NUM'].includes(tokens[contentStart + 1]?.pos ?? '')));
        const verbAfter = after.some((token) => token.pos === 'VERB' || token.pos === 'AUX' || inQuote(token)) || gapVerb || gerundObject || tokensBetween(contentStart, objectEnd).some((_token, k) => pastForm(contentStart + k) || presentForm(contentStart + k));
        let nounEnd = contentStart;
        while (tokens[nounEnd + 1]?.pos === 'NOUN') nounEnd++;
        // (A plural noun in the run is a subject before a verb the tagger read as a noun: "that voters care/NOUN about …".)
        const demonstrative = thatClause && !verbAfter && tokens[contentStart]?.pos === 'NOUN' && !tokensBetween(contentStart, nounEnd + 1).some((token) => isPluralNoun(token));
        // (A figure in a phrase of a preposition is no object, "has testified in at least six cases", but one after
        // "at" is the estimate: "whose capacity they estimate at more than 15 gigawatts".)
        const prepositionFirst = tokens[contentStart]?.pos === 'ADP' && lower(contentStart) !== 'at' && !opensFigure(contentStart);
        // A headline drops its verb "be": "mayor says toll far higher".
        // (A noun, then an adjective past adverbs only: not "confirm arrest of suspect in deadly attack".)
        const predicativeAt = (k: number) => {
          while (after[k]?.pos === 'ADV') k++;
          return after[k]?.pos === 'ADJ';
        };
        const headlineClause = isHeadline(s) && after.some((token, k) => token.pos === 'NOUN' && predicativeAt(k + 1));
        const saysSomething = (thatClause && !demonstrative && after.filter((token) => token.pos !== 'PUNCT').length > 1) || verbAfter || headlineClause || chargesObject(contentStart, cue.lemma, contentEnd) ||
          (!prepositionFirst && spansStartingIn(doc.quantities, tokens[contentStart]?.start ?? Infinity, tokens[objectEnd - 1]?.end ?? -1).some((q) => q.end <= tokens[objectEnd - 1]!.end && !prepositionAside(spanIndexAt(tokens, q.start)) && !isKnownFigure(q)));
        // After a content before the source ("“…,” she said of the election, in which …"), a phrase that
        // opens with a preposition is the cue's own, not more of what was said.
        const adjunct = !!before && !thatClause && tokens[contentStart]?.pos === 'ADP' && !words.has(lower(contentStart), 'subordinator');
        // "charged with taking bribes", "credited with saving lives": what "with" opens is a deed, not a proposition.
        const deed = !thatClause && lower(contentStart) === 'with';
        // What a cue of characterizing says ends before a second predicate ("condemned the measures as “piracy”
        // and said …"), a clause of its own ("derided the deal as toothless, but Mr. Obama learned …") or an
        // adverbial one ("… as a “disgrace” after she attacked …").
        const clauseAt = (t: number) => lower(t) === ',' && tokens[t + 1]?.pos === 'CCONJ' && ['PRON', 'PROPN', 'DET', 'NOUN'].includes(tokens[t + 2]?.pos ?? '') &&
          tokensBetween(t + 3, Math.min(t + 6, contentEnd)).some((token) => ['VERB', 'AUX'].includes(token.pos));
        const adverbialClauseAt = (t: number) =>
          !['as', 'like'].includes(lower(t)) && (adverbialAt(t) || (words.has(lower(t), 'subordinator') && ['PRON', 'DET', 'NOUN', 'PROPN'].includes(tokens[t + 1]?.pos ?? '')));
        if (characterizes(cue.cueClass)) {
          let predicate = contentStart;
          while (predicate < contentEnd && !((predicateAt(predicate) || clauseAt(predicate) || adverbialClauseAt(predicate)) && !inQuote(tokens[predicate]!))) predicate++;
          return spanOfTokens(contentStart, predicate);
        }
        if (saysSomething && !adjunct && !deed && !prepositionalObjectOnly(contentStart, contentEnd) && !relativeObjectOnly(contentStart, objectEnd, cue.lemma) &&
          !participleObjectOnly(contentStart, contentEnd)) {
          // A figure alone for object is all the cue says: "declared three days of mourning and praised …".
          const figureOnly = !thatClause && !verbAfter;
          return spanOfTokens(contentStart, figureOnly ? objectEnd : contentEnd);
        }
        // The clause before is what was said only when the cue takes no plain object of its own: "Speaking to
        // reporters, he denied the charges" says nothing.
        const plainObject = !adjunct && !!after[0] && ['DET', 'NOUN', 'PROPN', 'NUM'].includes(after[0].pos) && !isTemporal(contentStart) && !words.has(cue.lemma, 'hearer-cue');
        return (plainObject ? null : before) ?? quoteAfterColon(contentStart, end, s);
      }

      /** Whether the clause at `from` has its first verb in the subjunctive: "be", or a bare form after a singular subject. */
      function isSubjunctiveAt(from: number, to: number): boolean {
        let verb = from;
        while (verb < to && verb < from + 8 && !['VERB', 'AUX'].includes(tokens[verb]!.pos)) verb++;
        if (verb >= to || inQuote(tokens[verb]!)) return false;
        if (lower(verb) === 'be') return true;
        const subject = tokens[verb - 1]!;
        const singular = ['he', 'she', 'it'].includes(lower(verb - 1)) || (['NOUN', 'PROPN'].includes(subject.pos) && !isPluralNoun(subject));
        return tokens[verb]!.pos === 'VERB' && tokens[verb]!.lemma === lower(verb) && singular;
      }

      /** A participle after a comma, an aside of the clause before it: "…, giving officials the power", not "…, including". */
      function isAsideAt(t: number): boolean {
        return lower(t) === ',' && tokens[t + 1]?.pos === 'VERB' && /ing$/.test(lower(t + 1)) && !words.has(lower(t + 1), 'preposition');
      }

      /** Whether the quotation that holds token `t` is followed, before `end`, by a noun it modifies. */
      function modifiesNoun(t: number, end: number): boolean {
        let close = t;
        while (close < end && inQuote(tokens[close]!)) close++;
        // A quoted verb after its subject is a predicate: "said both governments “strongly condemn” attacks".
        let open = t;
        while (open > 0 && inQuote(tokens[open - 1]!)) open--;
        const predicate = ['NOUN', 'PROPN', 'PRON'].includes(tokens[open - 2]?.pos ?? '') && tokensBetween(open, close).some((token) => token.pos === 'VERB');
        while (close < end && isQuoteMark(close)) close++;
        return !predicate && close < end && ['NOUN', 'PROPN'].includes(tokens[close]!.pos);
      }

      /**
       * "praised the scientists who built it": a noun phrase whose one verb is in its relative clause is a
       * plain object; "said the men who fled were caught" goes on with a verb of its own. A figure is kept:
       * it may be what the source puts.
       */
      function relativeObjectOnly(from: number, to: number, lemma: string): boolean {
        let relative = from;
        // "the firefighters and volunteers who worked …": a coordinated noun phrase too, or one with a phrase of
        // "of" ("the arrests of picketers who had blocked …"); a clause of place after a comma is one too ("the
        // evacuation of the riverside streets, where cracks appeared").
        // So is a relative clause set off by a comma that ends the clause ("the closure of its mill, which it had
        // announced in June[, and …]"), not one set off inside it ("said Kessé, who was inside, was unharmed",
        // "accused Cruz, who was born in Cuba, of …").
        const endsClause = (t: number) => {
          while (tokens[t] && tokens[t]!.sentence === tokens[from]!.sentence && (lower(t) !== ',' || inQuote(tokens[t]!))) t++;
          return lower(t) !== ',' || tokens[t + 1]?.pos === 'CCONJ';
        };
        const placeClause = (t: number) => lower(t) === ',' && (lower(t + 1) === 'where' || (words.has(lower(t + 1), 'relative-pronoun') && endsClause(t + 2)));
        // (Or one with phrases of other prepositions: "responsibility for an attack on a station that the army said …".)
        while (relative < to && (['DET', 'ADJ', 'NOUN', 'PROPN'].includes(tokens[relative]!.pos) || words.has(lower(relative), 'possessive') || isGluedHyphenAt(tokens, relative) || (['and', 'of'].includes(lower(relative)) && relative > from) ||
          (tokens[relative]!.pos === 'ADP' && relative > from && lower(relative) !== 'that') || isNamePartAt(tokens, relative) || isNameParticleAt(tokens, relative))) relative++;
        if (placeClause(relative)) relative++;
        // After a cue of an act, a "that" after a noun for a proposal opens a clause of that noun's, whatever
        // its verbs: "rejected a recommendation that the officers be suspended".
        const proposal = lower(relative) === 'that' && words.has(lower(relative - 1), 'proposal-noun') && words.has(lemma, 'act-cue');
        const relativeThat = lower(relative) === 'that' && relativeThatAt(relative, to);
        if (relative === from || !(proposal || relativeThat || words.has(lower(relative), 'relative-pronoun') || placeClause(relative - 1)) || isAcronymInName(relative)) return false;
        if (proposal) return true;
        // (An "and that" goes on with what a cue before said, no verb of this object's: "said hospitals admitted
        // patients on the strength of tests that mislead, and that the death rate was …".)
        for (let k = relative + 1; k < to - 1; k++) {
          if (lower(k) === 'and' && lower(k + 1) === 'that') {
            to = k;
            break;
          }
        }
        if (spansStartingIn(doc.quantities, tokens[from]!.start, tokens[to - 1]!.end).length) return false;
        // An auxiliary counts only where no verb follows it, past adverbs: "who had built it", "who was later
        // released" have one verb; nor does an infinitive after a verb: "who had tried to force his way in" has one too.
        // (Nor a cue right before the verb of its gap: "that the army said caused …" has one verb.)
        const verbAfterAdverbs = (t: number) => tokens[pastAdverbsAfter(t, tokens.length)]?.pos === 'VERB';
        const verbs = tokensBetween(relative + 1, to).filter((token, k) => (token.pos === 'VERB' && !cueBeforeGapAt(relative + 1 + k) && lower(relative + k) !== 'to') ||
          (token.pos === 'AUX' && !verbAfterAdverbs(relative + 2 + k)));
        return verbs.length <= 1;
      }

      /**
       * "wrote a letter to residents saying …", "posted a series of tweets early Friday saying …": a text (with
       * its phrases of a preposition or of time) before the participle of a cue is a plain object; what follows
       * is the participle's to say, an attribution of its own ("said officers responding to a call had …" goes on).
       */
      function participleObjectOnly(from: number, to: number): boolean {
        let k = pastNounPhrase(tokens, from, to);
        if (k === from) return false;
        // (Past its phrases of a preposition and of time, in any order.)
        for (let last = -1; last !== k;) {
          last = k;
          k = pastPrepositionPhrases(tokens, k, to).next;
          while (k < to && isTemporal(k)) k++;
        }
        return k < to && tokens[k]!.pos === 'VERB' && lower(k).endsWith('ing') && !!forms.get(lower(k))?.some((form) => form.words.length === 1) &&
          words.has(lower(speakerEndBefore(k)), 'proxy');
      }

      /**
       * "complains about the referees “is …”", "concludes with footage of her saying …": a preposition whose
       * object runs into a verb is all the cue takes; the verb belongs to a clause around it. A preposition
       * of a figure is no such thing ("said about 20 people have …"), nor one that opens a clause ("asked
       * whether the deals required …"). Only an inflected verb counts, not a participle before a noun, which
       * modifies it ("as an attack against U.S. backed forces"), nor a bare form, often a noun ("a campaign stop").
       * A gerund right after the preposition is its object ("cautioned against giving any senator credit").
       */
      function prepositionalObjectOnly(from: number, to: number): boolean {
        // (A phrase of time is no object: "said on Tuesday 12 people died".)
        if (tokens[from]?.pos !== 'ADP' || words.has(lower(from), 'subordinator') || opensFigure(from) || isTemporal(from + 1)) return false;
        if (isGerundAt(from + 1)) return true;
        let verb = from + 1;
        while (verb < to && (!['VERB', 'AUX'].includes(tokens[verb]!.pos) || isNameAt(tokens, verb))) verb++;
        let last = verb - 1;
        while (last > from && isQuoteMark(last)) last--;
        const inflected = verb < to && (tokens[verb]!.pos === 'AUX' || tokens[verb]!.lemma !== lower(verb)) && tokens[verb + 1]?.pos !== 'NOUN';
        // The object is a noun phrase, or a pronoun alone ("testified against him have …").
        const phraseStart = !inflected ? null : last === from + 1 && tokens[last]!.pos === 'PRON' ? last : nounPhraseBefore(tokens, last, from + 1)?.[0];
        if (phraseStart === null || phraseStart === undefined) return false;
        // A count after a noun opens a subject of its own: "said in a statement 12 people died".
        const count = tokensBetween(phraseStart + 1, last + 1).findLastIndex((token, k) => token.pos === 'NUM' && tokens[phraseStart + k]!.pos === 'NOUN');
        const objectStart = count >= 0 ? phraseStart + 1 + count : phraseStart;
        return tokens[objectStart - 1]!.pos === 'ADP';
      }

      /**
       * The "by" of a passive's agent: right after the cue ("was reported by X"), or after the figure a cue of
       * figures puts ("the toll was put at 61 by the Ministry of Health"); null for none.
       */
      function passiveAgentAt(last: number, cueClass: CueMatch['cueClass'], end: number): number | null {
        if (lower(last + 1) === 'by') return last + 1;
        // "was called “technically true” by", "was described as a betrayal by": past what the subject is called,
        // in its clause.
        if (characterizes(cueClass)) {
          for (let by = last + 1; by < end && by <= last + 20; by++) {
            if (inQuote(tokens[by]!)) continue;
            if (lower(by) === 'by') return by > last + 1 ? by : null;
            if (BOUNDARY.test(lower(by)) || ['VERB', 'AUX'].includes(tokens[by]!.pos)) break;
          }
        }
        // "was put at 61 by", "were estimated at a further $350 million by": past the figure after "at".
        if (!(cueClass === 'figure-at' || cueClass === 'speech') || lower(last + 1) !== 'at') return null;
        const figure = spansStartingIn(doc.quantities, tokens[last + 1]!.end, tokens[end - 1]!.end)[0];
        let by = last + 2;
        while (by < end && ['DET', 'ADJ'].includes(tokens[by]!.pos) && figure && tokens[by]!.start < figure.start) by++;
        if (!figure || figure.start !== tokens[by]?.start) return null;
        while (by < end && tokens[by]!.end <= figure.end) by++;
        // (Past the figure's counted noun: "was estimated at 45 million crowns by".)
        for (let noun = 0; noun < 3 && by < end && ['NOUN', 'ADJ'].includes(tokens[by]!.pos); noun++) by++;
        // (Past a phrase of time after it: "was estimated at $94 billion over 10 years by".)
        if (tokens[by]?.pos === 'ADP' && lower(by) !== 'by') {
          let k = by + 1;
          while (k < end && k <= by + 4 && ['DET', 'NUM', 'ADJ', 'NOUN'].includes(tokens[k]!.pos)) k++;
          if (k > by + 1 && lower(k) === 'by' && tokensBetween(by + 1, k).some((_token, j) => isTemporal(by + 1 + j))) by = k;
        }
        return lower(by) === 'by' ? by : null;
      }

      /** A figure after "the" is one already known, no figure a source puts: "Police confirmed the two deaths" (not "confirmed four deaths"). */
      function isKnownFigure(figure: Span): boolean {
        return ['the', 'these', 'those'].includes(lower(spanIndexAt(tokens, figure.start) - 1));
      }

      /**
       * "It was announced by the ministry that …", "Twelve deaths were reported by the ministry": the agent
       * is the source; the content follows its "that", or else is the subject when it holds a figure.
       */
      function passive(cue: CueMatch, cueFirst: number, be: number, by: number, begin: number, end: number, contentEnd: number, s: number): AttributionMention | null {
        // "was described by the opposition as “a blow …”": what a cue of characterizing says follows "as".
        // (A "that" right before a verb opens a relative clause of the agent's: "ruled by juntas since coups that began …".)
        const opensContent = (t: number) => (lower(t) === 'that' && !['VERB', 'AUX'].includes(tokens[t + 1]?.pos ?? '')) || (characterizes(cue.cueClass) && lower(t) === 'as');
        let agentEnd = by + 1;
        while (agentEnd < end && !/^[,;:.!?]$/.test(lower(agentEnd)) && !opensContent(agentEnd)) agentEnd++;
        if (agentEnd === by + 1) return null;
        let agent: [number, number] = [by + 1, agentEnd - 1];
        // "too large to be explained by counting errors alone": a thing is no agent of saying.
        if (!canSpeak(headOf(agent))) return null;
        // "was described by Jörg Pfeiffer, a fund manager at Rhenania Invest, as …": past a description of the agent.
        if (lower(agentEnd) === ',') {
          let close = agentEnd + 1;
          while (close < end && close < agentEnd + 15 && lower(close) !== ',') close++;
          if (opensContent(close + 1)) [agent, agentEnd] = [[by + 1, close - 1], close + 1];
        }
        // (What a passive of characterizing says is its subject with what follows "as": "The offer was described by
        // X as “an insult”".)
        if (opensContent(agentEnd)) return finishWithSource(cue, cueFirst, agent, spanOfTokens(lower(agentEnd) === 'as' ? begin : agentEnd + 1, contentEnd), s);
        // What was said is the subject with its figure ("40 deaths were reported by X", "the toll was put at 61 by
        // X") or its proposition ("Claims that the depot had been destroyed were denied by the ministry"), or
        // with what it was called ("The deal was called “a betrayal” by X").
        const subjectEnd = by === cue.last + 1 ? be : by;
        const subject = spanOfTokens(begin, subjectEnd);
        if (characterizes(cue.cueClass) && by > cue.last + 1) return finishWithSource(cue, cueFirst, agent, subject, s);
        // (A cue of an act puts no figure, as in the active: "The offer of 8.5 percent was rejected by members"; nor
        // does a figure already known: "The three countries have been ruled by …".)
        const figure = !!subject && !words.has(cue.lemma, 'act-cue') &&
          spansStartingIn(doc.quantities, subject.start, subject.end).some((q) => q.end <= subject.end && q.kind !== 'ordinal' && !isKnownFigure(q));
        const proposition = tokensBetween(begin, subjectEnd).some((token, k) => nounsOfSaying.has(token.text.toLowerCase()) && lower(begin + k + 1) === 'that');
        return figure || proposition ? finishWithSource(cue, cueFirst, agent, subject, s) : null;
      }

      /**
       * "…, as one analyst put it." / "As the minister said in May, …": a clause of "as" that says nothing
       * after its cue attaches to the clause beside it, which is the content. Past the cue only a phrase of
       * place, time or hearer may follow ("in a statement to reporters"): "as he said goodbye" is no aside.
       */
      function asClauseContent(as: number, after: number, begin: number, end: number): Span | null {
        if (as < begin || lower(as) !== 'as' || !opensClause(as, begin)) return null;
        let close = after;
        if (close < end && !BOUNDARY.test(lower(close)) && !isClauseEnd(close) && !['ADP', 'ADV'].includes(tokens[close]!.pos) && !isTemporal(close)) return null;
        for (; close < end && close < after + 15 && !isClauseEnd(close); close++) {
          if (['VERB', 'AUX'].includes(tokens[close]!.pos) || inQuote(tokens[close]!)) return null;
        }
        if (close < end && !isClauseEnd(close)) return null;
        const leads = tokensBetween(begin, as).every((token) => token.pos === 'PUNCT');
        // In the middle of its clause the aside is passed over: "… from being seen, as X put it, “the operator.”"
        if (!leads) return lower(close) === ',' ? spanOfTokens(begin, end) : spanOfTokens(begin, as);
        return lower(close) === ',' ? spanOfTokens(close + 1, end) : null;
      }

      /**
       * Where a clause of "…, who …," ends: at the comma after which the main clause goes on with its verb
       * ("Armand, who denied all charges, was ordered …").
       */
      function relativeClauseEnd(from: number, contentEnd: number): number {
        for (let t = from; t < contentEnd; t++) {
          if (lower(t) !== ',') continue;
          let verb = t + 1;
          while (verb < contentEnd && tokens[verb]!.pos === 'ADV') verb++;
          if (['VERB', 'AUX'].includes(tokens[verb]?.pos ?? '')) return t;
        }
        return contentEnd;
      }

      /** The subject that ends at token `t`: a noun phrase, a pronoun, "X (R-Ind.)" or "X, an aide to Y,". */
      function subjectBefore(t: number, begin: number): [number, number] | null {
        // A comma inside the closing mark of a name in quotes ends a description as a comma does: "…, a leader
        // of the conservative “Liberty Bloc,” wrote …".
        if (isQuoteMark(t) && lower(t - 1) === ',') {
          const open = openingMarkBefore(t, begin);
          if (open >= 0 && /^\p{Lu}/u.test(tokens[open + 1]!.text)) t--;
        }
        // "A group calling itself “BlackHarrow” said": a name in quotes that a reflexive gives ends the phrase.
        if (isQuoteMark(t) && isNameAt(tokens, t - 1)) {
          const open = openingMarkBefore(t, begin);
          const named = open >= 0 && words.has(lower(open - 1), 'reflexive') ? subjectBefore(open - 1, begin) : null;
          if (named) return [named[0], t];
        }
        // "he on Tuesday said", "who in 2010 said": a pronoun before a date.
        const beforeDate = isTemporal(t) ? beforeTemporal(t, begin) : t;
        if (beforeDate >= begin && (pronounAt(beforeDate) || isRelativePronounAt(beforeDate))) return [beforeDate, beforeDate];
        const dash = isDash(t);
        if (lower(t) !== ',' && !dash) {
          // "The company that runs the plant said": the phrase after a relative clause's verb is its object.
          const participial = participleSubject(t, begin);
          if (participial) return participial;
          const phrase = subjectCore(t, begin);
          const afterVerb = !!phrase && ['VERB', 'ADP'].includes(tokens[phrase[0] - 1]?.pos ?? '');
          if (phrase && opensSubject(phrase[0], begin) && !afterVerb) return phrase;
          return relativeSubject(t, begin) ?? clauseOwnSubject(t, begin) ?? (phrase && opensSubject(phrase[0], begin) ? phrase : phrase && (nameAfterBody(phrase) ?? afterAmount(phrase)));
        }
        // "X, a description, said", "X — a description — said": the subject is the phrase before an
        // earlier comma (or the opening dash), best one that opens the sentence; the description belongs
        // to it, an aside ("X, at a rally, said") does not.
        let subject: [number, number] | null = null;
        let descriptionEnd = -1;
        let clauseStart = begin;
        // Past a dateline or a lead-in closed by a dash: "OSLO, Feb 6 (Reuters) - Halvard Foods, a food maker, said".
        if (!dash) {
          for (let k = t - 1; k > begin; k--) {
            if (isDash(k)) {
              clauseStart = k + 1;
              break;
            }
          }
        }
        while (clauseStart < t && ['CCONJ', 'PUNCT', 'ADV'].includes(tokens[clauseStart]!.pos)) clauseStart++;
        // "Vessels rescued four children, and recovered 41 bodies, a spokesman, X, told …": past a second
        // predicate, the phrase that opens the sentence is the subject of another verb.
        let predicate = t - 1;
        while (predicate > begin && !(['and', 'but'].includes(lower(predicate)) && ['VERB', 'AUX'].includes(tokens[predicate + 1]!.pos))) predicate--;
        if (predicate > begin) clauseStart = predicate + 1;
        // "According to the council, the closure will cost £11 million, and its officer, Priya Marsh, warned …": so
        // does one after a comma and a conjunction, past a clause with a verb of its own.
        const conjunction = conjunctionOfClause(clauseStart, t);
        if (conjunction >= 0) clauseStart = conjunction + 1;
        // "…, while a senior official at the agency, who asked …, said": a clause of its own after a comma (and
        // a closing quote: "…,” while opposition leader X described …").
        for (let k = t - 1; k > clauseStart; k--) {
          const afterComma = lower(k - 1) === ',' || (isQuoteMark(k - 1) && lower(k - 2) === ',');
          if (words.has(lower(k), 'clause-break') && !['and', 'but'].includes(lower(k)) && afterComma && !inQuote(tokens[k]!)) {
            clauseStart = k + 1;
            break;
          }
        }
        // (So does one after a relative word that follows a noun, the subject of a clause with a gap: "a crowd that
        // Seaward Live, the organiser, estimated at 45,000".)
        const afterRelative = (k: number) => ['that', 'which', 'whom'].includes(lower(k - 1)) && ['NOUN', 'PROPN'].includes(tokens[k - 2]?.pos ?? '');
        const opens = (candidate: [number, number] | null) => !!candidate && (opensClause(candidate[0], begin) || candidate[0] === clauseStart || afterRelative(candidate[0]));
        for (let comma = t - 1; comma > begin && comma >= t - 40; comma--) {
          if (dash ? !isDash(comma) : lower(comma) !== ',') continue;
          // "A survivor who gave his name only as Ibrahim, 27, said": the phrase may hold a relative clause.
          const core = subjectCore(comma - 1, begin);
          const phrase = opens(core) ? core : (relativeSubject(comma, begin) ?? core);
          // (Words inside a quote are no subject, nor anything before them: "“Our crew acted with restraint,” Soren
          // Halt, commander of the fleet, told …".)
          if (phrase && inQuote(tokens[phrase[0]]!)) break;
          // (An age in apposition is no subject: "Margaret Oyelaran, 58, whose son …, said".)
          const age = !!phrase && phrase[0] === phrase[1] && tokens[phrase[0]]!.pos === 'NUM';
          if (!phrase || !opens(phrase) || age) {
            if (dash) break;
            continue;
          }
          // "The report, published by Amnesty International, …" and "Ann Lee, of Springfield, …" describe;
          // "X, speaking at a rally, …" is an aside.
          // "X, now a pundit, said" describes too.
          const describes = lower(comma + 2) === 'by' || lower(comma + 1) === 'of' || (tokens[comma + 1]!.pos === 'ADV' && tokens[comma + 2]?.pos === 'DET');
          // So is a parenthetical cue: "An analysis commissioned by X, she said, estimated …".
          const parenthetical = !!pronounAt(comma + 1) && tokens[comma + 2]?.pos === 'VERB';
          // (An -ing form a tagger reads as a noun is a participle there: "Ms. Whitcomb, standing/NOUN a few feet away, said".)
          const participle = /ing$/.test(lower(comma + 1)) && ['DET', 'ADP', 'ADV'].includes(tokens[comma + 2]?.pos ?? '') && !words.has(lower(comma + 1), 'role-participle');
          const aside = ((['ADP', 'VERB', 'ADV', 'SCONJ'].includes(tokens[comma + 1]!.pos) || participle) && !describes) || parenthetical;
          if (!subject || phrase[0] === clauseStart) {
            subject = phrase;
            descriptionEnd = aside ? phrase[1] : t - 1;
          }
          if (phrase[0] === clauseStart || dash) break;
        }
        return subject && [subject[0], descriptionEnd];
      }

      /**
       * A present participle right after a noun for someone who speaks: "a lawyer representing the family". A
       * noun of the table is a noun whatever a tagger made of it ("A Republican operative/ADJ working on …").
       */
      function isSpeakerParticipleAt(t: number): boolean {
        return tokens[t]?.pos === 'VERB' && /ing$/.test(lower(t)) && (['NOUN', 'PROPN'].includes(tokens[t - 1]?.pos ?? '') || sourceHeads().has(lower(t - 1))) && canSpeak(t - 1);
      }

      /**
       * "Several judges handling lawsuits seeking information about her tenure as secretary of state have
       * said": a speaker that opens the clause with a participle's phrase, however long, up to `t`, with no
       * verb of a clause nor a comma between.
       */
      function participleSubject(t: number, begin: number): [number, number] | null {
        let participle = begin + 1;
        while (participle < t && !(tokens[participle]!.pos === 'VERB' && /ing$/.test(lower(participle)))) participle++;
        if (participle >= t || !isSpeakerParticipleAt(participle)) return null;
        const speaker = nounPhraseBefore(tokens, participle - 1, begin);
        if (!speaker || !opensClause(speaker[0], begin)) return null;
        for (let k = participle + 1; k <= t; k++) {
          // (A word of a name is none: "Freedom of Information Act/VERB lawsuits".)
          const participleForm = (tokens[k]!.pos === 'VERB' && /(?:ing|ed|en)$/.test(lower(k))) || isNameAt(tokens, k);
          if ((['VERB', 'AUX'].includes(tokens[k]!.pos) && !participleForm) || /^[,;:()“”"«»—–]$/.test(lower(k)) || words.has(lower(k), 'relative')) return null;
        }
        return [speaker[0], t];
      }

      /** "All the experts I interviewed said …": a source noun with a clause of its own and no "who". */
      function clauseOwnSubject(t: number, begin: number): [number, number] | null {
        if (tokens[t]!.pos !== 'VERB' || !words.has(lower(t - 1), 'subject-pronoun') || t - 2 < begin) return null;
        const phrase = subjectCore(t - 2, begin);
        if (!phrase || !canSpeak(phrase[1])) return null;
        const first = words.has(lower(phrase[0] - 1), 'partitive') ? phrase[0] - 1 : phrase[0];
        return opensSubject(first, begin) ? [first, t] : null;
      }

      /**
       * "… with the editorial board of the Washington Post Trump said …": a run of names that holds no
       * subject as a whole, but starts with a known body, ends with a short name after it that is the
       * subject. Only a body of the table marks the seam; an unknown run stays whole.
       */
      function nameAfterBody([first, last]: [number, number]): [number, number] | null {
        for (let seam = last; seam > first && seam >= last - 2; seam--) {
          if (!isNameAt(tokens, seam) || !isNameAt(tokens, seam - 1) || words.has(lower(seam), 'proxy') || sourceHeads().has(lower(seam))) return null;
          let start = seam - 1;
          while (start > first && isNameAt(tokens, start - 1)) start--;
          const body = doc.actors.byName.get(lookupKey(text.slice(tokens[start]!.start, tokens[seam - 1]!.end)));
          if (body && body.kind !== 'person' && !doc.actors.byName.has(lookupKey(text.slice(tokens[start]!.start, tokens[last]!.end)))) return [seam, last];
        }
        return null;
      }

      /**
       * "… of the $20 million experts say it costs": a reduced relative clause whose subject follows a sum
       * of money or a percentage, which count no people. Only people named by a plural source noun qualify.
       */
      function afterAmount([first, last]: [number, number]): [number, number] | null {
        if (!isPluralSourceHead(tokens[last]!.text)) return null;
        let k = last - 1;
        while (k >= first && ['NOUN', 'ADJ'].includes(tokens[k]!.pos) && !figureAt(k)) k--;
        const amount = k >= first ? figureAt(k) : undefined;
        const counted = !amount || amount.end !== tokens[k]!.end || !(amount.kind === 'money' || amount.kind === 'percent');
        return counted ? null : [k + 1, last];
      }

      /**
       * An -ing form after a preposition or a determiner is a noun: "three days of mourning", "most for missing
       * signatures", "opponents of taking in migrants".
       */
      function isGerundAt(t: number): boolean {
        return /ing$/.test(lower(t)) && ['ADP', 'SCONJ', 'DET', 'ADJ'].includes(tokens[t - 1]?.pos ?? '');
      }

      /**
       * A participle between a determiner (or a number) and its noun modifies it: "rejects the president's disputed
       * election win", "the culling methods", "six redistricting cases", past adverbs: "a more complicated story".
       */
      function isParticipleModifier(t: number): boolean {
        let modified = t - 1;
        while (tokens[modified]?.pos === 'ADV' && modified > t - 3) modified--;
        return tokens[t]!.pos === 'VERB' && /(?:ed|ing)$/.test(lower(t)) && ['NOUN', 'PROPN'].includes(tokens[t + 1]?.pos ?? '') && (['DET', 'ADJ', 'NUM'].includes(tokens[modified]?.pos ?? '') || isPossessiveAt(tokens, modified));
      }

      /** A past participle right after a noun modifies it: "the number of people killed", "a statement released on Monday". */
      function isParticipleOfNoun(t: number): boolean {
        return tokens[t - 1]?.pos === 'NOUN' && /(?:ed|en)$/.test(lower(t));
      }

      /** A past participle set off by a comma after a noun, with no object of its own: "the levy, known as …". */
      function isParticipleAside(t: number): boolean {
        return lower(t - 1) === ',' && ['NOUN', 'PROPN'].includes(tokens[t - 2]?.pos ?? '') && tokens[t]!.pos === 'VERB' && /(?:ed|en|wn)$/.test(lower(t)) &&
          (['ADP', 'ADV', 'PUNCT'].includes(tokens[t + 1]?.pos ?? '') || isTemporal(t + 1));
      }

      function isDash(t: number): boolean {
        return isDashAt(text, tokens, t);
      }

      /** "A government official who asked not to be named said …": a subject that holds a relative clause. */
      function relativeSubject(t: number, begin: number): [number, number] | null {
        // "… failed to note that …": an infinitive's subject is not the phrase before its "to".
        if (lower(t) === 'to') return null;
        for (let k = t - 1; k > begin && k >= t - 15; k--) {
          if (/^[,;:]$/.test(lower(k))) return null;
          if (!words.has(lower(k), 'relative')) continue;
          // (A "that" with no verb after it is a demonstrative: "who was on duty that night said".)
          if (lower(k) === 'that' && tokens[k]!.pos === 'DET' && !tokensBetween(k + 1, t + 1).some((token) => ['VERB', 'AUX'].includes(token.pos))) continue;
          const phrase = subjectCore(k - 1, begin);
          return phrase && opensSubject(phrase[0], begin) ? [phrase[0], t] : null;
        }
        return null;
      }

      /**
       * The noun phrase that ends at `t`, with what belongs to it: a party tag ("Mike Pence (R-Ind.)"),
       * prepositional phrases ("officials at the ministry"); dates before a cue are passed over ("Wells
       * Fargo this month announced …").
       */
      function subjectCore(t: number, begin: number): [number, number] | null {
        if (lower(t) === ')') {
          let open = t - 1;
          while (open > begin && open > t - 10 && lower(open) !== '(') open--;
          const phrase = lower(open) === '(' ? subjectCore(open - 1, begin) : null;
          return phrase && [phrase[0], t];
        }
        // "many of them", "those close to him": an object pronoun ends a source only after the head it belongs to.
        if (words.has(lower(t), 'object-pronoun')) {
          const headed = withPrepositions([t, t], begin);
          return headed[0] < t ? headed : null;
        }
        // "Many said …", "Those who knew him said …": a quantifier or demonstrative alone, opening its clause.
        if (words.has(lower(t), 'partitive') && opensClause(t, begin)) return [t, t];
        // "Most of those polled said": a past participle after "those" ends its phrase.
        const thosePolled = lower(t - 1) === 'those' && tokens[t]!.pos === 'VERB' && /(?:ed|en)$/.test(lower(t));
        let phrase = thosePolled ? ([t - 1, t] as [number, number]) : nounPhraseBefore(tokens, t, begin);
        for (let tries = 0; phrase && isTemporal(phrase[1]) && tries < 2; tries++) {
          // Past the date alone: a name link may have joined it to the name ("Sanders on Tuesday said"); a text
          // issued then speaks ("A Dagsposten poll published on Monday put …").
          const k = beforeTemporal(phrase[1], begin);
          const issued = tokens[k]?.pos === 'VERB' ? proxyBefore(k - 1, begin) : null;
          if (issued) return [issued[0], t];
          // (Past a bracket before the date: "The Estmark Public Health Institute (EPHI) on Thursday reported".)
          phrase = k < begin ? null : lower(k) === ')' ? subjectCore(k, begin) : nounPhraseBefore(tokens, k, begin);
        }
        // "The Molen 12 Families Group": a number between two words of a name is a word of it.
        for (let joined = phrase; joined && isNumberOfNameAt(doc, joined[0] - 1) && isNamePartAt(tokens, joined[0]); ) {
          const before = nounPhraseBefore(tokens, joined[0] - 2, begin);
          joined = before && [before[0], joined[1]];
          if (joined) phrase = joined;
        }
        phrase = phrase && withPrepositions(phrase, begin);
        // "At least 20 Republicans": the modifier of a count that opens the phrase is a word of it.
        const count = phrase ? figureAt(phrase[0]) : undefined;
        if (phrase && count && count.start < tokens[phrase[0]]!.start) {
          let k = phrase[0];
          while (k > begin && tokens[k - 1]!.start >= count.start) k--;
          phrase = [k, phrase[1]];
        }
        // "The former first lady and U.S. senator said": a coordinated subject, when it opens the clause
        // ("… shelled the town and residents said" keeps "residents").
        if (phrase && lower(phrase[0] - 1) === 'and') {
          const left = nounPhraseBefore(tokens, phrase[0] - 2, begin);
          const other = left && withPrepositions(left, begin);
          if (other && opensClause(other[0], begin)) phrase = [other[0], phrase[1]];
        }
        return phrase;
      }

      /** A noun phrase of a proxy that ends at `t` ("a statement", "A Dagsposten poll"), or null. */
      function proxyBefore(t: number, begin: number): [number, number] | null {
        const proxy = t >= begin ? nounPhraseBefore(tokens, t, begin) : null;
        return proxy && words.has(lower(proxy[1]), 'proxy') ? proxy : null;
      }

      /**
       * The phrase with the phrases it is the head of: "officials at the ministry", "the secretary of state",
       * past an adjective ("people close to the campaign"), or headed by a quantifier ("some of the officials").
       */
      function withPrepositions(phrase: [number, number], begin: number): [number, number] {
        // "a study by Harvard researchers said", "a report released by the ministry said": a statement or
        // report with its issuer.
        // So is one with a phrase of its participle: "a joint statement released after the talks said".
        const by = phrase[0] - 1;
        // ("A survey released last week by Fairmont College": past a time after the participle.)
        const participleEnd = isTemporal(by - 1) ? beforeTemporal(by - 1, begin) : by - 1;
        // (A participle, not a verb of the clause: "The toll stood at 40, …" holds no text.)
        const issued = tokens[participleEnd]?.pos === 'VERB' && (/(?:ed|en)$/.test(lower(participleEnd)) || words.has(tokens[participleEnd]!.lemma, 'issue-verb'));
        // (Not a clause of "as" or "after" whose subject speaks: "Heatwave death toll disputed as hospitals say …".)
        const clauseOfSpeaker = words.has(lower(by), 'subordinator') && isSpeaker(headOf(phrase));
        if (['by', 'from'].includes(lower(by)) || (issued && tokens[by]?.pos === 'ADP' && !clauseOfSpeaker)) {
          // ("A report last year by the Coastal Towns Alliance": past a time after the text.)
          const proxy = proxyBefore(issued ? participleEnd - 1 : isTemporal(by - 1) ? beforeTemporal(by - 1, begin) : by - 1, begin);
          if (proxy) return [proxy[0], phrase[1]];
        }
        // So is one whose issuer has a phrase of its own: "a filing by Permata to the stock exchange put …".
        if (tokens[by]?.pos === 'ADP' && by - 1 >= begin) {
          const issuer = nounPhraseBefore(tokens, by - 1, begin);
          const proxy = issuer && ['by', 'from'].includes(lower(issuer[0] - 1)) ? proxyBefore(issuer[0] - 2, begin) : null;
          if (proxy) return [proxy[0], phrase[1]];
        }
        // A past participle may stand between the noun and its phrase: "officials briefed on the talks",
        // "residents reached by phone", "men interviewed by AFP".
        const participle = (t: number) => tokens[t]?.pos === 'VERB' && /(?:ed|en)$/.test(lower(t));
        // So may one with its particle, whatever its ending, before its agent: "a task force set up by the ministry".
        const phrasalParticiple = (t: number) => ['ADP', 'PART', 'ADV'].includes(tokens[t]?.pos ?? '') && tokens[t - 1]?.pos === 'VERB' && !lower(t - 1).endsWith('ing') && lower(t + 1) === 'by';
        // So may a present participle after a noun for someone who speaks ("a lawyer representing the family"),
        // with the phrase of any preposition ("protesters marching through the streets").
        const joins = (t: number) => words.has(lower(t), 'source-preposition') || (lower(t) === 'by' && (participle(t - 1) || phrasalParticiple(t - 1))) || isSpeakerParticipleAt(t) || (tokens[t]?.pos === 'ADP' && isSpeakerParticipleAt(t - 1));
        // "familiar with the talks between donors and the consortium": the second of two nouns after "between".
        if (['and', 'or'].includes(lower(phrase[0] - 1))) {
          const first = nounPhraseBefore(tokens, phrase[0] - 2, begin);
          if (first && lower(first[0] - 1) === 'between') phrase = [first[0], phrase[1]];
        }
        // "Gunnar Eiðsson of the purse seiner Hafdís": a name after "of the" and a noun for what it names is that noun's.
        let named = phrase[0] - 1;
        while (named > begin && ['NOUN', 'ADJ'].includes(tokens[named]!.pos) && /^\p{Ll}/u.test(tokens[named]!.text)) named--;
        if (isNameAt(tokens, phrase[0]) && named < phrase[0] - 1 && lower(named) === 'the' && lower(named - 1) === 'of' && named - 1 > begin) phrase = [named, phrase[1]];
        // (The object of a preposition may be a gerund's phrase: "a former police chief accused of ordering the killings".)
        const pastGerund = ([first, last]: [number, number]): [number, number] =>
          tokens[first - 1]?.pos === 'VERB' && lower(first - 1).endsWith('ing') && tokens[first - 2]?.pos === 'ADP' && first - 2 > begin ? [first - 1, last] : [first, last];
        for (let tries = 0; tries < 4 && joins((phrase = pastGerund(phrase))[0] - 1); tries++) {
          let before = phrase[0] - 2;
          // "people familiar with the talks": an adjective between them too (not a noun of the table a tagger read
          // as one: "the mayor's chief/ADJ of staff").
          const adjective = tokens[before]?.pos === 'ADJ' && !words.has(lower(before), 'partitive') && !sourceHeads().has(lower(before));
          if (adjective || participle(before) || isSpeakerParticipleAt(before)) before--;
          else if (phrasalParticiple(before)) before -= 2;
          // "observers in Virginia and around the country": phrases of a preposition joined by "and".
          if (['and', 'or'].includes(lower(before)) && before === phrase[0] - 2) {
            const other = nounPhraseBefore(tokens, before - 1, begin);
            if (other && other[0] - 1 >= begin && words.has(lower(other[0] - 1), 'source-preposition')) {
              phrase = [other[0], phrase[1]];
              continue;
            }
          }
          if (before < begin) break;
          // "some of the officials", and what may head it: "an official at one of the banks".
          if (words.has(lower(before), 'partitive')) {
            phrase = [before, phrase[1]];
            continue;
          }
          // "58% of respondents", "two of the men": a number of them.
          if (lower(before) === '%' || lower(before) === 'percent') before--;
          // ("Local 412 of the Teamsters": a number after a name is a word of it.)
          const count = tokens[before]?.pos === 'NUM' && !(before > begin && isNameAt(tokens, before - 1));
          const head: [number, number] | null = count ? [before, before] : nounPhraseBefore(tokens, before, begin);
          if (!head) break;
          phrase = [head[0], phrase[1]];
        }
        return phrase;
      }

      /** The token before the date or time that holds token `t` and the words that lead into it ("on", "this"). */
      function beforeTemporal(t: number, begin: number): number {
        while (t >= begin && isTemporal(t)) t--;
        while (t >= begin && (['ADP', 'ADV', 'DET'].includes(tokens[t]!.pos) || words.has(lower(t), 'time-modifier'))) t--;
        return t;
      }

      function isTemporal(t: number): boolean {
        return temporal[t] === 1;
      }

      /**
       * Whether a subject may start at token `t`: at the start of a clause, not inside a phrase ("a paper
       * published by …", "in a box labeled …" hold no speaker).
       */
      function opensSubject(t: number, begin: number): boolean {
        if (opensClause(t, begin) || opensAfterTime(t, begin)) return true;
        const previous = tokens[t - 1]!;
        // After a noun, a name opens a reduced relative clause: "in an attack Russia claims was …"; so does any
        // subject after a figure: "the $19.8 billion the central bank reported".
        const afterFigure = previous.pos === 'NUM' && doc.quantities[spanIndexAt(doc.quantities, previous.start)]?.end === previous.end;
        if (['SCONJ', 'AUX', 'ADV', 'PART', 'PRON', 'NOUN'].includes(previous.pos) || afterFigure || words.has(previous.text, 'relative') || words.has(previous.text, 'free-relative')) return true;
        // After a verb, only one that takes a clause: "said officials claim …", not "caused riot warnings …" nor a
        // hearer ("told analysts on a conference call that …"); or a participle that opens the subject with
        // it: "elected officials say …".
        if (previous.pos === 'VERB') {
          return (clauseVerbs.has(lower(t - 1)) && !words.has(previous.lemma, 'hearer-cue')) || (/ed$/.test(lower(t - 1)) && opensClause(t - 1, begin));
        }
        return previous.pos === 'ADP' && words.has(previous.text, 'subordinator');
      }

      /**
       * The subject of the main clause that a participle at `before` hangs on: the last of the clauses joined
       * by ", and" or ";" that has one ("…, and she grew upset, shouting …"), else the sentence's.
       */
      function mainClauseSubject(begin: number, before: number): [number, number] | null {
        let clauseStart = before - 1;
        while (clauseStart > begin && lower(clauseStart - 1) !== ';' && !(tokens[clauseStart - 1]!.pos === 'CCONJ' && lower(clauseStart - 2) === ',')) clauseStart--;
        return clauseSubject(clauseStart, before, true) ?? (clauseStart > begin ? clauseSubject(begin, before, true) : null);
      }

      /** Where the subject of the verb at `verb` ends: before the adverbs and auxiliaries that lead into it. */
      function beforeAuxiliaries(verb: number, begin: number): number {
        let t = verb - 1;
        // "continues to insist", "went on to say": past the verb that leads into the infinitive, to its subject.
        const catenative = lower(t) === 'to' ? catenativeAt(t - 1, begin) : lower(verb).endsWith('ing') ? gerundLeadAt(t, begin) : -1;
        if (catenative >= 0) t = catenative - 1;
        // ("could not be", "has also said", "also has said": in any order.)
        // (An adverb after an infinitive and its object is the infinitive's: "an aide who was not authorized to
        // speak publicly said", "… to discuss the talks publicly said".)
        const pastLeadIn = () => {
          while (t >= begin && !closesInfinitiveAt(t, begin) && (words.has(lower(t), 'skip') || tokens[t]!.pos === 'ADV' || words.has(lower(t), 'auxiliary') || words.has(lower(t), 'be'))) t--;
        };
        pastLeadIn();
        // "has in the past called", "have for years insisted", "had on Monday put": a phrase of a preposition after the
        // auxiliary; or a time: "had last week said".
        let preposition = t;
        while (preposition > begin && preposition > t - 4 && (['DET', 'ADJ', 'NOUN', 'NUM'].includes(tokens[preposition]!.pos) || isTemporal(preposition))) preposition--;
        const phrase = tokens[preposition]?.pos === 'ADP' && words.has(lower(preposition - 1), 'auxiliary');
        if (preposition < t && (phrase || (isTemporal(t) && words.has(lower(preposition), 'auxiliary')))) {
          t = phrase ? preposition - 1 : preposition;
          pastLeadIn();
        }
        return t;
      }

      /** Whether the adverb at `t` ends an infinitive's clause: "to speak publicly", "to discuss the matter publicly", "to be named publicly". */
      function closesInfinitiveAt(t: number, begin: number): boolean {
        if (tokens[t]!.pos !== 'ADV') return false;
        let verb = t - 1;
        while (verb > begin && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[verb]!.pos)) verb--;
        const to = words.has(lower(verb - 1), 'be') ? verb - 2 : verb - 1;
        return verb > begin && tokens[verb]!.pos === 'VERB' && lower(to) === 'to' && tokens[to]!.pos === 'PART';
      }

      /** The token at or after `t` that is no adverb, or `end`. */
      function pastAdverbsAfter(t: number, end: number): number {
        while (t < end && tokens[t]!.pos === 'ADV') t++;
        return t;
      }

      /** The token at or before `t` that is no adverb, or `floor`. */
      function pastAdverbs(t: number, floor: number): number {
        while (t > floor && tokens[t]!.pos === 'ADV') t--;
        return t;
      }

      /**
       * Whether the subject of the cue at `first` follows a relative word, so that the clause after the cue has
       * it for subject: "who police say fired …", "a rule that critics say shields …", "what the group says will be …";
       * or follows the noun of a relative clause with no such word, as a phrase that a determiner opens: "a figure
       * the opposition alliance says was inflated", "a figure it said included returnees" (not after a time: "last
       * week the ministry says …").
       */
      function subjectAfterRelative(first: number): boolean {
        const subjectEnd = beforeAuxiliaries(first, 0);
        const pronoun = words.has(lower(subjectEnd), 'subject-pronoun');
        const subject: [number, number] | null = pronoun ? [subjectEnd, subjectEnd] : nounPhraseBefore(tokens, subjectEnd, 0);
        if (!subject) return false;
        const before = subject[0] - 1;
        const reduced = tokens[before]?.pos === 'NOUN' && !temporal[before] && (pronoun || tokens[subject[0]]!.pos === 'DET') && tokens[before]!.sentence === tokens[first]!.sentence;
        return words.has(lower(before), 'relative') || words.has(lower(before), 'free-relative') || reduced || speakersAfterNounAt(subjectEnd);
      }

      /**
       * A bare plural of people who speak right after a noun, the subject of a reduced relative clause that a phrase
       * would join to the noun: "the 95 percent experts say is needed", "a scheme prosecutors say took $40 million".
       */
      function speakersAfterNounAt(t: number): boolean {
        return isPluralNoun(tokens[t]!) && sourceHeads().has(lower(t)) && tokens[t - 1]?.pos === 'NOUN' && tokens[t - 1]!.sentence === tokens[t]!.sentence;
      }

      /** Whether the "that" at `that`, after a noun, opens a relative clause: "a station that was hit", "a station that the army said was hit". */
      function relativeThatAt(that: number, end: number): boolean {
        if (!['NOUN', 'PROPN'].includes(tokens[that - 1]?.pos ?? '') || isTemporal(that - 1)) return false;
        // (Past adverbs: "a building that routinely holds …".)
        if (['VERB', 'AUX'].includes(tokens[pastAdverbsAfter(that + 1, end)]?.pos ?? '')) return true;
        let cue = that + 1;
        while (cue < end && cue <= that + 6 && (['DET', 'ADJ', 'NOUN', 'PROPN'].includes(tokens[cue]!.pos) || words.has(lower(cue), 'subject-pronoun'))) cue++;
        return cue > that + 1 && cueBeforeGapAt(cue);
      }

      /** A cue's form right before the verb of the clause whose subject it leaves out: "said" of "the army said caused …". */
      function cueBeforeGapAt(t: number): boolean {
        return forms.has(lower(t)) && ['VERB', 'AUX'].includes(tokens[t + 1]?.pos ?? '');
      }

      /**
       * Whether "to" follows the cue at `last`, right after it or after a phrase of its object with no verb or quote,
       * and no hearer comes after it with what was said ("added to reporters that …").
       */
      function addsTo(last: number, end: number): boolean {
        const saysAfter = (from: number) => {
          for (let k = from; k < end && k <= from + 4; k++) if (lower(k) === 'that' || lower(k) === ':' || isQuoteMark(k)) return true;
          return false;
        };
        for (let t = last + 1; t < end && t <= last + 8; t++) {
          if (lower(t) === 'to') return !['VERB', 'AUX'].includes(tokens[t + 1]?.pos ?? '') && !saysAfter(t + 1);
          if (!['DET', 'NUM', 'ADJ', 'NOUN', 'ADP', 'PROPN', 'ADV'].includes(tokens[t]!.pos) || inQuote(tokens[t]!) || lower(t) === 'that') return false;
        }
        return false;
      }

      /** A verb at `t` whose -ing form after it is a cue of its subject's ("keeps saying", "continued insisting"), or -1. */
      function gerundLeadAt(t: number, begin: number): number {
        return t >= begin && tokens[t]!.pos === 'VERB' && words.has(tokens[t]!.lemma, 'catenative-gerund') ? t : -1;
      }

      /** The first word of a catenative verb that ends at `t` ("continues", "went on", "took pains", "was quick"), or -1. */
      function catenativeAt(t: number, begin: number): number {
        if (t < begin) return -1;
        if (words.has(tokens[t]!.lemma, 'catenative')) return t;
        return t - 1 >= begin && words.has(`${tokens[t - 1]!.lemma} ${lower(t)}`, 'catenative') ? t - 1 : -1;
      }

      /** The subject of the nearest verb before `before` that has one: "where he testified about the pills" → he. */
      function nearestSubject(begin: number, before: number): [number, number] | null {
        for (let verb = before - 1; verb > begin; verb--) {
          if (!['VERB', 'AUX'].includes(tokens[verb]!.pos) || inQuote(tokens[verb]!)) continue;
          const t = beforeAuxiliaries(verb, begin);
          const subject = t >= begin && !['ADP', 'PART', 'CCONJ'].includes(tokens[t]!.pos) ? subjectBefore(t, begin) : null;
          if (subject) return subject;
        }
        return null;
      }

      /** The subject of the first verb of the clause at `begin`, when it opens the clause: "Trump is defending …". */
      function clauseSubject(begin: number, before: number, pastParticiples = false): [number, number] | null {
        let verb = begin;
        // (A cue's form before its object is a verb whatever a tagger made of it: "The campaign disputes/NOUN the figure".)
        const cueBeforeObject = (t: number) => forms.has(lower(t)) && t > begin && ['DET', 'NUM'].includes(tokens[t + 1]?.pos ?? '') && canSpeak(t - 1);
        // (Nor is a gerund: "opponents of taking in migrants"; nor a participle set off by commas after the subject:
        // "Mendenhall, speaking at a rally, brushed off …"; with `pastParticiples`, a past one too: "The mission, led by
        // Kgosi Molefe, was more positive, describing …".)
        // (Only one closed by a comma before the clause's own verb: not the verb after an apposition, "Rui Valente,
        // called on both sides …, saying …".)
        const closedBeforeVerb = (t: number) => {
          while (t < before && lower(t) !== ',') t++;
          return ['VERB', 'AUX'].includes(tokens[t + 1]?.pos ?? '') && !lower(t + 1).endsWith('ing');
        };
        const asideAt = (t: number) => t > begin + 1 && (isAsideAt(t - 1) || (pastParticiples && isParticipleAside(t) && closedBeforeVerb(t)));
        // (Nor is a participle of a noun that speaks: "A little-known group calling itself … claimed responsibility".)
        while (verb < before && ((tokens[verb]!.pos !== 'VERB' && tokens[verb]!.pos !== 'AUX' && !cueBeforeObject(verb)) || isNameAt(tokens, verb) || isGerundAt(verb) || asideAt(verb) ||
          isSpeakerParticipleAt(verb))) {
          if (asideAt(verb)) {
            while (verb < before && lower(verb) !== ',') verb++;
            continue;
          }
          verb++;
          // "The ELF, whose fighters are known …, took up arms": past a relative clause set off by commas; and
          // "The company that runs the plant, Noordhof Foods, denied …": past one before a name in apposition.
          if (lower(verb) === ',' && words.has(lower(verb + 1), 'relative')) {
            verb += 2;
            while (verb < before && lower(verb) !== ',') verb++;
          } else if (words.has(lower(verb), 'relative') && tokens[verb - 1]?.pos === 'NOUN') {
            let comma = verb + 1;
            while (comma < before && lower(comma) !== ',') comma++;
            const name = nameBetweenCommas(comma, before);
            if (name) verb = name[1] + 1;
            // "The company that runs the plant denied …": past the relative clause's verbs, to the clause's own.
            else if (['VERB', 'AUX'].includes(tokens[verb + 1]?.pos ?? '')) {
              verb++;
              while (verb < before && ['VERB', 'AUX'].includes(tokens[verb]!.pos)) verb++;
            }
          }
        }
        let last = pastAdverbs(verb - 1, begin);
        // "Prewitt himself has avoided …": past a reflexive that stresses the subject.
        if (last > begin && words.has(lower(last), 'reflexive') && ['NOUN', 'PROPN'].includes(tokens[last - 1]!.pos)) last = pastAdverbs(last - 1, begin);
        // "X, the senator from Nebraska, on Wednesday became …": past a time before the verb.
        if (last > begin && isTemporal(last)) last = beforeTemporal(last, begin);
        // "Speaking to reporters as he was led away, he denied …": past a phrase of a participle that opens the
        // clause, to its comma.
        if (verb === begin && /(?:ing|ed)$/.test(lower(verb))) {
          let comma = verb + 1;
          while (comma < before && lower(comma) !== ',') comma++;
          return comma + 1 < before ? clauseSubject(comma + 1, before, pastParticiples) : null;
        }
        if (verb >= before || last < begin) return null;
        const subject = subjectBefore(last, begin);
        return subject && (opensClause(subject[0], begin) || opensAfterTime(subject[0], begin)) ? subject : null;
      }

      /** "By Saturday afternoon Hrebenyuk had raised …": a time that opens the clause leads into the subject at `t`. */
      function opensAfterTime(t: number, begin: number): boolean {
        if (!isTemporal(t - 1)) return false;
        const k = beforeTemporal(t - 1, begin);
        return k < begin || opensClause(k + 1, begin);
      }

      function opensClause(t: number, begin: number): boolean {
        return t === begin || /^(?:[,;:(“”"'’«»]|'')$/.test(lower(t - 1)) || isDash(t - 1) || tokens[t - 1]!.pos === 'CCONJ';
      }

      /**
       * Who issued a text that is the object of a verb of issuing: "The prime minister's office issued a short
       * statement saying …" → "The prime minister's office"; null for anything else.
       */
      function issuerBefore([first, last]: [number, number], begin: number): [number, number] | null {
        if (!words.has(lower(headOf([first, last])), 'proxy')) return null;
        // ("posted a series of tweets saying …": past the noun of a number of texts.)
        if (lower(first - 1) === 'of') first = nounPhraseBefore(tokens, first - 2, begin)?.[0] ?? first;
        if (tokens[first - 1]?.pos !== 'VERB' || !words.has(tokens[first - 1]!.lemma, 'issue-verb')) return null;
        const t = beforeAuxiliaries(first - 1, begin);
        return t >= begin ? subjectBefore(t, begin) : null;
      }

      /** `issuer` names and kinds a source that is a text it issued ("a short statement" of the office that issued it). */
      function finishWithSource(cue: CueMatch, cueFirst: number, sourceSpan: [number, number], content: Span | null, s: number, issuer: [number, number] | null = null): AttributionMention | null {
        if (!content || content.end <= content.start) return null;
        let [first, last] = sourceSpan;
        while (first < last && tokens[first]!.pos === 'PUNCT') first++;
        // A closing bracket stays with its opening one: "The National Anticorruption Directorate (DNA)"; a
        // closing quote with a quote that opens inside the source ("… known as “the Hyenas”").
        const closesBracket = (t: number) => tokens[t]!.text === ')' && tokensBetween(first, t).some((token) => token.text === '(');
        const closesQuote = (t: number) => isQuoteMark(t) && tokensBetween(first, t).filter((_token, k) => isQuoteMark(first + k)).length % 2 === 1;
        while (last > first && tokens[last]!.pos === 'PUNCT' && !closesBracket(last) && !closesQuote(last)) last--;
        sourceSpan = [first, last];
        // "Neither account said who …": a source that no one is denies the act.
        if (words.has(lower(first), 'negative-subject') && lower(first + 1) !== '.') return null;
        const [textFirst, textLast] = withoutApposition(sourceSpan);
        const source = { start: tokens[textFirst]!.start, end: tokens[textLast]!.end };
        const pronoun = pronounAt(first);
        const relative = isRelativePronounAt(first) && first === last;
        const antecedent = relative ? antecedentOf(first) : null;
        // "anyone who says …" stands for no one named; "the bill, which put …": a thing speaks only when it is a
        // name, a body or a report (the name before its acronym in brackets: "the Coalition of Teachers (COT), which says …").
        if (relative && (!antecedent || (words.has(lower(first), 'relative-thing') && !canSpeak(lower(antecedent[1]) === ')' ? headOf(antecedent) : antecedent[1])))) return null;
        // (A text's possessor or the phrase of "by" or "from" after it is its issuer, and may refer back: "the agency's
        // annual reports" → the Border Patrol, "a statement from the bank" → the Reserve Bank of Calvadia.)
        issuer ??= pronoun ? null : possessorOfProxy(tokens, first, headOf(sourceSpan)) ?? issuerAfterProxy(tokens, headOf(sourceSpan), last, false);
        const description = pronoun && first === last
          ? resolvePronoun(pronoun, first, Math.min(source.start, content.start))
          : resolveBackReference(issuer ?? sourceSpan, describeSource(doc, antecedent ?? issuer ?? sourceSpan));
        // A name alone keeps the kind a description gave it before: "The newspaper Lanterne said … Lanterne later said".
        const describedKind = !pronoun && text.slice(source.start, source.end) === description.name ? describedKinds.get(description.name) : undefined;
        const made = finish(cue, cueFirst, source, describedKind ? { ...description, kind: describedKind } : description, content, s, description.entity?.entityId ?? null);
        if (textFirst !== first || textLast !== last) {
          withApposition.set(made, { start: tokens[first]!.start, end: tokens[last]!.end });
          let headEnd = textLast + 1;
          while (headEnd <= last && (lower(headEnd) === ',' || !['ADP', 'VERB', 'AUX', 'PUNCT'].includes(tokens[headEnd]!.pos)) && !words.has(lower(headEnd), 'relative')) headEnd++;
          while (headEnd > textLast + 1 && tokens[headEnd - 1]!.pos === 'PUNCT') headEnd--;
          if (headEnd > textLast + 1) describedAs.set(made, text.slice(source.start, tokens[headEnd - 1]!.end));
        }
        return made;
      }

      /** The head of a noun phrase: its last word before a preposition, a clause or a comma ("officials | familiar with …"). */
      function headOf([first, last]: [number, number]): number {
        let head = first;
        // (A compound joined by a hyphen is one word: "the business-backed Merrivale Taxpayers Alliance".)
        // (Nor is a possessor: "the families' group".)
        while (head < last && (isGluedHyphenAt(tokens, head + 1) || (isGluedHyphenAt(tokens, head) && head + 1 <= last) || isPossessiveAt(tokens, head + 1) ||
          (!['ADP', 'VERB', 'AUX', 'PUNCT', 'SCONJ', 'CCONJ'].includes(tokens[head + 1]!.pos) && !words.has(lower(head + 1), 'relative')))) head++;
        // "people familiar with …": an adjective after the noun; but a noun of the table is the head whatever a
        // tagger made of it ("The cooperative/ADJ estimated …").
        return head > first && tokens[head]!.pos === 'ADJ' && !sourceHeads().has(lower(head)) ? head - 1 : head;
      }

      /** A name or a noun of the table of sources: someone, or some body, who speaks. */
      function isSpeaker(head: number): boolean {
        // (A plural of a title speaks too: "The commissioners have put …".)
        return isNameAt(tokens, head) || isAcronymInName(head) || isNumberOfNameAt(doc, head) || headKindAt(tokens, head) !== undefined || sourceHeads().has(tokens[head]!.lemma) || titleWords().has(lower(head)) || titleWords().has(tokens[head]!.lemma);
      }

      /** A speaker, a body that speaks, or a thing that speaks for one (a statement, a report). */
      function canSpeak(head: number): boolean {
        return isSpeaker(head) || words.has(lower(head), 'body') || words.has(tokens[head]!.lemma, 'body') || words.has(lower(head), 'proxy');
      }

      /**
       * What a relative pronoun source stands for: "an architect who said" → "an architect"; past an
       * appositive to the name it describes: "McConnell, now the majority leader, who said" → "McConnell".
       */
      function antecedentOf(relative: number): [number, number] | null {
        const begin = doc.sentenceTokens[tokens[relative]!.sentence]![0];
        const comma = lower(relative - 1) === ',';
        let phrase = subjectCore(relative - 1 - +comma, begin);
        // "handing a victory to Republican legislators who said …": the nearest phrase, when only it can speak.
        const nearest = nounPhraseBefore(tokens, relative - 1 - +comma, begin);
        const noSpeaker = !!phrase && tokens[headOf(phrase)]!.pos === 'NOUN' && !canSpeak(headOf(phrase));
        if (phrase && nearest && !comma && nearest[0] > phrase[0] && noSpeaker && canSpeak(headOf(nearest))) phrase = nearest;
        // "Keisha Dunmore, a home health aide who said …": an indefinite description in apposition stands for the name.
        const indefinite = !!phrase && ['a', 'an'].includes(lower(phrase[0]));
        if (!phrase || !(comma || indefinite) || isNameAt(tokens, headOf(phrase))) return phrase;
        const before = pastAdverbs(phrase[0] - 1, begin);
        let name = lower(before) === ',' ? nounPhraseBefore(tokens, before - 1, begin) : null;
        // Past an age: "Linda Krauss, 61, a retired machinist from Corry, who said …".
        if (name && name[0] === name[1] && tokens[name[0]]!.pos === 'NUM' && lower(name[0] - 1) === ',') name = nounPhraseBefore(tokens, name[0] - 2, begin);
        return name && isNameAt(tokens, name[1]) ? name : phrase;
      }

      function finish(cue: CueMatch, cueFirst: number, source: Span, description: SourceDescription, contentSpan: Span, s: number, entityId: string | null): AttributionMention {
        const cueStart = tokens[cueFirst]!.start;
        const cueEnd = tokens[cue.last]!.end;
        const cueSpan = { start: cueStart, end: cueEnd };
        const content = widenToQuotes(joinSplitQuote(contentSpan, source, cueSpan, s));
        const quotes = spansOverlapping(outerQuotes, content.start, content.end);
        // Direct when every word of the content is quoted; a split quote's source and cue do not count.
        // (So do a phrase of the cue's before the second piece of a split quote and a description between the source
        // and the cue.)
        const high = Math.max(source.end, cueEnd);
        const next = quotes.find((quote) => quote.start >= high);
        const gaps = [
          next && content.start < Math.min(source.start, cueStart) ? { start: high, end: next.start } : null,
          { start: Math.min(source.end, cueEnd), end: Math.max(source.start, cueStart) },
        ].filter((gap): gap is Span => !!gap && gap.start < gap.end && isCueAdjunct(gap.start, gap.end));
        const aside = [...quotes, source, cueSpan, ...gaps].sort((a, b) => a.start - b.start);
        let unquotedWords = false;
        let from = content.start;
        for (const span of [...aside, { start: content.end, end: content.end }]) {
          if (span.start > from && WORD_CHARACTER.test(text.slice(from, Math.min(span.start, content.end)))) unquotedWords = true;
          from = Math.max(from, span.end);
        }
        const type = !quotes.length ? 'indirect' : unquotedWords ? 'mixed' : 'direct';
        return {
          sentence: s,
          source: { ...source, text: text.slice(source.start, source.end), name: description.name, kind: description.kind, entityId },
          cue: { start: cueStart, end: cueEnd, text: text.slice(cueStart, cueEnd), lemma: cue.lemma },
          type,
          quote: quotes.length ? quotes.map(quoteWords).join(' ') : null,
          content: { ...content, text: text.slice(content.start, content.end) },
          hedged: words.has(cue.lemma, 'hedging-cue'),
        };
      }

      /**
       * “…,” he said, “…”: the content runs over both pieces of a quote split around its source and cue,
       * when the first piece opens the sentence and the second follows in it.
       */
      function joinSplitQuote(content: Span, source: Span, cue: Span, s: number): Span {
        const sentence = doc.sentences[s]!;
        const low = Math.min(source.start, cue.start);
        const high = Math.max(source.end, cue.end);
        const onlyJoiners = (from: number, to: number) => from <= to && (/^[ ,:;—–-]*$/.test(text.slice(from, to)) || isCueAdjunct(from, to));
        // The source and cue stand together between the pieces ("he said", "said the mayor"); a participle
        // apart from the source it takes ("“…,” the mayor said, adding …") splits no quote.
        // (A description of the source may stand between them, or the comma that closes it: "Irena Koszta, general
        // secretary of the union, told …", "the company's chief executive, Tomas Lindqvar, told …".)
        const [gapStart, gapEnd] = [Math.min(source.end, cue.end), Math.max(source.start, cue.start)];
        const gap = text.slice(gapStart, gapEnd);
        if (/[,;:.!?"“”«»]/.test(gap) && !/^\s*,\s*$/.test(gap) && !isCueAdjunct(gapStart, gapEnd)) return content;
        const opensSentence = (quote: Quote) => quote.start <= sentence.start || /^[\s\p{P}]*$/u.test(text.slice(sentence.start, quote.start));
        if (content.end <= low) {
          // Quotes are disjoint and in order: only the first after the cue can follow it with joiners alone.
          const after = spansStartingIn(outerQuotes, high, sentence.end).slice(0, 1).find((quote) => onlyJoiners(high, quote.start));
          const opening = lastSpanStartingBy(outerQuotes, content.start + 1);
          const first = outerQuotes.slice(Math.max(0, opening - 1), opening + 1).find((quote) => quote.end >= content.end - 1);
          if (after && first && opensSentence(first)) return { start: content.start, end: after.end };
        } else if (content.start >= high) {
          // Only the last quote that ends before the source can be followed by joiners alone.
          const last = lastSpanStartingBy(outerQuotes, low);
          const candidate = outerQuotes[last] && outerQuotes[last]!.end <= low ? outerQuotes[last] : outerQuotes[last - 1];
          const before = candidate && onlyJoiners(candidate.end, low) && opensSentence(candidate) && candidate.end > sentence.start ? candidate : undefined;
          if (before) return { start: before.start, end: content.end };
        }
        return content;
      }

      /**
       * Whether the text from `from` to `to`, up to a comma, is a phrase of the cue's ("said in a televised interview,
       * “…”", "said as she read the verdict, “…”"), the source's description ("Irena Koszta, general secretary of the
       * union, told …") or the cue's hearer ("told the crowd from a truck, “…”"): no part of what was said.
       */
      function isCueAdjunct(from: number, to: number): boolean {
        const between = spansStartingIn(tokens, from, to);
        if (between.length < 2 || between.length > 20 || between.at(-1)!.text !== ',' || /[.!?;:"“”«»]/.test(text.slice(from, to))) return false;
        // A phrase of a preposition or a subordinator; or the source's description and the cue's hearer with no verb but
        // in a relative clause ("said Petar Sulk, a farmer whose house stands by the river, “…”", "told the crowd from a
        // truck, “…”"), not a participle of its own ("…, adding that …, “…”").
        if (['ADP', 'SCONJ'].includes(between[0]!.pos) && between.length <= 12) return true;
        const relative = between.findIndex((token) => words.has(token.text.toLowerCase(), 'relative'));
        return between.every((token, k) => !['VERB', 'AUX'].includes(token.pos) || (relative >= 0 && k > relative));
      }

      function quoteWords(quote: Quote): string {
        // A quote over several paragraphs repeats its opening mark on each: those marks are not words.
        return text.slice(quote.inner.start, quote.inner.end).replace(/\s*\n\s*["“«„]?/g, ' ').trim();
      }

      /** The content span grown to hold every quote it touches, and trimmed of edge punctuation. */
      function widenToQuotes(span: Span): Span {
        let { start, end } = span;
        // Quotes are disjoint: growing the span to one quote never makes it touch another.
        for (const quote of spansOverlapping(outerQuotes, span.start, span.end)) {
          start = Math.min(start, quote.start);
          end = Math.max(end, quote.end);
        }
        let trimmed = trimSpan(text, start, end);
        while (trimmed.end > trimmed.start && /[,.;:!?—–-]/.test(text[trimmed.end - 1]!)) trimmed = trimSpan(text, trimmed.start, trimmed.end - 1);
        while (trimmed.end > trimmed.start && /[,;:—–]/.test(text[trimmed.start]!)) trimmed = trimSpan(text, trimmed.start + 1, trimmed.end);
        return trimmed;
      }

      /**
       * "…, said X." / "…,” notes Reuters." : the source follows the cue and ends the clause, with any
       * description after it ("…, said Joseph, who has four children.").
       */
      function invertedSource(cue: CueMatch, next: CueMatch | undefined, begin: number, end: number): [number, number] | null {
        const before = tokens[cue.first - 1];
        if (!before || !commaOrClosingMark(before.text)) return null;
        // What comes before must say something: "Senator X, Democrat of California, said …" is no content,
        // nor is "X, a developer, which is made up of …, said …": a verb of a relative clause does not count.
        // Nor is a participle set off by commas after the subject: "A UN official, speaking on condition of anonymity, said …".
        let says = false;
        let inRelativeOrAside = false;
        for (let t = begin; t < cue.first && !says; t++) {
          if (words.has(lower(t), 'relative')) inRelativeOrAside = true;
          // (So is a past participle set off by commas after the subject: "The Iraqi Oil Ministry, known in Arabic as …, disputes …".)
          else if (lower(t) === ',') inRelativeOrAside = isAsideAt(t) || (t + 1 < cue.first && isParticipleAside(t + 1));
          // A participle inside a compound ("Washington-based") or a word of a name ("Nuala Grant/VERB") is no verb of a clause;
          // a form in -s between a noun and a preposition or a number is one, whatever a tagger made of it ("toll rises/NOUN to 63").
          // (A plural of those who speak is none: "Intelligence officials from two governments, …, estimated …".)
          const verbInS = tokens[t]!.pos === 'NOUN' && /s$/.test(lower(t)) && tokens[t]!.lemma !== lower(t) && ['NOUN', 'PROPN'].includes(tokens[t - 1]?.pos ?? '') && ['ADP', 'NUM'].includes(tokens[t + 1]?.pos ?? '') && !canSpeak(t);
          // (Nor is a participle after a noun inside a phrase of a preposition: "The sheriff's office, in records released
          // last year, reported …"; but one with an object is a verb: "Rainfall in the area reached 94 millimetres …".)
          // (Nor an -ing form after a noun, which modifies it: "Carrow, a Democrat seeking a second term, disputed …".)
          const modifies = (isParticipleOfNoun(t) && tokens[nounPhraseStart(t - 1, begin) - 1]?.pos === 'ADP' && !['NUM', 'DET', 'PRON'].includes(tokens[t + 1]?.pos ?? '')) ||
            (/ing$/.test(lower(t)) && ['NOUN', 'PROPN'].includes(tokens[t - 1]?.pos ?? ''));
          says = inQuote(tokens[t]!) || (!inRelativeOrAside && (['VERB', 'AUX'].includes(tokens[t]!.pos) || verbInS) && lower(t - 1) !== '-' && !isNameAt(tokens, t) && !modifies);
        }
        // So does a figure of an event with no verb, as a headline writes it: "At least 40 dead, says UN agency".
        if (!says && !holdsEventFigure(begin, cue.first)) return null;
        const phrase = nounPhraseAfter(tokens, cue.last + 1, end);
        if (!phrase || !(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM'].includes(tokens[phrase[0]]!.pos) || isNameAt(tokens, phrase[0]))) return null;
        if (!isNounPhrase(phrase) || isTemporal(phrase[0])) return null;
        // A noun before "that" and a clause is a hearer: "…, in which the attorney, Sylvia Brandt, warned the commission
        // that …".
        const that = tokensBetween(phrase[0], phrase[1] + 1).findIndex((token) => token.text.toLowerCase() === 'that');
        if (that > 0 && tokensBetween(phrase[0] + that + 1, phrase[1] + 1).some((token) => ['VERB', 'AUX'].includes(token.pos))) return null;
        // A lone noun that cannot speak is the cue's object, as a headline drops its article: "…, demands recount";
        // so is a phrase with a figure after "at": "Grounded Now, the group behind it, estimated the crowd at 2,500".
        if (phrase[0] === phrase[1] && tokens[phrase[0]]!.pos === 'NOUN' && !canSpeak(phrase[0])) return null;
        // So is a count of things that cannot speak: "The unit, staffed by 60 workers, answered 9,800 calls", "…,
        // wrote more than 200 checks from a fund …" (the noun after the figure that opens the phrase).
        const counted = tokensBetween(phrase[0], phrase[1] + 1).some((token) => token.pos === 'NUM');
        if (counted && tokens[headOf(phrase)]!.pos === 'NOUN' && !canSpeak(headOf(phrase))) return null;
        const opening = figureAt(phrase[0]);
        const countedNoun = opening ? spanIndexAt(tokens, opening.end - 1) + 1 : -1;
        if (countedNoun > 0 && countedNoun <= phrase[1] && tokens[countedNoun]!.pos === 'NOUN' && !canSpeak(countedNoun)) return null;
        if (tokensBetween(phrase[0], phrase[1] + 1).some((token, k) => token.text === 'at' && opensFigure(phrase[0] + k + 1))) return null;
        phrase[1] = withBracketTag(phrase[1], end);
        // A remark in brackets after the name is passed over: "said Mr. Burman (a view others share)."
        let afterPhrase = phrase[1] + 1;
        if (lower(afterPhrase) === '(') {
          while (afterPhrase < end && afterPhrase < phrase[1] + 20 && lower(afterPhrase) !== ')') afterPhrase++;
          afterPhrase++;
        }
        return withDescription([phrase[0], afterPhrase - 1], next, end, phrase[1]);
      }

      /**
       * "Said Ellis: “…”", "Added the mayor, “…”": a finite cue that opens its sentence, with the speaker after
       * it and the content after a colon or comma. A cue with a hearer has its hearer there ("Told reporters: …").
       */
      function sourceAfterOpeningCue(cue: CueMatch, end: number): [number, number] | null {
        if (/ing$/.test(lower(cue.last)) || words.has(cue.lemma, 'hearer-cue') || !/^\p{Lu}/u.test(tokens[cue.first]!.text)) return null;
        const phrase = nounPhraseAfter(tokens, cue.last + 1, end);
        if (!phrase || tokens[phrase[0]]!.pos === 'ADP' || !/^[:,]$/.test(lower(phrase[1] + 1)) || phrase[1] + 2 >= end || !isNounPhrase(phrase)) return null;
        return canSpeak(headOf(phrase)) ? phrase : null;
      }

      /**
       * Where a name that ends at `last` ends with its tag in brackets: "Rep. Gwen Moore (D-Wis.)", "the UN
       * Office … (OCHA)". A remark in brackets is no tag.
       */
      function withBracketTag(last: number, end: number): number {
        if (lower(last + 1) !== '(' || !(isNameAt(tokens, last + 2) || ACRONYM.test(tokens[last + 2]?.text ?? ''))) return last;
        let close = last + 2;
        while (close < end && close < last + 6 && lower(close) !== ')') close++;
        return lower(close) === ')' ? close : last;
      }

      /**
       * A source phrase at the end of its clause, with the description after it: "…, said Nick Witney, a
       * fellow at X[, …]", "…, according to Craig Bryan, head of Y.". Null when the clause goes on with
       * something else. The description runs to the next comma or the end; a later cue's clause stops it.
       */
      function withDescription(phrase: [number, number], next: CueMatch | undefined, end: number, nameEnd = phrase[1]): [number, number] | null {
        const rest = tokensBetween(phrase[1] + 1, end);
        if (rest.every((t) => t.pos === 'PUNCT')) return [phrase[0], nameEnd];
        if (rest[0]?.text !== ',') return null;
        const opener = rest[1];
        // "…, a fellow at X", "…, who heads X", "…, of Mayfield Church", "…, now a consultant"
        // An adjective opens one only before a noun: "…, former head of …", not "…, close to the bottom of the range".
        // An -ing form before its own object is a participle, whatever a tagger made of it: "…, surveying/NOUN a boat".
        const participle = !!opener && /ing$/.test(opener.text) && ['DET', 'PRON', 'ADP'].includes(rest[2]?.pos ?? '');
        // ("…, according to two aides, that he …": a "that" opens what the cue before says.)
        const describes = !!opener && !participle && opener.text !== 'that' && (['DET', 'NOUN', 'PROPN', 'NUM'].includes(opener.pos) || (opener.pos === 'ADJ' && ['NOUN', 'ADJ', 'PROPN'].includes(rest[2]?.pos ?? '')) ||
          words.has(opener.text, 'relative') || opener.text === 'of' || (opener.pos === 'ADV' && rest[2]?.pos === 'DET'));
        if (!describes || (next && next.first > phrase[1])) return [phrase[0], nameEnd];
        let last = phrase[1] + 2;
        while (last + 1 < end && lower(last + 1) !== ',') last++;
        while (last > phrase[1] && tokens[last]!.pos === 'PUNCT') last--;
        return [phrase[0], last];
      }

      /**
       * The words of a source as its text: without what stands in apposition after it, set off by commas
       * ("Maria Lopez, a spokeswoman for …", "A diplomat, who asked not to be named"), unless the stage's
       * `appositives` option keeps it or it is a name after a description ("Her neighbour, Luis Ocampo", "The
       * company that runs the plant, Noordhof Foods"). The description still names and kinds the source. A party's
       * tag in brackets stays, as most annotators wrote it: "Rep. Nadia Farrow (D-Mich.)".
       */
      function withoutApposition([first, last]: [number, number]): [number, number] {
        if (options.appositives) return [first, last];
        let comma = first + 1;
        let brackets = 0;
        for (; comma < last; comma++) {
          if (lower(comma) === '(') brackets++;
          else if (lower(comma) === ')') brackets--;
          else if (lower(comma) === ',' && brackets === 0) break;
        }
        let nameEnd = comma + 1;
        while (nameEnd < last && lower(nameEnd + 1) !== ',') nameEnd++;
        // ("Its head, Swedish diplomat Annika Lindqvist": a name with its own description.)
        const nameAfter = comma < last && !isNameAt(tokens, headOf([first, comma - 1])) && describedNameEnd(tokens, comma, nameEnd) >= 0;
        if (comma < last && !nameAfter) last = comma - 1;
        return [first, last];
      }

      /**
       * Whether the words form a noun phrase rather than a clause ("the program has sent …"): no
       * auxiliary, and a verb only as a participle that a preposition follows ("a statement issued by").
       */
      function isNounPhrase([first, last]: [number, number]): boolean {
        for (let t = first; t <= last; t++) {
          const token = tokens[t]!;
          if (words.has(token.text, 'relative')) return true;
          // (An object pronoun after a preposition is the end of a partitive: "said one of them".)
          if (token.pos === 'AUX' || (token.pos === 'PRON' && !(tokens[t - 1]?.pos === 'ADP' && words.has(lower(t), 'object-pronoun')))) return false;
          // A tagger's verb with a capital is a word of a name: "said Don/VERB Fowler".
          if (token.pos === 'VERB' && tokens[t + 1]?.pos !== 'ADP' && !isNameAt(tokens, t)) return false;
        }
        return true;
      }

      /** The end (exclusive token index) of the clause that starts at `from`: before the next cue's clause. */
      function clauseEnd(from: number, next: CueMatch | undefined, end: number): number {
        if (!next) return end;
        // "responded by saying …": what the gerund after a preposition says is its own content.
        if (next.first - 1 > from && participleKind(next.first) === 'clause' && words.has(lower(next.first - 1), 'gerund-preposition')) return next.first - 1;
        // "… and survivors saying …": a conjunction before the next participle's speaker; "said the president
        // “stands ready to sign” the bill and described …": one before a second cue of the same source.
        const speaker = participleSpeaker(next.first, from);
        if (speaker && speaker[0] - 1 > from && tokens[speaker[0] - 1]!.pos === 'CCONJ') return speaker[0] - 1;
        const conjunction = pastAdverbs(next.first - 1, from);
        if (conjunction > from && ['and', 'but'].includes(lower(conjunction))) return conjunction;
        let verbSeen = false;
        for (let t = next.first - 1; t >= from; t--) {
          const word = lower(t);
          // The clause ends at a ";", at a comma before a conjunction or the next cue, or at the comma
          // before the next cue's subject ("…, Bloomberg reported").
          if (word === ';' || (word === ',' && (words.has(lower(t + 1), 'clause-break') || t + 1 === next.first || !verbSeen))) return t;
          if (['VERB', 'AUX'].includes(tokens[t]!.pos)) verbSeen = true;
        }
        return end;
      }

      /**
       * The "that" after a citation aside that follows a cue, or a short phrase after it ("reported, citing
       * unnamed sources, that …", "reported on Monday, citing …, that …", "has told colleagues, according to
       * two aides, that …"), or null.
       */
      function citationBeforeThat(from: number, next: CueMatch | undefined, end: number): number | null {
        if (!(next?.cueClass === 'source-after-clause' || next?.cueClass === 'source-after') || lower(next.first - 1) !== ',' || next.first - 1 - from > 5) return null;
        if (tokensBetween(from, next.first - 1).some((token) => ['VERB', 'AUX'].includes(token.pos) || inQuote(token))) return null;
        const cited = nounPhraseAfter(tokens, next.last + 1, end);
        return cited && lower(cited[1] + 1) === ',' && lower(cited[1] + 2) === 'that' ? cited[1] + 2 : null;
      }

      /** A name between the comma at `comma` and another: "the hospital's director, Dr. Naveed Shah, …"; or null. */
      function nameBetweenCommas(comma: number, end: number): [number, number] | null {
        const name = lower(comma) === ',' && comma + 1 < end ? nounPhraseAfter(tokens, comma + 1, end) : null;
        return name && isNameAt(tokens, name[0]) && isNameAt(tokens, name[1]) && lower(name[1] + 1) === ',' ? name : null;
      }

      /**
       * The last "and" or "but" after a comma between `from` and `to` that opens a clause of its own, past a clause
       * with a verb: "…, the closure will cost £11 million, and the council's officer … warned"; or -1.
       */
      function conjunctionOfClause(from: number, to: number): number {
        for (let k = to - 1; k > from + 1; k--) {
          if (['and', 'but'].includes(lower(k)) && lower(k - 1) === ',' && tokensBetween(from, k - 1).some((token) => ['VERB', 'AUX'].includes(token.pos) && !inQuote(token))) return k;
        }
        return -1;
      }

      /** Past an appositive after the source: "According to Igor Girkin, an ex-commander of …, two units …". */
      function skipAppositive(from: number, end: number): number {
        if (lower(from) !== ',' || tokens[from + 1]?.pos !== 'DET') return from;
        // (A phrase with a verb is the content itself: "According to the council, the closure will cost …, and …".)
        for (let t = from + 2; t < end && !['VERB', 'AUX'].includes(tokens[t]!.pos); t++) if (lower(t) === ',') return t + 1;
        return from;
      }

      /** Past the hearer of "told reporters (that)", "told CNN", "assured them". */
      function skipHearer(from: number, end: number): number {
        let t = from;
        // A determiner or a subject pronoun after the first word opens the content's subject: "told Reuters the
        // plant would close", "told Reuters they had been beaten".
        const startsContent = (k: number) => k > from && (tokens[k]!.pos === 'DET' || words.has(lower(k), 'subject-pronoun'));
        while (t < end && (['PROPN', 'NOUN', 'PRON', 'DET', 'ADJ', 'PART'].includes(tokens[t]!.pos) || isNameAt(tokens, t)) && lower(t) !== 'that' && !startsContent(t)) t++;
        // A phrase of a preposition after the hearer, before "that" or a quote: "told the audience at Ardent College that …".
        if (t > from && tokens[t]?.pos === 'ADP' && lower(t) !== 'that') {
          let k = t + 1;
          while (k < end && k <= t + 6 && ['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM'].includes(tokens[k]!.pos) && lower(k) !== 'that') k++;
          if (k > t + 1 && (lower(k) === 'that' || isQuoteMark(k))) t = k;
        }
        // A hearer is a person or a name ("told CNN", "assured them", "told reporters"), or is followed by
        // "that" or a quote; "warned the toll would rise" has none, and the toll is content.
        const first = tokens[from];
        const hearer = !!first && (['PRON', 'PROPN'].includes(first.pos) || (t === from + 1 && first.lemma !== lower(from)) || /^(?:that|,|:|["“«„])$/.test(lower(t)) ||
          (t < end && startsContent(t)));
        return hearer ? t : from;
      }

      /**
       * "He said:" at the end of its sentence: the quote that opens the next one is what he said, or, where
       * the colon ends its paragraph, the next sentence (a quotation set off as a paragraph of its own).
       */
      function quoteAfterColon(from: number, end: number, s: number): Span | null {
        const next = doc.sentences[s + 1];
        if (lower(from) !== ':' || from + 1 < end || !next) return null;
        const quote = outerQuotes[spanIndexAt(outerQuotes, next.start)];
        if (quote) return /\S/.test(text.slice(tokens[from]!.end, quote.start)) ? null : quote;
        return text.slice(tokens[from]!.end, next.start).includes('\n') ? next : null;
      }

      /**
       * "said in a speech to his party, “…”", "told thousands of supporters at a rally in the capital, Levanto,
       * on Tuesday evening: “…”": the content is the quote after a preamble, which has no verb.
       */
      function quoteAfterPreamble(from: number, end: number): number | null {
        for (let t = from + 1; t < end && t < from + PREAMBLE_TOKENS; t++) {
          // t is the opening mark; the preamble before it ends at a comma or colon.
          if (inQuote(tokens[t + 1] ?? tokens[t]!) && !inQuote(tokens[t]!)) return BOUNDARY.test(lower(t - 1)) ? t : null;
          if (['VERB', 'AUX'].includes(tokens[t]!.pos)) return null;
        }
        return null;
      }

      /** An acronym inside a name reads as no pronoun: "WHO says" is no "who". */
      function isAcronymInName(t: number): boolean {
        const token = tokens[t];
        return !!token && ACRONYM.test(token.text) && !!entityHolding(doc.entities, token.start, token.end);
      }

      function isRelativePronounAt(t: number): boolean {
        // (A "that" between a noun that can speak and a verb is one too: "a report that put the overtime bill at $214
        // million", not "the things that add up".)
        const relativeThat = lower(t) === 'that' && ['NOUN', 'PROPN'].includes(tokens[t - 1]?.pos ?? '') && ['VERB', 'AUX'].includes(tokens[t + 1]?.pos ?? '') && canSpeak(t - 1);
        return (words.has(lower(t), 'relative-pronoun') || relativeThat) && !isAcronymInName(t);
      }

      function pronounAt(t: number): string | null {
        if (isAcronymInName(t)) return null;
        const word = lower(t);
        for (const wordClass of Object.keys(PRONOUN_KINDS)) if (words.has(word, wordClass)) return wordClass;
        return null;
      }

      /**
       * "the ministry", "the spokesman", "the statement": a definite description with no name of its
       * own refers back to the nearest earlier source it describes (one whose words hold its head noun),
       * and a statement or report to the nearest earlier body that spoke.
       */
      function resolveBackReference(phrase: [number, number], description: SourceDescription): SourceDescription {
        // (What refers back is the phrase without a description or clause set off by commas: "Pardo, who lost a cousin, …".)
        const [first, last] = withoutApposition(phrase);
        // A lone name no tagger knew may be the surname of a person who spoke before ("Filashkin").
        // ("Police" opening a sentence is no surname.)
        // (A tagger's entity of that one word tells nothing more.)
        const guessed = !description.entity || !description.entity.canonical.includes(' ');
        if (first === last && guessed && isNameAt(tokens, last) && !sourceHeads().has(lower(last))) return personSpokenBefore(last) ?? description;
        // Only "the" and the noun, a title ("the Prime Minister") or up to two words before the noun that the
        // name it refers to holds too ("the hurricane center" → National Hurricane Center; "the second
        // official" only to "a second official").
        const start = tokens[first]!.start;
        const title = last - first > 1 && titleWords().has(text.slice(tokens[first + 1]!.start, tokens[last]!.end).toLowerCase());
        const modifiers = tokensBetween(first + 1, last);
        const modified = modifiers.length <= 2 && modifiers.every((token) => ['NOUN', 'ADJ'].includes(token.pos) && /^\p{Ll}/u.test(token.text));
        if (description.entity || lower(first) !== 'the' || (!modified && !title) || (tokens[last]!.pos !== 'NOUN' && !sourceHeads().has(lower(last)) && !title)) return description;
        const holdsModifiers = (written: string) => {
          const held = new Set(written.toLowerCase().split(NON_WORD));
          return modifiers.every((token) => held.has(token.text.toLowerCase()));
        };
        if (words.has(tokens[last]!.text, 'proxy')) {
          // A statement speaks for a body that spoke just before it.
          const body = latestOf(BODY_KINDS);
          const near = !!body && body.sentence >= tokens[first]!.sentence - 1;
          return near ? described(body.source) : description;
        }
        const written = text.slice(start, tokens[last]!.end).length;
        // A body's noun refers to a body, a person's to a person: "the commission" is not "Central Election
        // Commission chairman Petru Danila".
        const body = description.kind !== 'anonymous';
        const fits = (kind: SourceKind) => (BODY_KINDS.includes(kind) ? body : !body);
        let nearest: { mention: AttributionMention; order: number } | null = null;
        /** An earlier source written as this one is, in this sentence or the one before: the same reference, resolved as it was. */
        let same: AttributionMention | null = null;
        for (const word of new Set([tokens[last]!.lemma, lower(last)])) {
          const list = sourcesWithWord.get(word) ?? [];
          for (let a = list.length - 1; a >= Math.max(0, list.length - REFERENCE_WINDOW); a--) {
            const { mention, order } = list[a]!;
            if (nearest && order < nearest.order) break;
            const sourceWords = describedAs.get(mention) ?? mention.source.text;
            if (mention.source.start >= start || !fits(mention.source.kind) || !holdsModifiers(sourceWords)) continue;
            if (sourceWords.length > written) {
              nearest = list[a]!;
              break;
            }
            if (sourceWords.toLowerCase() === text.slice(start, tokens[last]!.end).toLowerCase() && mention.sentence >= tokens[first]!.sentence - 1) same ??= mention;
          }
        }
        if (nearest) return described(nearest.mention.source);
        if (same) return described(same.source);
        // "Interior Minister Dragan Milos dismissed the allegations. … the minister added", "the Central Election
        // Commission … the commission said": the noun refers back to the name written with it just before, which
        // need not have spoken; for a body, the name up to the noun.
        if (!body && !isPersonNoun(lower(last))) return description;
        const runs = nameRuns().list;
        const latest = lastSpanStartingBy(runs, start);
        for (let r = latest; r >= 0 && r > latest - REFERENCE_WINDOW; r--) {
          const run = runs[r]!;
          const at = tokensBetween(run.first, run.last + 1).findIndex((token) => token.text.toLowerCase() === lower(last));
          // A person's noun may describe the name beside it, set off by commas: "A company spokeswoman, Ines
          // Marlow, declined …", "Ines Marlow, a company spokeswoman, …".
          if (at < 0 && !body && describesNameAt(run, lower(last))) return describeSource(doc, [run.first, run.last]);
          // So may a body's, as the head of the phrase in apposition that holds its modifiers: "The Eastern Liberation
          // Front (ELF), an armed group that …" is "the group".
          const apposition = at < 0 && body ? appositionAfter(run) : null;
          if (apposition && apposition[1] < first && lower(apposition[1]) === lower(last) && holdsModifiers(text.slice(tokens[apposition[0]]!.start, tokens[apposition[1]]!.end))) {
            // (Of the kind the phrase gives it: "the Digital Commerce Council, a trade group" is no council of the state.)
            const named = describeSource(doc, [run.first, run.last]);
            if (fits(named.kind)) return { ...named, kind: description.kind };
          }
          if (at < 0 || !holdsModifiers(text.slice(tokens[run.first]!.start, tokens[run.last]!.end))) continue;
          // "the department" of "Department of Health" is all of it.
          const cut = body && !isNameLinkAt(tokens, run.first + at + 1) ? run.first + at : run.last;
          const named = describeSource(doc, [run.first, cut]);
          return fits(named.kind) && named.kind !== 'anonymous' ? named : description;
        }
        // A body's noun refers to a name it stood right before, of one word or more: "the state-owned company
        // Korvneft … the company's annual report".
        const namedBefore = body ? nameDescribedBy(lower(last), first) : null;
        if (namedBefore) return namedBefore;
        // "Ledgerly, the payments app, said … The company said …": else a body's noun refers to the last body of
        // its kind that spoke a few sentences before, when that body's name holds no other body's noun ("the
        // army" is not "the regional health ministry").
        // ("the agency" or "the service", whose kind their phrase tells, may be any body's.)
        // A state body's noun names its own institution ("the coastguard" is not the environment agency).
        const generic = words.has(lower(last), 'body');
        const lastBody = body && (generic || description.kind !== 'government') ? latestOf(generic ? BODY_KINDS : [description.kind]) : null;
        const otherHead = !generic && !!lastBody && lastBody.source.name.toLowerCase().split(NON_WORD).some((word) => word !== lower(last) && sourceHeads().has(word));
        const near = !!lastBody && lastBody.sentence >= tokens[first]!.sentence - BODY_REFERENCE_SENTENCES;
        return lastBody && near && !otherHead && holdsModifiers(lastBody.source.name) ? described(lastBody.source) : description;
      }

      /** The body named right after `noun` in the sentences before `before` ("the company Korvneft"), or null. */
      function nameDescribedBy(noun: string, before: number): SourceDescription | null {
        const floor = doc.sentenceTokens[Math.max(0, tokens[before]!.sentence - BODY_REFERENCE_SENTENCES)]![0];
        for (let t = before - 2; t >= floor; t--) {
          if (lower(t) !== noun || tokens[t]!.pos !== 'NOUN' || !isNamePartAt(tokens, t + 1)) continue;
          let last = t + 1;
          while (last + 1 < before && isNamePartAt(tokens, last + 1)) last++;
          // (Described with its noun, which tells its kind: "the newspaper Dagsposten".)
          const named = describeSource(doc, [t, last]);
          return BODY_KINDS.includes(named.kind) ? named : null;
        }
        return null;
      }

      /** Whether `noun` stands in apposition to the run of a name: right before its comma, or in the phrase after it up to a preposition. */
      function describesNameAt(run: { first: number; last: number }, noun: string): boolean {
        if (lower(run.first - 1) === ',' && lower(run.first - 2) === noun) return true;
        if (lower(run.last + 1) !== ',') return false;
        // (Not a noun after a preposition there, which names another: "Leo Grant, a close ally of the mayor".)
        for (let t = run.last + 2; t < tokens.length && t <= run.last + 8 && !/^[,.;:]$/.test(lower(t)) && tokens[t]!.pos !== 'ADP'; t++) if (lower(t) === noun) return true;
        return false;
      }

      /**
       * The words of the phrase in apposition after the run of a name, from its article to its noun, past an acronym in
       * brackets: "an armed group" of "The Eastern Liberation Front (ELF), an armed group that …"; or null.
       */
      function appositionAfter(run: { first: number; last: number }): [number, number] | null {
        const comma = lower(run.last + 1) === '(' && lower(run.last + 3) === ')' ? run.last + 4 : run.last + 1;
        if (lower(comma) !== ',' || tokens[comma + 1]?.pos !== 'DET') return null;
        let end = comma + 2;
        while (['ADJ', 'NOUN'].includes(tokens[end]?.pos ?? '') && tokens[end]!.sentence === tokens[comma]!.sentence) end++;
        // (It ends at a comma, a stop or a relative clause; "According to X, the federation's director …" is a subject.)
        const closes = !tokens[end] || tokens[end]!.sentence !== tokens[comma]!.sentence || /^[,.;)]$/.test(lower(end)) || words.has(lower(end), 'relative');
        return end > comma + 2 && closes ? [comma + 1, end - 1] : null;
      }

      /**
       * The nearest earlier source of a fitting kind: a source that spoke before, or else a person or body
       * named before ("Defence Minister Karl Adler arrived. He said …"); an unresolved pronoun without one.
       */
      function resolvePronoun(pronounClass: string, pronoun: number, opening: number): SourceDescription {
        const resolved = resolvePronounIgnoringGender(pronounClass, pronoun, opening);
        // "she" stands for no one whose name or description says he is a man, nor "he" for a woman: the latest
        // person who spoke and may be one fits better.
        const gender: Gender | null = lower(pronoun) === 'she' ? 'female' : lower(pronoun) === 'he' ? 'male' : null;
        const other = (name: string) => {
          const said = genderOf(name);
          return !!said && said !== gender;
        };
        if (!gender || !other(resolved.name)) return resolved;
        const fitting = people.findLast((mention) => genderOf(mention.source.name) === gender);
        return fitting ? described(fitting.source) : resolved;
      }

      function resolvePronounIgnoringGender(pronounClass: string, pronoun: number, opening: number): SourceDescription {
        const kinds = PRONOUN_KINDS[pronounClass]!;
        const { start: at, text: written, sentence } = tokens[pronoun]!;
        let spoken = latestOf(kinds);
        // "he" or "she" stands for one unnamed person ("a doctor … told Reuters. … he said"), not for several.
        if (spoken?.source.kind === 'anonymous' && pronounClass === 'pronoun-person' && !namesOnePerson(spoken.source.name)) spoken = latestOf(['person']);
        // ("it" looks back past its own sentence only when nothing before it there could speak.)
        const sentenceStart = doc.sentenceTokens[sentence]![0];
        // (A day is no one, nor is the statement of a phrase that opens the sentence: "In a brief statement on
        // Tuesday, it said …".)
        const openingPhrase = tokens[sentenceStart]!.pos === 'ADP' && lower(pronoun - 1) === ',';
        const speakerBefore = tokensBetween(sentenceStart, pronoun).some((_token, k) => {
          const t = sentenceStart + k;
          return canSpeak(t) && !temporal[t] && !(openingPhrase && words.has(lower(t), 'proxy'));
        });
        if (pronounClass === 'pronoun-thing' && speakerBefore) {
          // "The company has offered 4 percent, which it says is fair": the body its own clause is about.
          const subject = clauseSubject(sentenceStart, pronoun);
          const opens = !!subject && tokensBetween(sentenceStart, subject[0]).every((token) => token.pos === 'PUNCT');
          const own = subject && opens && subject[1] < pronoun && !pronounAt(subject[0]) ? resolveBackReference(subject, describeSource(doc, subject)) : null;
          if (own && BODY_KINDS.includes(own.kind)) return own;
        }
        const newer = pronounClass === 'pronoun-person' || (pronounClass === 'pronoun-thing' && !speakerBefore) ? previousSubject(opening, spoken, pronounClass === 'pronoun-person' ? ['person'] : BODY_KINDS) : null;
        if (newer) return newer;
        if (spoken) return described(spoken.source);
        const named = namedBefore(at);
        for (const [entity, kind] of [[named.person, 'person'], [named.body, 'organization']] as const) {
          if (entity && kinds.includes(kind)) return { name: entity.canonical, kind, entity };
        }
        return { name: written, kind: 'unresolved', entity: null };
      }

      /**
       * The person or body (`kinds`) named as the subject of the sentence before the attribution that opens at
       * `at`, when all the last speaker said ends before it: "Abubakar declined to say whether … “We will go to
       * court,” he said.", "The health authority gave a higher count. It said …".
       */
      function previousSubject(at: number, spoken: AttributionMention | null, kinds: readonly SourceKind[]): SourceDescription | null {
        // A quote that opened sentences earlier opens the attribution there.
        const quote = outerQuotes[spanIndexAt(outerQuotes, at)];
        const s = lastSpanStartingBy(doc.sentences, quote?.start ?? at) - 1;
        if (s < 0) return null;
        const [begin, end] = doc.sentenceTokens[s]!;
        if (tokens[begin]!.start < (spoken?.carriedTo ?? spoken?.content.end ?? 0)) return null;
        const subject = invertedSubject(begin, end) ?? clauseSubject(begin, end);
        if (!subject || (subject[0] === subject[1] && pronounAt(subject[0]))) return null;
        // "Nuala Grant, who chairs the committee, criticised the plan. “…,” she said.": a person named with a description.
        // ("The company confirmed the explosion. … it said": the company named before.)
        const description = resolveBackReference(subject, describeSource(doc, subject));
        if (kinds.includes(description.kind)) return description;
        return kinds.includes('person') && isNameAt(tokens, subject[1]) ? personSpokenBefore(subject[1]) : null;
      }

      /**
       * The name after the verb "be" of a sentence that opens with a phrase of a preposition, its subject: "Among those
       * waiting is Gordon Pryce, 71, …"; else null.
       */
      function invertedSubject(begin: number, end: number): [number, number] | null {
        if (tokens[begin]!.pos !== 'ADP') return null;
        let be = begin + 1;
        while (be < end && !['VERB', 'AUX', 'PUNCT'].includes(tokens[be]!.pos)) be++;
        if (!words.has(lower(be), 'be') || !isNameAt(tokens, be + 1)) return null;
        let last = be + 1;
        while (last + 1 < end && isNameAt(tokens, last + 1)) last++;
        return [be + 1, last];
      }

      /** A surname alone names the person who spoke under the full name before: "Abubakar" after "Atiku Abubakar". */
      function personSpokenBefore(surname: number): SourceDescription | null {
        // A person's surname, or the first word of a body's name ("Halvorsen" of "Halvorsen Therapeutics").
        // (A word of the person's description is no surname: "Brenmoor chief executive Marten Olsby" is no "Brenmoor".)
        const name = (source: AttributionMention['source']) => source.name.toLowerCase();
        // (A surname may stand before another: "Héctor Arriaga Lozano" is "Arriaga".)
        const surnameOf = (fullName: string) => fullName.toLowerCase().split(' ').slice(1).includes(lower(surname));
        const named = (source: AttributionMention['source']) =>
          (source.kind === 'person' && (name(source) === lower(surname) || surnameOf(source.name))) || name(source).startsWith(`${lower(surname)} `);
        const earlier = sourcesWithWord.get(lower(surname))?.findLast((entry) => named(entry.mention.source) && entry.mention.source.start < tokens[surname]!.start);
        if (earlier) return described(earlier.mention.source);
        // Else a person named in full before, who need not have spoken: "Minister Sipho Ndlela urged calm. … Ndlela said".
        const run = nameRuns().byLaterWord.get(lower(surname))?.findLast((r) => r.last < surname);
        const person = run && describeSource(doc, [run.first, run.last]);
        // (The run may hold more than the name: a headline's "Hillary Clinton Goes After Donald Trump" names no "Clinton" as Trump.)
        return person?.kind === 'person' && surnameOf(person.name) ? person : null;
      }

      /** Runs of two or more words of a name in text order ("Interior Minister Dragan Milos"), and by each word but their first, in lower case. */
      function nameRuns(): NonNullable<typeof runsOfNames> {
        if (runsOfNames) return runsOfNames;
        runsOfNames = { list: [], byLaterWord: new Map() };
        // A link between two words of a name belongs to the run ("Department of Health").
        for (let t = 0; t < tokens.length; t++) {
          if (!isNamePartAt(tokens, t)) continue;
          let last = t;
          while (last + 1 < tokens.length && (isNamePartAt(tokens, last + 1) || isNameLinkAt(tokens, last + 1)) && tokens[last + 1]!.sentence === tokens[t]!.sentence) last++;
          if (last > t) {
            const run = { first: t, last, start: tokens[t]!.start, end: tokens[last]!.end };
            runsOfNames.list.push(run);
            for (let word = t + 1; word <= last; word++) {
              const runs = runsOfNames.byLaterWord.get(lower(word)) ?? [];
              if (runs.at(-1) !== run) runs.push(run);
              runsOfNames.byLaterWord.set(lower(word), runs);
            }
          }
          t = last;
        }
        return runsOfNames;
      }

      /** A bare description of one person: "doctor", "police commander", "regional governor". */
      function namesOnePerson(name: string): boolean {
        const head = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
        return !isPluralSourceHead(head) && isPersonNoun(head);
      }

      /** The latest earlier attribution whose source is of one of the kinds. */
      function latestOf(kinds: readonly SourceKind[]): AttributionMention | null {
        let latest: { mention: AttributionMention; order: number } | undefined;
        for (const kind of kinds) {
          const candidate = latestOfKind.get(kind);
          if (candidate && (!latest || candidate.order > latest.order)) latest = candidate;
        }
        return latest?.mention ?? null;
      }

      function described(source: AttributionMention['source']): SourceDescription {
        return { name: source.name, kind: source.kind, entity: source.entityId ? (entityById().get(source.entityId) ?? null) : null };
      }

      /** The first mention of each entity id. */
      function entityById(): Map<string, EntityMention> {
        if (!firstMentions) {
          firstMentions = new Map();
          for (const entity of doc.entities) if (!firstMentions.has(entity.entityId)) firstMentions.set(entity.entityId, entity);
        }
        return firstMentions;
      }

      /** The last person and the last body (an organization or a group) named before an offset. */
      function namedBefore(at: number): { person: EntityMention | null; body: EntityMention | null } {
        if (!named) {
          const byEnd = [...doc.entities].sort((a, b) => a.end - b.end);
          const lastPerson: Array<EntityMention | null> = [];
          const lastBody: Array<EntityMention | null> = [];
          byEnd.forEach((entity, e) => {
            lastPerson.push(entity.type === 'person' ? entity : (lastPerson[e - 1] ?? null));
            lastBody.push(entity.type === 'organization' || entity.type === 'group' ? entity : (lastBody[e - 1] ?? null));
          });
          named = { ends: byEnd.map((entity) => ({ start: entity.end, end: entity.end })), lastPerson, lastBody };
        }
        const e = lastSpanStartingBy(named.ends, at);
        return { person: named.lastPerson[e] ?? null, body: named.lastBody[e] ?? null };
      }

      function tokensBetween(from: number, to: number): Token[] {
        return tokens.slice(Math.max(0, from), Math.max(0, to));
      }

      function spanOfTokens(from: number, to: number): Span | null {
        if (to <= from) return null;
        return { start: tokens[from]!.start, end: tokens[to - 1]!.end };
      }
    };
  },
});
