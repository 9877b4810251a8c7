import { Component, useRef, useState, type ErrorInfo, type ReactNode } from 'react';
import { safeFileName } from '../domain/csv';
import type { Source } from '../contract/schemas';
import type { DataStatus } from '../domain/data-status';
import { useI18n } from '../i18n/use-i18n';
import { describeError } from './error-message';
import type { PanelStatus } from './panel-status';
import { SourceLine } from './source-line';
import { StatusBadge } from './status-badge';
import { DataTable } from './data-table';
import { downloadFile } from './download';
import type { TableData } from './table-data';
import { useFrameActions } from './frame-actions';
import { FrameIdContext, useDemoData, usePresentFocus } from './frame-context';
import { localToday, useImageExport, type ExportPeriod, type ExportTexts } from './image-export';
import { badgeText, sourceLineText } from './frame-texts';
import { useExportSettings } from './export-settings';
import { csvDialectFor, tableCsv } from './table-csv';

export interface ChartFrameProps {
  /** Stable id: used for the heading and as data-panel for tests and styling. */
  id: string;
  title: string;
  subtitle?: string;
  status: PanelStatus;
  /** Statuses of every value shown, for the badge. */
  dataStatuses?: readonly DataStatus[];
  sourceIds?: readonly string[];
  sources?: readonly Source[];
  isEmpty?: boolean;
  /** What to say when there is nothing to show, if not "no data for this period". */
  emptyMessage?: string;
  /** Height the content takes once loaded, kept while loading so nothing shifts. */
  minHeight: number;
  /** What the chart shows as rows: offered as a table view and as a CSV download. */
  table?: TableData;
  /** Time charts let a person pin notes to a date between these bounds. */
  notes?: { min: string; max: string };
  /** The period the panel shows, named in exported file names; the notes' bounds if not given. */
  period?: ExportPeriod;
  /** Codes the chart shows that the reference catalogue does not name: listed in a notice. */
  unknownCodes?: readonly string[];
  /** Lines that must travel with the figures (the accounting basis …), on screen and in every export. */
  provenance?: readonly string[];
  /** Controls that belong to this panel (a claim picker, thresholds …), shown under the title. */
  controls?: ReactNode;
  children?: ReactNode;
}

const MAX_LISTED_CODES = 10;

/** The one frame every panel sits in: title, subtitle, badge, states and the source line. */
export function ChartFrame(props: ChartFrameProps) {
  const {
    id,
    title,
    subtitle,
    status,
    dataStatuses = [],
    sourceIds = [],
    sources = [],
    isEmpty = false,
    emptyMessage,
    minHeight,
    table,
    controls,
    notes,
    period = notes ? { from: notes.min, to: notes.max } : null,
    unknownCodes = [],
    provenance = [],
    children,
  } = props;
  const demo = useDemoData();
  const i18n = useI18n();
  const { AddToDeck, NotesEditor } = useFrameActions();
  const [showTable, setShowTable] = useState(false);
  const focus = usePresentFocus();
  const { t } = i18n;
  const provenanceLines = [...(demo ? [t('provenance.demo')] : []), ...provenance];
  const state = status.kind === 'ready' ? (isEmpty ? 'empty' : 'ready') : status.kind;
  const updating = status.kind === 'ready' && status.updating === true;
  const headingId = `${id}-title`;
  const frameRef = useRef<HTMLElement>(null);
  const settings = useExportSettings();
  // What travels with every export, from the frame's own data: the same words as on screen.
  const exportTexts = (): ExportTexts => ({
    title,
    subtitle,
    source: sourceLineText(sourceIds, sources, i18n) ?? undefined,
    badge: badgeText(dataStatuses, i18n) ?? undefined,
    notes: provenanceLines,
    footer: i18n.t('export.footer', { date: i18n.date(localToday()) }),
  });
  const downloadCsv = (data: TableData) => {
    const texts = exportTexts();
    const preamble = [
      texts.title,
      texts.subtitle,
      texts.source,
      texts.badge,
      ...provenanceLines,
      texts.footer,
    ].filter((line): line is string => typeof line === 'string' && line !== '');
    downloadFile(
      `${safeFileName(data.fileName)}.csv`,
      tableCsv(withProvenance(data, provenanceLines, sourceText(sourceIds, sources), i18n), i18n, {
        dialect: csvDialectFor(settings.csvDialect, i18n),
        preamble,
      }),
      'text/csv;charset=utf-8',
    );
  };
  const image = useImageExport(frameRef, {
    panelId: id,
    enabled: state === 'ready' && !showTable && focus === null,
    period,
    texts: exportTexts,
  });
  // On a slide only the chart that was saved is shown, without the tools around it.
  if (focus !== null && focus !== id) return null;
  const presenting = focus !== null;
  return (
    <section
      ref={frameRef}
      id={`panel-${id}`}
      className="chart-frame"
      aria-labelledby={headingId}
      data-panel={id}
      data-state={state}
      data-updating={updating || undefined}
      aria-busy={state === 'loading' || updating}
    >
      <header className="chart-frame-header">
        <div>
          <h2 id={headingId}>{title}</h2>
          {subtitle && <p className="chart-frame-subtitle">{subtitle}</p>}
        </div>
        <div className="chart-frame-tools">
          {state === 'ready' && <StatusBadge statuses={dataStatuses} />}
          {state === 'ready' && !presenting && AddToDeck && <AddToDeck panelId={id} title={title} />}
          {state === 'ready' && table && !presenting && (
            <>
              <button type="button" aria-pressed={showTable} onClick={() => setShowTable((shown) => !shown)}>
                {t(showTable ? 'frame.showChart' : 'frame.showTable')}
              </button>
              <button type="button" onClick={() => downloadCsv(table)}>
                {t('frame.downloadCsv')}
              </button>
            </>
          )}
          {image.available && !presenting && (
            <>
              <button type="button" disabled={image.busy} onClick={() => void image.download('png')}>
                {t('export.png')}
              </button>
              <button type="button" disabled={image.busy} onClick={() => void image.download('svg')}>
                {t('export.svg')}
              </button>
            </>
          )}
          {image.error && (
            <span className="export-error" role="alert">
              {t(image.error === 'png' ? 'export.failed.png' : 'export.failed.svg')}
            </span>
          )}
        </div>
      </header>
      {!presenting && (controls || (notes && NotesEditor)) && (
        <div className="chart-frame-controls">
          {controls}
          {notes && NotesEditor && <NotesEditor panelId={id} min={notes.min} max={notes.max} />}
        </div>
      )}
      <div className={updating ? 'chart-frame-body is-updating' : 'chart-frame-body'} style={{ minHeight }}>
        {updating && (
          <p className="panel-updating" role="status">
            {t('panel.updating')}
          </p>
        )}
        {status.kind === 'loading' && !status.offline && (
          <div
            className="skeleton"
            style={{ height: minHeight }}
            role="status"
            aria-label={t('panel.loading')}
          />
        )}
        {status.kind === 'loading' && status.offline && (
          <p className="panel-stale" role="status">
            {t('panel.offline')}
          </p>
        )}
        {status.kind === 'error' && (
          <div className="panel-error" role="alert">
            <p className="panel-error-title">{t('panel.error.title')}</p>
            <p>{describeError(status.error, i18n)}</p>
            <button type="button" onClick={status.retry}>
              {t('panel.error.retry')}
            </button>
          </div>
        )}
        {state === 'empty' && <p className="panel-empty">{emptyMessage ?? t('panel.empty')}</p>}
        {state === 'ready' && status.kind === 'ready' && (
          <>
            {status.staleSince !== null && (
              <p className="panel-stale" role="status">
                {t('panel.stale', { time: i18n.time(status.staleSince) })}{' '}
                <button type="button" onClick={status.retry}>
                  {t('panel.error.retry')}
                </button>
              </p>
            )}
            {unknownCodes.length > 0 && (
              <p className="panel-notice" role="note" data-notice="unknown-codes">
                {t('panel.unknownCodes', {
                  count: unknownCodes.length,
                  codes: unknownCodes.slice(0, MAX_LISTED_CODES).join(', '),
                })}
                {unknownCodes.length > MAX_LISTED_CODES && ' …'}
              </p>
            )}
            <FrameIdContext.Provider value={id}>
              <PanelErrorBoundary>
                {showTable && table ? (
                  <DataTable table={table} caption={`${title}${subtitle ? ` — ${subtitle}` : ''}`} />
                ) : (
                  children
                )}
              </PanelErrorBoundary>
            </FrameIdContext.Provider>
          </>
        )}
      </div>
      {state === 'ready' && <SourceLine sourceIds={sourceIds} sources={sources} />}
      {state === 'ready' && provenanceLines.length > 0 && (
        <p className="frame-provenance">
          {provenanceLines.map((line) => (
            <span key={line}>{line}</span>
          ))}
        </p>
      )}
    </section>
  );
}

/** "BPS (2024): title; …" — the sources of a frame as one line of text for files. */
function sourceText(sourceIds: readonly string[], sources: readonly Source[]): string {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return [...new Set(sourceIds)]
    .map((id) => {
      const source = byId.get(id);
      return source
        ? `${source.publisher} (${source.kind === 'model' ? 'model' : source.date}): ${source.title}`
        : id;
    })
    .join('; ');
}

/**
 * The table with its provenance in every row: a note column (the demo line, the basis) and a
 * sources column, so a row copied elsewhere still says what it is.
 */
function withProvenance(
  table: TableData,
  provenance: readonly string[],
  sources: string,
  { t }: { t: (key: 'table.note' | 'table.sources') => string },
): TableData {
  const columns: TableData['columns'] = [
    ...table.columns,
    { key: '__note', header: t('table.note'), kind: 'text' },
    { key: '__sources', header: t('table.sources'), kind: 'text' },
  ];
  const note = provenance.join(' ');
  const rows = table.rows.map((row) => ({
    ...row,
    __note: [row['note'], note].filter(Boolean).join(' '),
    __sources: sources,
  }));
  return { ...table, columns: columns.filter((column) => column.key !== 'note'), rows };
}

/** A render failure inside one panel stays in that panel. */
class PanelErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('Arus Pangan: panel error', error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="panel-error" role="alert">
          <p>{this.state.error.message}</p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            ↻
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
