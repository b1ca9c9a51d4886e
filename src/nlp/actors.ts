import { createHash } from 'node:crypto';
import type { EntityType, SourceKind } from '../document.js';
import { readLexicon } from '../lexicon/load.js';

/** A known actor from actors.txt or demonyms.txt. */
export interface Actor {
  canonical: string;
  type: EntityType;
  kind: Exclude<SourceKind, 'anonymous' | 'unspecified' | 'unresolved'>;
}

const ids = new Map<string, string>();

/** Stable across documents and runs: one actor, one id. */
export function entityId(canonical: string): string {
  let id = ids.get(canonical);
  if (!id) {
    id = 'e_' + createHash('sha256').update(canonical.toLowerCase()).digest('hex').slice(0, 16);
    if (ids.size > 100_000) ids.clear();
    ids.set(canonical, id);
  }
  return id;
}

/** The form names are looked up by: lower case, no leading article, no trailing possessive. */
export function lookupKey(name: string): string {
  return name.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/['’]s?$/, '').replace(/\s+/g, ' ').trim();
}

export interface ActorLexicon {
  /** By lookupKey of the canonical name or any alias. */
  byName: Map<string, Actor>;
  /** By lookupKey of a demonym or its plural: the nationality, canonical the country. */
  byDemonym: Map<string, Actor>;
}

let shared: ActorLexicon | undefined;

export function actorLexicon(): ActorLexicon {
  if (shared) return shared;
  const byName = new Map<string, Actor>();
  for (const [canonical, type, kind, aliases] of readLexicon('actors.txt')) {
    const actor = { canonical: canonical!, type: type as EntityType, kind: kind as Actor['kind'] };
    for (const name of [canonical!, ...splitList(aliases)]) {
      if (!byName.has(lookupKey(name))) byName.set(lookupKey(name), actor);
    }
  }
  const byDemonym = new Map<string, Actor>();
  for (const [demonym, country, plurals] of readLexicon('demonyms.txt')) {
    const actor: Actor = { canonical: byName.get(lookupKey(country!))?.canonical ?? country!, type: 'nationality', kind: 'government' };
    for (const form of [demonym!, ...splitList(plurals)]) byDemonym.set(lookupKey(form), actor);
  }
  shared = { byName, byDemonym };
  return shared;
}

function splitList(field: string | undefined): string[] {
  return (field ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}
