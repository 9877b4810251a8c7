import { screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderApp, warmUpApp } from '../helpers/render-app';

// The comparison draws weeks like the overview does: a week the range cuts is hatched and named
// under the chart, so its smaller sum is not read as a fall.
beforeAll(warmUpApp);

const NOTE = /Periode yang diarsir terpotong oleh rentang/;

async function comparisonFrame() {
  const heading = await screen.findByRole('heading', { name: 'Perbandingan daerah asal' });
  const frame = heading.closest('[data-panel]');
  await waitFor(() => expect(frame).toHaveAttribute('data-state', 'ready'));
  return frame as HTMLElement;
}

describe('comparison: weeks cut by the range', () => {
  test('a range that starts on a Thursday and ends on a Tuesday says its end weeks are cut', async () => {
    // 1 May 2025 is a Thursday, 30 September 2025 a Tuesday: both end weeks are partial.
    renderApp({
      url: '/?page=compare&compare=32.09%2C33.21&period=custom&from=2025-05-01&to=2025-09-30&gran=week',
    });
    const frame = await comparisonFrame();
    await waitFor(() => expect(frame).toHaveTextContent(NOTE));
  });
});
