import { Suspense, useMemo } from 'react';
import { PresentFocusContext } from '../../charts/frame-context';
import { useI18n } from '../../i18n/use-i18n';
import type { Slide } from '../../state/deck-store';
import { usePageRenderer } from '../../state/page-registry';
import { useViewField, ViewOverrideContext } from '../../state/view-hooks';
import { parseViewState, type ParsedView } from '../../state/view-url';

/** One saved chart, drawn as it was saved (period, filters…) in the presenter's language. */
export function SlideView({ slide }: { slide: Slide }) {
  const renderPage = usePageRenderer();
  const { t } = useI18n();
  const language = useViewField('lang');
  const override = useMemo<ParsedView>(() => {
    const saved = parseViewState(slide.search).view;
    return { view: { ...saved, lang: language, slide: null }, rejected: [] };
  }, [slide.search, language]);
  return (
    <ViewOverrideContext.Provider value={override}>
      <PresentFocusContext.Provider value={slide.panelId}>
        <Suspense
          fallback={
            <div className="skeleton" role="status" aria-label={t('panel.loading')} style={{ height: 300 }} />
          }
        >
          <div className="slide-view" data-slide-panel={slide.panelId}>
            {renderPage(override.view.page)}
          </div>
        </Suspense>
      </PresentFocusContext.Provider>
    </ViewOverrideContext.Provider>
  );
}
