import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18nFor } from '../i18n/use-i18n';
import { parseViewState } from '../state/view-url';

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
    return (
      <main className="fatal" role="alert">
        <h1>{t('app.error.title')}</h1>
        <p>{this.state.error.message}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('app.error.reload')}
        </button>
      </main>
    );
  }
}
