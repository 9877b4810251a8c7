import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18nFor } from '../i18n/use-i18n';
import { parseViewState } from '../state/view-url';
import { isCodeLoadFailure } from './page-error-boundary';

interface State {
  error: Error | null;
}

/** The last line of defence: a page-level failure shows a message and a reload, never a blank page. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('Arus Pangan: page error', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const { t } = i18nFor(parseViewState(window.location.search).view.lang);
    const codeFailure = isCodeLoadFailure(this.state.error);
    return (
      <main className="fatal" role="alert">
        <h1>{t(codeFailure ? 'app.chunkError.title' : 'app.error.title')}</h1>
        <p>{codeFailure ? t('app.chunkError.body') : this.state.error.message}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t(codeFailure ? 'app.chunkError.retry' : 'app.error.reload')}
        </button>
      </main>
    );
  }
}
