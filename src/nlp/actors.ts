import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { EntityType, SourceKind } from '../document.js';
import { listField, parseLexicon, readLexicon } from '../lexicon/load.js';

/** A known actor from actors.txt, demonyms.txt or a user's alias file. */
export interface Actor {
  canonical: string;
  type: EntityType;
  kind: Exclude<SourceKind, 'anonymous' | 'unspecified' | 'unresolved'>;
}

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'group', 'nationality'];
export const ACTOR_KINDS: readonly Actor['kind'][] = ['person', 'organization', 'government', 'media'];

const ids = new Map<string, string>();

/**
 * Stable across documents and runs: one actor, one id. The id is `e_` + the first 16 hex of the sha256
 * of the canonical name in lower case, so it depends on nothing but that name.
 */
export function entityId(canonical: string): string {
  let id = ids.get(canonical);
  if (!id) {
    id = 'e_' + createHash('sha256').update(canonical.toLowerCase()).digest('hex').slice(0, 16);
    if (ids.size > 100_000) ids.clear();
    ids.set(canonical, id);
  }
  return id;
}

/** An acronym written with points: "F.B.I.", "u.n.". */
const DOTTED_ACRONYM = /(?<![\p{L}.])(?:\p{L}\.){2,}(?!\p{L})/gu;

/** An acronym with points is the same acronym in a key: "f.b.i." is "fbi". */
export const withoutAcronymPoints = (text: string): string =>
  // (Most words have no point: they pass untouched, with no pattern run over them, once for every token.)
  text.includes('.') ? text.replace(DOTTED_ACRONYM, (acronym) => acronym.replace(/\./g, '')) : text;

/** The form names are looked up by: lower case, no leading article, no trailing possessive, acronyms without points. */
export function lookupKey(name: string): string {
  return withoutAcronymPoints(name.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/['’]s?$/, '')).replace(/\s+/g, ' ').trim();
}

export interface ActorLexicon {
  /** By lookupKey of the canonical name or any alias. */
  byName: Map<string, Actor>;
  /** By lookupKey of a demonym or its plural: the nationality, canonical the country. */
  byDemonym: Map<string, Actor>;
  /** By lookupKey of a country's (or people's) canonical: its first demonym as written ("United States" → "American"). */
  demonymOf: Map<string, string>;
}

/**
 * One line of an alias table: `canonical | type | kind | aliases`, as in actors.txt. In a user's table
 * `type` and `kind` may be left empty (null here) on a line that adds spellings to a known actor.
 */
export interface AliasRow {
  canonical: string;
  type: EntityType | null;
  kind: Actor['kind'] | null;
  aliases: string[];
}

let base: ActorLexicon | undefined;
/** Lexicons with a user's rows laid over the built-in one, by the rows' JSON: built once per thread. */
const merged = new Map<string, ActorLexicon>();

/** The built-in lexicon: actors.txt and demonyms.txt, read once per thread. */
export function builtInLexicon(): ActorLexicon {
  if (base) return base;
  const byName = new Map<string, Actor>();
  for (const [canonical, type, kind, aliases] of readLexicon('actors.txt')) {
    const actor = { canonical: canonical!, type: type as EntityType, kind: kind as Actor['kind'] };
    for (const name of [canonical!, ...listField(aliases)]) {
      if (!byName.has(lookupKey(name))) byName.set(lookupKey(name), actor);
    }
  }
  const byDemonym = new Map<string, Actor>();
  const demonymOf = new Map<string, string>();
  for (const [demonym, country, plurals] of readLexicon('demonyms.txt')) {
    const canonical = byName.get(lookupKey(country!))?.canonical ?? country!;
    const actor: Actor = { canonical, type: 'nationality', kind: 'government' };
    for (const form of [demonym!, ...listField(plurals)]) byDemonym.set(lookupKey(form), actor);
    if (!demonymOf.has(lookupKey(canonical))) demonymOf.set(lookupKey(canonical), demonym!);
  }
  base = { byName, byDemonym, demonymOf };
  return base;
}

/**
 * The built-in lexicon with `rows` laid over it. A row whose canonical is a built-in canonical adds its
 * aliases to that actor (and changes its type or kind where given); any other row is a new actor, and its
 * names take over keys that named another one ("PA" for a party rather than the Palestinian Authority).
 * Later rows win over earlier ones.
 */
export function lexiconWith(rows: readonly AliasRow[]): ActorLexicon {
  const builtIn = builtInLexicon();
  if (!rows.length) return builtIn;
  const key = JSON.stringify(rows);
  const known = merged.get(key);
  if (known) return known;
  const byName = new Map(builtIn.byName);
  for (const row of rows) {
    const existing = byName.get(lookupKey(row.canonical));
    const extends_ = existing && lookupKey(existing.canonical) === lookupKey(row.canonical);
    const type = row.type ?? (extends_ ? existing.type : null);
    const kind = row.kind ?? (extends_ ? existing.kind : null);
    if (!type || !kind) throw new Error(`alias row "${row.canonical}": a new actor needs a type and a kind`);
    const actor: Actor = { canonical: extends_ ? existing.canonical : row.canonical, type, kind };
    if (extends_ && (actor.type !== existing.type || actor.kind !== existing.kind)) {
      for (const [name, other] of byName) if (other === existing) byName.set(name, actor);
    }
    for (const name of [row.canonical, ...row.aliases]) byName.set(lookupKey(name), actor);
  }
  const byDemonym = new Map<string, Actor>();
  for (const [form, actor] of builtIn.byDemonym) {
    // A demonym follows its country when a user's row renamed the country's key to another actor.
    const country = byName.get(lookupKey(actor.canonical));
    byDemonym.set(form, country && country.canonical !== actor.canonical ? { ...actor, canonical: country.canonical } : actor);
  }
  const lexicon = { byName, byDemonym, demonymOf: builtIn.demonymOf };
  if (merged.size > 32) merged.clear();
  merged.set(key, lexicon);
  return lexicon;
}

/**
 * Parses alias lines (`canonical | type | kind | aliases`; `#` starts a comment). Throws an Error naming
 * `where` and the line when a line is malformed.
 */
export function parseAliasLines(text: string, where: string, numbered = true): AliasRow[] {
  const rows: AliasRow[] = [];
  for (const { line, fields } of parseLexicon(text)) {
    const place = numbered ? `${where}:${line}` : where;
    if (fields.length < 2) throw new Error(`${place}: expected "canonical | type | kind | aliases", not "${fields.join(' | ')}"`);
    const [canonical, type, kind, aliases, ...rest] = fields;
    if (!canonical) throw new Error(`${place}: the canonical name is empty`);
    if (rest.length) throw new Error(`${place}: more than 4 fields (aliases are separated by commas)`);
    if (type && !ENTITY_TYPES.includes(type as EntityType)) throw new Error(`${place}: type "${type}" is not one of ${ENTITY_TYPES.join(', ')}`);
    if (kind && !ACTOR_KINDS.includes(kind as Actor['kind'])) throw new Error(`${place}: kind "${kind}" is not one of ${ACTOR_KINDS.join(', ')}`);
    rows.push({ canonical, type: (type || null) as EntityType | null, kind: (kind || null) as Actor['kind'] | null, aliases: listField(aliases) });
  }
  return rows;
}

/**
 * The rows of an `aliases` option: each item is a path to an alias file (read now), a line of the table
 * (it holds a `|`), or a row already parsed. Throws an Error that says which item is wrong.
 */
export function loadAliasRows(items: ReadonlyArray<string | AliasRow>): AliasRow[] {
  const rows: AliasRow[] = [];
  for (const item of items) {
    if (typeof item !== 'string') rows.push(item);
    else if (item.includes('|')) rows.push(...parseAliasLines(item, `alias line "${item}"`, false));
    else {
      let text: string;
      try {
        text = readFileSync(item, 'utf8');
      } catch (error) {
        throw new Error(`cannot read the alias file ${item}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      rows.push(...parseAliasLines(text, item));
    }
  }
  // Every new actor must have its type and kind: check now, not in a worker.
  lexiconWith(rows);
  return rows;
}

