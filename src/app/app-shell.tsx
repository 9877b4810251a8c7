import { CopyLinkButton } from './copy-link-button';
import { CsvDialectSwitch } from './csv-dialect-switch';
import { ConnectionIndicator } from './connection-indicator';
import { PageErrorBoundary } from './page-error-boundary';
import { DataAsOf } from '../charts/data-as-of';
import { lazy, Suspense, useRef, type ComponentType, type LazyExoticComponent } from 'react';
import { LANGUAGES } from '../i18n/format';
import { loadLanguage } from '../i18n/translate';
import type { MessageKey } from '../i18n/messages-id';
import { useI18n } from '../i18n/use-i18n';
import { PageRendererContext } from '../state/page-registry';
import { useRejectedViewParams, useSetView, useView, useViewField } from '../state/view-hooks';
import { serializeViewState, type Page } from '../state/view-url';
import { ThemeSwitch } from '../theme/theme-switch';
import { useDocumentTheme } from '../theme/use-theme';
import { DataFreshnessLine } from './data-freshness';
import { FilterBar } from './filter-bar';
import { HeaderMenu, useDisclosure } from './header-menu';
import { StorageNotice } from './storage-notice';
import { DataSourceNotice } from '../features/data-import/data-source-notice';
import type { ImportedDatasetInfo } from '../import/imported-dataset-repository';

function lazyPage(load: () => Promise<ComponentType>) {
  return { load, Component: lazy(() => load().then((component) => ({ default: component }))) };
}

// Pages load on demand, so the shell (header, banner, filters) paints before any chart code arrives.
const PAGES: Record<
  Page,
  { load: () => Promise<ComponentType>; Component: LazyExoticComponent<ComponentType> }
> = {
  overview: lazyPage(() => import('../features/overview/overview-page').then((m) => m.OverviewPage)),
  flows: lazyPage(() => import('../features/flows/flows-page').then((m) => m.FlowsPage)),
  regions: lazyPage(() => import('../features/regions/regions-page').then((m) => m.RegionsPage)),
  region: lazyPage(() => import('../features/regions/region-profile-page').then((m) => m.RegionProfilePage)),
  compare: lazyPage(() => import('../features/compare/compare-page').then((m) => m.ComparePage)),
  data: lazyPage(() => import('../features/data-import/import-page').then((m) => m.ImportPage)),
  deck: lazyPage(() => import('../features/present/deck-page').then((m) => m.DeckPage)),
  present: lazyPage(() => import('../features/present/present-page').then((m) => m.PresentPage)),
};

/**
 * Starts loading a page's code now: the page opened first asks for its data only once it runs, so
 * its code is fetched and parsed while the configuration, the language and the shell are on their
 * way instead of after them. A failure is left to the page's own load, which reports it.
 */
export function preloadPage(page: Page): void {
  PAGES[page].load().catch(() => undefined);
}

function renderPage(page: Page) {
  const { Component } = PAGES[page];
  return <Component />;
}

const NAVIGATION: { page: Page; label: MessageKey; current: readonly Page[] }[] = [
  { page: 'overview', label: 'nav.overview', current: ['overview'] },
  { page: 'flows', label: 'nav.flows', current: ['flows'] },
  { page: 'regions', label: 'nav.regions', current: ['regions', 'region'] },
  { page: 'compare', label: 'nav.compare', current: ['compare'] },
  { page: 'data', label: 'nav.data', current: ['data'] },
  { page: 'deck', label: 'nav.deck', current: ['deck', 'present'] },
];

/** Each page has one h1; pages that draw their own (a region's name, the deck) are left out. */
const PAGE_HEADING: Partial<Record<Page, MessageKey>> = {
  overview: 'nav.overview',
  flows: 'nav.flows',
  regions: 'nav.regions',
  compare: 'nav.compare',
  data: 'nav.data',
};

/** Pages that follow the shared period, granularity and commodity filters. */
const FILTERED_PAGES: ReadonlySet<Page> = new Set(['overview', 'flows', 'regions', 'region', 'compare']);

/**
 * The pages; each link keeps the rest of the view, so it carries the whole of it. On a narrow screen
 * they fold behind a "Menu" button (CSS shows the button and hides the closed list).
 */
function ShellNavigation() {
  const { t } = useI18n();
  const view = useView();
  const setView = useSetView();
  const area = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useDisclosure(area, button);
  return (
    <div className="shell-nav-area" ref={area}>
      <button
        ref={button}
        type="button"
        className="header-button nav-toggle"
        aria-expanded={menu.open}
        aria-controls={menu.panelId}
        onClick={menu.toggle}
      >
        {t('menu.pages')}
      </button>
      <nav
        id={menu.panelId}
        aria-label={t('nav.label')}
        className={menu.open ? 'shell-nav is-open' : 'shell-nav'}
      >
        {NAVIGATION.map((item) => (
          <a
            key={item.page}
            href={serializeViewState({ ...view, page: item.page }) || '?'}
            aria-current={item.current.includes(view.page) ? 'page' : undefined}
            onClick={(event) => {
              if (event.metaKey || event.ctrlKey || event.shiftKey) return;
              event.preventDefault();
              menu.close();
              setView({ page: item.page });
            }}
          >
            {t(item.label)}
          </a>
        ))}
      </nav>
    </div>
  );
}

/** Bahasa Indonesia or English: two short buttons, always in view (presenters switch often). */
function LanguageSwitch() {
  const { t } = useI18n();
  const language = useViewField('lang');
  const setView = useSetView();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((choice) => (
        <button
          key={choice}
          type="button"
          lang={choice}
          // The visible code first, so speech input ("click EN") and the spoken name agree.
          aria-label={`${choice.toUpperCase()} — ${t(choice === 'id' ? 'language.id' : 'language.en')}`}
          aria-pressed={language === choice}
          onClick={() => void loadLanguage(choice).then(() => setView({ lang: choice }))}
        >
          {choice.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

export function AppShell({
  demo,
  imported = null,
}: {
  demo: boolean;
  imported?: ImportedDatasetInfo | null;
}) {
  const { t } = useI18n();
  const page = useViewField('page');
  const language = useViewField('lang');
  const theme = useViewField('theme');
  const rejected = useRejectedViewParams();
  const setView = useSetView();
  // Slides follow the theme too: high contrast is made for projectors.
  useDocumentTheme(theme);
  const CurrentPage = PAGES[page].Component;
  const heading = PAGE_HEADING[page];
  const pageFallback = (
    <div className="skeleton page-skeleton" role="status" aria-busy="true" aria-label={t('panel.loading')} />
  );
  if (page === 'present') {
    // Slides take the whole screen: no header, filters or footer.
    return (
      <PageRendererContext.Provider value={renderPage}>
        <main id="main" className="present-main">
          <PageErrorBoundary key={page} language={language}>
            <Suspense fallback={pageFallback}>
              <CurrentPage />
            </Suspense>
          </PageErrorBoundary>
          {demo && <p className="present-demo-note">{t('demo.banner')}</p>}
        </main>
      </PageRendererContext.Provider>
    );
  }
  return (
    <PageRendererContext.Provider value={renderPage}>
      <div className="shell">
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <header className="shell-header">
          <p className="brand">
            <span className="brand-name">{t('app.title')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </p>
          <ShellNavigation />
          <div className="header-tools">
            <CopyLinkButton />
            <LanguageSwitch />
            <HeaderMenu label={t('menu.settings')}>
              <ThemeSwitch value={theme} onChange={(theme) => setView({ theme }, { replace: true })} />
              <CsvDialectSwitch />
            </HeaderMenu>
          </div>
        </header>
        <div className="shell-status">
          {demo && (
            <p className="demo-banner" role="note">
              <strong>{t('demo.banner')}</strong> {t('demo.bannerDetail')}
            </p>
          )}
          <div className="status-line">
            <DataFreshnessLine />
            <ConnectionIndicator />
          </div>
        </div>
        <DataSourceNotice imported={imported} />
        <StorageNotice />
        <main id="main" className="shell-main" tabIndex={-1}>
          {rejected.length > 0 && (
            <p className="notice" role="status">
              {rejected.includes('(url)')
                ? t('url.tooLong')
                : t('url.rejected', { params: rejected.join(', ') })}
            </p>
          )}
          {heading && <h1 className="visually-hidden">{t(heading)}</h1>}
          {FILTERED_PAGES.has(page) && <FilterBar />}
          <DataAsOf />
          <PageErrorBoundary key={page} language={language}>
            <Suspense fallback={pageFallback}>
              <CurrentPage />
            </Suspense>
          </PageErrorBoundary>
        </main>
        <footer className="shell-footer">{t('footer.about')}</footer>
      </div>
    </PageRendererContext.Provider>
  );
}
