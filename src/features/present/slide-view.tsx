import { Suspense, useMemo } from 'react';
import { PresentFocusContext } from '../../charts/frame-context';
import { useI18n } from '../../i18n/use-i18n';
import type { Slide } from '../../state/deck-store';
import { usePageRenderer } from '../../state/page-registry';
import { parseViewState, useViewState, ViewOverrideContext, type ParsedView } from '../../state/view-state';

/** One saved chart, drawn as it was saved (period, filters…) in the presenter's language. */
export function SlideView({ slide }: { slide: Slide }) {
  const renderPage = usePageRenderer();
  const { t } = useI18n();
  const [{ view: live }] = useViewState();
  const override = useMemo<ParsedView>(() => {
    const saved = parseViewState(slide.search).view;
    return { view: { ...saved, lang: live.lang, slide: null }, rejected: [] };
  }, [slide.search, live.lang]);
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
