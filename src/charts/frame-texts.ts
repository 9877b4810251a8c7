// The words a frame shows about its data (source line, status badge), built from the data itself:
// the frame, its CSV preamble and its exported pictures all say the same thing.
import type { Source } from '../contract/schemas';
import { needsBadge, weakestStatus, type DataStatus } from '../domain/data-status';
import type { MessageKey } from '../i18n/messages-id';
import type { I18n } from '../i18n/use-i18n';

const BADGE_TEXT: Partial<Record<DataStatus, MessageKey>> = {
  synthetic: 'status.badge.synthetic',
  estimated: 'status.badge.estimated',
  forecast: 'status.badge.forecast',
};

/** The weakest status in view when it needs a badge (estimated, synthetic, forecast), else null. */
export function badgeStatus(statuses: readonly DataStatus[]): DataStatus | null {
  if (statuses.length === 0) return null;
  const status = weakestStatus(statuses);
  return needsBadge(status) ? status : null;
}

/** "Berisi perkiraan", or null when every value in view is sourced. */
export function badgeText(statuses: readonly DataStatus[], i18n: Pick<I18n, 't'>): string | null {
  const status = badgeStatus(statuses);
  return status === null ? null : i18n.t(BADGE_TEXT[status] ?? 'status.badge.estimated');
}

/** "BPS, 12 Maret 2025"; a model is named as what it is, not as "Arus Pangan, <month>". */
export function sourceLabel(source: Source, i18n: Pick<I18n, 't' | 'date'>): string {
  return source.kind === 'model' ? i18n.t('source.model') : `${source.publisher}, ${i18n.date(source.date)}`;
}

/** The source line as read on screen: "Sumber: BPS, 12 Maret 2025; ANTARA, 3 Mei 2021". */
export function sourceLineText(
  sourceIds: readonly string[],
  sources: readonly Source[],
  i18n: Pick<I18n, 't' | 'date'>,
): string | null {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const ids = [...new Set(sourceIds)];
  if (ids.length === 0) return null;
  const label = ids.length === 1 ? i18n.t('panel.source') : i18n.t('panel.sources');
  const items = ids.map((id) => {
    const source = byId.get(id);
    return source ? sourceLabel(source, i18n) : id;
  });
  return `${label}: ${items.join('; ')}`;
}
