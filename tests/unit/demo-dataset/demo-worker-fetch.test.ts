import { describe, expect, test } from 'vitest';
import { createDemoWorkerFetch } from '../../../mocks/demo-api-worker-client';
import type { DemoApiAnswerer } from '../../../mocks/handlers';

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
});
