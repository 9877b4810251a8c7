import { screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, test } from 'vitest';
import { plain } from '../helpers/panel';
import { renderApp, warmUpApp } from '../helpers/render-app';

beforeAll(warmUpApp);

async function agreementCard(): Promise<HTMLElement> {
  await waitFor(() => expect(document.querySelector('[data-agreement]')).not.toBeNull(), { timeout: 20_000 });
  return document.querySelector<HTMLElement>('[data-agreement]') as HTMLElement;
}

describe('agreement cards name commodities only where a source does', () => {
  test("Kota Pariaman's agreement names rice, meat and fish, as its source does", async () => {
    renderApp({ url: '/?page=region&region=13.77' });
    await screen.findByRole('heading', { level: 1, name: /Kota Pariaman/ });
    expect(plain((await agreementCard()).textContent)).toContain(
      'Komoditas yang disebut: Beras, Daging, Ikan',
    );
  });

  test("Kolaka's agreement names no commodity, and says so; its 23.87 kt of paddy is a forecast", async () => {
    renderApp({ url: '/?page=region&region=74.01' });
    await screen.findByRole('heading', { level: 1, name: /Kolaka/ });
    const card = plain((await agreementCard()).textContent);
    expect(card).toContain('Sumber tidak menyebut komoditas dalam kerja sama ini.');
    expect(card).not.toContain('Komoditas yang disebut');
    await waitFor(
      () =>
        expect(document.querySelector('[data-panel="region-facts"]')).toHaveAttribute('data-state', 'ready'),
      { timeout: 20_000 },
    );
    const facts = plain(document.querySelector('[data-panel="region-facts"]')?.textContent);
    expect(facts).toContain('23.870');
    expect(facts).toContain('prakiraan');
  });
});
