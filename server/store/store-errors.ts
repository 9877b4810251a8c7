// Errors every dialect of the data store raises in the same terms, so the HTTP layer answers them
// the same way whichever engine is behind it.

/** The database could not be opened as an Arus Pangan database; start-up must stop. */
export class DatabaseStartupError extends Error {
  override readonly name = 'DatabaseStartupError';
}

/**
 * The database cannot answer right now (unreachable, refused the credentials, no such database).
 * Reads answer 503 and /readyz reports not ready, rather than answering with empty or partial data.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}
