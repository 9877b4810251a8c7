import type { ShareReading } from '../domain/share';
import type { I18n } from '../i18n/use-i18n';

/** A checked share as text: the percentage, "—" when unknown, a warning when it cannot be true. */
export function shareText(reading: ShareReading, i18n: Pick<I18n, 't' | 'percent'>, digits?: number): string {
  if (reading.kind === 'none') return '—';
  if (reading.kind === 'share') return i18n.percent(reading.value, digits);
  return Number.isFinite(reading.value)
    ? i18n.t('share.implausible', { value: i18n.percent(reading.value, digits) })
    : i18n.t('share.notANumber');
}
