// Saved values of the wrong shape (written by another version, edited by hand) never take the
// overview down: they are set aside with a one-line notice and the app starts with defaults.
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { useAlertThresholds } from '../../src/state/alert-thresholds-store';
import { useChartNotes } from '../../src/state/chart-notes-store';
import { useDeckStore } from '../../src/state/deck-store';
import { useStorageStatus } from '../../src/storage/persisted-store';
import { renderApp, warmUpApp } from '../helpers/render-app';

function rehydrateAll() {
  useDeckStore.rehydrate();
  useChartNotes.rehydrate();
  useAlertThresholds.rehydrate();
}

afterEach(() => {
  localStorage.clear();
  rehydrateAll();
  useStorageStatus.setState({ quarantined: [], unsaved: {} });
});

async function overviewReady() {
  await waitFor(
    () => expect(document.querySelector('[data-panel="share-over-time"][data-state="ready"]')).not.toBeNull(),
    { timeout: 10_000 },
  );
}

describe('stored state of the wrong shape', () => {
  beforeAll(warmUpApp);

  test.each([
    ['notes as an object', 'arus-pangan:chart-notes', '{"state":{"notes":{"a":1}},"version":1}'],
    ['a null note', 'arus-pangan:chart-notes', '{"state":{"notes":[null]},"version":1}'],
    ['slides as text', 'arus-pangan:deck', '{"state":{"slides":"oops"},"version":1}'],
  ])('%s: the overview still renders, with a notice', async (_, key, raw) => {
    localStorage.setItem(key, raw);
    rehydrateAll();
    renderApp();
    await overviewReady();
    expect(screen.queryByText(/Terjadi galat pada halaman/)).toBeNull();
    const notice = document.querySelector('[data-storage="quarantined"]');
    expect(notice?.textContent).toContain('Data tersimpan yang tidak terbaca disisihkan');
    expect(localStorage.getItem('arus-pangan:quarantine')).toContain(JSON.stringify(raw).slice(1, -1));
  });

  test('stored thresholds "abc" and -1 fall back to the defaults, so no "(ambang -100%)" alerts', async () => {
    localStorage.setItem(
      'arus-pangan:alert-thresholds',
      '{"state":{"belowNormFraction":"abc","originShareFraction":-1,"stockCoverDays":10},"version":1}',
    );
    rehydrateAll();
    expect(useAlertThresholds.getState()).toMatchObject({
      belowNormFraction: 0.15,
      originShareFraction: 0.4,
    });
    renderApp({ url: '/?commodity=rice' });
    await waitFor(
      () => expect(document.querySelector('[data-panel="alerts"][data-state="ready"]')).not.toBeNull(),
      { timeout: 10_000 },
    );
    expect(document.querySelector('[data-panel="alerts"]')?.textContent).not.toContain('-100');
  });

  test('a full storage: the note is kept for this visit and "not saved" is said beside the form', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      expect(useChartNotes.getState().add('share-over-time', '2025-03-31', 'Lebaran')).toBe(true);
      expect(useChartNotes.getState().notes).toHaveLength(1);
      expect(useStorageStatus.getState().unsaved).toEqual({ 'arus-pangan:chart-notes': 'quota' });
    } finally {
      Storage.prototype.setItem = setItem;
    }
    // The next change that can be written clears the state.
    useChartNotes.getState().remove(useChartNotes.getState().notes[0]?.id ?? '');
    expect(useStorageStatus.getState().unsaved).toEqual({});
  });
});
