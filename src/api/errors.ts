import type { Problem } from '../contract/schemas';

export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'invalid-data';

export interface FieldIssue {
  /** Path into the response, e.g. "rows.3.tonnes". */
  field: string;
  message: string;
}

/** Every failure of the API client is one of these, so panels can say what went wrong. */
export abstract class ApiError extends Error {
  abstract readonly kind: ApiErrorKind;
  /** Whether trying again could help; bad data or a 4xx will not get better by retrying. */
  abstract readonly retryable: boolean;
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message);
  }
}

export class NetworkError extends ApiError {
  readonly kind = 'network';
  readonly retryable = true;
  override readonly name = 'NetworkError';
}

export class TimeoutError extends ApiError {
  readonly kind = 'timeout';
  readonly retryable = true;
  override readonly name = 'TimeoutError';
  constructor(
    url: string,
    readonly timeoutMs: number,
  ) {
    super(`No answer from ${url} within ${timeoutMs} ms`, url);
  }
}

export class HttpError extends ApiError {
  readonly kind = 'http';
  override readonly name = 'HttpError';
  readonly retryable: boolean;
  constructor(
    url: string,
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status} from ${url}`, url);
    this.retryable = status >= 500 || status === 429;
  }
}

export class ParseError extends ApiError {
  readonly kind = 'parse';
  readonly retryable = false;
  override readonly name = 'ParseError';
}

export class InvalidDataError extends ApiError {
  readonly kind = 'invalid-data';
  readonly retryable = false;
  override readonly name = 'InvalidDataError';
  constructor(
    url: string,
    readonly issues: FieldIssue[],
  ) {
    super(`Invalid data from ${url}: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, url);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
