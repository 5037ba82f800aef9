import { irrRate, type PhaseEconomics } from '../analysis/economics/index.ts';
import type { LoadProfileResult } from '../analysis/load-profile/index.ts';
import { usdScaled as money } from '../money-text.ts';
import { csvText } from './csv.ts';

export const ECONOMICS_FORMATS = ['json', 'table'] as const;
export const LOAD_PROFILE_FORMATS = ['csv', 'json'] as const;

const usd = (n: number) => Math.round(n);
const orNull = (n: number | null) => (n === null ? null : usd(n));

/** `powerhall economics --format json`: the headline figures, the yearly cash flows and the tornado. */
export function economicsJson(scenario: { id: string; name: string }, basis: string, e: PhaseEconomics) {
  const s = e.summary;
  return {
    scenario: { id: scenario.id, name: scenario.name, basis },
    summary: {
      capexUsd: usd(s.capexUsd),
      irrUnlevered: irrRate(s.irrUnlevered),
      irrLevered: irrRate(s.irrLevered),
      npvUsd: usd(s.npvUsd),
      discountRate: s.discountRatePct,
      paybackYears: s.paybackYears,
      ebitdaYear1Usd: usd(s.ebitdaStabilisedUsd),
      ebitdaMarginYear1: s.ebitdaMarginStabilisedPct,
      valuationBeforeUsd: usd(s.valuationBeforeUsd),
      valuationAfterUsd: usd(s.valuationAfterUsd),
      reratingUsd: usd(s.reratingUsd),
      minDscr: s.minDscr,
      energisationWeek: e.timeline.energisationWeek,
      fullPowerWeek: e.timeline.fullPowerWeek,
    },
    cashFlows: e.cashFlows.map((y) => ({
      year: y.year,
      capexUsd: usd(y.capexUsd),
      revenueUsd: usd(y.revenueUsd),
      opexUsd: usd(y.opexUsd),
      ebitdaUsd: usd(y.ebitdaUsd),
      debtServiceUsd: usd(y.debtServiceUsd),
      dscr: y.dscr,
      taxUsd: usd(y.taxUnleveredUsd),
      freeCashFlowUsd: usd(y.freeCashFlowUsd),
      leveredFreeCashFlowUsd: usd(y.leveredFreeCashFlowUsd),
    })),
    valuationBridge: e.valuation.bridge.map((b) => ({ label: b.label, usd: usd(b.usd) })),
    sensitivity: e.sensitivity.map((r) => ({ input: r.input, label: r.label, low: r.low, high: r.high, npvLowUsd: orNull(r.npvLowUsd), npvHighUsd: orNull(r.npvHighUsd), note: r.note })),
  };
}

const pct = (n: number | null) => (n === null ? '—' : `${(n * 100).toFixed(1)}%`);

/** `powerhall economics --format table`: the same figures for a terminal. */
export function economicsTable(json: ReturnType<typeof economicsJson>): string {
  const s = json.summary;
  const head = [
    `${json.scenario.name}: ${json.scenario.basis}`,
    `capex ${money(s.capexUsd)} · first power week ${s.energisationWeek}, full power week ${s.fullPowerWeek}`,
    `IRR unlevered ${pct(s.irrUnlevered)} · levered ${pct(s.irrLevered)} · NPV at ${pct(s.discountRate)} ${money(s.npvUsd)} · payback ${s.paybackYears === null ? 'not within the term' : `${s.paybackYears.toFixed(1)} years`}`,
    `EBITDA at full power ${money(s.ebitdaYear1Usd)} (margin ${pct(s.ebitdaMarginYear1)}) · min DSCR ${s.minDscr === null ? '—' : s.minDscr.toFixed(2)}`,
    `value before ${money(s.valuationBeforeUsd)} → after ${money(s.valuationAfterUsd)} · re-rating ${money(s.reratingUsd)}`,
    '',
  ];
  const cols = ['year', 'capex', 'revenue', 'opex', 'EBITDA', 'debt service', 'free cash flow'];
  const rows = json.cashFlows.map((y) => [String(y.year), money(y.capexUsd), money(y.revenueUsd), money(y.opexUsd), money(y.ebitdaUsd), money(y.debtServiceUsd), money(y.freeCashFlowUsd)]);
  const widths = cols.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [...head, line(cols), ...rows.map(line)].join('\n') + '\n';
}

/** `powerhall load-profile --format csv`: one row per hour of the year after the phase. */
export function loadProfileCsv(load: LoadProfileResult): string {
  const rows: (string | number | null)[][] = [['hour', 'ai_mw', 'mining_mw', 'limit_mw', 'price_usd_per_mwh']];
  for (let h = 0; h < load.aiMw.length; h += 1) {
    rows.push([h, round3(load.aiMw[h]!), round3(load.miningMw[h]!), round3(load.limitMw), load.priceUsdPerMwh ? round3(load.priceUsdPerMwh[h]!) : null]);
  }
  return csvText(rows);
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
