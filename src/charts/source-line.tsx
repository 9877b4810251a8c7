import type { Source } from '../contract/schemas';
import { useI18n } from '../i18n/use-i18n';

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
  const { t, date } = useI18n();
  // A model is not a publication: it is named as what it is, not as "Arus Pangan, <month>".
  const when = (source: Source) => (source.kind === 'model' ? null : date(source.date));
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
              <SourceItem source={source} when={when(source)} modelLabel={t('source.model')} />
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

function SourceItem({
  source,
  when,
  modelLabel,
}: {
  source: Source;
  when: string | null;
  modelLabel: string;
}) {
  const label = when === null ? modelLabel : `${source.publisher}, ${when}`;
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
