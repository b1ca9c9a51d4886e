import type { Span } from './document.js';

/** Index of the span in `spans` (sorted, disjoint) that holds `offset`, or -1. Binary search. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) high = mid - 1;
    else if (offset >= span.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the last span that starts at or before `offset` (spans sorted by start), or -1. */
export function lastSpanStartingBy(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** Index of the first span (spans sorted by start) that starts at or after `offset`, or `spans.length`. */
export function firstSpanStartingFrom(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The spans (sorted by start) that start in `[from, to)`: found by binary search, not by a scan of all. */
export function spansStartingIn<T extends Span>(spans: readonly T[], from: number, to: number): T[] {
  const found: T[] = [];
  for (let i = firstSpanStartingFrom(spans, from); i < spans.length && spans[i]!.start < to; i++) found.push(spans[i]!);
  return found;
}

/** The spans (sorted by start, disjoint) that overlap `[start, end)`. */
export function spansOverlapping<T extends Span>(spans: readonly T[], start: number, end: number): T[] {
  let i = lastSpanStartingBy(spans, start);
  if (i < 0 || spans[i]!.end <= start) i++;
  const found: T[] = [];
  for (; i < spans.length && spans[i]!.start < end; i++) found.push(spans[i]!);
  return found;
}

/** The span without the white space at its edges. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
