import { waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { DATA_STATUSES } from '../../src/domain/data-status';
import { messagesId } from '../../src/i18n/messages-id';
import { readDownloadedCsv } from '../helpers/csv';
import { captureDownloads } from '../helpers/downloads';
import { renderApp, warmUpApp } from '../helpers/render-app';

// The region profile's and the comparison's tables say, row by row, what each figure is
// (reported, estimated, synthetic …), on screen and in the CSV they download.
beforeAll(warmUpApp);
afterEach(() => vi.restoreAllMocks());

const STATUS_WORDS: readonly string[] = DATA_STATUSES.map((status) => messagesId[`status.${status}`]);

async function readyPanel(id: string): Promise<HTMLElement> {
  let panel: HTMLElement | null = null;
  await waitFor(
    () => {
      panel = document.querySelector<HTMLElement>(`[data-panel="${id}"]`);
      expect(panel).toHaveAttribute('data-state', 'ready');
    },
    { timeout: 20_000 },
  );
  return panel as unknown as HTMLElement;
}

/** The header cells and the body rows (cells as text) of a table. */
function readTable(table: HTMLElement) {
  const [head, ...body] = within(table).getAllByRole('row');
  const cells = (row: HTMLElement | undefined) =>
    row ? [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '') : [];
  return { headers: cells(head), rows: body.map(cells) };
}

/** Clicks the panel's CSV button and reads the file it hands to the browser. */
async function downloadCsv(user: UserEvent, panel: HTMLElement) {
  const blobs = captureDownloads();
  await user.click(within(panel).getByRole('button', { name: 'Unduh CSV' }));
  const blob = blobs[0];
  if (!blob) throw new Error('nothing was downloaded');
  return readDownloadedCsv(Buffer.from(await blob.arrayBuffer()), ';');
}

/** The column named "Status" of a header row and body rows; fails when there is none. */
function statusColumn(headers: readonly string[], rows: readonly (readonly string[])[]) {
  const index = headers.indexOf('Status');
  expect(index, `a Status column among ${headers.join(' | ')}`).toBeGreaterThanOrEqual(0);
  return rows.map((row) => row[index] ?? '');
}

async function expectStatusInTableAndCsv(user: UserEvent, panel: HTMLElement, expected: readonly string[]) {
  await user.click(within(panel).getByRole('button', { name: 'Tampilkan tabel' }));
  const shown = readTable(within(panel).getByRole('table'));
  expect(shown.rows.length).toBeGreaterThan(0);
  const onScreen = statusColumn(shown.headers, shown.rows);
  expect(new Set(onScreen.filter((word) => word !== '—'))).toEqual(new Set(expected));

  const { table } = await downloadCsv(user, panel);
  const [headers = [], ...rows] = table;
  const inFile = statusColumn(headers, rows);
  expect(rows).toHaveLength(shown.rows.length);
  expect(inFile).toEqual(onScreen.map((word) => (word === '—' ? '' : word)));
  for (const word of inFile) if (word !== '') expect(STATUS_WORDS).toContain(word);
}

describe('region profile: a status per row', () => {
  // Kabupaten Cirebon's rice is modelled ("perkiraan") throughout the demo.
  test("the flows table and its CSV give each period's status", async () => {
    const { user } = renderApp({ url: '/?page=region&region=32.09' });
    await expectStatusInTableAndCsv(user, await readyPanel('region-flows'), ['perkiraan']);
  });

  test("the seasonality table and its CSV give each month's status", async () => {
    const { user } = renderApp({ url: '/?page=region&region=32.09' });
    await expectStatusInTableAndCsv(user, await readyPanel('region-seasonality'), ['perkiraan']);
  });
});

describe('comparison: a status per origin', () => {
  // Rice over 2025: Cirebon's is modelled; Kota Pariaman's deliveries (from January 2026, in the
  // monthly profile over the whole coverage) are invented for the demo, so its row is synthetic.
  const url =
    '/?page=compare&compare=32.09%2C13.77&commodity=rice&period=custom&from=2025-01-01&to=2025-12-31';

  test('the summary on the page names each origin’s status', async () => {
    renderApp({ url });
    const panel = await readyPanel('compare');
    const summary = readTable(within(panel).getByRole('table', { name: /^Ringkasan/ }));
    expect(statusColumn(summary.headers, summary.rows)).toEqual(['perkiraan', 'sintetis']);
  });

  test('the table view and its CSV carry the same statuses', async () => {
    const { user } = renderApp({ url });
    await expectStatusInTableAndCsv(user, await readyPanel('compare'), ['perkiraan', 'sintetis']);
  });
});
