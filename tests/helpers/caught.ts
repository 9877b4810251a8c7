/** The error a promise rejects with; fails the test when it resolves instead. */
export async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

/** Narrows an unknown error to a class, failing with a readable message otherwise. */
export function as<T>(error: unknown, type: abstract new (...args: never[]) => T): T {
  if (error instanceof type) return error;
  const description = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  throw new Error(`expected ${type.name}, got ${description}`);
}
