import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, test } from 'vitest';
import { useAlertThresholds } from '../../src/state/alert-thresholds-store';
import { DEFAULT_ALERT_THRESHOLDS } from '../../src/domain/alerts';
import { renderApp, warmUpApp } from '../helpers/render-app';

const STORAGE_KEY = 'arus-pangan:alert-thresholds';

async function readyAlertsPanel(): Promise<HTMLElement> {
  const panel = await waitFor(
    () => {
      const found = document.querySelector<HTMLElement>('[data-panel="alerts"][data-state="ready"]');
      if (!found) throw new Error('alerts panel not ready');
      return found;
    },
    { timeout: 10_000 },
  );
  return panel;
}

function alertCount(panel: HTMLElement): number {
  return panel.querySelectorAll('.alert-list li').length;
}

describe('alert thresholds', () => {
  beforeAll(warmUpApp);

  test('a lower origin-share threshold raises alerts, and the setting is kept in this browser', async () => {
    useAlertThresholds.getState().reset();
    const { user, unmount } = renderApp({ url: '/?commodity=rice' });
    let panel = await readyAlertsPanel();
    // Cirebon sends about a third of the rice: at the default 40% no origin-share alert.
    expect(panel.querySelectorAll('[data-kind="origin-share"]')).toHaveLength(0);
    const before = alertCount(panel);

    await user.click(within(panel).getByText('Ubah ambang peringatan'));
    const field = within(panel).getByLabelText('Satu daerah asal memasok lebih dari (%)');
    expect(field).toHaveValue(DEFAULT_ALERT_THRESHOLDS.originShareFraction * 100);
    await user.clear(field);
    await user.type(field, '25');

    await waitFor(() =>
      expect(panel.querySelectorAll('[data-kind="origin-share"]').length).toBeGreaterThan(0),
    );
    expect(alertCount(panel)).toBeGreaterThan(before);
    expect(within(panel).getAllByText(/Kabupaten Cirebon memasok/).length).toBeGreaterThan(0);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({
      state: { originShareFraction: 0.25 },
    });

    // A new page in the same browser starts with the stored threshold.
    unmount();
    renderApp({ url: '/?commodity=rice' });
    panel = await readyAlertsPanel();
    await waitFor(() =>
      expect(panel.querySelectorAll('[data-kind="origin-share"]').length).toBeGreaterThan(0),
    );

    await screen.findAllByText('Ubah ambang peringatan');
    await user.click(within(panel).getByText('Ubah ambang peringatan'));
    await user.click(within(panel).getByRole('button', { name: 'Kembalikan ke bawaan' }));
    await waitFor(() => expect(panel.querySelectorAll('[data-kind="origin-share"]')).toHaveLength(0));
  });
});
