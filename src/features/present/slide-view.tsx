import { createContext, Suspense, useContext, useMemo } from 'react';
import { PresentFocusContext } from '../../charts/frame-context';
import { useI18n } from '../../i18n/use-i18n';
import { SLIDE_PAGES, type Slide } from '../../storage/deck-value';
import { usePageRenderer } from '../../state/page-registry';
import { useViewField, ViewOverrideContext } from '../../state/view-hooks';
import { parseViewState, type ParsedView } from '../../state/view-url';

/**
 * How many slides this one sits in. Slides are checked when they are read, so a slide should never
 * show the deck; should one get through anyway, the nesting stops here instead of drawing without end.
 */
const SlideDepthContext = createContext(0);

/** One saved chart, drawn as it was saved (period, filters…) in the presenter's language. */
export function SlideView({ slide }: { slide: Slide }) {
  const renderPage = usePageRenderer();
  const depth = useContext(SlideDepthContext);
  const { t } = useI18n();
  const language = useViewField('lang');
  const override = useMemo<ParsedView>(() => {
    const saved = parseViewState(slide.search).view;
    return { view: { ...saved, lang: language, slide: null }, rejected: [] };
  }, [slide.search, language]);
  if (depth > 0 || !SLIDE_PAGES.includes(override.view.page)) {
    return (
      <p className="panel-error slide-view" role="alert" data-slide-panel={slide.panelId}>
        {t('deck.slideNotAChart')}
      </p>
    );
  }
  return (
    <SlideDepthContext.Provider value={depth + 1}>
      <ViewOverrideContext.Provider value={override}>
        <PresentFocusContext.Provider value={slide.panelId}>
          <Suspense
            fallback={
              <div
                className="skeleton"
                role="status"
                aria-label={t('panel.loading')}
                style={{ height: 300 }}
              />
            }
          >
            <div className="slide-view" data-slide-panel={slide.panelId}>
              {renderPage(override.view.page)}
            </div>
          </Suspense>
        </PresentFocusContext.Provider>
      </ViewOverrideContext.Provider>
    </SlideDepthContext.Provider>
  );
}
