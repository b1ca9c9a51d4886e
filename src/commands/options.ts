import { UsageError } from '../io/errors.js';

/** A command-line value that must be a whole number of at least `least`; anything else is a usage error. */
export function wholeNumber(option: string, value: string, least: number): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < least) throw new UsageError(`${option} takes a whole number ≥ ${least}, not "${value}"`);
  return number;
}
