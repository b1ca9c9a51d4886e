import type { Token } from '../document.js';

const OPENING = /^[“"‘'(\[—–:-]$/;
const NAME_POS = new Set(['PROPN', 'NOUN', 'VERB', 'ADJ']);

/** Whether token `t` opens its sentence or a quotation in it, where capitals say nothing of names. */
export function opensSentence(tokens: readonly Token[], t: number): boolean {
  const previous = tokens[t - 1];
  return !previous || previous.sentence !== tokens[t]!.sentence || OPENING.test(previous.text);
}

/**
 * A word of a name: a proper noun, or a capitalised word inside a sentence; taggers often read a first
 * name as a verb or a noun ("Josh/VERB Earnest").
 */
export function isNameAt(tokens: readonly Token[], t: number): boolean {
  const token = tokens[t];
  if (!token) return false;
  if (token.pos === 'PROPN') return true;
  return NAME_POS.has(token.pos) && /^\p{Lu}/u.test(token.text) && token.text.length > 1 && !opensSentence(tokens, t);
}
