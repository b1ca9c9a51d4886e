import { createRequire } from 'node:module';
import type { ItsHelpers, WinkMethods } from 'wink-nlp';

const require = createRequire(import.meta.url);

/** The part of the model that wink-nlp's cache adds the words it meets to. */
interface Lexemes {
  hash: Record<string, number>;
  list: string[];
}

/**
 * What the tag stage reads of wink-nlp: parts of speech (with lemmas) and its entities. Sentences come
 * from the segment stage; wink's sentence splitting, negation and sentiment would take two-fifths of its
 * time for nothing, and leaving them out changes no token, tag or entity.
 */
const PIPE = ['pos', 'ner'];

/** After this many cached words, a fresh instance: forgotten words are cached anew when met again. */
const CACHED_WORDS_LIMIT = 300_000;

/** Letters of the Latin blocks past Latin-1 (and the schwa of Azerbaijani), which wink-nlp's tokenizer cuts a word at ("Ilki" "ć"). */
const LATIN_EXTENDED = /[\u0100-\u02af\u1e00-\u1eff]/gu;
/** Those whose base letter Unicode does not decompose to. */
const BASE_LETTERS: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ŀ: 'l', Ŀ: 'L', ŋ: 'n', Ŋ: 'N', œ: 'o', Œ: 'O', ŧ: 't', Ŧ: 'T', ƒ: 'f', ə: 'e', Ə: 'E', ſ: 's' };
/** A Latin-1 letter with a mark for a base letter that has one, so that no name reads as an English word ("Đỗ" is no "Do"). */
const MARKED = Object.fromEntries([...'aeiouycndAEIOUYCND'].map((letter, k) => [letter, 'áéíóúýçñðÁÉÍÓÚÝÇÑÐ'[k]!]));
const baseLetter = (letter: string): string => {
  const base = letter.normalize('NFD')[0]!;
  const latin = base.charCodeAt(0) <= 0xff ? base : (BASE_LETTERS[letter] ?? letter);
  return MARKED[latin] ?? latin;
};

/**
 * The text as wink-nlp can read it: each letter of the extended Latin blocks (Polish, Czech, Croatian,
 * Turkish, Romanian, Vietnamese …) as a Latin-1 letter of its base, so that "Šimić", "Erdoğan" and "Wałęsa"
 * stay one word. Every letter replaced is one code unit for one, so offsets into it are offsets into the text.
 */
export function readableText(text: string): string {
  LATIN_EXTENDED.lastIndex = 0;
  return LATIN_EXTENDED.test(text) ? text.replace(LATIN_EXTENDED, baseLetter) : text;
}

/**
 * wink-nlp, reading every document as if it were the first.
 *
 * wink-nlp caches the words its model does not know, for every later document, and its tokenizer keeps a
 * word whole when the cache knows it. Once a document has "Trump's." (kept whole before the full stop),
 * every later "Trump's" is one token instead of two, and the parts of speech around it change. A
 * document's tokens would then depend on the documents the same thread read before it, so on the number
 * of workers and on their timing. Before each document, the words the previous one added that hold
 * anything but letters and digits (the words a tokenizer could split) are forgotten; their cached features
 * stay where they are, unreferenced. The cache still grows, so past a limit a fresh instance is made.
 */
export class WinkReader {
  private nlp!: WinkMethods;
  private lexemes!: Lexemes;
  /** Where the words added by the last document begin in `lexemes.list`. */
  private addedFrom = 0;
  private cachedFrom = 0;

  constructor() {
    this.load();
  }

  get its(): ItsHelpers {
    return this.nlp.its;
  }

  read(text: string): ReturnType<WinkMethods['readDoc']> {
    const { hash, list } = this.lexemes;
    for (let i = this.addedFrom; i < list.length; i++) {
      const word = list[i]!;
      if (hash[word] === i && !/^[\p{L}\p{N}]*$/u.test(word)) delete hash[word];
    }
    if (list.length - this.cachedFrom > CACHED_WORDS_LIMIT) this.load();
    this.addedFrom = this.lexemes.list.length;
    return this.nlp.readDoc(text);
  }

  private load(): void {
    const model = require('wink-eng-lite-web-model') as { core(): { features: { lexeme: Lexemes } } };
    let core: ReturnType<typeof model.core> | undefined;
    // The model's core is parsed afresh for each instance; keeping a hold of it reaches the cache's words.
    const watched = Object.create(model) as typeof model;
    watched.core = function (this: unknown) {
      core = model.core.call(this);
      return core;
    };
    this.nlp = (require('wink-nlp') as typeof import('wink-nlp').default)(watched as never, PIPE);
    this.lexemes = core!.features.lexeme;
    this.cachedFrom = this.addedFrom = this.lexemes.list.length;
  }
}
