import nlp from 'compromise';
import type { EntityMention, EntityType, TaggedDoc, Token } from '../document.js';
import { readWordSet } from '../lexicon/load.js';
import { actorLexicon, entityId, lookupKey } from './actors.js';
import { isNameAt } from './tokens.js';

// Named entities are runs of proper nouns. A run is typed by the actor lexicon first; what it does not
// know goes to compromise, on the run's few words only (compromise on a whole text is many times slower
// than wink-nlp), with its answers cached per thread.

/** Lower-case words that may join two proper nouns in one name ("Bank of England", "Abu Bakr al Baghdadi"). */
const CONNECTORS = new Set(['of', 'for', 'de', 'al', 'bin', 'von', 'van', 'der', 'la', 'du', 'and', '&']);
const CACHE_LIMIT = 20_000;
const compromiseTypes = new Map<string, EntityType | null>();

let titles: Set<string> | undefined;
/** Titles and role words before a name (titles.txt), lower case. */
export function titleWords(): Set<string> {
  titles ??= readWordSet('titles.txt');
  return titles;
}

function typeByCompromise(name: string): EntityType | null {
  let type = compromiseTypes.get(name);
  if (type !== undefined) return type;
  const view = nlp(name);
  type = view.people().found ? 'person' : view.organizations().found ? 'organization' : view.places().found ? 'place' : null;
  if (compromiseTypes.size >= CACHE_LIMIT) compromiseTypes.clear();
  compromiseTypes.set(name, type);
  return type;
}

export function findEntities(doc: Omit<TaggedDoc, 'entities'>): EntityMention[] {
  const { byName, byDemonym } = actorLexicon();
  const dates = doc.values.filter((value) => value.type === 'DATE' || value.type === 'TIME');
  const inDate = (token: Token) => dates.some((date) => token.start >= date.start && token.end <= date.end);
  const entities: EntityMention[] = [];
  const push = (first: Token, last: Token, type: EntityType, canonical: string): void => {
    entities.push({
      start: first.start,
      end: last.end,
      text: doc.text.slice(first.start, last.end),
      type,
      canonical,
      entityId: entityId(canonical),
    });
  };

  for (const [begin, end] of doc.sentenceTokens) {
    let t = begin;
    while (t < end) {
      const token = doc.tokens[t]!;
      if (!isNameAt(doc.tokens, t) || inDate(token)) {
        const demonym = /^\p{Lu}/u.test(token.text) ? byDemonym.get(lookupKey(token.text)) : undefined;
        if (demonym) push(token, token, 'nationality', demonym.canonical);
        t++;
        continue;
      }
      let last = t;
      while (last + 1 < end) {
        const next = doc.tokens[last + 1]!;
        if (isNameAt(doc.tokens, last + 1) && !inDate(next)) last++;
        else if (CONNECTORS.has(next.text.toLowerCase()) && isNameAt(doc.tokens, last + 2) && last + 2 < end) last += 2;
        else break;
      }
      typeRun(doc.tokens.slice(t, last + 1));
      t = last + 1;
    }
  }
  return entities;

  /**
   * A known actor as a whole; else the titles before a name are not part of it ("Defence Minister Karl
   * Adler"), and the demonyms among them are nationalities of their own ("Turkish President …").
   */
  function typeRun(run: Token[]): void {
    if (!byName.has(lookupKey(run.map((token) => token.text).join(' ')))) {
      const titled = run.findLastIndex((token, k) => k < run.length - 1 && titleWords().has(token.text.toLowerCase()));
      const leading = titled >= 0 ? titled + 1 : run.length > 1 && byDemonym.has(lookupKey(run[0]!.text)) ? 1 : 0;
      for (const token of run.slice(0, leading)) {
        const demonym = byDemonym.get(lookupKey(token.text));
        if (demonym) push(token, token, 'nationality', demonym.canonical);
      }
      run = run.slice(leading);
    }
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const text = doc.text.slice(first.start, last.end);
    const actor = byName.get(lookupKey(text));
    if (actor) return push(first, last, actor.type, actor.canonical);
    const demonym = run.length === 1 ? byDemonym.get(lookupKey(text)) : undefined;
    if (demonym) return push(first, last, 'nationality', demonym.canonical);
    const type = typeByCompromise(text);
    if (type) push(first, last, type, text.replace(/^the\s+/i, ''));
  }
}
