import { lazy, Suspense } from 'react';
import { FilterBar } from './filter-bar';

// Pages load on demand, so the shell (header, banner, filters) paints before any chart code arrives.
const OverviewPage = lazy(() =>
  import('../features/overview/overview-page').then((module) => ({ default: module.OverviewPage })),
);
import { LANGUAGES } from '../i18n/format';
import { useI18n } from '../i18n/use-i18n';
import { useViewState } from '../state/view-state';

export function AppShell({ demo }: { demo: boolean }) {
  const { t } = useI18n();
  const [{ view, rejected }, setView] = useViewState();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell-header">
        <div className="brand">
          <span className="brand-name">{t('app.title')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')} className="shell-nav">
          <a
            href="?"
            aria-current={view.page === 'overview' ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              setView({ page: 'overview' });
            }}
          >
            {t('nav.overview')}
          </a>
        </nav>
        <div className="language-switch" role="group" aria-label={t('language.label')}>
          {LANGUAGES.map((language) => (
            <button
              key={language}
              type="button"
              lang={language}
              aria-pressed={view.lang === language}
              onClick={() => setView({ lang: language })}
            >
              {t(language === 'id' ? 'language.id' : 'language.en')}
            </button>
          ))}
        </div>
      </header>
      {demo && (
        <p className="demo-banner" role="note">
          <strong>{t('demo.banner')}</strong> {t('demo.bannerDetail')}
        </p>
      )}
      <main id="main" className="shell-main" tabIndex={-1}>
        {rejected.length > 0 && (
          <p className="notice" role="status">
            {t('url.rejected', { params: rejected.join(', ') })}
          </p>
        )}
        <FilterBar />
        <Suspense
          fallback={
            <div
              className="skeleton page-skeleton"
              role="status"
              aria-busy="true"
              aria-label={t('panel.loading')}
            />
          }
        >
          <OverviewPage />
        </Suspense>
      </main>
      <footer className="shell-footer">{t('footer.about')}</footer>
    </div>
  );
}
