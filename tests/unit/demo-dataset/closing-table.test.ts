import { describe, expect, test } from 'vitest';
import { ACCOUNTING_BASES, shareUnderBasis, commoditiesOf } from '../../../src/domain/food-balance';
import { CLAIMS } from '../../../src/reference/claims';
import { balancesOf, SHARE_GROUPS } from '../../../src/features/overview/share-basis';
import { demoApi } from '../../helpers/demo-api';

// The model's result for the closing note: the share supplied from outside under every basis and
// commodity group over the latest twelve whole months of the demo, next to the claims. The table
// is printed (npx vitest run --project unit tests/unit/demo-dataset/closing-table.test.ts) and
// copied into docs/decisions.md; the assertions check what the table must show, not its digits.

const api = demoApi();
const last = api.dataset.flows.lastDay; // 2026-10-31, the last whole month
const range = { from: '2025-11-01', to: last, granularity: 'year' };
const balances = balancesOf(api.flows({ ...range, groupBy: 'commodity' }).rows, api.balance(range).rows);
const pct = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);

describe('closing table: basis × commodity group × 12-month share, next to the claims', () => {
  test('the latest twelve whole months are Nov 2025–Oct 2026', () => {
    expect(last).toBe('2026-10-31');
  });

  test('prints the table; every basis computes for every group, fish turns on the landings', () => {
    const lines = [
      `Model (demo data, not official), ${range.from} – ${range.to}:`,
      '',
      `| basis | ${SHARE_GROUPS.join(' | ')} |`,
      `|---|${SHARE_GROUPS.map(() => '---').join('|')}|`,
    ];
    const shares = Object.fromEntries(
      ACCOUNTING_BASES.filter((basis) => basis !== 'claim').map((basis) => [
        basis,
        Object.fromEntries(
          SHARE_GROUPS.map((group) => [group, shareUnderBasis(basis, balances, commoditiesOf(group))]),
        ),
      ]),
    );
    for (const [basis, byGroup] of Object.entries(shares))
      lines.push(
        `| ${basis} | ${SHARE_GROUPS.map((group) => pct(byGroup[group]?.share ?? null)).join(' | ')} |`,
      );
    lines.push(
      '',
      '| claim | claimed | basket | model under the claim basis (its basket) | difference |',
      '|---|---|---|---|---|',
    );
    for (const claim of CLAIMS) {
      const under = shareUnderBasis('claim', balances, commoditiesOf('all'), claim.basket);
      const difference = under.share === null ? null : (under.share - claim.share) * 100;
      lines.push(
        `| ${claim.who.split(',')[0]}, ${claim.date} | ${claim.comparator} ${pct(claim.share)} | ${
          claim.basket?.join(', ') ?? 'not named (all food shown)'
        }${under.notCovered.length ? ` (not recorded: ${under.notCovered.join(', ')})` : ''} | ${pct(under.share)} | ${
          difference === null ? '—' : `${difference >= 0 ? '+' : ''}${difference.toFixed(1)} pp`
        } |`,
      );
    }
    console.log(lines.join('\n'));

    for (const byGroup of Object.values(shares))
      for (const group of SHARE_GROUPS) expect(byGroup[group]?.share, group).not.toBeNull();
    // Landings count as own supply only in the gross basis: retained fish is the higher share.
    expect(shares['retained']?.['fish']?.share ?? 0).toBeGreaterThan(shares['gross']?.['fish']?.share ?? 1);
    // The 98% of the 2024 food-security report names no fish: its basis leaves fish out.
    const report = CLAIMS.find((claim) => claim.id === 'laporan-ketahanan-pangan-2024');
    const underReport = shareUnderBasis('claim', balances, commoditiesOf('all'), report?.basket ?? null);
    expect(underReport.commodities).not.toContain('fish-marine');
    expect(underReport.notCovered).toEqual(['eggs', 'chili', 'shallots']);
  });
});
