import { describe, expect, test } from 'vitest';
import { InvalidDataError } from '../../../src/api/errors';
import { createApiClient } from '../../../src/api/http-client';
import { CHECKED_ANSWER_HEADER } from '../../../src/contract/checked-answer';
import { as, caught } from '../../helpers/caught';

const BASE = 'http://dashboard.test/api/v1';

/** A claims answer that breaks the contract: a claim is an object, not a number. */
const BROKEN_CLAIMS = '[42]';

function answering(body: string, headers: Record<string, string>): typeof fetch {
  return async () =>
    new Response(body, { status: 200, headers: { 'Content-Type': 'application/json', ...headers } });
}

describe('answers checked where they were made', () => {
  test('a client made for a checking API takes a marked answer as it is', async () => {
    const client = createApiClient({
      baseUrl: BASE,
      timeoutMs: 5_000,
      fetch: answering(BROKEN_CLAIMS, { [CHECKED_ANSWER_HEADER]: 'true' }),
      checkedAnswers: true,
    });
    // Not checked again: the page trusts the worker's check (it did run the schema there).
    expect(await client.getClaims()).toEqual([42]);
  });

  test('the same client still checks an answer that is not marked', async () => {
    const client = createApiClient({
      baseUrl: BASE,
      timeoutMs: 5_000,
      fetch: answering(BROKEN_CLAIMS, {}),
      checkedAnswers: true,
    });
    expect(as(await caught(client.getClaims()), InvalidDataError).issues[0]?.field).toBe('0');
  });

  test('a server cannot skip the check by sending the mark', async () => {
    const client = createApiClient({
      baseUrl: BASE,
      timeoutMs: 5_000,
      fetch: answering(BROKEN_CLAIMS, { [CHECKED_ANSWER_HEADER]: 'true' }),
    });
    expect(await caught(client.getClaims())).toBeInstanceOf(InvalidDataError);
  });
});
