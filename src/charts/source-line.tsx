import type { Source } from '../contract/schemas';
import { useI18n } from '../i18n/use-i18n';
import { sourceLabel } from './frame-texts';

/**
 * Every figure names where it comes from: publisher, date and, where known, a link. The catalogue
 * of sources is asked for apart from the figures: when it fails, or lacks a record, the chart is
 * still drawn and this line says which sources it cannot describe.
 */
export function SourceLine({
  sourceIds,
  sources,
}: {
  sourceIds: readonly string[];
  sources: readonly Source[];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const byId = new Map(sources.map((source) => [source.id, source]));
  const ids = [...new Set(sourceIds)];
  const used = ids.map((id) => byId.get(id) ?? null);
  if (used.length === 0) return null;
  const unknown = ids.filter((id) => !byId.has(id));
  return (
    <div className="source-line">
      <span className="source-label">{used.length === 1 ? t('panel.source') : t('panel.sources')}:</span>{' '}
      <ul>
        {used.map((source, index) => (
          <li key={source?.id ?? `unknown-${index}`}>
            {source ? (
              <SourceItem source={source} label={sourceLabel(source, i18n)} />
            ) : (
              <span>{ids[index]}</span>
            )}
          </li>
        ))}
      </ul>
      {unknown.length > 0 && (
        <p className="source-warning" role="note">
          {t('panel.sourcesUnknown', { count: unknown.length })}
        </p>
      )}
    </div>
  );
}

function SourceItem({ source, label }: { source: Source; label: string }) {
  // Only https links from data are followed; anything else is shown as text.
  return (
    <span title={source.title}>
      {source.url?.startsWith('https://') ? (
        <a href={source.url} target="_blank" rel="noreferrer noopener">
          {label}
        </a>
      ) : (
        label
      )}
      <span className="source-title"> — {source.title}</span>
    </span>
  );
}
