// Which figures speak of the same thing. Grouping is conservative: a figure joins a group only when it fits
// every figure already in it, and only when that group is the one it fits; otherwise it is left alone.

import type { Figure } from './figures.js';
import { ANY_NOUN } from './lexicons.js';

/** What figures may be asked to agree on, besides their kind and measure, which they always share. */
export type GroupKey = 'noun' | 'place' | 'date' | 'actors';
export const GROUP_KEYS: readonly GroupKey[] = ['noun', 'place', 'date', 'actors'];

export interface GroupOptions {
  /**
   * What figures must agree on besides their kind ("killed": killed, dead, died and death toll are one)
   * and their measure (count, money, percent …), which they always share:
   * - `noun`: the same counted noun (counted-nouns.txt: "troops" and "soldiers" are one). A figure that
   *   names no one ("people", or no noun) joins a group of any noun when it is the one group it fits.
   * - `place`: when both sentences name places, they name one in common.
   * - `date`: when both sentences have dates, two of them are at most `dateWindow` days apart; figures of
   *   two documents must both have dates.
   * - `actors`: figures of two documents share a place, group, organization or person their sentences
   *   name (besides their sources). Figures of one article need neither, being of one story.
   *
   * Default: all four. Without `actors` and `date`, figures of any documents may be grouped.
   */
  keys?: readonly GroupKey[];
  /** How many days apart two dated figures may be and still count the same thing (key `date`). Default 3. */
  dateWindow?: number;
}

export const GROUP_DEFAULTS: Required<GroupOptions> = { keys: GROUP_KEYS, dateWindow: 3 };

const DAY = 86_400_000;

function shares<K>(a: Map<K, unknown>, b: Map<K, unknown>): boolean {
  for (const key of a.keys()) if (b.has(key)) return true;
  return false;
}

function datesWithin(a: string[], b: string[], days: number): boolean {
  return a.some((x) => b.some((y) => Math.abs(Date.parse(x) - Date.parse(y)) <= days * DAY));
}

/** Whether two figures may count the same thing, under the options. Two figures of one sentence never do: they are its parts. */
export function compatibility(options: Required<GroupOptions>): (a: Figure, b: Figure) => boolean {
  const keys = new Set(options.keys);
  return (a, b) => {
    if (a.doc_id === b.doc_id && a.sentence_index === b.sentence_index) return false;
    if (keys.has('noun') && a.noun !== ANY_NOUN && b.noun !== ANY_NOUN && a.noun !== b.noun) return false;
    if (keys.has('place') && a.places.size && b.places.size && !shares(a.places, b.places)) return false;
    if (keys.has('date') && a.dates.length && b.dates.length && !datesWithin(a.dates, b.dates, options.dateWindow)) return false;
    if (a.doc_id === b.doc_id) return true;
    if (keys.has('date') && !(a.dates.length && b.dates.length)) return false;
    return !keys.has('actors') || shares(a.anchors, b.anchors);
  };
}

/** The groups of one kind and measure, found by what may bring a figure in: its document, else an entity it names. */
class Block {
  readonly groups: Figure[][] = [];
  private readonly byDocument = new Map<string, Set<Figure[]>>();
  private readonly byAnchor = new Map<string, Set<Figure[]>>();

  constructor(private readonly needsAnchor: boolean) {}

  candidates(figure: Figure): Iterable<Figure[]> {
    if (!this.needsAnchor) return this.groups;
    const found = new Set(this.byDocument.get(figure.doc_id));
    for (const id of figure.anchors.keys()) for (const group of this.byAnchor.get(id) ?? []) found.add(group);
    return found;
  }

  add(figure: Figure, group: Figure[] = []): void {
    if (!group.length) this.groups.push(group);
    group.push(figure);
    const index = (map: Map<string, Set<Figure[]>>, key: string) => map.set(key, (map.get(key) ?? new Set()).add(group));
    index(this.byDocument, figure.doc_id);
    for (const id of figure.anchors.keys()) index(this.byAnchor, id);
  }
}

/**
 * The groups of figures, each in input order, groups in the order of their first figure. Figures of one kind
 * and measure are taken in input order, those that name who they count first (with the key `noun`): each
 * joins the one group it fits, starts a group when it fits none, and is left alone when it fits several.
 */
export function groupFigures(figures: Figure[], options: Required<GroupOptions>): Figure[][] {
  const fit = compatibility(options);
  const byNoun = options.keys.includes('noun');
  const named = (f: Figure) => !byNoun || f.noun !== ANY_NOUN;
  const blocks = new Map<string, Block>();
  for (const figure of [...figures.filter(named), ...figures.filter((f) => !named(f))]) {
    const key = `${figure.kind}\u0000${figure.measure}`;
    const block = blocks.get(key) ?? new Block(options.keys.includes('actors'));
    blocks.set(key, block);
    const fits = [...block.candidates(figure)].filter((group) => group.every((member) => fit(figure, member)));
    if (fits.length === 1) block.add(figure, fits[0]);
    else if (!fits.length) block.add(figure);
  }
  return [...blocks.values()]
    .flatMap((block) => block.groups)
    .map((group) => group.sort((a, b) => a.order - b.order))
    .sort((a, b) => a[0]!.order - b[0]!.order);
}
