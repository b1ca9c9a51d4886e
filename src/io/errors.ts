/** A mistake in how claimline was called (a missing input, a bad option): reported without a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
