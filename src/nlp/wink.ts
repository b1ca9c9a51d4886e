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
