import { useCallback } from 'react';
import { ChartFrame } from '../../charts/chart-frame';
import { combinePanelStatus } from '../../charts/panel-status';
import { useI18n } from '../../i18n/use-i18n';
import { useOverviewFilters, type OverviewFilters } from '../../filters/use-overview-filters';
import { FlowMapPanel } from './flow-map-panel';
import { FlowSankeyPanel } from './flow-sankey-panel';
import {
  FLOW_GROUP_BY,
  SELECTION_LABELS,
  toggleSelection,
  type FlowSelection,
  type SelectionDimension,
} from './flow-totals';
import { useFlowLabels } from './use-flow-totals';
import { useSetView, useViewField } from '../../state/view-hooks';
import './flows.css';

/** The analyst's flows page: a Sankey and a map of the same flows, narrowed by clicking either. */
export function FlowsPage() {
  const { t } = useI18n();
  const { filters, meta } = useOverviewFilters();
  if (!filters) {
    return (
      <ChartFrame id="flows" title={t('nav.flows')} status={combinePanelStatus([meta])} minHeight={400} />
    );
  }
  return <FlowsWorkspace filters={filters} />;
}

function FlowsWorkspace({ filters }: { filters: OverviewFilters }) {
  const i18n = useI18n();
  const { t } = i18n;
  // The selection is part of the view, so a shared link or a slide shows the same narrowed flows.
  const selection: FlowSelection = useViewField('flowSelection');
  const setView = useSetView();
  const select = useCallback(
    (dimension: SelectionDimension, code: string) =>
      setView({ flowSelection: toggleSelection(selection, dimension, code) }),
    [selection, setView],
  );
  const selectOrigin = useCallback((code: string) => select('origin', code), [select]);
  return (
    <div className="flows-page">
      {filters.fellBack && (
        <p className="notice" role="status">
          {t('filters.fellBack')}
        </p>
      )}
      <SelectionBar selection={selection} onRemove={select} onClear={() => setView({ flowSelection: {} })} />
      <FlowSankeyPanel filters={filters} selection={selection} onSelect={select} />
      <FlowMapPanel filters={filters} selection={selection} onSelectOrigin={selectOrigin} />
    </div>
  );
}

function SelectionBar({
  selection,
  onRemove,
  onClear,
}: {
  selection: FlowSelection;
  onRemove: (dimension: SelectionDimension, code: string) => void;
  onClear: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const labels = useFlowLabels(i18n);
  const active = FLOW_GROUP_BY.flatMap((dimension) => {
    const code = selection[dimension];
    if (code === undefined) return [];
    const name =
      dimension === 'commodity'
        ? labels.commodity(code)
        : dimension === 'entryPoint'
          ? labels.entryPoint(code)
          : labels.region(code);
    return [{ dimension, code, name }];
  });
  return (
    <section className="flows-selection" aria-label={t('flows.selection.label')}>
      {active.length === 0 ? (
        <p>{t('flows.selection.hint')}</p>
      ) : (
        <>
          <ul>
            {active.map(({ dimension, code, name }) => (
              <li key={dimension}>
                <button
                  type="button"
                  className="flows-chip"
                  aria-label={t('flows.selection.remove', { name })}
                  onClick={() => onRemove(dimension, code)}
                >
                  {t('flows.selection.item', { dimension: t(SELECTION_LABELS[dimension]), name })} ✕
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={onClear}>
            {t('flows.selection.clear')}
          </button>
        </>
      )}
    </section>
  );
}
