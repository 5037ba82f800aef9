// The economics of a phase: inputs with sourced defaults, the yearly cash-flow table, IRR/NPV/payback, the valuation
// bridge and the tornado. Pure; reads the hybrid load from ../load-profile.
export { analysePhaseEconomics, type AnalyseOptions, type PhaseEconomics } from './analyse-phase.ts';
export { capexByQuarter, cashFlowTable, cashFlowTotals, type CapexQuarter, type CashFlowTotals, type CashFlowYear } from './cash-flows.ts';
export { annuityPayment, debtSchedule, type DebtSchedule, type DebtTerms } from './debt.ts';
export { AMORTISATION_DEFAULT_SOURCE, defaultEconomicsInputs, defaultRevenue } from './defaults.ts';
export { averageEscalationFactor, defaultOf, ECONOMICS_FIELDS, LEASE_AVERAGE_USD_PER_KW_MONTH, type EconomicsField, type EconomicsFieldKey } from './fields.ts';
export * from './inputs.ts';
export { economicsInputFields, withEconomicsInput, type EconomicsInputField } from './field-paths.ts';
export { IRR_MAX_RATE, IRR_MIN_RATE, irr, irrRate, npv, paybackYears, type IrrResult } from './irr.ts';
export { hourlyPrices, loadInputs, type LoadVariant } from './load-inputs.ts';
export { fleetMwAfter, fleetMwFromHashrate, hashrateFromFleetMw, miningRevenueUsdPerMwh } from './mining.ts';
export { dataCenterEbitdaOf, ebitdaOf, opexOf, operatingYear, revenueOf, type OperatingBasis, type OperatingState, type OperatingYear } from './operations.ts';
export { parseEconomicsInputs, parsePhaseEconomicsCase, parsePhaseInputs, parseStoredEconomicsInputs } from './parse.ts';
export { baseVariant, evaluatePhase, type EconomicsSummary, type PhaseCore, type PhaseVariant, type StabilisedYear } from './phase-core.ts';
export { parseHourlyPriceCsv, type PriceCsvResult } from './price-csv.ts';
export { SAMPLE_LAKE_MARINER_PHASE } from './sample.ts';
export { DEFAULT_SENSITIVITY, sensitivity, type SensitivityCase, type SensitivityInput, type SensitivityRow, type SensitivitySwing } from './sensitivity.ts';
export { taxWithLossCarryForward } from './tax.ts';
export { buildTimeline, deliveredAt, facilityCapexByWeek, WEEKS_PER_QUARTER, WEEKS_PER_YEAR, type Timeline } from './timeline.ts';
export { valuation, type Valuation, type ValuationBridgeStep, type ValuationInputs } from './valuation.ts';
