import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/use-i18n';
import { useDataSourceStore } from '../../data-source/data-source-store';
import { useServerApiBase } from '../../data-source/server-api-base';
import { serverDatasetOf, serverDatasetsQuery } from '../../data-source/server-datasets';

/** When the views show a server dataset: which one, and as of which revision. */
export function ServerSourceNotice() {
  const base = useServerApiBase();
  const id = serverDatasetOf(useDataSourceStore((state) => state.active));
  return base === null || id === null ? null : <ServerSourceBanner base={base} id={id} />;
}

function ServerSourceBanner({ base, id }: { base: string; id: string }) {
  const i18n = useI18n();
  const datasets = useQuery(serverDatasetsQuery(base));
  const dataset = datasets.data?.find((d) => d.id === id);
  if (!dataset) return null;
  return (
    <p className="demo-banner" role="note" data-source="server">
      {i18n.t('server.source.banner', {
        name: dataset.name,
        date: i18n.time(Date.parse(dataset.revision.createdAt)),
        revision: dataset.revision.number,
      })}
    </p>
  );
}
