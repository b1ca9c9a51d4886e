/** A mistake in how claimline was called (a missing input, a bad option): reported without a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** claimline cannot start its work (a pipeline that cannot be built, a broken lexicon): exit code 2. */
export class SetupError extends Error {
  override name = 'SetupError';
}
