import { memo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/api-client-context';
import { claimsQuery, flowsQuery, productionQuery, sourcesQuery } from '../../api/queries';
import type { Claim } from '../../contract/schemas';
import { ChartFrame } from '../../charts/chart-frame';
import { combinePanelStatus } from '../../charts/panel-status';
import { COMMODITY_GROUPS } from '../../domain/commodity';
import { externalSharesByGroup, type GroupShare } from '../../domain/external-share';
import type { OverviewFilters } from '../../filters/use-overview-filters';
import { useI18n, type I18n } from '../../i18n/use-i18n';
import { comparatorLabel } from '../../i18n/labels';
import type { MessageKey } from '../../i18n/messages-id';

const HEADLINE_CLAIM_ID = 'biro-ksd-2025';
const PANEL_HEIGHT = 300;

/** Jakarta's observed external-supply share in the chosen period (by default the last 12 months of
 * data), beside the official claim. */
function ExternalSharePanelView({ filters }: { filters: OverviewFilters }) {
  const client = useApiClient();
  const i18n = useI18n();
  const { t } = i18n;
  const { range } = filters;
  const yearly = { from: range.from, to: range.to, granularity: 'year' as const };
  const flows = useQuery(flowsQuery(client, { ...yearly, groupBy: ['group'] }));
  const production = useQuery(productionQuery(client, yearly));
  const claims = useQuery(claimsQuery(client));
  const sources = useQuery(sourcesQuery(client));

  const status = combinePanelStatus([flows, production, claims, sources]);
  const shares =
    flows.data && production.data
      ? externalSharesByGroup(
          COMMODITY_GROUPS,
          flows.data.rows.map((row) => ({ group: row.group ?? '', tonnes: row.tonnes, status: row.status })),
          production.data.rows,
        )
      : [];
  const all = shares.find((share) => share.group === 'all');
  const claim = claims.data?.find((c) => c.id === HEADLINE_CLAIM_ID) ?? claims.data?.[0];
  const sourceIds = [
    ...(flows.data?.rows.flatMap((row) => row.sourceIds) ?? []),
    ...(production.data?.rows.flatMap((row) => row.sourceIds) ?? []),
    ...(claim?.sourceIds ?? []),
  ];

  return (
    <ChartFrame
      id="external-share"
      title={t('externalShare.title')}
      subtitle={t('period.subtitle', { from: i18n.date(range.from), to: i18n.date(range.to) })}
      status={status}
      isEmpty={!all || all.share === null}
      dataStatuses={shares.map((share) => share.status)}
      sourceIds={sourceIds}
      sources={sources.data ?? []}
      minHeight={PANEL_HEIGHT}
    >
      {all && all.share !== null && (
        <div className="external-share">
          <div className="external-share-headline">
            <Figure label={t('externalShare.observed')} value={i18n.percent(all.share)} emphasis />
            {claim && <ClaimFigure claim={claim} observed={all.share} i18n={i18n} />}
          </div>
          <ShareBars shares={shares} claim={claim} i18n={i18n} />
          <p className="method-note">{t('externalShare.method')}</p>
        </div>
      )}
    </ChartFrame>
  );
}

function Figure({ label, value, emphasis = false }: { label: string; value: string; emphasis?: boolean }) {
  return (
    <div className={emphasis ? 'figure figure-emphasis' : 'figure'}>
      <span className="figure-value">{value}</span>
      <span className="figure-label">{label}</span>
    </div>
  );
}

function comparatorText(claim: Claim, i18n: I18n): string {
  return comparatorLabel(claim.comparator, i18n);
}

function ClaimFigure({ claim, observed, i18n }: { claim: Claim; observed: number; i18n: I18n }) {
  const { t } = i18n;
  const difference = (observed - claim.share) * 100;
  const value = `${comparatorText(claim, i18n)} ${i18n.percent(claim.share, 0)}`.trim();
  return (
    <div className="figure figure-claim" data-claim={claim.id}>
      <span className="figure-value">{value}</span>
      <span className="figure-label">
        {t('externalShare.claim')}:{' '}
        {t('externalShare.claimBy', { who: claim.who, date: i18n.date(claim.date) })}
      </span>
      <span className="figure-note">
        {t('externalShare.difference', {
          diff: i18n.number(Math.abs(difference), 1),
          direction: t(difference >= 0 ? 'externalShare.above' : 'externalShare.below'),
        })}
      </span>
    </div>
  );
}

const GROUP_LABEL: Record<string, MessageKey> = {
  rice: 'commodity.rice',
  meat: 'commodity.meat',
  fish: 'commodity.fish',
  all: 'commodity.all',
};

function ShareBars({ shares, claim, i18n }: { shares: GroupShare[]; claim: Claim | undefined; i18n: I18n }) {
  const { t } = i18n;
  return (
    <table className="share-bars">
      <caption>{t('externalShare.byGroup')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('externalShare.byGroup')}</th>
          <th scope="col">{t('externalShare.observedShort')}</th>
          <th scope="col">{t('externalShare.inflow')}</th>
          <th scope="col">{t('externalShare.own')}</th>
          <th scope="col">{t('status.badge.title')}</th>
        </tr>
      </thead>
      <tbody>
        {shares.map((share) => (
          <tr key={share.group} data-group={share.group} data-status={share.status}>
            <th scope="row">{t(GROUP_LABEL[share.group] ?? 'commodity.all')}</th>
            <td>
              <div className="bar-track">
                {share.share !== null && (
                  <div className="bar-fill" style={{ width: `${share.share * 100}%` }} />
                )}
                {claim && (
                  <div className="bar-claim" style={{ left: `${claim.share * 100}%` }} aria-hidden="true" />
                )}
                <span className="bar-value">{share.share === null ? '—' : i18n.percent(share.share)}</span>
              </div>
            </td>
            <td className="numeric">{share.inflow === null ? '—' : i18n.tonnes(share.inflow)}</td>
            <td className="numeric">
              {share.ownProduction === null ? '—' : i18n.tonnes(share.ownProduction)}
            </td>
            <td>{t(`status.${share.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Memoised: the overview re-renders on every URL change; a panel only when its filters change. */
export const ExternalSharePanel = memo(ExternalSharePanelView);
