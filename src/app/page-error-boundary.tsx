import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18nFor } from '../i18n/use-i18n';
import type { Language } from '../i18n/format';

// The messages browsers and Vite give when a page's code or CSS cannot be fetched (offline before
// it was kept, or a newer build replaced the files). Such a failure is no bug to show verbatim.
const CODE_LOAD_FAILURE =
  /dynamically imported module|Unable to preload CSS|Importing a module script failed|error loading dynamically imported module|Failed to fetch/i;

export function isCodeLoadFailure(error: unknown): boolean {
  return error instanceof Error && CODE_LOAD_FAILURE.test(error.message);
}

interface Props {
  language: Language;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Around one page: when its code cannot load, the header and navigation stay and a translated
 * message offers to try again (a reload, which the offline copy answers when it has the files).
 */
export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('Arus Pangan: the page failed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { t } = i18nFor(this.props.language);
    const codeFailure = isCodeLoadFailure(error);
    return (
      <div className="panel-error page-error" role="alert">
        <p className="panel-error-title">{t(codeFailure ? 'app.chunkError.title' : 'app.error.title')}</p>
        <p>{codeFailure ? t('app.chunkError.body') : error.message}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t(codeFailure ? 'app.chunkError.retry' : 'app.error.reload')}
        </button>
      </div>
    );
  }
}
