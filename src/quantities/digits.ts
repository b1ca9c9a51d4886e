// Numbers written in digits, one token at a time: "1,500", "1.5", "-0.3", "5-10", "3/4", "½", "21st",
// "10k". Every pattern is anchored and free of nested quantifiers: no backtracking blow-up.

/** "1,500", "1500", "1.5", ".5"; no leading zeros ("0958" is a code, "0.5" is a number). */
export const DIGITS = /^(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?$|^0?\.\d+$/;
/** A number with a suffix in the same token, when the tokenizer did not cut it: "10k", "5km", "15%". */
export const DIGITS_SUFFIX = /^((?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*|0)(?:\.\d+)?)([a-z%°²]+)$/i;
/** A range in one token: "5-10", "5–10". */
export const DIGIT_RANGE = /^((?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*|0)(?:\.\d+)?)[-–—]((?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?)$/;
export const DIGIT_ORDINAL = /^(\d+)(?:st|nd|rd|th)$/i;
/** A fraction in digits: "3/4", "1/2". */
export const DIGIT_FRACTION = /^([1-9]\d?)\/([1-9]\d{0,2})$/;
/** A sign written against the digits: "-5", "−0.3", "+2.1". */
export const SIGNED = /^[-−–+](?=\.?\d)/;
export const GROUP_HEAD = /^[1-9]\d{0,2}$/;
export const GROUP_TAIL = /^\d{3}$/;
export const INTEGER = /^[1-9]\d{0,2}$/;
export const YEAR = /^\d{4}$/;
export const LONG_ID = /^\d{8,}$/;

/** Denominators a fraction in digits may have; "9/11" and "24/7" are names, "3/4" and "1/3" shares. */
const DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10, 12, 16, 100]);

/** The fraction characters of Unicode. */
export const VULGAR: ReadonlyMap<string, number> = new Map([
  ['½', 1 / 2], ['⅓', 1 / 3], ['⅔', 2 / 3], ['¼', 1 / 4], ['¾', 3 / 4], ['⅕', 1 / 5], ['⅖', 2 / 5], ['⅗', 3 / 5],
  ['⅘', 4 / 5], ['⅙', 1 / 6], ['⅚', 5 / 6], ['⅛', 1 / 8], ['⅜', 3 / 8], ['⅝', 5 / 8], ['⅞', 7 / 8],
]);

export function digitValue(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** The value of a proper fraction written "3/4" or "¾", or null. */
export function fractionValue(text: string): number | null {
  const vulgar = VULGAR.get(text);
  if (vulgar !== undefined) return vulgar;
  const m = DIGIT_FRACTION.exec(text);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a < b && DENOMINATORS.has(b) ? a / b : null;
}

/** Rounds a share to a percentage with two decimals: 2/3 → 66.67. */
export function percentOf(share: number): number {
  return Math.round(share * 10000) / 100;
}
