// Cross-source comparison: claim records in, one figure/1 record per group of figures that speak of the same
// thing, with who says what and whether they can all be right.

import { createHash } from 'node:crypto';
import type { ClaimRecord } from '../schema/claim.js';
import type { FigureClaim, FigureRecord, MatchField } from '../schema/figure.js';
import { FigureCollector, type Figure } from './figures.js';
import { GROUP_DEFAULTS, groupFigures, type GroupOptions } from './group.js';
import { intersect, intersectAll } from './interval.js';
import { ANY_NOUN } from './lexicons.js';

export interface CompareOptions extends GroupOptions {
  /**
   * How far an approximate figure without bounds ("about 200", "some 12,000") reaches either side of its
   * value, as a share of it. Default 0.1: "about 200" allows 180 to 220.
   */
  margin?: number;
  /** How many sources a group needs; figures that fewer give are left alone. Default 2. */
  minSources?: number;
}

export const COMPARE_DEFAULTS: Required<CompareOptions> = { ...GROUP_DEFAULTS, margin: 0.1, minSources: 2 };

/** Names shared by every one of several sets; none when there are fewer than two. */
function common(sets: Array<Map<string, string>>): string[] {
  if (sets.length < 2) return [];
  return [...sets[0]!].filter(([id]) => sets.every((set) => set.has(id))).map(([, name]) => name).sort();
}

function claimOf({ source, doc_id, claim_id, sentence_index, sentence, quantity, interval }: Figure): FigureClaim {
  const { text, value, lower, upper, approximate, unit, event } = quantity;
  return { source, doc_id, claim_id, sentence_index, sentence, text, value, lower, upper, approximate, unit, event, interval };
}

/** "killed: civilians in Deir ez-Zor, 2018-02-07 — khasham.txt" */
function labelOf(key: FigureRecord['key']): string {
  const measure = key.measure === 'count' ? '' : ` (${key.measure})`;
  const noun = key.noun ? `: ${key.noun}` : '';
  const places = key.places.length ? ` in ${key.places.join(', ')}` : '';
  const dates = key.first_date ? `, ${key.first_date}${key.last_date !== key.first_date ? ` to ${key.last_date}` : ''}` : '';
  return `${key.kind}${measure}${noun}${places}${dates} — ${key.documents.join(', ')}`;
}

function recordOf(members: Figure[], options: Required<CompareOptions>): FigureRecord {
  const first = members[0]!;
  const keys = new Set(options.keys);
  const documents = [...new Set(members.map((m) => m.doc_id))];
  const dates = members.flatMap((m) => m.dates).sort();
  const key: FigureRecord['key'] = {
    kind: first.kind,
    measure: first.measure,
    noun: keys.has('noun') ? (members.find((m) => m.noun !== ANY_NOUN)?.noun ?? null) : null,
    places: common(members.filter((m) => m.places.size).map((m) => m.places)),
    actors: documents.length > 1 ? common(documents.map((doc) => new Map(members.filter((m) => m.doc_id === doc).flatMap((m) => [...m.anchors])))) : [],
    first_date: dates[0] ?? null,
    last_date: dates.at(-1) ?? null,
    documents,
  };
  const matched: Array<[MatchField, boolean]> = [
    ['kind', true],
    ['measure', true],
    ['noun', key.noun !== null],
    ['place', keys.has('place') && members.filter((m) => m.places.size).length > 1],
    ['date', keys.has('date') && members.filter((m) => m.dates.length).length > 1],
    ['document', documents.length === 1],
    ['actors', keys.has('actors') && documents.length > 1],
  ];
  const bounds = members.map(({ quantity: q }) => [q.value ?? q.lower ?? q.upper!, q.value ?? q.upper ?? q.lower!]);
  const disagreement = members.some((a, i) => members.slice(i + 1).some((b) => a.sourceKey !== b.sourceKey && !intersect(a.interval, b.interval)));
  return {
    schema: 'figure/1',
    id: 'f_' + createHash('sha256').update(members.map((m) => `${m.claim_id}:${m.quantity.start}`).join(',')).digest('hex').slice(0, 16),
    label: labelOf(key),
    key,
    matched_on: matched.filter(([, holds]) => holds).map(([field]) => field),
    sources: new Set(members.map((m) => m.sourceKey)).size,
    claims: members.map(claimOf),
    smallest: Math.min(...bounds.map(([low]) => low!)),
    largest: Math.max(...bounds.map(([, high]) => high!)),
    agreed: intersectAll(members.map((m) => m.interval)),
    disagreement,
  };
}

/**
 * Groups the figures of claim records that speak of the same thing, across sources and documents: one
 * figure/1 record a group, in the order of the groups' first figures.
 */
export async function compareClaims(records: Iterable<ClaimRecord> | AsyncIterable<ClaimRecord>, options: CompareOptions = {}): Promise<FigureRecord[]> {
  const settings = { ...COMPARE_DEFAULTS, ...options };
  const collector = new FigureCollector(settings.margin);
  for await (const record of records) collector.add(record);
  return groupFigures(collector.list(), settings)
    .filter((members) => new Set(members.map((m) => m.sourceKey)).size >= settings.minSources)
    .map((members) => recordOf(members, settings));
}
