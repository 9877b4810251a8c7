import { isApiError, InvalidDataError, HttpError, TimeoutError } from '../api/errors';
import type { I18n } from '../i18n/use-i18n';

/** What a person should read when a panel's data failed, by kind of failure. */
export function describeError(error: unknown, { t }: Pick<I18n, 't'>): string {
  if (!isApiError(error)) return t('panel.error.unknown');
  if (error instanceof InvalidDataError) {
    return t('panel.error.invalidData', { fields: error.issues.map((issue) => issue.field).join(', ') });
  }
  if (error instanceof TimeoutError)
    return t('panel.error.timeout', { seconds: Math.round(error.timeoutMs / 1000) });
  if (error instanceof HttpError) {
    const problem = error.problem?.detail ?? error.problem?.title;
    return `${t('panel.error.http', { status: error.status })}${problem ? ` ${problem}` : ''}`;
  }
  if (error.kind === 'parse') return t('panel.error.parse');
  return t('panel.error.network');
}
