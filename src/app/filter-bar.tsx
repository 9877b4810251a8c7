import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { useApiClient } from '../api/api-client-context';
import { metaQuery } from '../api/queries';
import { isIsoDate } from '../domain/calendar-date';
import { JAKARTA, provinceName } from '../reference/provinces';
import { availableYears, parsePeriodPreset } from '../domain/period-preset';
import type { MessageKey } from '../i18n/messages-id';
import { useI18n } from '../i18n/use-i18n';
import { useSetView, useViewField } from '../state/view-hooks';
import { COMMODITY_FILTERS, VIEW_GRANULARITIES } from '../state/view-url';

const RELATIVE_PRESETS: { value: string; label: MessageKey }[] = [
  { value: '7d', label: 'filters.period.7d' },
  { value: 'wtd', label: 'filters.period.wtd' },
  { value: '30d', label: 'filters.period.30d' },
  { value: '90d', label: 'filters.period.90d' },
  { value: '12m', label: 'filters.period.12m' },
  { value: 'ytd', label: 'filters.period.ytd' },
];

const GRANULARITY_LABEL: Record<(typeof VIEW_GRANULARITIES)[number], MessageKey> = {
  day: 'filters.granularity.day',
  week: 'filters.granularity.week',
  month: 'filters.granularity.month',
};

const COMMODITY_LABEL: Record<(typeof COMMODITY_FILTERS)[number], MessageKey> = {
  all: 'commodity.all',
  rice: 'commodity.rice',
  meat: 'commodity.meat',
  fish: 'commodity.fish',
};

/**
 * Keeps `--sticky-offset` on the document at the bar's height while it sticks to the top (the CSS
 * lets it scroll away on phones and short screens), so what is scrolled into view stays clear of it.
 */
function useStickyOffset(bar: React.RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    const element = bar.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const update = () => {
      const sticky = getComputedStyle(element).position === 'sticky';
      root.style.setProperty('--sticky-offset', `${sticky ? Math.ceil(element.offsetHeight) : 0}px`);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
      root.style.removeProperty('--sticky-offset');
    };
  }, [bar]);
}

/** Period, custom range, granularity and commodity: the controls every overview panel follows. */
export function FilterBar() {
  const { t, date } = useI18n();
  const client = useApiClient();
  const meta = useQuery(metaQuery(client));
  const view = {
    period: useViewField('period'),
    from: useViewField('from'),
    to: useViewField('to'),
    granularity: useViewField('granularity'),
    commodity: useViewField('commodity'),
    destination: useViewField('destination'),
  };
  const setView = useSetView();
  const destinationId = useId();
  const periodId = useId();
  const fromId = useId();
  const toId = useId();
  const coverage = meta.data?.coverage;
  const years = coverage ? availableYears(coverage) : [];
  const bar = useRef<HTMLFormElement>(null);
  useStickyOffset(bar);
  // A server that predates destinations holds Jakarta's flows alone.
  const held = meta.data ? (meta.data.destinations ?? [JAKARTA]) : [view.destination];
  const destinations = held.includes(view.destination) ? held : [view.destination, ...held];
  const destinationName = (code: string) => `${provinceName(code) ?? code} (${code})`;

  return (
    <form
      ref={bar}
      className="filter-bar"
      aria-label={t('filters.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="filter-field">
        <label htmlFor={destinationId}>{t('filters.destination')}</label>
        {destinations.length > 1 ? (
          <select
            id={destinationId}
            value={view.destination}
            // Origins and entry points picked for one province mean nothing for another.
            onChange={(event) => setView({ destination: event.target.value, flowSelection: {} })}
          >
            {destinations.map((code) => (
              <option key={code} value={code}>
                {destinationName(code)}
              </option>
            ))}
          </select>
        ) : (
          <output id={destinationId} className="filter-destination">
            {destinationName(view.destination)}
          </output>
        )}
      </div>
      <div className="filter-field">
        <label htmlFor={periodId}>{t('filters.period')}</label>
        <select
          id={periodId}
          value={view.period}
          onChange={(event) => {
            const preset = parsePeriodPreset(event.target.value);
            if (!preset) return;
            if (preset === 'custom') {
              const to = coverage?.to ?? view.to;
              const from = coverage ? `${coverage.to.slice(0, 4)}-01-01` : view.from;
              setView({ period: preset, from, to });
            } else setView({ period: preset, from: null, to: null });
          }}
        >
          {RELATIVE_PRESETS.map((preset) => (
            <option key={preset.value} value={preset.value}>
              {t(preset.label)}
            </option>
          ))}
          {years.map((year) => (
            <option key={year} value={`y${year}`}>
              {t('filters.period.year', { year })}
            </option>
          ))}
          <option value="custom">{t('filters.period.custom')}</option>
        </select>
      </div>
      {view.period === 'custom' && (
        <>
          <div className="filter-field">
            <label htmlFor={fromId}>{t('filters.from')}</label>
            <input
              id={fromId}
              type="date"
              value={view.from ?? ''}
              min={coverage?.from}
              max={view.to ?? coverage?.to}
              onChange={(event) => {
                const from = event.target.value;
                if (isIsoDate(from) && view.to && from <= view.to) setView({ from }, { replace: true });
              }}
            />
          </div>
          <div className="filter-field">
            <label htmlFor={toId}>{t('filters.to')}</label>
            <input
              id={toId}
              type="date"
              value={view.to ?? ''}
              min={view.from ?? coverage?.from}
              max={coverage?.to}
              onChange={(event) => {
                const to = event.target.value;
                if (isIsoDate(to) && view.from && view.from <= to) setView({ to }, { replace: true });
              }}
            />
          </div>
        </>
      )}
      <fieldset className="filter-field segmented">
        <legend>{t('filters.granularity')}</legend>
        {VIEW_GRANULARITIES.map((granularity) => (
          <button
            key={granularity}
            type="button"
            aria-pressed={view.granularity === granularity}
            onClick={() => setView({ granularity })}
          >
            {t(GRANULARITY_LABEL[granularity])}
          </button>
        ))}
      </fieldset>
      <fieldset className="filter-field segmented">
        <legend>{t('filters.commodity')}</legend>
        {COMMODITY_FILTERS.map((commodity) => (
          <button
            key={commodity}
            type="button"
            aria-pressed={view.commodity === commodity}
            // A selection made on the flows page for rice means nothing for fish: it starts afresh.
            onClick={() => setView({ commodity, flowSelection: {} })}
          >
            {t(COMMODITY_LABEL[commodity])}
          </button>
        ))}
      </fieldset>
      {meta.data && !held.includes(view.destination) && (
        <p className="filter-destination-missing" role="status">
          {t('filters.destination.notHeld', { name: destinationName(view.destination) })}{' '}
          <button
            type="button"
            onClick={() => setView({ destination: held[0] ?? JAKARTA, flowSelection: {} })}
          >
            {t('filters.destination.backHome', { name: destinationName(held[0] ?? JAKARTA) })}
          </button>
        </p>
      )}
      {coverage && (
        <p className="filter-coverage">
          {t('filters.coverage', { from: date(coverage.from), to: date(coverage.to) })}
        </p>
      )}
    </form>
  );
}
