// Answers are checked for sense, not only shape: each test sends the demo's normal answer with one
// thing wrong, and the panels that show it must say so instead of drawing a wrong figure.
import { waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, test } from 'vitest';
import { server } from '../../mocks/node';
import { duplicateRows, makeRouteAnswer } from '../../mocks/scenarios';
import { renderApp, TEST_API_BASE_URL, warmUpApp } from '../helpers/render-app';

function panel(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-panel="${id}"]`);
  if (!element) throw new Error(`no panel [data-panel="${id}"]`);
  return element;
}

async function settled(id: string): Promise<HTMLElement> {
  await waitFor(() => expect(panel(id)).not.toHaveAttribute('data-state', 'loading'), { timeout: 10_000 });
  return panel(id);
}

describe('answers checked for sense', () => {
  beforeAll(warmUpApp);

  test('duplicate flow rows are an error naming the repeated rows, never a doubled total', async () => {
    makeRouteAnswer(server, TEST_API_BASE_URL, 'flows', duplicateRows);
    renderApp();
    const tiles = await settled('headline-tiles');
    expect(tiles).toHaveAttribute('data-state', 'error');
    const alert = within(tiles).getByRole('alert');
    // Row 0 is sent again as row 1, row 2 as row 3 …
    expect(alert.textContent).toMatch(/rows\.1, rows\.3/);
  });
});
