import { useId, useState } from 'react';
import type { Region } from '../../contract/schemas';
import { useI18n } from '../../i18n/use-i18n';
import { useSetView, useViewField } from '../../state/view-hooks';
import { COMPARE_LAYOUTS, MAX_COMPARED_REGIONS } from '../../state/view-url';
import { addableRegions } from './compare-model';

/** The compared origins as chips, a list to add one, and the overlay / small-multiples switch. */
export function ComparePicker({
  codes,
  regions,
  name,
  colour,
}: {
  codes: readonly string[];
  regions: readonly Region[];
  name: (code: string) => string;
  colour: (index: number) => string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const shownLayout = useViewField('compareLayout');
  const setView = useSetView();
  const [candidate, setCandidate] = useState('');
  const pickerId = useId();
  return (
    <div className="explorer-controls">
      <ul className="chip-list" aria-label={t('compare.selected')}>
        {codes.map((code, index) => (
          <li key={code} className="chip" style={{ borderColor: colour(index) }}>
            {name(code)}{' '}
            <button
              type="button"
              aria-label={t('compare.remove', { name: name(code) })}
              onClick={() => setView({ compare: codes.filter((c) => c !== code) })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="filter-field">
        <label htmlFor={pickerId}>{t('compare.add')}</label>
        <select
          id={pickerId}
          value={candidate}
          disabled={codes.length >= MAX_COMPARED_REGIONS}
          onChange={(event) => {
            const code = event.target.value;
            setCandidate('');
            if (code && !codes.includes(code)) setView({ compare: [...codes, code] });
          }}
        >
          <option value="">{t('compare.choose', { max: MAX_COMPARED_REGIONS })}</option>
          {addableRegions(regions, codes).map((region) => (
            <option key={region.code} value={region.code}>
              {region.name[i18n.language]} ({region.code})
            </option>
          ))}
        </select>
      </div>
      <fieldset className="filter-field segmented">
        <legend>{t('compare.layout')}</legend>
        {COMPARE_LAYOUTS.map((layout) => (
          <button
            key={layout}
            type="button"
            aria-pressed={shownLayout === layout}
            onClick={() => setView({ compareLayout: layout })}
          >
            {t(layout === 'overlay' ? 'compare.overlay' : 'compare.multiples')}
          </button>
        ))}
      </fieldset>
    </div>
  );
}
