import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, test } from 'vitest';
import { takeChartRenders, type ChartRenderCount } from '../../src/charts/chart-renders';
import { pendingChartUpdates } from '../../src/charts/chart-update-queue';
import { renderApp, type RenderedApp } from '../helpers/render-app';

// How many times each overview chart renders per switch, counted by the <Profiler> around every
// time-series chart: a switch re-renders only the charts whose data changed, and updates them in
// place (never takes a chart down and builds it again).

const CHARTS = ['share-over-time', 'supply-by-origin', 'dependency-risk'] as const;
type ChartId = (typeof CHARTS)[number];

function panel(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-panel="${id}"]`);
  if (!element) throw new Error(`no panel [data-panel="${id}"] in the document`);
  return element;
}

async function settled(timeout = 10_000): Promise<void> {
  await waitFor(
    () => {
      const panels = document.querySelectorAll('[data-panel]');
      expect(panels.length).toBeGreaterThanOrEqual(6);
      for (const element of panels) {
        expect(element, element.getAttribute('data-panel') ?? '').toHaveAttribute('data-state', 'ready');
        expect(element, element.getAttribute('data-panel') ?? '').toHaveAttribute('aria-busy', 'false');
      }
      for (const id of CHARTS) expect(panel(id).querySelector('figure.time-series-chart'), id).not.toBeNull();
      // Charts take their new answers one after the other, after the panels have them.
      expect(pendingChartUpdates(), 'chart updates still queued').toBe(0);
    },
    { timeout },
  );
  // Lets deferred renders and effects that follow the last answer run before counting.
  await new Promise((resolve) => setTimeout(resolve, 50));
}

function rendersOf(taken: Record<string, ChartRenderCount>, id: ChartId): ChartRenderCount {
  return taken[id] ?? { renders: 0, mounts: 0 };
}

const SWITCHES: { name: string; act: (app: RenderedApp) => Promise<void>; changes: readonly ChartId[] }[] = [
  {
    name: 'commodity → Beras',
    act: ({ user }) => user.click(commodityButton('Beras')),
    changes: ['share-over-time', 'supply-by-origin', 'dependency-risk'],
  },
  {
    name: 'period 12 months → year to date',
    act: ({ user }) => user.selectOptions(screen.getByLabelText('Periode'), 'ytd'),
    changes: ['share-over-time', 'supply-by-origin', 'dependency-risk'],
  },
  {
    name: 'commodity → Daging',
    act: ({ user }) => user.click(commodityButton('Daging')),
    changes: ['share-over-time', 'supply-by-origin', 'dependency-risk'],
  },
  {
    name: 'claim shown → off',
    act: ({ user }) =>
      user.click(within(panel('share-over-time')).getAllByRole('checkbox')[0] as HTMLElement),
    changes: ['share-over-time'],
  },
  {
    name: 'origin unit → province',
    act: ({ user }) => user.click(within(panel('dependency-risk')).getByRole('radio', { name: 'provinsi' })),
    changes: ['dependency-risk'],
  },
  {
    name: 'basis → gross inflow',
    act: ({ user }) =>
      user.click(within(panel('external-share')).getByRole('radio', { name: 'Arus masuk bruto' })),
    changes: ['share-over-time'],
  },
  {
    name: 'commodity → Semua pangan',
    act: ({ user }) => user.click(commodityButton('Semua pangan')),
    changes: ['share-over-time', 'supply-by-origin', 'dependency-risk'],
  },
];

function commodityButton(name: string): HTMLElement {
  return within(screen.getByRole('group', { name: 'Komoditas' })).getByRole('button', { name });
}

beforeAll(async () => {
  // Builds the demo dataset and loads the overview page once, so the counts see no first load.
  const { unmount } = renderApp({ url: '/' });
  await settled(20_000);
  unmount();
}, 30_000);

describe('chart renders per switch', () => {
  test('a switch renders each chart whose data changed once, in place, and no other chart', async () => {
    const app = renderApp({ url: '/' });
    await settled();
    takeChartRenders();
    const lines: string[] = [];
    const counted: { name: string; changes: readonly ChartId[]; taken: Record<string, ChartRenderCount> }[] =
      [];
    for (const step of SWITCHES) {
      await step.act(app);
      await settled();
      const taken = takeChartRenders();
      counted.push({ name: step.name, changes: step.changes, taken });
      lines.push(
        `${step.name}: ${CHARTS.map((id) => {
          const { renders, mounts } = rendersOf(taken, id);
          return `${id} ${renders}${mounts > 0 ? ` (${mounts} mount)` : ''}`;
        }).join(', ')}`,
      );
    }
    console.info(`Chart renders per switch\n${lines.join('\n')}`);
    for (const { name, changes, taken } of counted) {
      for (const id of CHARTS) {
        const { renders, mounts } = rendersOf(taken, id);
        expect(mounts, `${name}: ${id} mounts`).toBe(0);
        expect(renders, `${name}: ${id} renders`).toBe(changes.includes(id) ? 1 : 0);
      }
    }
  }, 60_000);
});
