import type { Token } from '../document.js';

const lowerCaseByTokens = new WeakMap<readonly Token[], readonly string[]>();
/** Each token's text in lower case, made once per document for the passes that compare words case-blind. */
export function lowerCaseTexts(tokens: readonly Token[]): readonly string[] {
  let lows = lowerCaseByTokens.get(tokens);
  if (!lows) lowerCaseByTokens.set(tokens, (lows = tokens.map((token) => token.text.toLowerCase())));
  return lows;
}

/** A hyphen with no space on either side of token `t`: "left-wing", "government-owned". */
export const isGluedHyphenAt = (tokens: readonly Token[], t: number): boolean =>
  tokens[t]?.text === '-' && tokens[t - 1]?.end === tokens[t]!.start && tokens[t + 1]?.start === tokens[t]!.end;

/** "a" or "an": an article that stands for one, before a singular noun. */
export const isIndefiniteArticle = (word: string): boolean => /^an?$/i.test(word);

const OPENING = /^[“"‘'(\[—–:-]$/;
const NAME_POS = new Set(['PROPN', 'NOUN', 'VERB', 'ADJ']);

/** Whether token `t` opens its sentence or a quotation in it, where capitals say nothing of names. */
export function opensSentence(tokens: readonly Token[], t: number): boolean {
  const previous = tokens[t - 1];
  return !previous || previous.sentence !== tokens[t]!.sentence || OPENING.test(previous.text);
}

/** Whether the word begins with an upper-case letter; ASCII, nearly every word, is told without a regex. */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(word);
}

/**
 * A word of a name: a proper noun, or a capitalised word inside a sentence; taggers often read a first
 * name as a verb or a noun ("Josh/VERB Earnest").
 */
export function isNameAt(tokens: readonly Token[], t: number): boolean {
  const token = tokens[t];
  if (!token) return false;
  if (token.pos === 'PROPN') return true;
  return NAME_POS.has(token.pos) && isCapitalised(token.text) && token.text.length > 1 && !opensSentence(tokens, t);
}

const NICKNAME_OPEN = /^["“‘'«]$/;
const NICKNAME_CLOSE = /^["”’'»]$/;

/** A mark that may open a quoted name: “, ‘, «, or a straight mark. */
export const isOpeningQuote = (text: string): boolean => NICKNAME_OPEN.test(text);

/**
 * A nickname in quotes between two words of a name, "Travis “Tex” Holloway": from its opening mark at `open`,
 * the index of its closing mark; -1 when there is none there.
 */
export function nicknameEndAt(tokens: readonly Token[], open: number): number {
  if (!isOpeningQuote(tokens[open]?.text ?? '') || !isNameAt(tokens, open - 1)) return -1;
  for (let close = open + 2; close <= open + 3; close++) {
    if (!isCapitalised(tokens[close - 1]?.text ?? '')) return -1;
    if (NICKNAME_CLOSE.test(tokens[close]?.text ?? '')) return isNameAt(tokens, close + 1) ? close : -1;
  }
  return -1;
}
