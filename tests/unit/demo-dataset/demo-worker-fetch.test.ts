import { describe, expect, test } from 'vitest';
import { checkedAnswer } from '../../../mocks/demo-api-check';
import { createDemoWorkerFetch } from '../../../mocks/demo-api-worker-client';
import type { DemoApiAnswerer } from '../../../mocks/handlers';
import { CHECKED_ANSWER_HEADER } from '../../../src/contract/checked-answer';

describe('the demo API as the API client sees it in a build', () => {
  test('a request under the base goes to the worker as its route and query', async () => {
    const asked: string[] = [];
    const answer: DemoApiAnswerer = async (route, search) => {
      asked.push(`${route}?${search.toString()}`);
      return { status: 200, contentType: 'application/json', body: '{"ok":true}' };
    };
    const demoFetch = createDemoWorkerFetch('http://dashboard.test/api/v1', answer);
    const response = await demoFetch('http://dashboard.test/api/v1/flows?from=2026-01-01&granularity=week');
    expect(asked).toEqual(['/flows?from=2026-01-01&granularity=week']);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ ok: true });
  });

  test('anything else is not the demo API: 404, the worker is not asked', async () => {
    let asked = 0;
    const demoFetch = createDemoWorkerFetch('http://dashboard.test/api/v1', async () => {
      asked++;
      return { status: 200, contentType: 'application/json', body: '{}' };
    });
    expect((await demoFetch('http://dashboard.test/api/v10/meta')).status).toBe(404);
    expect((await demoFetch('http://elsewhere.test/api/v1/meta')).status).toBe(404);
    expect(asked).toBe(0);
  });

  test('a cancelled request stops waiting for the worker', async () => {
    const demoFetch = createDemoWorkerFetch(
      'http://dashboard.test/api/v1',
      () => new Promise(() => undefined),
    );
    const controller = new AbortController();
    const pending = demoFetch('http://dashboard.test/api/v1/meta', { signal: controller.signal });
    controller.abort(new DOMException('left the page', 'AbortError'));
    await expect(pending).rejects.toThrow('left the page');
  });

  test('an answer the worker checked carries the mark; one it did not, none', async () => {
    const demoFetch = createDemoWorkerFetch('http://dashboard.test/api/v1', async (route) => ({
      status: 200,
      contentType: 'application/json',
      body: '[]',
      checked: route === '/claims',
    }));
    const checked = await demoFetch('http://dashboard.test/api/v1/claims');
    expect(checked.headers.get(CHECKED_ANSWER_HEADER)).toBe('true');
    const unchecked = await demoFetch('http://dashboard.test/api/v1/needs');
    expect(unchecked.headers.has(CHECKED_ANSWER_HEADER)).toBe(false);
  });
});

describe('the demo API worker checks its answers against the contract', () => {
  test('a good answer is checked and goes out as the schema outputs it', () => {
    // The regions list leaves out a record it cannot read (a region without a name or centroid).
    expect(checkedAnswer('/regions', [{ code: '31.71' }])).toEqual({ body: [], checked: true });
  });

  test('an answer that breaks its schema goes out unchecked and unchanged, for the page to report', () => {
    expect(checkedAnswer('/claims', [42])).toEqual({ body: [42], checked: false });
  });

  test('a route the contract does not have is never marked', () => {
    expect(checkedAnswer('/nothing-here', [])).toEqual({ body: [], checked: false });
  });
});
