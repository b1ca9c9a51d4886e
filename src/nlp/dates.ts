import type { DateMention, Token, ValueMention } from '../document.js';
import { lastSpanStartingBy } from '../spans.js';

// Dates and times of a document and the calendar day each names, in ISO form, where it names one.
//
// Spans come from wink-nlp's DATE and TIME values, joined where wink cut one expression in two ("June" +
// "previous year", "Tuesday" + "morning", "Tuesday" + ", " + "February 6, 2018") or missed its start ("the
// day before yesterday", "the 7th of February").
//
// Each is resolved against the document's reference date (its publication day), by these rules:
// - A date with its year is that day: "February 7, 2018", "7 Feb 2018", "2018-02-07", "Tuesday, February 6, 2018".
// - A month and day without a year takes the reference's year, or the year before or after so that it
//   lies on or before the reference (news tells of the past): "December 28" in an article of 3 January is
//   the previous December. When the sentence is in the future tense ("talks will resume on March 3") it
//   lies on or after the reference instead. With a year word: "February 7 last year".
// - A weekday is the most recent such day on or before the reference ("on Tuesday" in an article of
//   Thursday 8 February 2018 is the 6th; "on Thursday" is the 8th itself, as in wire copy), or the next one
//   after it in a future-tense sentence; "last Tuesday" is strictly before, "next Tuesday" strictly after.
// - "today", "tonight", "this morning" are the reference; "yesterday", "last night" the day before;
//   "tomorrow" the day after; "the day before yesterday", "two days ago", "a week ago" count back days.
// - A part of the day does not change the day ("Tuesday morning", "yesterday afternoon"); a clock time
//   alone ("10 a.m.") names no day and keeps iso null, like every time of day.
// - A span longer or vaguer than a day is not a day, so iso is null: a week ("last week"), a month
//   ("June 2017", "in June previous year", "last June", "mid-February"), a year ("in 2016", "last
//   year"), a season, a decade, and days relative to another event ("the previous day", "a year later").
// - Without a reference date, only dates with their year resolve.

const MONTHS = new Map<string, number>([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);
/** Day of the week, 0 = Sunday as in Date#getUTCDay. */
const WEEKDAYS = new Map<string, number>([
  ['sunday', 0], ['sun', 0], ['monday', 1], ['mon', 1], ['tuesday', 2], ['tue', 2], ['tues', 2], ['wednesday', 3],
  ['wed', 3], ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4], ['friday', 5], ['fri', 5], ['saturday', 6], ['sat', 6],
]);
/** Days from the reference that a word names. */
const DAY_WORDS = new Map<string, number>([
  ['today', 0], ['tonight', 0], ['yesterday', -1], ['tomorrow', 1],
  ['this morning', 0], ['this afternoon', 0], ['this evening', 0], ['earlier today', 0], ['later today', 0],
  ['last night', -1], ['last evening', -1],
  ['the day before yesterday', -2], ['day before yesterday', -2], ['the day after tomorrow', 2], ['day after tomorrow', 2],
]);
const NUMBER_WORDS = new Map<string, number>([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['a couple of', 2], ['several', NaN], ['a few', NaN],
]);
/** Parts of the day after a day: they do not change it. */
const DAY_PARTS = /\s+(?:morning|afternoon|evening|night|noon|midday|at dawn|at dusk)$/;
const DAY_PART_WORDS = new Set(['morning', 'afternoon', 'evening', 'night', 'noon', 'midday']);
const YEAR_WORDS = new Map<string, number>([['this year', 0], ['last year', -1], ['previous year', -1], ['the previous year', -1], ['next year', 1]]);

const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const WEEKDAY = '(?:(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues|tue|wed|thurs|thur|thu|fri|sat)\\.?,?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)';
const YEAR = '(?:,?\\s+(\\d{4}|this year|last year|previous year|the previous year|next year))?';
const MONTH_DAY = new RegExp(`^${WEEKDAY}(?:the\\s+)?${MONTH}\\s+(?:the\\s+)?${DAY}${YEAR}$`);
const DAY_MONTH = new RegExp(`^${WEEKDAY}(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}${YEAR}$`);
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMERIC = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
const WEEKDAY_ONLY = /^(?:(last|past|previous|next|coming|this|on)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues|tue|wed|thurs|thur|thu|fri|sat)\.?$/;
const AGO = /^(a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(days?|weeks?)\s+ago$/;

const CLOCK = /^\d{1,2}(?:[:.]\d{2}\s*(?:a\.m\.?|p\.m\.?|am|pm)?|\s*(?:a\.m\.?|p\.m\.?|am|pm))\s+(?:on\s+)?(?=\p{L})/u;

/** Modal words that put a verb in the future, and verbs that look ahead. */
const FUTURE_MODALS = new Set(['will', "'ll", '’ll', 'shall', 'wo']);
const FUTURE_VERBS = new Set(['schedule', 'plan', 'expect']);
const PAST_AUXILIARIES = new Set(['was', 'were', 'had']);

/** A reference date given as `YYYY-MM-DD` or an ISO timestamp: its day as written, or null. */
export function dayOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value.trim());
  return match && isValidDay(match[1]!) ? match[1]! : null;
}

export function isValidDay(iso: string): boolean {
  const match = ISO.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The day a document's relative dates count from: its metadata's `published`, else its `date` (a JSONL
 * line's fields), else `fallback` (the `--date` option), else null.
 */
export function referenceDate(meta: Record<string, unknown>, fallback: string | null): string | null {
  return dayOf(meta.published) ?? dayOf(meta.date) ?? fallback;
}

/** The ISO day a written date names, or null (see the rules at the top of this file). */
export function resolveDate(written: string, reference: string | null, future = false): string | null {
  let phrase = written.toLowerCase().replace(/[’']s$/, '').replace(/[,;:]+$/, '').replace(/\s+/g, ' ').trim();
  // A clock time before the day does not change it: "10 a.m. Tuesday".
  phrase = phrase.replace(/^(?:on|since|by|until|from|in)\s+/, '').replace(CLOCK, '');
  const iso = ISO.exec(phrase);
  if (iso) return isValidDay(phrase) ? phrase : null;
  const numeric = NUMERIC.exec(phrase);
  if (numeric) {
    // 03/02/2018 is March or February by the reader's country: only a day over 12 decides.
    const [a, b, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    if (a > 12 && b <= 12) return day(year, b, a);
    if (b > 12 && a <= 12) return day(year, a, b);
    return null;
  }
  const dated = MONTH_DAY.exec(phrase) ?? DAY_MONTH.exec(phrase);
  if (dated) {
    const monthFirst = MONTHS.has(dated[1]!);
    const month = MONTHS.get(monthFirst ? dated[1]! : dated[2]!)!;
    const dayOfMonth = Number(monthFirst ? dated[2] : dated[1]);
    return monthDay(month, dayOfMonth, dated[3], reference, future);
  }
  const withoutPart = phrase.replace(DAY_PARTS, '');
  if (!reference) return null;
  const shift = DAY_WORDS.get(phrase) ?? DAY_WORDS.get(withoutPart);
  if (shift !== undefined) return addDays(reference, shift);
  const ago = AGO.exec(withoutPart);
  if (ago) {
    const count = NUMBER_WORDS.get(ago[1]!) ?? Number(ago[1]);
    return Number.isFinite(count) ? addDays(reference, -count * (ago[2]!.startsWith('week') ? 7 : 1)) : null;
  }
  const weekday = WEEKDAY_ONLY.exec(withoutPart);
  if (weekday) {
    const target = WEEKDAYS.get(weekday[2]!)!;
    const now = weekdayOf(reference);
    const back = (now - target + 7) % 7;
    const ahead = (target - now + 7) % 7;
    switch (weekday[1]) {
      case 'last':
      case 'past':
      case 'previous':
        return addDays(reference, -(back || 7));
      case 'next':
      case 'coming':
        return addDays(reference, ahead || 7);
      default:
        return future ? addDays(reference, ahead || 7) : addDays(reference, -back);
    }
  }
  return null;
}

function monthDay(month: number, dayOfMonth: number, yearPart: string | undefined, reference: string | null, future: boolean): string | null {
  if (yearPart && /^\d{4}$/.test(yearPart)) return day(Number(yearPart), month, dayOfMonth);
  if (!reference) return null;
  const referenceYear = Number(reference.slice(0, 4));
  if (yearPart) return day(referenceYear + YEAR_WORDS.get(yearPart)!, month, dayOfMonth);
  // The nearest such day on the reference's side: within a year but for 29 February.
  for (let years = 0; years <= 8; years++) {
    const candidate = day(referenceYear + (future ? years : -years), month, dayOfMonth);
    if (candidate && (future ? candidate >= reference : candidate <= reference)) return candidate;
  }
  return null;
}

/** `YYYY-MM-DD` of a real day, else null ("February 30"). */
function day(year: number, month: number, dayOfMonth: number): string | null {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  return isValidDay(iso) ? iso : null;
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

interface DatedDoc {
  text: string;
  sentences: ReadonlyArray<{ start: number; end: number }>;
  tokens: readonly Token[];
  sentenceTokens: ReadonlyArray<readonly [number, number]>;
  values: readonly ValueMention[];
}

/** Words that may open a date that wink-nlp started later: "the day before" yesterday, "the 7th of" February. */
const DAY_BEFORE = /(?:the\s+)?day\s+(?:before|after)\s+$/i;
const ORDINAL_OF = /(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+of\s+$/i;

/** The dates and times of a document, in text order, each with its ISO day or null. */
export function findDates(doc: DatedDoc, reference: string | null): DateMention[] {
  const { text } = doc;
  const spans: Array<{ start: number; end: number }> = [];
  for (const value of doc.values) {
    if (value.type !== 'DATE' && value.type !== 'TIME') continue;
    let start = value.start;
    const before = text.slice(Math.max(0, start - 24), start);
    const opener = DAY_BEFORE.exec(before) ?? (MONTHS.has(firstWord(value.text)) ? ORDINAL_OF.exec(before) : null);
    if (opener) start -= opener[0].length;
    const previous = spans[spans.length - 1];
    if (previous && previous.end > start) continue;
    if (previous && joins(text.slice(previous.start, previous.end), text.slice(previous.end, start), text.slice(start, value.end))) previous.end = value.end;
    else spans.push({ start, end: value.end });
  }
  return spans.map(({ start, end }) => {
    const sentence = Math.max(0, lastSpanStartingBy(doc.sentences as Array<{ start: number; end: number }>, start));
    const written = text.slice(start, end);
    return { start, end, text: written, sentence, iso: resolveDate(written, reference, reference ? isFuture(doc, sentence, start, end) : false) };
  });
}

/** Whether two date spans are one expression: "June" + "previous year", "Tuesday" + "morning", "Tuesday" + ", " + "February 6". */
function joins(left: string, gap: string, right: string): boolean {
  const second = right.toLowerCase();
  if (/^[ \t]+$/.test(gap)) return YEAR_WORDS.has(second) || DAY_PART_WORDS.has(second);
  return /^,[ \t]*$/.test(gap) && WEEKDAYS.has(left.toLowerCase().replace(/\.$/, '')) && (MONTH_DAY.test(second) || DAY_MONTH.test(second));
}

function firstWord(text: string): string {
  return /^\p{L}+/u.exec(text.toLowerCase())?.[0] ?? '';
}

/**
 * Whether the verb a date goes with is in the future: the nearest verb before the date in its sentence
 * (else the nearest after it), with "will", "shall" or "'ll" just before it, or a verb that looks
 * ahead ("scheduled", "planned", "expected") that is not itself in a past tense.
 */
function isFuture(doc: DatedDoc, sentence: number, start: number, end: number): boolean {
  const [begin, stop] = doc.sentenceTokens[sentence] ?? [0, 0];
  const { tokens } = doc;
  let verb = -1;
  for (let t = stop - 1; t >= begin; t--) {
    if (tokens[t]!.end <= start && tokens[t]!.pos === 'VERB') {
      verb = t;
      break;
    }
  }
  if (verb < 0) {
    for (let t = begin; t < stop; t++) {
      if (tokens[t]!.start >= end && tokens[t]!.pos === 'VERB') {
        verb = t;
        break;
      }
    }
  }
  if (verb < 0) return false;
  const before = tokens.slice(Math.max(begin, verb - 3), verb).map((token) => token.text.toLowerCase());
  if (before.some((word) => FUTURE_MODALS.has(word))) return true;
  return FUTURE_VERBS.has(tokens[verb]!.lemma) && !before.slice(-2).some((word) => PAST_AUXILIARIES.has(word));
}
