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

/**
 * A write based on a revision that another write has since replaced as the dataset's current one
 * (a balance table joining flows that a concurrent upload superseded). Nothing was stored; the
 * write is retried on the new current revision.
 */
export class RevisionConflictError extends Error {
  override readonly name = 'RevisionConflictError';
}
