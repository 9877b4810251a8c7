import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';

export const PANEL_TITLE = {
  id: 'Pangsa pasokan dari luar Jakarta',
  en: 'Share of supply from outside Jakarta',
};

/**
 * The external-share panel (a region named by its heading). It may appear only once the dataset's
 * coverage is known, so this waits for it.
 */
export function findExternalSharePanel(language: keyof typeof PANEL_TITLE = 'id'): Promise<HTMLElement> {
  return screen.findByRole('region', { name: PANEL_TITLE[language] });
}

/** Waits until the panel is there and has left the loading state; returns it in its final state. */
export async function settledPanel(language: keyof typeof PANEL_TITLE = 'id'): Promise<HTMLElement> {
  const panel = await findExternalSharePanel(language);
  await waitFor(() => expect(panel).not.toHaveAttribute('data-state', 'loading'));
  return panel;
}

/** Intl output with its non-breaking spaces made plain. */
export const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The demo-data banner (a note that starts "Data demo"), or null. */
export function demoBanner(): HTMLElement | null {
  return screen.queryAllByRole('note').find((note) => note.textContent?.startsWith('Data demo')) ?? null;
}
