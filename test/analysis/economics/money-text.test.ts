// Money reads one way everywhere: the sign before the dollar as a true minus ("−$114.36 M"), never "$-114.36 M".
// By hand: −114,360,000 → 114.36 millions → "−$114.36 M" in the app and the CLI table, "−$114M" on a chart (three
// figures, ≥ $100M drops the decimal), "−$114,360,000" in a derivation; −0.4 rounds to $0 and carries no sign.
// The hand case (fixtures.ts) spends $50M for two years of $18M rent (10 MW × $150 × 12), so its NPV is negative.
import { describe, expect, it } from 'vitest';
import { analysePhaseEconomics } from '../../../shared/analysis/economics/index.ts';
import { usdText as engineUsdText } from '../../../shared/engine/format.ts';
import { usdScaled, usdShort, usdText } from '../../../shared/money-text.ts';
import { chartMoney } from '../../../shared/report-views/economics-charts.ts';
import { economicsJson, economicsTable } from '../../../shared/report-views/economics-views.ts';
import { formatUsd, formatUsdExact } from '../../../renderer/app/format.ts';
import { handCase } from './fixtures.ts';

describe('money text', () => {
  it('puts a true minus before the dollar sign at every scale', () => {
    expect(usdScaled(-114_360_000)).toBe('−$114.36 M');
    expect(usdScaled(-1_234_000_000)).toBe('−$1.23 B');
    expect(usdScaled(-45_600)).toBe('−$46 k');
    expect(usdScaled(-950)).toBe('−$950');
    expect(usdScaled(2_500_000)).toBe('$2.50 M');
    expect(usdShort(-114_360_000)).toBe('−$114M');
    expect(usdShort(-1_200_000)).toBe('−$1.2M');
    expect(usdShort(1_210_000_000)).toBe('$1.21B');
    expect(usdText(-114_360_000)).toBe('−$114,360,000');
    expect(usdText(1234.5)).toBe('$1,235');
  });

  it('writes a value that rounds to nothing without a sign', () => {
    expect(usdText(-0.4)).toBe('$0');
    expect(usdShort(-20_000)).toBe('$0.0M');
  });

  it('is the one formatter of the app, the engine, the charts and the CLI table', () => {
    expect(formatUsd).toBe(usdScaled);
    expect(formatUsdExact).toBe(usdText);
    expect(engineUsdText).toBe(usdText);
    expect(chartMoney).toBe(usdShort);
    const economics = analysePhaseEconomics(handCase(), { sensitivity: [] });
    expect(economics.summary.npvUsd).toBeLessThan(0);
    const table = economicsTable(economicsJson({ id: 's', name: 'Hand case' }, 'hand-worked', economics));
    expect(table).toContain(`NPV at 10.0% ${usdScaled(economics.summary.npvUsd)}`);
    expect(table).toMatch(/−\$\d/);
    expect(table).not.toMatch(/\$-|\$−/);
  });
});
