import { useCallback, useEffect, useState, type RefObject } from 'react';
import { safeFileName } from '../domain/csv';
import { downloadFile } from './download';
import { svgToPng, withPngText } from './png-encoder';

// Image export of a chart frame: a standalone SVG (opens anywhere, without the page's CSS) and
// a PNG at twice the size for projectors and slides.
//
// Everything is built with DOM APIs in a separate, inert XML document, never in the page and
// never from strings of markup:
// - the chart is copied element by element from what it drew, keeping only SVG elements
//   and attributes that cannot run or fetch anything (no scripts, foreignObject, links, images,
//   event handlers, javascript:/data: values), with the computed styles that matter (fill,
//   stroke, font …) inlined, so it draws the same without the page's stylesheet;
// - the header (title, period) and the footer (sources, data status, "Arus Pangan" and the
//   date) are <text> elements filled with textContent, so a hostile label stays text.
// Copying into another document also keeps the page's Content-Security-Policy quiet: nothing
// with a style or handler attribute is ever created in the page.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The chart surfaces: every element a chart marks with `data-chart-surface` (the time-series
 * charts' and the Sankey's and map's own <svg>, the headline tiles' HTML). The small icons of a
 * legend are not surfaces.
 */
const SURFACE_SELECTOR = '[data-chart-surface]';

const PADDING = 20;
const GAP = 12;
const TITLE = { size: 20, lineHeight: 26, weight: '700' };
const SUBTITLE = { size: 14, lineHeight: 20 };
const FOOTER = { size: 12, lineHeight: 17 };
/** Average glyph width as a share of the font size, to wrap text without a layout engine. */
const GLYPH_WIDTH = 0.56;

/** Properties copied from the page's computed styles onto the copy. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;

/** Elements that could run, fetch, link or embed something; never copied. */
const UNSAFE_ELEMENTS = new Set([
  'script',
  'foreignobject',
  'iframe',
  'object',
  'embed',
  'audio',
  'video',
  'image',
  'use',
  'a',
  'animate',
  'animatemotion',
  'animatetransform',
  'set',
  'handler',
  'listener',
]);
/** Attributes that only matter in the page. */
const PAGE_ONLY_ATTRIBUTES = new Set(['style', 'tabindex', 'role']);

export interface ExportTexts {
  title: string;
  subtitle?: string;
  /** The source line as shown ("Sumber: BPS, 12 Maret 2025; …"). */
  source?: string;
  /** The data-status badge text ("Berisi perkiraan"), when there is one. */
  badge?: string;
  /** Provenance lines shown under the frame: the demo line, the accounting basis. */
  notes?: readonly string[];
  /** "Arus Pangan · diunduh 3 Oktober 2026". */
  footer: string;
}

export interface ExportLook {
  background: string;
  text: string;
  muted: string;
  fontFamily: string;
}

export const DEFAULT_LOOK: ExportLook = {
  background: '#ffffff',
  text: '#1d2522',
  muted: '#4d5a55',
  fontFamily: "system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
};

export interface StandaloneSvg {
  svg: SVGSVGElement;
  width: number;
  height: number;
}

export type ChartSurface = SVGSVGElement | HTMLElement;

/** The chart surfaces inside a frame, in document order, legend icons left out. */
export function findChartSurfaces(root: ParentNode): ChartSurface[] {
  return [...root.querySelectorAll<ChartSurface>(SURFACE_SELECTOR)];
}

function isSvgSurface(surface: ChartSurface): surface is SVGSVGElement {
  return surface.namespaceURI === SVG_NS;
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  name: K,
  attributes: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const element = doc.createElementNS(SVG_NS, name) as SVGElementTagNameMap[K];
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

function textElement(
  doc: Document,
  content: string,
  attributes: Record<string, string | number>,
): SVGTextElement {
  const text = svgElement(doc, 'text', attributes);
  text.textContent = content;
  return text;
}

/** Lines of at most `maxWidth` (estimated) pixels; words longer than a line are cut. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const maxChars = Math.max(8, Math.floor(maxWidth / (fontSize * GLYPH_WIDTH)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (word === '') continue;
    let rest = word;
    while (rest.length > maxChars) {
      if (line) lines.push(line);
      line = '';
      lines.push(rest.slice(0, maxChars));
      rest = rest.slice(maxChars);
    }
    if (line === '') line = rest;
    else if (line.length + 1 + rest.length <= maxChars) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function sizeOf(svg: ChartSurface): { width: number; height: number } {
  const rect = svg.getBoundingClientRect();
  const viewBox = isSvgSurface(svg) ? svg.viewBox?.baseVal : undefined;
  const width = rect.width || Number(svg.getAttribute('width')) || viewBox?.width || 0;
  const height = rect.height || Number(svg.getAttribute('height')) || viewBox?.height || 0;
  return { width: Math.ceil(width), height: Math.ceil(height) };
}

function isUnsafeAttribute(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  return (
    lower.startsWith('on') ||
    ((lower === 'href' || lower.endsWith(':href')) && !value.startsWith('#')) ||
    /(javascript|vbscript|data):/i.test([...value].filter((char) => char > ' ').join(''))
  );
}

/** Removes anything that could run, fetch or link, and every event-handler attribute. */
export function sanitiseSvg(root: Element): void {
  for (const element of [...root.querySelectorAll('*')]) {
    if (UNSAFE_ELEMENTS.has(element.localName.toLowerCase()) || element.namespaceURI !== SVG_NS)
      element.remove();
  }
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      if (isUnsafeAttribute(attribute.name, attribute.value)) element.removeAttributeNode(attribute);
    }
  }
}

/**
 * A copy of `source` in `doc` that draws the same without the page's CSS: safe SVG elements and
 * attributes only, hidden and interactive parts left out, computed styles inlined where they
 * differ from the parent's. Null when the element is not copied at all.
 */
function copyForExport(
  source: Element,
  doc: Document,
  parentStyle: CSSStyleDeclaration | null,
): SVGElement | null {
  if (source.namespaceURI !== SVG_NS || UNSAFE_ELEMENTS.has(source.localName.toLowerCase())) return null;
  const view = source.ownerDocument.defaultView;
  const computed = view ? view.getComputedStyle(source) : null;
  if (computed && (computed.display === 'none' || computed.visibility === 'hidden')) return null;

  const copy = doc.createElementNS(SVG_NS, source.localName) as SVGElement;
  for (const attribute of source.attributes) {
    if (PAGE_ONLY_ATTRIBUTES.has(attribute.name) || isUnsafeAttribute(attribute.name, attribute.value))
      continue;
    copy.setAttributeNS(attribute.namespaceURI, attribute.name, attribute.value);
  }
  if (computed) {
    for (const property of STYLE_PROPERTIES) {
      const value = computed.getPropertyValue(property);
      if (!value) continue;
      // Inherited values are written where they change: a year of daily points stays small.
      const unchanged =
        property === 'opacity' ? value === '1' : parentStyle?.getPropertyValue(property) === value;
      if (!unchanged) copy.style.setProperty(property, value);
    }
  }
  for (const child of source.childNodes) {
    if (child.nodeType === child.TEXT_NODE) copy.append(doc.createTextNode(child.textContent ?? ''));
    else if (child instanceof Element) {
      const copied = copyForExport(child, doc, computed);
      if (copied) copy.append(copied);
    }
  }
  return copy;
}

/** One chart surface (or legend icon) as a nested <svg> of the given size. */
function copySurface(surface: SVGSVGElement, doc: Document, width: number, height: number): SVGElement {
  const copy = copyForExport(surface, doc, null) ?? svgElement(doc, 'svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return copy;
}

function opaque(colour: string | undefined): colour is string {
  return !!colour && colour !== 'transparent' && colour !== 'rgba(0, 0, 0, 0)';
}

/**
 * HTML drawn as SVG where it is on screen: boxes with a background or border as rectangles, each
 * run of text as a <text> in its computed font and colour. Enough for cards of figures (the
 * headline tiles); text is copied as text, so nothing in it can run.
 */
function copyHtmlSurface(container: HTMLElement, doc: Document, width: number, height: number): SVGElement {
  const svg = svgElement(doc, 'svg', { width, height, viewBox: `0 0 ${width} ${height}` });
  const view = container.ownerDocument.defaultView;
  const origin = container.getBoundingClientRect();
  for (const element of [container, ...container.querySelectorAll<HTMLElement>('*')]) {
    if (element.closest('.visually-hidden, [aria-hidden="true"]')) continue;
    const style = view?.getComputedStyle(element);
    if (!style || style.display === 'none' || style.visibility === 'hidden') continue;
    const box = element.getBoundingClientRect();
    const x = box.left - origin.left;
    const y = box.top - origin.top;
    const border = Number.parseFloat(style.borderTopWidth) || 0;
    const left = Number.parseFloat(style.borderLeftWidth) || 0;
    if (
      element !== container &&
      (opaque(style.backgroundColor) || (border > 0 && opaque(style.borderTopColor)))
    ) {
      svg.append(
        svgElement(doc, 'rect', {
          x,
          y,
          width: box.width,
          height: box.height,
          rx: Number.parseFloat(style.borderTopLeftRadius) || 0,
          fill: opaque(style.backgroundColor) ? style.backgroundColor : 'none',
          ...(border > 0 &&
            opaque(style.borderTopColor) && { stroke: style.borderTopColor, 'stroke-width': border }),
        }),
      );
    }
    if (left > border && opaque(style.borderLeftColor)) {
      svg.append(
        svgElement(doc, 'rect', { x, y, width: left, height: box.height, fill: style.borderLeftColor }),
      );
    }
    for (const node of element.childNodes) {
      if (node.nodeType !== node.TEXT_NODE) continue;
      // Collapsed as HTML does: the no-break space of "1.234 t" stays.
      const content = (node.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
      if (!content) continue;
      const range = element.ownerDocument.createRange();
      range.selectNodeContents(node);
      const rect = typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : box;
      svg.append(
        textElement(doc, content, {
          x: rect.left - origin.left,
          y: rect.top - origin.top + rect.height / 2,
          'dominant-baseline': 'central',
          'font-size': Number.parseFloat(style.fontSize) || 14,
          'font-weight': style.fontWeight || '400',
          'font-family': style.fontFamily || DEFAULT_LOOK.fontFamily,
          fill: style.color || DEFAULT_LOOK.text,
        }),
      );
    }
  }
  return svg;
}

/**
 * The legend is HTML under the chart's <svg>; in the picture it is drawn as SVG (each icon
 * copied, each label a <text>) where it was on screen, or in a row under the chart when nothing
 * was laid out (jsdom). `extra` is the height it takes below the chart.
 */
function legendOf(
  surface: SVGSVGElement,
  doc: Document,
  look: ExportLook,
): { group: SVGGElement; extra: number; laidOut: boolean } {
  const group = svgElement(doc, 'g');
  const view = surface.ownerDocument.defaultView;
  const chart = surface.closest('figure') ?? surface.parentElement;
  const items = chart ? [...chart.querySelectorAll('.chart-legend .chart-legend-item')] : [];
  const origin = surface.getBoundingClientRect();
  const laidOut = origin.width > 0;
  let x = 0;
  let lowest = 0;
  for (const item of items) {
    const labelElement = item.querySelector('.chart-legend-text') ?? item;
    const label = shortLabel((labelElement.textContent ?? '').trim());
    const labelStyle = view?.getComputedStyle(labelElement);
    const fontSize = Number.parseFloat(labelStyle?.fontSize ?? '') || 13;
    const icon = item.querySelector('svg');
    const iconSize = icon ? sizeOf(icon) : { width: 0, height: 0 };
    const iconRect = icon?.getBoundingClientRect();
    const textRect = labelElement.getBoundingClientRect();
    const iconX = laidOut && iconRect ? iconRect.left - origin.left : x;
    const iconY = laidOut && iconRect ? iconRect.top - origin.top : -iconSize.height / 2;
    const midY = laidOut && iconRect ? iconY + iconRect.height / 2 : 0;
    if (icon) {
      const iconCopy = copySurface(icon, doc, iconSize.width, iconSize.height);
      iconCopy.setAttribute('x', String(iconX));
      iconCopy.setAttribute('y', String(iconY));
      group.append(iconCopy);
    }
    group.append(
      textElement(doc, label, {
        x: laidOut ? textRect.left - origin.left : iconX + iconSize.width + 4,
        y: midY,
        'dominant-baseline': 'central',
        'font-size': fontSize,
        'font-weight': labelStyle?.fontWeight || '400',
        fill: labelStyle?.color || look.text,
      }),
    );
    x += iconSize.width + 4 + label.length * fontSize * GLYPH_WIDTH + 16;
    lowest = Math.max(lowest, textRect.bottom - origin.top, iconRect ? iconRect.bottom - origin.top : 0);
  }
  if (items.length === 0) return { group, extra: 0, laidOut };
  return { group, extra: laidOut ? Math.max(0, Math.ceil(lowest - origin.height)) : 24, laidOut };
}

const MAX_LABEL = 60;

/** A label cut to a length an image can hold; the table and the CSV carry the full name. */
export function shortLabel(label: string): string {
  const characters = [...label];
  return characters.length > MAX_LABEL ? `${characters.slice(0, MAX_LABEL - 1).join('')}…` : label;
}

/** A standalone SVG element (in its own document): header, the chart(s) stacked, footer. */
export function buildStandaloneSvg(
  surfaces: readonly ChartSurface[],
  texts: ExportTexts,
  look: ExportLook = DEFAULT_LOOK,
): StandaloneSvg {
  const page = surfaces[0]?.ownerDocument ?? document;
  const doc = page.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement as unknown as SVGSVGElement;
  const charts = surfaces.map((surface) => ({ surface, ...sizeOf(surface) }));
  const contentWidth = Math.max(320, ...charts.map((chart) => chart.width));
  const width = contentWidth + 2 * PADDING;

  root.setAttribute('role', 'img');
  root.setAttribute('font-family', look.fontFamily);
  const title = svgElement(doc, 'title');
  title.textContent = texts.subtitle ? `${texts.title} — ${texts.subtitle}` : texts.title;
  root.append(title);
  const background = svgElement(doc, 'rect', { x: 0, y: 0, fill: look.background });
  root.append(background);

  let y = PADDING;
  const addLines = (
    content: string | undefined,
    style: { size: number; lineHeight: number; weight?: string },
    fill: string,
  ) => {
    if (!content) return;
    for (const line of wrapText(content, contentWidth, style.size)) {
      y += style.lineHeight;
      root.append(
        textElement(doc, line, {
          x: PADDING,
          y: y - (style.lineHeight - style.size) / 2 - 2,
          'font-size': style.size,
          'font-weight': style.weight ?? '400',
          fill,
        }),
      );
    }
  };

  addLines(texts.title, TITLE, look.text);
  addLines(texts.subtitle, SUBTITLE, look.muted);
  y += GAP;

  for (const chart of charts) {
    const { surface } = chart;
    const copy = isSvgSurface(surface)
      ? copySurface(surface, doc, chart.width, chart.height)
      : copyHtmlSurface(surface, doc, chart.width, chart.height);
    copy.setAttribute('x', String(PADDING));
    copy.setAttribute('y', String(y));
    root.append(copy);
    if (!isSvgSurface(surface)) {
      y += chart.height + GAP;
      continue;
    }
    const legend = legendOf(surface, doc, look);
    legend.group.setAttribute(
      'transform',
      `translate(${PADDING} ${y + (legend.laidOut ? 0 : chart.height + legend.extra / 2)})`,
    );
    root.append(legend.group);
    y += chart.height + legend.extra + GAP;
  }

  addLines(texts.source, FOOTER, look.muted);
  addLines(texts.badge, { ...FOOTER, weight: '700' }, look.text);
  for (const note of texts.notes ?? []) addLines(note, { ...FOOTER, weight: '700' }, look.text);
  addLines(texts.footer, FOOTER, look.muted);
  y += PADDING;

  const height = Math.ceil(y);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  // A second pass over the whole picture: nothing above adds anything unsafe, and this keeps it so.
  sanitiseSvg(root);
  return { svg: root, width, height };
}

/** The file's text: an XML declaration and the serialized element (the serializer escapes text). */
export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

/** Colours and font of a frame as drawn now, so the picture matches the theme on screen. */
export function lookOf(frame: Element): ExportLook {
  const view = frame.ownerDocument.defaultView;
  if (!view) return DEFAULT_LOOK;
  const style = view.getComputedStyle(frame);
  const subtitle = frame.querySelector('.chart-frame-subtitle');
  const opaque = (colour: string) =>
    colour !== '' && colour !== 'transparent' && colour !== 'rgba(0, 0, 0, 0)';
  return {
    background: opaque(style.backgroundColor) ? style.backgroundColor : DEFAULT_LOOK.background,
    text: style.color || DEFAULT_LOOK.text,
    muted: (subtitle && view.getComputedStyle(subtitle).color) || style.color || DEFAULT_LOOK.muted,
    fontFamily: style.fontFamily || DEFAULT_LOOK.fontFamily,
  };
}

export interface ExportPeriod {
  from: string;
  to: string;
}

/** arus-pangan_<panel-id>_<from>_<to>.<extension> */
export function exportFileName(
  panelId: string,
  period: ExportPeriod | null,
  extension: 'png' | 'svg',
): string {
  const parts = ['arus-pangan', panelId, ...(period ? [period.from, period.to] : [])];
  return `${safeFileName(...parts)}.${extension}`;
}

export type ImageFormat = 'png' | 'svg';

export interface ImageExportOptions {
  panelId: string;
  /** Whether the frame shows its chart now (ready, not the table view). */
  enabled: boolean;
  period: ExportPeriod | null;
  /** Every text around the chart (title, period, source, status, notes, footer), from the frame's data. */
  texts: () => ExportTexts;
}

export interface ImageExport {
  /** The frame holds a chart surface now. */
  available: boolean;
  busy: boolean;
  error: string | null;
  download: (format: ImageFormat) => Promise<void>;
}

/** Export state for one frame: watches the frame for a chart and downloads it as PNG or SVG. */
export function useImageExport(
  frameRef: RefObject<HTMLElement | null>,
  options: ImageExportOptions,
): ImageExport {
  const { enabled, panelId, period, texts } = options;
  const [available, setAvailable] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ImageFormat | null>(null);

  useEffect(() => {
    const frame = frameRef.current;
    if (!enabled || !frame) {
      setAvailable(false);
      return;
    }
    // Charts load lazily and draw once they know their width, so the frame is watched.
    const check = () => setAvailable(findChartSurfaces(frame).length > 0);
    check();
    const observer = new MutationObserver(check);
    observer.observe(frame, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [frameRef, enabled]);

  const download = useCallback(
    async (format: ImageFormat) => {
      const frame = frameRef.current;
      const surfaces = frame ? findChartSurfaces(frame) : [];
      if (!frame || surfaces.length === 0) return;
      setBusy(true);
      setError(null);
      try {
        const allTexts = texts();
        const built = buildStandaloneSvg(surfaces, allTexts, lookOf(frame));
        const text = serializeSvg(built.svg);
        const fileName = exportFileName(panelId, period, format);
        if (format === 'svg') downloadFile(fileName, text, 'image/svg+xml;charset=utf-8');
        else {
          const png = new Uint8Array(await (await svgToPng(text, built.width, built.height)).arrayBuffer());
          const entries: [string, string][] = [
            ['Title', allTexts.subtitle ? `${allTexts.title} — ${allTexts.subtitle}` : allTexts.title],
            ...(allTexts.source ? [['Source', allTexts.source] as [string, string]] : []),
            ...(allTexts.badge ? [['Disclaimer', allTexts.badge] as [string, string]] : []),
            ...(allTexts.notes ?? []).map((note): [string, string] => ['Comment', note]),
          ];
          downloadFile(fileName, new Blob([withPngText(png, entries)], { type: 'image/png' }), 'image/png');
        }
      } catch (caught) {
        // Canvas and image errors speak the browser's English: the frame says it in the reader's words.
        console.warn('Arus Pangan: image export failed', caught);
        setError(format === 'png' ? 'png' : 'svg');
      } finally {
        setBusy(false);
      }
    },
    [frameRef, panelId, period, texts],
  );

  return { available, busy, error, download };
}

/** Today in the browser's time zone, as an ISO date (the date printed under an exported chart). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
