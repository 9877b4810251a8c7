import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { ChartFrame } from '../../../src/charts/chart-frame';
import type { PanelStatus } from '../../../src/charts/panel-status';
import type { TableData } from '../../../src/charts/table-data';

const READY: PanelStatus = { kind: 'ready', staleSince: null, staleError: null, retry: () => undefined };
const TABLE: TableData = {
  fileName: 'arus-pangan_pangsa-luar_week_2025-11-01_2026-10-31',
  columns: [{ key: 'period', header: 'Periode', kind: 'date' }],
  rows: [{ period: '2025-11-01' }],
};

/** What a time-series chart draws, as far as the frame is concerned. */
function FakeChart() {
  return (
    <figure className="time-series-chart">
      <svg data-chart-surface="time-series" width="400" height="200" viewBox="0 0 400 200">
        <path d="M0,0L10,10" />
      </svg>
    </figure>
  );
}

describe('image export buttons in the chart frame', () => {
  test('appear once the frame holds a chart, and leave with the table view', async () => {
    const user = userEvent.setup();
    render(
      <ChartFrame id="share-over-time" title="Pangsa" status={READY} minHeight={200} table={TABLE}>
        <FakeChart />
      </ChartFrame>,
    );
    expect(await screen.findByRole('button', { name: 'Unduh PNG' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unduh SVG' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tampilkan tabel' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Unduh PNG' })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Unduh CSV' })).toBeInTheDocument();
  });

  test('are absent from a frame without a chart and while loading', () => {
    const { rerender } = render(
      <ChartFrame id="external-share" title="Pangsa" status={READY} minHeight={200}>
        <p>94%</p>
      </ChartFrame>,
    );
    expect(screen.queryByRole('button', { name: 'Unduh PNG' })).not.toBeInTheDocument();
    rerender(
      <ChartFrame id="share-over-time" title="Pangsa" status={{ kind: 'loading' }} minHeight={200}>
        <FakeChart />
      </ChartFrame>,
    );
    expect(screen.queryByRole('button', { name: 'Unduh SVG' })).not.toBeInTheDocument();
  });
});
