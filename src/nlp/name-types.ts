import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { EntityType } from '../document.js';
import { readLexicon, readWordClass } from '../lexicon/load.js';
import { packageRoot } from '../paths.js';

// What a name's own words say it is, from compromise's word data: its lexicon (first names by gender,
// surnames, cities, countries, regions, organisations, and names of several words), the words it reads as
// a person's name by context ("Gail", "Frank"), the endings it reads surnames and places by ("-enko",
// "-dale"), and its lists of words in the names of organisations ("Institute", "Board") and places
// ("County", "Springs"). Its tagger is not run: at 0.7 ms a name, over the new names of a stream of
// articles (about sixteen an article) it cost several times the rest of the pipeline.

type Tags = readonly string[];

interface NameWords {
  lexicon: Record<string, string | string[]>;
  /** Words of two readings by context: "Person|Noun" for "Gail". */
  switches: Record<string, string>;
  /** By length: ending → tag. */
  endings: Array<Record<string, string> | undefined>;
  organizationWords: Record<string, unknown>;
  placeWords: Record<string, unknown>;
}

const PERSON_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
/** Words that join two names in one ("of", "and"), and particles of a person's name ("van", "al-"): name-words.txt. */
const LINKS = readWordClass('name-words.txt', 'entity-link');
const PARTICLES = readWordClass('name-words.txt', 'particle');
/** The first words of bodies' names in Spanish, Portuguese, French and Italian: "Observatorio …", "Comité de …". */
const BODY_STARTS = readWordClass('name-words.txt', 'body-start');
/** A particle after the first word of a name: "Tom van der Meer", "Bashar al-Assad". */
const isParticle = (word: string, i: number) => i > 0 && (PARTICLES.has(word) || PARTICLES.has(word.split('-')[0]!));
const PREDICATE_TAGS = new Set(['Adjective', 'PastTense', 'PresentTense', 'Infinitive']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);
const NONE: Tags = [];
/** Readings of a word that is a first name before another name ("Gail", "Frank"), not a verb ("Mount"). */
const FIRST_NAME_SWITCHES = new Set(['Person|Noun', 'Person|Adj']);
const PERSON: Tags = ['Person'];
/** Given names the lexicon may not know, by gender (given-names.txt): "priya" → FemaleName. */
const GIVEN_NAME_TAGS: Record<string, Tags> = { female: ['FemaleName'], male: ['MaleName'], unisex: ['FirstName'] };
const givenNames = new Map(readLexicon('given-names.txt').map(([name, gender]) => [name!, GIVEN_NAME_TAGS[gender!]!]));
const LAST_NAME: Tags = ['LastName'];

const require = createRequire(import.meta.url);
/**
 * Where the build stores the word data read from compromise's model (`npm run build`): compromise takes a
 * quarter of a second to load, at the start of every worker thread, and the file a hundredth. Without it
 * (sources run before a build) or from another version of compromise, the data is read from the model.
 */
const STORED_NAME_WORDS = join(packageRoot, 'dist', 'src', 'nlp', 'name-words.json');
let words: NameWords | undefined;
function nameWords(): NameWords {
  if (words) return words;
  const stored = existsSync(STORED_NAME_WORDS) ? (JSON.parse(readFileSync(STORED_NAME_WORDS, 'utf8')) as { version: string; words: NameWords }) : null;
  words = stored?.version === compromiseVersion() ? stored.words : nameWordsOfCompromise();
  return words;
}

function nameWordsOfCompromise(): NameWords {
  const { one, two } = (require('compromise') as typeof import('compromise').default).model() as {
    one: { lexicon: NameWords['lexicon'] };
    two: { suffixPatterns: NameWords['endings']; switches: Record<string, string>; orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
  };
  return { lexicon: one.lexicon, switches: two.switches, endings: two.suffixPatterns, organizationWords: two.orgWords, placeWords: two.placeWords };
}

/** The installed compromise's version, from its package.json (which its exports do not name). */
function compromiseVersion(): string {
  let dir = dirname(require.resolve('compromise'));
  while (!existsSync(join(dir, 'package.json')) && dir !== dirname(dir)) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Stores compromise's word data for later threads: run by `npm run build`. */
export function storeNameWords(): void {
  writeFileSync(STORED_NAME_WORDS, JSON.stringify({ version: compromiseVersion(), words: nameWordsOfCompromise() }));
}

/** The lexicon's tags of a word or of words, or undefined. */
function listedTags(key: string): Tags | undefined {
  const listed = nameWords().lexicon[key];
  return typeof listed === 'string' ? [listed] : listed;
}

/** An Irish surname: "O'Neill", "McAllister". */
const IRISH_SURNAME = /^(?:o['’]|ma?c['’]?)\p{L}{3,}$/u;

/**
 * A word's tags in the lexicon (accents aside); else Person where the first word of a name may be a first
 * name ("Gail Prentiss"); else LastName for an Irish surname; else the tag its ending gives. `word`
 * in lower case.
 */
function tagsOf(word: string, opensName = false): Tags {
  const { switches, endings } = nameWords();
  if (opensName && FIRST_NAME_SWITCHES.has(switches[word]!)) return PERSON;
  const listed = listedTags(word) ?? listedTags(word.normalize('NFD').replace(/\p{M}/gu, ''));
  if (listed) return listed;
  // (A given name of the table only where it may open a person's name.)
  const given = opensName ? givenNames.get(word) : undefined;
  if (given) return given;
  if (IRISH_SURNAME.test(word)) return LAST_NAME;
  for (let length = Math.min(endings.length - 1, word.length - 1); length >= 1; length--) {
    const tag = endings[length]?.[word.slice(-length)];
    if (tag) return [tag];
  }
  return NONE;
}

const someTag = (tags: readonly Tags[], wanted: ReadonlySet<string>) => tags.some((list) => list.some((tag) => wanted.has(tag)));

/** How the lexicon types a name of several words ("wells fargo", "red cross"). */
function phraseType(lower: string): EntityType | null {
  const tags = listedTags(lower) ?? NONE;
  return someTag([tags], PERSON_TAGS) ? 'person' : tags.includes('Organization') || tags.includes('SportsTeam') ? 'organization' : someTag([tags], PLACE_TAGS) ? 'place' : null;
}

/**
 * person, organization or place, as the words of `name` say, or null. A name of several words the lexicon
 * knows, whole or in part, first; then a firm's names joined by "&"; then a person's name before a link ("Mara
 * Stoica of Levanto University");
 * then a word of organisations' names at the end ("Halvorsen Bank", "Fenwick University"); then a word
 * or a particle of a person's name, a word of an organisation's, of a place's ("Mount Malibuyo", "Harlan
 * Springs").
 */
export function nameType(name: string): EntityType | null {
  const { organizationWords, placeWords } = nameWords();
  const lower = name.replace(/['’]s$/i, '').toLowerCase().split(/\s+/).map((word) => word.replace(/\.$/, ''));
  // (A part names an organisation's whole, "Tarvessian Red Cross"; a place is only a part, "United States Citizenship …".)
  for (let size = Math.min(lower.length, 4); size >= 2; size--) {
    for (let from = 0; from + size <= lower.length; from++) {
      const known = phraseType(lower.slice(from, from + size).join(' '));
      if (known && (size === lower.length || known === 'organization')) return known;
    }
  }
  // (A body's first word before particles: "Observatorio Carcelario del Sur" is no "Juan del Sur"; or before other
  // words, where no lexicon reads its first or last word as a person's: "Instituto Vox Sertanejo", "Liwa al-Waad",
  // not "Red Adair".)
  const personWordAt = (i: number) => someTag([tagsOf(lower[i]!)], PERSON_TAGS);
  if (BODY_STARTS.has(lower[0]!) && lower.length > 1 &&
    (lower.some((word, i) => isParticle(word, i) || (i > 0 && LINKS.has(word))) || (!personWordAt(0) && !personWordAt(lower.length - 1)))) return 'organization';
  // An ampersand joins the names of a firm, never a person's: "Marks & Spencer", "Brenner & Holt".
  if (lower.indexOf('&') > 0 && !lower.includes('and')) return 'organization';
  const tags = lower.map((word, i) => tagsOf(word, i === 0 && lower.length > 1 && !LINKS.has(lower[1]!)));
  const link = lower.findIndex((word) => LINKS.has(word));
  if (link > 0 && someTag(tags.slice(0, link), PERSON_TAGS)) return 'person';
  const last = lower.length - 1;
  // A word of organisations' names, after a word that may be a name's: "Exposed Data" in a headline is none.
  const organizationWordAt = (i: number) => i > 0 && !!organizationWords[lower[i]!] && !tags[i - 1]!.some((tag) => PREDICATE_TAGS.has(tag));
  if (organizationWordAt(last)) return 'organization';
  if (someTag(tags, PERSON_TAGS) || lower.some(isParticle)) return 'person';
  if (lower.some((_, i) => organizationWordAt(i)) || tags.some((list) => list.includes('Organization'))) return 'organization';
  if (someTag(tags, PLACE_TAGS) || (last > 0 && (placeWords[lower[last]!] || placeWords[lower[0]!]))) return 'place';
  return null;
}

/** Whether the lexicon lists a word as a verb's base form: "record", "question". */
const isInfinitive = (word: string) => listedTags(word)?.includes('Infinitive') ?? false;

/**
 * A noun for a person by what they do, as the lexicon lists one ("controller", "narrator"), or the agent noun
 * of a verb it lists, itself or at the end of a compound ("recorder", "questioner", "schoolteacher"); not
 * "letter", "charter" or "order". `word` in lower case.
 */
export function isRoleNoun(word: string): boolean {
  for (let from = 0; from <= word.length - 5; from++) {
    const tail = word.slice(from);
    if (listedTags(tail)?.includes('Actor')) return true;
    const stem = /^(.{3,}?)(?:e?r|or)$/.exec(tail)?.[1];
    if (stem && (isInfinitive(stem) || isInfinitive(`${stem}e`))) return true;
  }
  return false;
}

/** The gender the lexicon gives a first name, or null. */
export function firstNameGender(first: string): 'female' | 'male' | null {
  const word = first.toLowerCase();
  const gender = (tags: Tags) => (tags.includes('FemaleName') ? 'female' : tags.includes('MaleName') ? 'male' : null);
  return gender(tagsOf(word)) ?? gender(givenNames.get(word) ?? NONE);
}
