import type { ShareReading } from '../domain/share';
import type { I18n } from '../i18n/use-i18n';

/** A checked share as text: the percentage, "—" when unknown, a warning when it cannot be true. */
export function shareText(
  reading: ShareReading,
  format: (fraction: number) => string,
  { t }: Pick<I18n, 't'>,
): string {
  if (reading.kind === 'none') return '—';
  if (reading.kind === 'share') return format(reading.value);
  return Number.isFinite(reading.value)
    ? t('share.implausible', { value: format(reading.value) })
    : t('share.notANumber');
}
