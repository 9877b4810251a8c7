import { memo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/api-client-context';
import type { ApiClient } from '../../api/http-client';
import { balanceQuery, claimsQuery, flowsQuery, sourcesQuery } from '../../api/queries';
import type { Claim } from '../../contract/schemas';
import { ChartFrame } from '../../charts/chart-frame';
import { useDemoData } from '../../charts/frame-context';
import { combinePanelStatus } from '../../charts/panel-status';
import type { TableData } from '../../charts/table-data';
import { needsBadge, weakestStatus } from '../../domain/data-status';
import { roundTonnes } from '../../domain/flow-store';
import {
  ACCOUNTING_BASES,
  basketCommodities,
  basketDiffers,
  commoditiesOf,
  type AccountingBasis,
  type BasisShare,
} from '../../domain/food-balance';
import { comparatorLabel, groupLabel } from '../../i18n/labels';
import type { MessageKey } from '../../i18n/messages-id';
import { useI18n, type I18n } from '../../i18n/use-i18n';
import type { OverviewFilters } from '../../filters/use-overview-filters';
import { useSetView } from '../../state/view-hooks';
import { balancesOf, SHARE_GROUPS, sharesByBasis, type ShareGroup } from './share-basis';

export const HEADLINE_CLAIM_ID = 'biro-ksd-2025';
const PANEL_HEIGHT = 300;

/** "Pasokan yang tinggal di Jakarta" and its definition, for the claim where the basis needs one. */
export function basisName(basis: AccountingBasis, { t }: Pick<I18n, 't'>): string {
  return t(`basis.${basis}` as MessageKey);
}

export function basisLine(basis: AccountingBasis, claim: Claim | undefined, i18n: I18n): string {
  const definition = i18n.t(`basis.${basis}.definition` as MessageKey, {
    claim: claim ? `${claim.who.split(',')[0]}, ${i18n.date(claim.date)}` : '',
  });
  return i18n.t('externalShare.basisLine', { name: basisName(basis, i18n), definition });
}

/** What the comparison compares: the claim's basket against what the chosen basis adds up. */
function basketNote(claim: Claim, basis: AccountingBasis, i18n: I18n): string {
  const item = (name: string) => i18n.t(`basket.${name}` as MessageKey);
  const everything = ['rice', 'meat', 'fish']
    .map((group) => groupLabel(group, i18n).toLowerCase())
    .join(', ');
  if (claim.basket === null) return i18n.t('externalShare.basketNone', { shown: everything });
  const basket = claim.basket.map(item).join(', ');
  if (basis === 'claim') {
    const covered = claim.basket.filter((name) => basketCommodities([name]).length > 0);
    const shown = covered.map(item).join(', ');
    return covered.length < claim.basket.length
      ? i18n.t('externalShare.basketDiffers', { basket, shown })
      : i18n.t('externalShare.basketSame', { shown });
  }
  return basketDiffers(claim.basket, commoditiesOf('all'))
    ? i18n.t('externalShare.basketDiffers', { basket, shown: everything })
    : i18n.t('externalShare.basketSame', { shown: everything });
}

function missingText(share: BasisShare, i18n: I18n): string | null {
  if (share.missing.length === 0) return null;
  const parts = [...new Set(share.missing.map((m) => i18n.t(`balance.part.${m.part}` as MessageKey)))];
  return i18n.t('externalShare.missing', { parts: parts.join(', ') });
}

/** The answers the share is worked out from (the overview also asks for them ahead of the panel's render). */
export function externalShareQueries(client: ApiClient, { range }: OverviewFilters) {
  const yearly = { from: range.from, to: range.to, granularity: 'year' as const };
  return {
    flows: flowsQuery(client, { ...yearly, groupBy: ['commodity'] }),
    balance: balanceQuery(client, yearly),
  };
}

/** Jakarta's external-supply share in the chosen period under a named accounting basis, beside a claim. */
function ExternalSharePanelView({ filters }: { filters: OverviewFilters }) {
  const client = useApiClient();
  const i18n = useI18n();
  const { t } = i18n;
  const setView = useSetView();
  // Demo figures come from the model; an analyst's estimated rows are estimates, not the model.
  const demo = useDemoData();
  const { range, basis } = filters;
  const queries = externalShareQueries(client, filters);
  const flows = useQuery(queries.flows);
  const balance = useQuery(queries.balance);
  const claims = useQuery(claimsQuery(client));
  const sources = useQuery(sourcesQuery(client));

  const status = combinePanelStatus([flows, balance, claims]);
  const claimId = filters.claim ?? HEADLINE_CLAIM_ID;
  const claim = claims.data?.find((c) => c.id === claimId) ?? claims.data?.[0];
  const shares =
    flows.data && balance.data ? sharesByBasis(balancesOf(flows.data.rows, balance.data.rows), claim) : null;
  const chosen = shares?.[basis].all;
  const line = basisLine(basis, claim, i18n);
  const sourceIds = [
    ...ACCOUNTING_BASES.flatMap((b) => SHARE_GROUPS.flatMap((group) => shares?.[b][group].sourceIds ?? [])),
    ...(claim?.sourceIds ?? []),
  ];
  const statuses = shares
    ? ACCOUNTING_BASES.flatMap((b) => SHARE_GROUPS.map((group) => shares[b][group].status))
    : [];

  const table: TableData | undefined = shares
    ? {
        fileName: `arus-pangan_pangsa-luar-dasar_${range.from}_${range.to}`,
        columns: [
          { key: 'group', header: t('table.group'), kind: 'text' },
          { key: 'basis', header: t('table.basis'), kind: 'text' },
          { key: 'share', header: t('table.share'), kind: 'percent' },
          { key: 'outside', header: t('externalShare.outside'), kind: 'tonnes' },
          { key: 'own', header: t('externalShare.ownLocal'), kind: 'tonnes' },
          { key: 'status', header: t('table.status'), kind: 'status' },
          { key: 'note', header: t('table.note'), kind: 'text' },
        ],
        rows: SHARE_GROUPS.flatMap((group) =>
          ACCOUNTING_BASES.map((b) => {
            const share = shares[b][group];
            return {
              group: groupLabel(group, i18n),
              basis: basisName(b, i18n),
              share: share.share === null ? null : Math.round(share.share * 10000) / 10000,
              outside: share.outside === null ? null : roundTonnes(share.outside),
              own: share.own === null ? null : roundTonnes(share.own),
              status: share.status,
              note:
                missingText(share, i18n) ??
                (share.warnings.length > 0 ? t('externalShare.doesNotClose', warningArgs(share, i18n)) : ''),
            };
          }),
        ),
      }
    : undefined;

  return (
    <ChartFrame
      id="external-share"
      title={t('externalShare.title')}
      subtitle={t('period.subtitle', { from: i18n.date(range.from), to: i18n.date(range.to) })}
      period={range}
      status={status}
      isEmpty={!shares || !flows.data?.rows.some((row) => row.tonnes !== null)}
      dataStatuses={statuses}
      sourceIds={sourceIds}
      sources={sources.data ?? []}
      minHeight={PANEL_HEIGHT}
      table={table}
      provenance={[t('provenance.basis', { name: basisName(basis, i18n) })]}
      controls={
        <div className="basis-controls">
          <fieldset className="basis-picker">
            <legend>{t('externalShare.basisPicker')}</legend>
            {ACCOUNTING_BASES.map((b) => (
              <label key={b}>
                <input
                  type="radio"
                  name="accounting-basis"
                  value={b}
                  checked={basis === b}
                  onChange={() => setView({ basis: b }, { replace: true })}
                />{' '}
                {basisName(b, i18n)}
              </label>
            ))}
          </fieldset>
          {claims.data && (
            <label className="claim-choice">
              {t('externalShare.compareWith')}{' '}
              <select
                value={claim?.id ?? ''}
                onChange={(event) => setView({ claim: event.target.value }, { replace: true })}
              >
                {claims.data.map((c) => (
                  <option key={c.id} value={c.id}>
                    {`${i18n.percent(c.share, 0)} — ${c.who.split(',')[0]}, ${i18n.date(c.date)}`}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      }
    >
      {shares && chosen && (
        <div className="external-share">
          <p className="basis-line" data-basis={basis}>
            {line}
          </p>
          <div className="external-share-headline">
            <Figure
              label={t(
                demo
                  ? 'externalShare.modelled'
                  : needsBadge(chosen.status)
                    ? 'externalShare.withEstimates'
                    : 'externalShare.computed',
              )}
              value={chosen.share === null ? '—' : i18n.percent(chosen.share)}
              emphasis
            />
            {claim && <ClaimFigure claim={claim} share={chosen} basis={basis} i18n={i18n} />}
          </div>
          {missingText(chosen, i18n) && (
            <p className="panel-missing" role="status">
              {missingText(chosen, i18n)}
            </p>
          )}
          {chosen.warnings.length > 0 && (
            <p className="balance-warning" role="alert">
              {t('externalShare.doesNotClose', warningArgs(chosen, i18n))}
            </p>
          )}
          {basis === 'claim' && chosen.notCovered.length > 0 && (
            <p className="method-note">
              {t('externalShare.notCovered', {
                items: chosen.notCovered.map((item) => t(`basket.${item}` as MessageKey)).join(', '),
              })}
            </p>
          )}
          <BasisTable shares={shares} chosen={basis} i18n={i18n} />
          <p className="method-note">{t('externalShare.method')}</p>
        </div>
      )}
    </ChartFrame>
  );
}

function warningArgs(share: BasisShare, i18n: I18n) {
  const worst = share.warnings.reduce((a, b) => (b.retainedOutside < a.retainedOutside ? b : a));
  return { commodity: worst.commodity, tonnes: i18n.tonnes(-worst.retainedOutside) };
}

function Figure({ label, value, emphasis = false }: { label: string; value: string; emphasis?: boolean }) {
  return (
    <div className={emphasis ? 'figure figure-emphasis' : 'figure'}>
      <span className="figure-value">{value}</span>
      <span className="figure-label">{label}</span>
    </div>
  );
}

function ClaimFigure({
  claim,
  share,
  basis,
  i18n,
}: {
  claim: Claim;
  share: BasisShare;
  basis: AccountingBasis;
  i18n: I18n;
}) {
  const { t } = i18n;
  const value = `${comparatorLabel(claim.comparator, i18n)} ${i18n.percent(claim.share, 0)}`.trim();
  const difference = share.share === null ? null : (share.share - claim.share) * 100;
  return (
    <div className="figure figure-claim" data-claim={claim.id}>
      <span className="figure-value">{value}</span>
      <span className="figure-label">
        {t('externalShare.claim')}:{' '}
        {t('externalShare.claimBy', { who: claim.who, date: i18n.date(claim.date) })}
      </span>
      {difference !== null && (
        <span className="figure-note">
          {t('externalShare.difference', {
            diff: i18n.number(Math.abs(difference), 1),
            direction: t(difference >= 0 ? 'externalShare.above' : 'externalShare.below'),
          })}
        </span>
      )}
      <span className="figure-note basket-note">{basketNote(claim, basis, i18n)}</span>
    </div>
  );
}

function BasisTable({
  shares,
  chosen,
  i18n,
}: {
  shares: ReturnType<typeof sharesByBasis>;
  chosen: AccountingBasis;
  i18n: I18n;
}) {
  const { t } = i18n;
  const cell = (share: BasisShare) => {
    if (share.share !== null) return i18n.percent(share.share);
    if (share.commodities.length === 0) return `— (${t('externalShare.notInBasket')})`;
    return '—';
  };
  return (
    <table className="share-bars basis-table">
      <caption>{t('externalShare.byBasis')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.group')}</th>
          {ACCOUNTING_BASES.map((basis) => (
            <th
              key={basis}
              scope="col"
              data-basis={basis}
              aria-current={basis === chosen ? 'true' : undefined}
            >
              {basisName(basis, i18n)}
            </th>
          ))}
          <th scope="col">{t('status.badge.title')}</th>
        </tr>
      </thead>
      <tbody>
        {SHARE_GROUPS.map((group: ShareGroup) => (
          <tr key={group} data-group={group}>
            <th scope="row">{groupLabel(group, i18n)}</th>
            {ACCOUNTING_BASES.map((basis) => {
              const share = shares[basis][group];
              return (
                <td
                  key={basis}
                  className="numeric"
                  data-basis={basis}
                  data-status={share.status}
                  title={missingText(share, i18n) ?? undefined}
                >
                  {cell(share)}
                  {share.warnings.length > 0 && ' ⚠'}
                </td>
              );
            })}
            <td>
              {t(
                `status.${weakestStatus(ACCOUNTING_BASES.map((basis) => shares[basis][group].status))}` as MessageKey,
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Memoised: the overview re-renders on every URL change; a panel only when its filters change. */
export const ExternalSharePanel = memo(ExternalSharePanelView);
