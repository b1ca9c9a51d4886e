// What a figure allows, as an interval of numbers, and what several figures allow together.

import type { ClaimQuantity } from '../schema/claim.js';
import type { FigureInterval } from '../schema/figure.js';

/** An interval; a null bound is open on that side, and its `inclusive` is null. */
export type Interval = FigureInterval;

/**
 * The numbers a figure allows: the bounds its words imply ("more than 100" → above 100, "hundreds" → 200
 * to 999); else, for an approximate figure ("about 200"), its value give or take `margin` of it; else its
 * value alone. Null for a figure with neither value nor bounds.
 */
export function intervalOf(q: ClaimQuantity, margin: number): Interval | null {
  if (q.lower !== null || q.upper !== null) {
    return { lower: q.lower, upper: q.upper, lower_inclusive: q.lower_inclusive, upper_inclusive: q.upper_inclusive };
  }
  if (q.value === null) return null;
  const spread = q.approximate ? Math.abs(q.value) * margin : 0;
  return { lower: q.value - spread, upper: q.value + spread, lower_inclusive: true, upper_inclusive: true };
}

/** The tighter of two bounds on one side: `sign` 1 for lower bounds (the larger wins), -1 for upper ones. */
function tighter(a: number | null, aInclusive: boolean | null, b: number | null, bInclusive: boolean | null, sign: 1 | -1): [number | null, boolean | null] {
  if (a === null) return [b, bInclusive];
  if (b === null || sign * (a - b) > 0) return [a, aInclusive];
  if (a === b) return [a, !!aInclusive && !!bInclusive];
  return [b, bInclusive];
}

/** The numbers both intervals allow; null when there are none. */
export function intersect(a: Interval, b: Interval): Interval | null {
  const [lower, lower_inclusive] = tighter(a.lower, a.lower_inclusive, b.lower, b.lower_inclusive, 1);
  const [upper, upper_inclusive] = tighter(a.upper, a.upper_inclusive, b.upper, b.upper_inclusive, -1);
  if (lower !== null && upper !== null && (lower > upper || (lower === upper && !(lower_inclusive && upper_inclusive)))) return null;
  return { lower, upper, lower_inclusive, upper_inclusive };
}

/** The numbers every interval allows; null when there are none. */
export function intersectAll(intervals: Interval[]): Interval | null {
  let common: Interval | null = { lower: null, upper: null, lower_inclusive: null, upper_inclusive: null };
  for (const interval of intervals) {
    common = intersect(common, interval);
    if (!common) return null;
  }
  return common;
}
