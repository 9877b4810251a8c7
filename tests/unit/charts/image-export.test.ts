import { afterEach, describe, expect, test } from 'vitest';
import { canvasScale } from '../../../src/charts/png-encoder';
import {
  shortLabel,
  buildStandaloneSvg,
  exportFileName,
  findChartSurfaces,
  localToday,
  sanitiseSvg,
  serializeSvg,
  wrapText,
} from '../../../src/charts/image-export';

const SVG_NS = 'http://www.w3.org/2000/svg';
const HOSTILE = '</text><script>alert(1)</script><text onload="alert(2)">&amp; "quotes" <b>bold</b>';

/** What a time-series chart leaves in a frame: its surface, the pointer layer over it, an HTML legend. */
function chartFrame({ width = 600, height = 300 } = {}): HTMLElement {
  const frame = document.createElement('section');
  frame.className = 'chart-frame';
  const figure = document.createElement('figure');
  figure.className = 'time-series-chart';
  const plot = document.createElement('div');
  plot.className = 'chart-plot';
  plot.tabIndex = 0;
  const surface = document.createElementNS(SVG_NS, 'svg');
  surface.setAttribute('class', 'chart-surface');
  surface.setAttribute('data-chart-surface', 'time-series');
  surface.setAttribute('width', String(width));
  surface.setAttribute('height', String(height));
  surface.setAttribute('viewBox', `0 0 ${width} ${height}`);
  surface.setAttribute('tabindex', '0');
  const line = document.createElementNS(SVG_NS, 'path');
  line.setAttribute('class', 'chart-line');
  line.setAttribute('stroke', '#005A98');
  line.setAttribute('d', 'M0,10L100,50');
  const label = document.createElementNS(SVG_NS, 'text');
  label.setAttribute('class', 'chart-tick-label');
  label.textContent = HOSTILE;
  surface.append(line, label);
  const pointer = document.createElementNS(SVG_NS, 'svg');
  pointer.setAttribute('class', 'chart-pointer');
  const cursor = document.createElementNS(SVG_NS, 'line');
  cursor.setAttribute('class', 'chart-cursor');
  pointer.append(cursor);
  plot.append(surface, pointer);

  const legend = document.createElement('ul');
  legend.className = 'chart-legend';
  const item = document.createElement('li');
  item.className = 'chart-legend-item';
  const icon = document.createElementNS(SVG_NS, 'svg');
  icon.setAttribute('width', '14');
  icon.setAttribute('height', '14');
  const text = document.createElement('span');
  text.className = 'chart-legend-text';
  text.textContent = 'Beras <img src=x onerror=alert(3)>';
  item.append(icon, text);
  legend.append(item);
  figure.append(plot, legend);

  const source = document.createElement('div');
  source.className = 'source-line';
  source.innerHTML =
    '<span class="source-label">Sumber:</span> <ul><li><span><a href="https://bps.go.id">BPS, 2024</a><span class="source-title"> — long title</span></span></li><li><span>ANTARA, 2021</span></li></ul>';
  const badge = document.createElement('span');
  badge.className = 'status-badge';
  badge.textContent = 'Berisi perkiraan';
  frame.append(badge, figure, source);
  document.body.append(frame);
  return frame;
}

afterEach(() => {
  document.body.replaceChildren();
});

function build(frame: HTMLElement, title = 'Pangsa dari luar Jakarta') {
  return buildStandaloneSvg(findChartSurfaces(frame), {
    title,
    subtitle: '1 November 2025 – 31 Oktober 2026',
    // As the frame builds them from its data (sourceLineText, badgeText).
    source: 'Sumber: BPS, 2024; ANTARA, 2021',
    badge: 'Berisi perkiraan',
    footer: 'Arus Pangan · diunduh 3 Oktober 2026',
  });
}

describe('findChartSurfaces', () => {
  test('finds the chart and leaves the legend icons out', () => {
    const frame = chartFrame();
    const surfaces = findChartSurfaces(frame);
    expect(surfaces).toHaveLength(1);
    expect(surfaces[0]?.getAttribute('width')).toBe('600');
  });

  test('finds nothing in a frame without a chart (table view, loading)', () => {
    expect(findChartSurfaces(document.createElement('section'))).toEqual([]);
  });
});

describe('buildStandaloneSvg', () => {
  test('has width, height and a matching viewBox, wider and taller than the chart', () => {
    const { svg, width, height } = build(chartFrame());
    expect(svg.getAttribute('width')).toBe(String(width));
    expect(svg.getAttribute('height')).toBe(String(height));
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(width).toBe(600 + 2 * 20);
    expect(height).toBeGreaterThan(300);
    const chart = svg.querySelector('svg.chart-surface');
    expect(chart?.getAttribute('width')).toBe('600');
    expect(chart?.getAttribute('height')).toBe('300');
  });

  test('contains the title, the period, the sources, the status badge and the footer as <text>', () => {
    const { svg } = build(chartFrame());
    const texts = [...svg.querySelectorAll('text')].map((text) => text.textContent);
    expect(texts).toContain('Pangsa dari luar Jakarta');
    expect(texts).toContain('1 November 2025 – 31 Oktober 2026');
    expect(texts).toContain('Sumber: BPS, 2024; ANTARA, 2021');
    expect(texts).toContain('Berisi perkiraan');
    expect(texts).toContain('Arus Pangan · diunduh 3 Oktober 2026');
    expect(texts).toContain('Beras <img src=x onerror=alert(3)>');
    expect(svg.querySelector('title')?.textContent).toBe(
      'Pangsa dari luar Jakarta — 1 November 2025 – 31 Oktober 2026',
    );
  });

  test('serializes to well-formed XML in the SVG namespace', () => {
    const text = serializeSvg(build(chartFrame()).svg);
    expect(
      text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.documentElement.namespaceURI).toBe(SVG_NS);
  });

  test('hostile titles and labels stay text: no element, no attribute comes out of them', () => {
    const frame = chartFrame();
    const text = serializeSvg(build(frame, HOSTILE).svg);
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.querySelectorAll('script, b, img')).toHaveLength(0);
    const withHandlers = [...parsed.querySelectorAll('*')].filter((element) =>
      [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
    );
    expect(withHandlers).toEqual([]);
    expect(text).not.toContain('<script');
    expect(text).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    const texts = [...parsed.querySelectorAll('text')].map((element) => element.textContent);
    expect(texts.filter((content) => content === HOSTILE).length).toBeGreaterThanOrEqual(1);
  });

  test('a wrapped hostile title stays text too', () => {
    const long = `${HOSTILE} `.repeat(8);
    const parsed = new DOMParser().parseFromString(
      serializeSvg(build(chartFrame(), long).svg),
      'image/svg+xml',
    );
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.querySelectorAll('script')).toHaveLength(0);
  });

  test('leaves out what is interactive (the pointer layer) and keyboard focus stops', () => {
    const { svg } = build(chartFrame());
    expect(svg.querySelector('.chart-pointer, .chart-cursor')).toBeNull();
    expect(svg.querySelector('[tabindex]')).toBeNull();
    expect(svg.querySelector('.chart-line')).not.toBeNull();
  });

  test('the page is not changed by building', () => {
    const frame = chartFrame();
    const before = frame.outerHTML;
    build(frame);
    expect(frame.outerHTML).toBe(before);
  });
});

describe('sanitiseSvg', () => {
  test('removes scripts, foreign content, handlers and outside links; keeps internal references', () => {
    const root = document.createElementNS(SVG_NS, 'svg');
    root.innerHTML =
      '<script>alert(1)</script><foreignObject><div>x</div></foreignObject>' +
      '<a href="javascript:alert(2)"><text>link</text></a>' +
      '<rect onclick="alert(3)" onmouseover="alert(4)" fill="red"/>' +
      '<use href="https://evil.example/x.svg#a"/>' +
      '<path clip-path="url(#clip)" style="fill: red"/>';
    root.setAttribute('onload', 'alert(5)');
    sanitiseSvg(root);
    expect(root.querySelectorAll('script, foreignObject, a, use')).toHaveLength(0);
    expect(root.getAttribute('onload')).toBeNull();
    const rect = root.querySelector('rect');
    expect(rect?.getAttribute('onclick')).toBeNull();
    expect(rect?.getAttribute('onmouseover')).toBeNull();
    expect(rect?.getAttribute('fill')).toBe('red');
    expect(root.querySelector('path')?.getAttribute('clip-path')).toBe('url(#clip)');
  });
});

describe('file names', () => {
  test('say what they hold: arus-pangan_<panel>_<from>_<to>', () => {
    const period = { from: '2025-11-01', to: '2026-10-31' };
    expect(exportFileName('share-over-time', period, 'png')).toBe(
      'arus-pangan_share-over-time_2025-11-01_2026-10-31.png',
    );
    expect(exportFileName('share-over-time', period, 'svg')).toBe(
      'arus-pangan_share-over-time_2025-11-01_2026-10-31.svg',
    );
    const odd = exportFileName('region/../../etc', null, 'png');
    expect(odd).toBe('arus-pangan_region-..-..-etc.png');
    expect(odd).not.toContain('/');
  });
});

describe('helpers', () => {
  test('wrapText breaks at words and cuts words longer than a line', () => {
    expect(wrapText('satu dua tiga empat lima', 60, 10)).toEqual(['satu dua', 'tiga empat', 'lima']);
    expect(wrapText('x'.repeat(25), 60, 10).every((line) => line.length <= 10)).toBe(true);
    expect(wrapText('  ', 100, 10)).toEqual([]);
  });

  test('localToday is the local calendar date', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('hostile sizes in image export', () => {
  test('a label of 5,000 characters is cut to 60 with an ellipsis', () => {
    const label = shortLabel('Kabupaten '.repeat(500));
    expect([...label]).toHaveLength(60);
    expect(label.endsWith('…')).toBe(true);
    expect(shortLabel('Kab. Cirebon')).toBe('Kab. Cirebon');
  });

  test('a 47,622 px wide image is drawn at a scale the canvas allows, not refused', () => {
    // 16,384 / 47,622 = 0.344…: below the usual scale of 2.
    expect(canvasScale(47_622, 600, 2)).toBeCloseTo(16_384 / 47_622, 6);
    expect(canvasScale(900, 500, 2)).toBe(2);
  });
});
