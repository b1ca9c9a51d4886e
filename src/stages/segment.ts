import { z } from 'zod';
import type { ExtractedDoc, Quote, SegmentedDoc, Span } from '../document.js';
import { readCueVerbs, readLexicon, readWordClass } from '../lexicon/load.js';
import { lastSpanStartingBy, trimSpan } from '../spans.js';
import { defineStage } from '../stage.js';

// Paragraphs are separated by blank lines. Inside a paragraph a line break ends a sentence (a headline,
// a dateline) unless the paragraph is hard-wrapped prose. Sentences end at . ! ? … (with any closing
// quotes or brackets) before an opener, except after an abbreviation or an initial. Quotes are paired
// marks, found over the whole text so one quote may hold several sentences or paragraphs.

const TERMINAL = /[.!?…]+["'”’»)\]]*(?=\s)/g;
const OPENER = /^[\p{Lu}\p{N}"“‘'«(\[„]/u;
const INITIAL = /^\p{Lu}\.$/u;
const DOTTED_LETTERS = /^(?:\p{L}\.){2,}$/u;
/** Lines of a hard-wrapped paragraph are this long, give or take. */
const WRAPPED_LINE = { min: 40, max: 100 };

type AbbreviationClass = 'title' | 'before-number' | 'may-end';

export const segment = defineStage({
  name: 'segment',
  needs: ['extract'],
  options: z.object({}).strict(),
  create() {
    const abbreviations = new Map(
      readLexicon('abbreviations.txt').map(([word, kind]) => [word!.toLowerCase(), kind as AbbreviationClass]),
    );
    const openers = new Set(readLexicon('sentence-openers.txt').map(([word]) => word!));
    const subjectPronouns = readWordClass('attribution-words.txt', 'subject-pronoun');
    // (The verbs that may follow a quote with their speaker: of saying, and of the classes cued by a quote.)
    const speechVerbs = new Set(
      readCueVerbs()
        .filter(({ cueClass }) => cueClass === 'speech' || cueClass === 'quote' || cueClass === 'that')
        .flatMap(({ lemma, others }) => [lemma, ...others]),
    );

    /**
     * “Why now?” Smith asked. — a quote's stop with its speaker after it does not end the sentence; a pronoun
     * with a capital opens a new one (“We act.” She said …), as it would be “…?” she asked.
     */
    function speakerFollows(stop: string, after: string): boolean {
      if (!/["'”’»]$/.test(stop)) return false;
      const words = after.split(/\s+/, 5);
      if (/^\p{Lu}/u.test(words[0] ?? '') && subjectPronouns.has(words[0]!.toLowerCase())) return false;
      const verb = words.findIndex((word, k) => k > 0 && speechVerbs.has(word.replace(/[.,;:!?]+$/, '').toLowerCase()));
      // The speaker is a name, or after a "!" or "?" a noun after a possessive or a determiner: “…!” Scott's niece
      // said, “…?” the aide asked (after a "." such a noun opens a sentence: “… policy.” The network said it …).
      const determined = (k: number) => k > 0 && !stop.startsWith('.') && /(?:['’]s|^(?:his|her|its|their|the|a|an))$/i.test(words[k - 1]!);
      return verb > 0 && words.slice(0, verb).every((word, k) => /^(?:\p{Lu}|the$|a$|an$)/u.test(word) || determined(k));
    }

    /** Whether the stop that ends `before` really ends a sentence, given the text that follows. */
    function endsSentence(before: string, after: string): boolean {
      if (!OPENER.test(after)) return false;
      const word = lastWord(before);
      const kind = abbreviations.get(word.toLowerCase());
      const nextWord = /^[^\s.,;:!?]*/u.exec(after)?.[0] ?? '';
      if (kind === 'title') return false;
      if (kind === 'before-number') return !/^\p{N}/u.test(after);
      if (kind === 'may-end' || DOTTED_LETTERS.test(word)) return openers.has(nextWord);
      return !INITIAL.test(word);
    }

    function splitLine(text: string, line: Span, into: Span[]): void {
      const chunk = text.slice(line.start, line.end);
      let from = 0;
      // exec, not matchAll, which makes a copy of the expression for every line.
      TERMINAL.lastIndex = 0;
      for (let match = TERMINAL.exec(chunk); match; match = TERMINAL.exec(chunk)) {
        const stop = match.index + match[0].length;
        const rest = chunk.slice(stop).trimStart();
        // A stop made of one "." looks back for an abbreviation; "!", "?" and "…" end the sentence.
        const plainStop = match[0].startsWith('.') && !match[0].startsWith('..');
        const ends = plainStop ? endsSentence(chunk.slice(from, match.index + 1), rest) : OPENER.test(rest);
        if (ends && !speakerFollows(match[0], rest)) {
          pushTrimmed(text, line.start + from, line.start + stop, into);
          from = stop;
        }
      }
      pushTrimmed(text, line.start + from, line.end, into);
    }

    return (doc: ExtractedDoc): SegmentedDoc => {
      const paragraphs = findParagraphs(doc.text);
      const sentences: Span[] = [];
      for (const paragraph of paragraphs) {
        for (const line of paragraphLines(doc.text, paragraph)) splitLine(doc.text, line, sentences);
      }
      return { ...doc, paragraphs, sentences, quotes: findQuotes(doc.text, paragraphs, sentences) };
    };
  },
});

/** What a word cannot reach back over: white space, an opening quote or bracket, a dash or slash ("Missouri–St."). */
const BEFORE_WORD = /[\s"“‘'(\[–—/-]/;

/** The word that ends `text`, back to its white space, opening quote or bracket ('' after one of them). */
function lastWord(text: string): string {
  let start = text.length;
  while (start > 0 && !BEFORE_WORD.test(text[start - 1]!)) start--;
  return text.slice(start);
}

function pushTrimmed(text: string, start: number, end: number, into: Span[]): void {
  const span = trimSpan(text, start, end);
  if (span.end > span.start) into.push(span);
}

function findParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  let start = 0;
  for (const gap of text.matchAll(/\n[ \t\r\f\v]*\n\s*/g)) {
    pushTrimmed(text, start, gap.index, paragraphs);
    start = gap.index + gap[0].length;
  }
  pushTrimmed(text, start, text.length, paragraphs);
  return paragraphs;
}

/** The paragraph's lines that stand as sentence boundaries: all of them unless the prose is hard-wrapped. */
function paragraphLines(text: string, paragraph: Span): Span[] {
  const lines: Span[] = [];
  let start = paragraph.start;
  for (let at = text.indexOf('\n', start); at >= 0 && at < paragraph.end; at = text.indexOf('\n', start)) {
    lines.push({ start, end: at });
    start = at + 1;
  }
  lines.push({ start, end: paragraph.end });
  const wrapped =
    lines.length >= 3 &&
    lines.slice(0, -1).every((line) => {
      const length = line.end - line.start;
      return length >= WRAPPED_LINE.min && length <= WRAPPED_LINE.max;
    });
  if (wrapped) return [paragraph];
  // A line that starts in lower case continues the one before.
  const merged: Span[] = [];
  for (const line of lines) {
    const last = merged[merged.length - 1];
    if (last && /^\s*\p{Ll}/u.test(text.slice(line.start, line.start + 8))) last.end = line.end;
    else merged.push({ ...line });
  }
  return merged;
}

// --- quotes

interface Mark {
  at: number;
  length: number;
  role: 'open' | 'close';
  family: 'double' | 'single';
}

const MARK = /``|''|[“”„«»"‘’']/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const BEFORE_OPEN = /[\s(\[{—–\-/"“‘]/u;
const AFTER_CLOSE = /[\s)\]}.,;:!?—–\-"”’…]/u;

function classify(text: string, at: number, mark: string): Mark | null {
  const before = at > 0 ? text[at - 1]! : ' ';
  const after = at + mark.length < text.length ? text[at + mark.length]! : ' ';
  const canOpen = BEFORE_OPEN.test(before) && !/\s/.test(after);
  const canClose = !/\s/.test(before) && AFTER_CLOSE.test(after);
  const length = mark.length;
  switch (mark) {
    case '“':
    case '„':
    case '«':
    case '``':
      return { at, length, role: 'open', family: 'double' };
    case '”':
    case '»':
      return { at, length, role: 'close', family: 'double' };
    case "''": // typewriter style opens with '' as often as with ``
    case '"':
      if (canOpen) return { at, length, role: 'open', family: 'double' };
      return canClose ? { at, length, role: 'close', family: 'double' } : null;
    default: {
      // ' and ’ are also apostrophes: never between two letters ("don't"). A plural's ("forces' bases")
      // only closes a quote that is open, which pairing checks.
      if (LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after)) return null;
      if (mark === '‘') return canOpen ? { at, length, role: 'open', family: 'single' } : null;
      if (canOpen && LETTER_OR_DIGIT.test(after)) return { at, length, role: 'open', family: 'single' };
      if (canClose) return { at, length, role: 'close', family: 'single' };
      return null;
    }
  }
}

/**
 * Pairs quotation marks, one family at a time so single quotes may nest inside double ones. A quote left
 * open at the end of a paragraph runs on when the next paragraph opens with a mark (the convention for a
 * quote over several paragraphs); otherwise the stray mark is dropped.
 */
function findQuotes(text: string, paragraphs: Span[], sentences: Span[]): Quote[] {
  const marks: Mark[] = [];
  for (const match of text.matchAll(MARK)) {
    const mark = classify(text, match.index, match[0]);
    if (mark) marks.push(mark);
  }
  const quotes: Quote[] = [];
  for (const family of ['double', 'single'] as const) {
    let open: Mark | null = null;
    let openParagraph = -1;
    for (const mark of marks) {
      if (mark.family !== family) continue;
      const paragraph = lastSpanStartingBy(paragraphs, mark.at);
      if (open && paragraph !== openParagraph) {
        // The next paragraph opens with the same mark as the open quote (a mixed style is a stray mark).
        const runsOn =
          family === 'double' && paragraph === openParagraph + 1 && mark.role === 'open' &&
          mark.at === paragraphs[paragraph]!.start && text[mark.at] === text[open.at];
        if (runsOn) {
          openParagraph = paragraph;
          continue;
        }
        open = null;
      }
      if (!open) {
        if (mark.role !== 'close') {
          open = mark;
          openParagraph = paragraph;
        }
      } else if (mark.role === 'close') {
        quotes.push(makeQuote(open, mark, sentences));
        open = null;
      } else {
        open = mark;
      }
    }
  }
  return quotes.sort((a, b) => a.start - b.start);
}

function makeQuote(open: Mark, close: Mark, sentences: Span[]): Quote {
  const start = open.at;
  const end = close.at + close.length;
  return {
    start,
    end,
    inner: { start: open.at + open.length, end: close.at },
    firstSentence: Math.max(0, lastSpanStartingBy(sentences, start)),
    lastSentence: Math.max(0, lastSpanStartingBy(sentences, end - 1)),
  };
}
